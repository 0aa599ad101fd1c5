/**
 * The first picture of the bench's planted-partition networks (`plantedPartition({ n, tiesPerNode:
 * 10 })`: groups of 50, 80% of ties inside): its time (wall, and CPU of the process) and how well it
 * separates the planted groups (`tieLengths`: mean tie length inside a group ÷ between groups; under
 * 0.5 is the aim). Communities (Louvain) are computed first and not timed: the analysis worker has
 * them already when it lays out.
 * `npx tsx test/bench/layout.ts 10000 50000` prints one line per size.
 */
import { communities } from "../../src/graph/communities.js";
import { tieLengths } from "../../src/graph/layout/tie-lengths.js";
import { settledPositions } from "../../src/viz/positions.js";
import { plantedPartition } from "./generate.js";

export interface LayoutFigures {
  nodes: number;
  ties: number;
  communities: number;
  wallS: number;
  cpuS: number;
  /** Mean tie length inside the planted groups ÷ between them. */
  ratio: number;
}

/** The planted group of node `n<i>` (groups of 50, as generate.ts plants them). */
export const plantedGroup = (node: string): number => Math.floor(Number(node.slice(1)) / 50);

/** Lays out the planted network of `n` nodes once and measures it. */
export function layoutFigures(n: number): LayoutFigures {
  const graph = plantedPartition({ n, tiesPerNode: 10 });
  const c = communities(graph);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const positions = settledPositions(graph, c.assignment);
  const wallS = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const lengths = tieLengths(graph, positions, plantedGroup);
  return { nodes: n, ties: lengths.insideTies + lengths.betweenTies, communities: c.communities.length, wallS, cpuS: (cpu.user + cpu.system) / 1e6, ratio: lengths.ratio };
}

/** One line for the log. */
export function figuresLine(f: LayoutFigures): string {
  return `${f.nodes.toLocaleString("en-US")} nodes, ${f.ties.toLocaleString("en-US")} ties, ${f.communities} communities: first picture ${f.wallS.toFixed(2)} s wall, ${f.cpuS.toFixed(2)} CPU-s; tie length inside ÷ between groups ${f.ratio.toFixed(3)}`;
}

if (process.argv[1]?.endsWith("layout.ts")) {
  for (const n of process.argv.slice(2).map(Number)) console.log(figuresLine(layoutFigures(n)));
}
