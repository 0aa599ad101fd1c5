/**
 * Standing on the bench networks, stage by stage: wall time, CPU time of every thread of the process
 * (process.cpuUsage counts the workers too) and the peak memory so far (the process's largest
 * resident set, process.resourceUsage().maxRSS), as the CLI runs it (searches on every core).
 * `npx tsx test/bench/stages.ts 1000 10000 50000 [--estimate|--exact]` — printed as a Markdown table;
 * standing.bench.ts (`npm run bench`) prints the same table.
 */
import { threadedSourceRunner } from "../../src/cli/standing-threads.js";
import { standingWithMethod, type StandingOptions, type StandingStage } from "../../src/graph/standing.js";
import { benchNetwork } from "./exact-values.js";

export interface StageFigures {
  stage: StandingStage | "whole";
  wall: number;
  cpu: number;
  peakMb: number;
}

const peakMb = (): number => process.resourceUsage().maxRSS / 1024;

/** Time standing on the bench network of `n` nodes; one row per stage, then the whole. */
export function standingStages(n: number, options: StandingOptions = {}): { method: string; rows: StageFigures[] } {
  const graph = benchNetwork(n);
  const rows: StageFigures[] = [];
  let current: { stage: StandingStage; t: number; c: NodeJS.CpuUsage } | null = null;
  const close = () => {
    if (!current) return;
    const c = process.cpuUsage(current.c);
    rows.push({ stage: current.stage, wall: (performance.now() - current.t) / 1000, cpu: (c.user + c.system) / 1e6, peakMb: peakMb() });
  };
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const { method } = standingWithMethod(graph, {
    runSources: threadedSourceRunner(),
    ...options,
    onStage: (stage) => {
      close();
      current = { stage, t: performance.now(), c: process.cpuUsage() };
    },
  });
  close();
  const c = process.cpuUsage(c0);
  rows.push({ stage: "whole", wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6, peakMb: peakMb() });
  return { method: method.kind === "exact" ? "exact" : method.blockSize === undefined ? "quick estimate" : "guaranteed estimate", rows };
}

/** The table of `standingStages` for several sizes. */
export function stagesTable(sizes: readonly number[], options: StandingOptions = {}): string {
  const lines = ["| nodes | method | stage | wall s | CPU s (all threads) | peak memory MB |", "| ---: | --- | --- | ---: | ---: | ---: |"];
  for (const n of sizes) {
    const { method, rows } = standingStages(n, options);
    for (const r of rows) lines.push(`| ${n.toLocaleString("en-US")} | ${method} | ${r.stage} | ${r.wall.toFixed(2)} | ${r.cpu.toFixed(2)} | ${r.peakMb.toFixed(0)} |`);
  }
  return lines.join("\n");
}

if (process.argv[1]?.endsWith("stages.ts")) {
  const args = process.argv.slice(2);
  const options: StandingOptions = args.includes("--estimate") ? { exact: false } : args.includes("--exact") ? { exact: true } : {};
  console.log(stagesTable(args.filter((a) => !a.startsWith("--")).map(Number), options));
}
