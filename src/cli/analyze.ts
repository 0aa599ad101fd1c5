/**
 * `npm run analyze -- <folder or files> [--json] [--out FILE] [--people F …]` (through scripts/cli.mjs,
 * which runs this module bundled).
 *
 * Imports the coalition's CSV files and prints a readable summary (or, with --json, only the
 * JSON document on stdout; messages go to stderr). Exit codes: 0 ok, 1 the input could not be
 * read (one clear message, no stack trace), 2 a command-line mistake. The command itself is
 * `runCli` (./run.ts), callable in-process; this file only runs it on the process's arguments.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { processIo, runCli } from "./run.js";
import { useSourceRunner } from "../graph/standing.js";
import { lastRun, threadedSourceRunner } from "./standing-threads.js";
import { useLouvainRunner } from "../graph/louvain-runs.js";
import { threadedLouvainRunner } from "./louvain-threads.js";

export { analyze, collectFiles, runCli, type AnalysisResult, type Io } from "./run.js";

/** The threads of this process's last threaded standing run (tests: the bundled command's workers really start). */
export const lastStandingThreads = (): typeof lastRun => lastRun;

/** The command on `argv` (the arguments after the command's name), with standing's searches and Louvain's runs on every core. */
export function main(argv: readonly string[]): void {
  useSourceRunner(threadedSourceRunner()); // standing's searches on every core (same results)
  useLouvainRunner(threadedLouvainRunner()); // communities' seeded Louvain runs on every core (same partition)
  process.exitCode = runCli([...argv], processIo);
}

// Run only as the entry point (importing this module runs nothing; scripts/cli.mjs calls `main`).
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main(process.argv.slice(2));
