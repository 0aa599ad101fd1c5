/**
 * CSV → graph, timed: the import of an edge list (the bench network written by write-network.ts)
 * in a fresh process, wall time, CPU time and the process's peak resident memory (and its growth
 * over what Node itself takes before reading the file).
 * `npx tsx test/bench/import.ts FILE_OR_DIR [REPS]` prints one Markdown row per run.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { importCoalition, type InputFile } from "../../src/import/index.js";

export interface ImportFigures {
  rows: number;
  nodes: number;
  ties: number;
  wall: number;
  cpu: number;
  /** Peak resident set of the whole process, MB. */
  peakMb: number;
  /** Resident set before reading the file, MB (Node, tsx and the code). */
  baseMb: number;
}

/** The CSV files of a folder (or the one file). */
export function readInputs(path: string): InputFile[] {
  const paths = statSync(path).isDirectory()
    ? readdirSync(path).filter((f) => f.endsWith(".csv")).sort().map((f) => join(path, f))
    : [path];
  return paths.map((p) => ({ name: p.split("/").pop() ?? p, bytes: new Uint8Array(readFileSync(p)) }));
}

/** Import the files once, timed (reading the bytes from disk included). */
export function timeImport(path: string): ImportFigures {
  const baseMb = process.memoryUsage().rss / 2 ** 20;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const { graph, report } = importCoalition(readInputs(path));
  const c = process.cpuUsage(c0);
  return {
    rows: report.rowsRead,
    nodes: graph.order,
    ties: graph.size,
    wall: (performance.now() - t0) / 1000,
    cpu: (c.user + c.system) / 1e6,
    peakMb: process.resourceUsage().maxRSS / 1024,
    baseMb,
  };
}

if (process.argv[1]?.endsWith("import.ts")) {
  const path = process.argv[2] ?? "/tmp/coalition-net-100000";
  const reps = Number(process.argv[3] ?? 1);
  console.log("| rows | nodes | ties | wall s | CPU s | peak RSS MB | RSS before MB |");
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (let i = 0; i < reps; i++) {
    const f = timeImport(path);
    console.log(`| ${f.rows} | ${f.nodes} | ${f.ties} | ${f.wall.toFixed(2)} | ${f.cpu.toFixed(2)} | ${f.peakMb.toFixed(0)} | ${f.baseMb.toFixed(0)} |`);
  }
}
