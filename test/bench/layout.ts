/**
 * The first picture of the bench's planted-partition networks (`plantedPartition({ n, tiesPerNode:
 * 10 })`: groups of 50, 80% of ties inside, strengths 1–5): its time (wall, and CPU seconds of the
 * process) and how well it shows the planted groups:
 *  - `ratio`: mean drawn tie length inside a planted group ÷ between groups (tieLengths; the aim
 *    is under 0.5);
 *  - `ownCentre`: share of nodes nearer their own community's centre than any other's
 *    (ownCentreShare; communities as the map colours them, Louvain's); near 1 when the
 *    communities are separate patches.
 * Communities (Louvain) are computed first and not timed: the analysis worker has them already when
 * it lays out. `before` is the former first picture (positions-before.ts), for comparison.
 * `npx tsx test/bench/layout.ts 10000 50000 [--before]` prints one line per size.
 */
import { communities } from "../../src/graph/communities.js";
import { ownCentreShare } from "../../src/graph/layout/own-centre-share.js";
import { tieLengths } from "../../src/graph/layout/tie-lengths.js";
import { settledPositions } from "../../src/viz/positions.js";
import { plantedPartition } from "./generate.js";
import { settledPositions as positionsBefore } from "./positions-before.js";

export interface LayoutFigures {
  layout: "multilevel" | "before";
  nodes: number;
  ties: number;
  communities: number;
  wallS: number;
  cpuS: number;
  /** Mean tie length inside the planted groups ÷ between them. */
  ratio: number;
  /** Share of nodes nearer their own community's centre than any other's. */
  ownCentre: number;
}

/** The planted group of node `n<i>` (groups of 50, as generate.ts plants them). */
export const plantedGroup = (node: string): number => Math.floor(Number(node.slice(1)) / 50);

/** Lays out the planted network of `n` nodes once with `layout` and measures it. */
export function layoutFigures(n: number, layout: LayoutFigures["layout"] = "multilevel"): LayoutFigures {
  const graph = plantedPartition({ n, tiesPerNode: 10 });
  const c = communities(graph);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const positions = (layout === "before" ? positionsBefore : settledPositions)(graph, c.assignment);
  const wallS = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const lengths = tieLengths(graph, positions, plantedGroup);
  return {
    layout,
    nodes: n,
    ties: lengths.insideTies + lengths.betweenTies,
    communities: c.communities.length,
    wallS,
    cpuS: (cpu.user + cpu.system) / 1e6,
    ratio: lengths.ratio,
    ownCentre: ownCentreShare(positions, (node) => c.assignment[node] ?? -1),
  };
}

/** One line for the log. */
export function figuresLine(f: LayoutFigures): string {
  return `${f.layout.padEnd(10)} ${f.nodes.toLocaleString("en-US").padStart(6)} nodes, ${f.ties.toLocaleString("en-US")} ties, ${f.communities} communities: first picture ${f.wallS.toFixed(2)} s wall, ${f.cpuS.toFixed(2)} CPU-s; tie length inside ÷ between groups ${f.ratio.toFixed(3)}; nodes nearest their own community's centre ${(100 * f.ownCentre).toFixed(1)}%`;
}

if (process.argv[1]?.endsWith("layout.ts")) {
  const before = process.argv.includes("--before");
  for (const n of process.argv.slice(2).filter((a) => !a.startsWith("--")).map(Number)) {
    console.log(figuresLine(layoutFigures(n)));
    if (before) console.log(figuresLine(layoutFigures(n, "before")));
  }
}
