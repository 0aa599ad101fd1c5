/**
 * Tiny seeded generator for benchmarks: a planted-partition network of `n` nodes in groups of
 * `groupSize`, about `tiesPerNode` ties per node, `inside` of them within the node's group, strengths
 * 1–5, sectors and areas by group (so community labels have something to say). Same seed → same graph.
 */
import { mulberry32 } from "../../src/graph/utils/mulberry32.js";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes } from "../../src/graph/model.js";
import type { CoalitionGraph } from "../../src/graph/types.js";

export interface GenerateOptions {
  n: number;
  tiesPerNode?: number;
  groupSize?: number;
  inside?: number;
  seed?: number;
}

const SECTORS = ["shelter", "courts", "law enforcement", "health", "faith", "legal aid", "schools", "business"];
const AREAS = ["North", "South", "East", "West", "Central"];

export function plantedPartition({ n, tiesPerNode = 5, groupSize = 50, inside = 0.8, seed = 1 }: GenerateOptions): CoalitionGraph {
  const rnd = mulberry32(seed);
  const g = createCoalitionGraph({ format: "workbook", hasStrength: true });
  const id = (i: number): string => `n${i}`;
  for (let i = 0; i < n; i++) {
    const group = Math.floor(i / groupSize);
    g.addNode(
      id(i),
      nodeAttributes({
        label: `Node ${i}`,
        kind: i % 4 === 0 ? "organization" : "person",
        sector: rnd() < 0.7 ? SECTORS[group % SECTORS.length] : SECTORS[Math.floor(rnd() * SECTORS.length)],
        areas: [AREAS[group % AREAS.length]!],
      }),
    );
  }
  // tiesPerNode / 2 new ties started by each node → about tiesPerNode ties per node.
  const perNode = tiesPerNode / 2;
  for (let i = 0; i < n; i++) {
    const group = Math.floor(i / groupSize);
    const start = group * groupSize;
    const size = Math.min(groupSize, n - start);
    let k = Math.floor(perNode) + (rnd() < perNode - Math.floor(perNode) ? 1 : 0);
    while (k-- > 0) {
      const j = rnd() < inside ? start + Math.floor(rnd() * size) : Math.floor(rnd() * n);
      if (j === i) continue;
      addTie(g, id(i), id(j), edgeAttributes({ type: "works_with", strength: 1 + Math.floor(rnd() * 5) }));
    }
  }
  return g;
}
