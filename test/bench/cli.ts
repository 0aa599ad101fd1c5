/**
 * The whole command (`npm run analyze -- DIR --json`), stage by stage: the stages the CLI's own
 * progress names (import, preparing the report, each analysis, writing), each with its wall time,
 * CPU time of every thread (process.cpuUsage counts standing's worker threads) and the process's
 * peak resident memory so far (maxRSS). The JSON is made as the CLI makes it (in pieces, never whole)
 * and its length and md5 are printed so a change in the output shows. The memory is released
 * between stages as the command does it (src/cli/memory.ts). Run with
 * `node --expose-gc --import tsx test/bench/cli.ts DIR` to add the memory still in use at each
 * stage's end (after a full collection, so what the next stages keep alive shows; the collections
 * add their own time to the stages).
 * `npx tsx test/bench/cli.ts DIR [more CLI flags] [--quick-standing]` — a Markdown table
 * (`--quick-standing`: standing's quick estimate instead of the command's method, so the other
 * stages of a 100,000-node network are timed in a minute).
 */
import { createHash } from "node:crypto";
import { parseCliArgs } from "../../src/cli/args.js";
import { releaseGraph } from "../../src/cli/memory.js";
import { analyze, releasingBetweenStages } from "../../src/cli/run.js";
import { threadedSourceRunner } from "../../src/cli/standing-threads.js";
import type { StageProgress } from "../../src/cli/progress.js";
import { useSourceRunner } from "../../src/graph/standing.js";
import { useLouvainRunner } from "../../src/graph/louvain-runs.js";
import { threadedLouvainRunner } from "../../src/cli/louvain-threads.js";
import { reportJsonPieces } from "../../src/graph/report.js";
import type { AnalyzeOptions } from "../../src/graph/analyze.js";

export interface CliStage {
  stage: string;
  wall: number;
  cpu: number;
  peakMb: number;
  /** Resident memory at the stage's end. */
  rssMb: number;
  /** JavaScript heap in use at the stage's end after a full collection (only with --expose-gc). */
  liveMb?: number;
}

const peakMb = (): number => process.resourceUsage().maxRSS / 1024;
const MB = 1024 * 1024;
/** The heap in use after a full collection, when the process was started with --expose-gc. */
function liveMb(): number | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return undefined;
  gc();
  return process.memoryUsage().heapUsed / MB;
}
const cpuSeconds = (c: NodeJS.CpuUsage): number => (c.user + c.system) / 1e6;

/** Run the CLI's analysis on `argv` (as after `npm run analyze --`), timing every stage. */
export function cliStages(argv: string[], extra: AnalyzeOptions = {}): { rows: CliStage[]; jsonLength: number; md5: string } {
  useSourceRunner(threadedSourceRunner());
  useLouvainRunner(process.env.LOUVAIN_THREADS === "1" ? undefined : threadedLouvainRunner());
  const rows: CliStage[] = [];
  let current: { stage: string; t: number; c: NodeJS.CpuUsage } | undefined;
  const close = () => {
    if (current === undefined) return;
    const row: CliStage = { stage: current.stage, wall: (performance.now() - current.t) / 1000, cpu: cpuSeconds(process.cpuUsage(current.c)), peakMb: peakMb(), rssMb: process.memoryUsage().rss / MB };
    const live = liveMb();
    rows.push(live === undefined ? row : { ...row, liveMb: live });
    current = undefined;
  };
  const timed: StageProgress = {
    stage(words) {
      close();
      current = { stage: words.replace(/…$/, ""), t: performance.now(), c: process.cpuUsage() };
    },
    end: close,
    stop: close,
  };
  // As the command runs: memory released between stages, and once the graph is no longer needed.
  const progress = releasingBetweenStages(timed);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const { report } = analyze(parseCliArgs([...argv, "--json"]), progress, extra);
  progress.end();
  timed.stage("JSON text");
  releaseGraph();
  const hash = createHash("md5");
  let jsonLength = 0;
  for (const piece of reportJsonPieces(report)) {
    hash.update(piece);
    jsonLength += piece.length;
  }
  close();
  rows.push({ stage: "whole", wall: (performance.now() - t0) / 1000, cpu: cpuSeconds(process.cpuUsage(c0)), peakMb: peakMb(), rssMb: process.memoryUsage().rss / MB });
  return { rows, jsonLength, md5: hash.digest("hex") };
}

/** The stage table (Markdown). */
export function cliTable(rows: readonly CliStage[]): string {
  const live = rows.some((r) => r.liveMb !== undefined);
  const lines = [`| stage | wall s | CPU s (all threads) | peak memory MB | memory at the end MB |${live ? " in use after a full collection MB |" : ""}`, `| --- | ---: | ---: | ---: | ---: |${live ? " ---: |" : ""}`];
  for (const r of rows) lines.push(`| ${r.stage} | ${r.wall.toFixed(2)} | ${r.cpu.toFixed(2)} | ${r.peakMb.toFixed(0)} | ${r.rssMb.toFixed(0)} |${live ? ` ${r.liveMb?.toFixed(0) ?? "—"} |` : ""}`);
  return lines.join("\n");
}

if (process.argv[1]?.endsWith("cli.ts")) {
  // --quick-standing (bench only): standing's quick estimate, to time the other stages of a large network in seconds.
  const argv = process.argv.slice(2);
  const quick = argv.includes("--quick-standing");
  const { rows, jsonLength, md5 } = cliStages(argv.filter((a) => a !== "--quick-standing"), quick ? { quickEstimate: true } : {});
  console.log(cliTable(rows));
  console.log(`\nJSON: ${jsonLength} characters, md5 ${md5}`);
}
