/**
 * CSV → graph, timed: the import of an edge list (the bench network written by write-network.ts)
 * in a fresh process, wall time, CPU time and the process's peak resident memory (and its growth
 * over what Node itself takes before reading the file).
 * `npx tsx test/bench/import.ts FILE_OR_DIR [REPS]` prints one Markdown row per run.
 * `node --expose-gc --import tsx test/bench/import.ts FILE_OR_DIR REPS --against OTHER/src/import/index.ts`
 * runs this import and another one (e.g. an archive of the branch point) alternately in one
 * process, a full collection before each run, and adds the heap the result holds (MB, after a
 * collection); the peak resident set is then the process's, not each run's.
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
export function timeImport(path: string, run: typeof importCoalition = importCoalition): ImportFigures {
  const baseMb = process.memoryUsage().rss / 2 ** 20;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const { graph, report } = run(readInputs(path));
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

/** The command: figures of fresh runs, or of this import against another, alternately. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf("--against");
  const against = at >= 0 ? args.splice(at, 2)[1] : undefined;
  const path = args[0] ?? "/tmp/coalition-net-100000";
  const reps = Number(args[1] ?? 1);
  if (against === undefined) {
    console.log("| rows | nodes | ties | wall s | CPU s | peak RSS MB | RSS before MB |");
    console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (let i = 0; i < reps; i++) {
      const f = timeImport(path);
      console.log(`| ${f.rows} | ${f.nodes} | ${f.ties} | ${f.wall.toFixed(2)} | ${f.cpu.toFixed(2)} | ${f.peakMb.toFixed(0)} | ${f.baseMb.toFixed(0)} |`);
    }
  } else {
    const gc = (globalThis as { gc?: () => void }).gc;
    const other = ((await import(against)) as { importCoalition: typeof importCoalition }).importCoalition;
    const heapMb = () => process.memoryUsage().heapUsed / 2 ** 20;
    console.log("| run | version | nodes | ties | wall s | CPU s | result's heap MB |");
    console.log("| ---: | --- | ---: | ---: | ---: | ---: | ---: |");
    for (let i = 1; i <= reps; i++) {
      for (const [name, run] of [["against", other], ["this", importCoalition]] as const) {
        gc?.();
        const before = heapMb();
        let held: unknown;
        const f = timeImport(path, (files) => {
          const result = run(files);
          held = result;
          return result;
        });
        gc?.();
        const live = gc === undefined ? NaN : heapMb() - before;
        if (held === undefined) throw new Error("the import gave nothing");
        console.log(`| ${i} | ${name} | ${f.nodes} | ${f.ties} | ${f.wall.toFixed(2)} | ${f.cpu.toFixed(2)} | ${live.toFixed(1)} |`);
      }
    }
  }
}

if (process.argv[1]?.endsWith("import.ts")) void main();
