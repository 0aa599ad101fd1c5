/**
 * The base report's summary (report.ts `summarize`: counts, tie types, components of all ties and
 * of positive ties), timed alone on an imported network: CPU and wall seconds per run, in one
 * process. With `--against FILE` (another report.ts, e.g. an archive of the branch point), the two
 * run alternately on the same graph and their summaries must be equal.
 * `npx tsx test/bench/summary.ts DIR [REPS] [--against path/to/report.ts]`
 */
import { isDeepStrictEqual } from "node:util";
import { summarize } from "../../src/graph/report.js";
import type { CoalitionGraph } from "../../src/graph/types.js";
import { importCoalition } from "../../src/import/index.js";
import { readInputs } from "./import.js";

type Summarize = (graph: CoalitionGraph) => unknown;

function timed(fn: Summarize, graph: CoalitionGraph): { cpu: number; wall: number; result: unknown } {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = fn(graph);
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1e6, wall: (performance.now() - t0) / 1000, result };
}

/** Import once, then time the summary (alternately with `--against`). */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf("--against");
  const against = at >= 0 ? args.splice(at, 2)[1] : undefined;
  const path = args[0] ?? "/tmp/coalition-net-100000";
  const reps = Number(args[1] ?? 5);
  const { graph } = importCoalition(readInputs(path));
  const runs: [string, Summarize][] = [["this", summarize]];
  if (against !== undefined) {
    const other = (await import(against)) as { summarize: Summarize };
    runs.unshift(["against", other.summarize]);
  }
  console.log(`${graph.order} nodes, ${graph.size} ties`);
  console.log("| run | version | CPU s | wall s |");
  console.log("| ---: | --- | ---: | ---: |");
  let first: unknown;
  for (let i = 1; i <= reps; i++) {
    for (const [name, fn] of runs) {
      const t = timed(fn, graph);
      if (first === undefined) first = t.result;
      else if (!isDeepStrictEqual(first, t.result)) throw new Error(`summaries differ (${name}, run ${i})`);
      console.log(`| ${i} | ${name} | ${t.cpu.toFixed(3)} | ${t.wall.toFixed(3)} |`);
    }
  }
}

void main();
