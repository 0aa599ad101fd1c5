/**
 * The pieces of the whole analysis that igraph also has, timed one by one on an imported edge list
 * (best of `reps` runs, wall and CPU seconds), to compare with python-igraph on the same file
 * (docs/performance.md gives igraph's figures and the script): connected components and the base
 * report's summary, one seeded Louvain run (graphology-communities-louvain on the sorted copy, which
 * each call builds) and
 * the default best-of-several, eigenvector and PageRank on the compact adjacency.
 * `npx tsx test/bench/pipeline.ts DIR [REPS]` (DIR from write-network.ts).
 */
import { communities } from "../../src/graph/communities.js";
import { toCsr } from "../../src/graph/csr.js";
import { positiveView } from "../../src/graph/model.js";
import { adjacencyEigenvector, adjacencyPagerank, STANDING_TOLERANCE } from "../../src/graph/power-iteration.js";
import { summarize } from "../../src/graph/report.js";
import { importCoalition } from "../../src/import/index.js";
import { readInputs } from "./import.js";

export interface PieceFigures {
  piece: string;
  wall: number;
  cpu: number;
}

/** Best wall and CPU time of `reps` runs of `run` (also later-stages.ts). */
export function best(piece: string, reps: number, run: () => unknown): PieceFigures {
  let wall = Infinity;
  let cpu = Infinity;
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    run();
    const u = process.cpuUsage(c);
    wall = Math.min(wall, (performance.now() - t) / 1000);
    cpu = Math.min(cpu, (u.user + u.system) / 1e6);
  }
  return { piece, wall, cpu };
}

/** Time the pieces on the network of `dir`. */
export function pipelinePieces(dir: string, reps = 3): PieceFigures[] {
  const { graph } = importCoalition(readInputs(dir));
  const rows: PieceFigures[] = [];
  rows.push(best("base report summary (counts, components of all and of positive ties)", reps, () => summarize(graph)));
  rows.push(best("positive-tie view (merged ties, graphology)", 1, () => positiveView(graph)));
  rows.push(best("communities, one seeded Louvain run (the sorted copy built for each call, not kept)", reps, () => communities(graph, { runs: 1 })));
  rows.push(best("communities, default (best of the runs the work budget allows)", 1, () => communities(graph)));
  const csr = toCsr(positiveView(graph), (_e, a) => a.weight);
  rows.push(best("compact adjacency (CSR) with components", reps, () => toCsr(positiveView(graph), (_e, a) => a.weight)));
  rows.push(best(`eigenvector (tolerance ${STANDING_TOLERANCE})`, reps, () => adjacencyEigenvector(csr, STANDING_TOLERANCE, 10_000)));
  rows.push(best(`PageRank (tolerance ${STANDING_TOLERANCE})`, reps, () => adjacencyPagerank(csr, 0.85, STANDING_TOLERANCE, 10_000)));
  return rows;
}

/** The Markdown table of `pipelinePieces`. */
export function piecesTable(rows: readonly PieceFigures[]): string {
  return ["| piece | wall s | CPU s |", "| --- | ---: | ---: |", ...rows.map((r) => `| ${r.piece} | ${r.wall.toFixed(2)} | ${r.cpu.toFixed(2)} |`)].join("\n");
}

if (process.argv[1]?.endsWith("pipeline.ts")) {
  console.log(piecesTable(pipelinePieces(process.argv[2] ?? "/tmp/coalition-net-100000", Number(process.argv[3] ?? 3))));
}
