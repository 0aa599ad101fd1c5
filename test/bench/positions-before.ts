/**
 * The map's first picture BEFORE the multilevel layout (as it was until issue 12), kept only so the
 * layout bench can compare: seeded starting positions (each community on its own spot of a large
 * circle, members in a disc around it), then a fixed number of ForceAtlas2 iterations over the
 * whole network (500 up to 500 nodes … 60 above 5,000). On large networks it draws one uniform disc.
 */
import forceAtlas2 from "graphology-layout-forceatlas2";
import { UndirectedGraph } from "graphology";
import { positiveView } from "../../src/graph/model.js";
import { compareIds } from "../../src/graph/utils/compare-ids.js";
import { mulberry32 } from "../../src/graph/utils/mulberry32.js";
import type { CoalitionGraph } from "../../src/graph/types.js";
import { forceAtlas2Settings } from "../../src/graph/layout/fa2-settings.js";

export const POSITION_DEFAULTS = { seed: 7 } as const;

export type Positions = Record<string, { x: number; y: number }>;

/** Seeded starting positions: communities around a circle, members in a disc around their spot. */
export function seedPositions(nodes: readonly string[], assignment: Record<string, number>, seed: number = POSITION_DEFAULTS.seed): Positions {
  const rng = mulberry32(seed);
  const sorted = [...nodes].sort();
  const sizes = new Map<number, number>();
  for (const n of sorted) {
    const c = assignment[n] ?? -1;
    sizes.set(c, (sizes.get(c) ?? 0) + 1);
  }
  const order = [...sizes.keys()].sort((a, b) => a - b);
  const total = sorted.length || 1;
  const centers = new Map<number, { x: number; y: number; r: number }>();
  const R = Math.sqrt(total) * 10;
  let acc = 0;
  for (const c of order) {
    const size = sizes.get(c) ?? 1;
    const angle = ((acc + size / 2) / total) * Math.PI * 2;
    acc += size;
    const ring = order.length === 1 ? 0 : R;
    centers.set(c, { x: Math.cos(angle) * ring, y: Math.sin(angle) * ring, r: Math.sqrt(size) * 6 + 5 });
  }
  const out: Positions = {};
  for (const n of sorted) {
    const c = centers.get(assignment[n] ?? -1) ?? { x: 0, y: 0, r: 10 };
    const a = rng() * Math.PI * 2;
    const d = Math.sqrt(rng()) * c.r;
    out[n] = { x: c.x + Math.cos(a) * d, y: c.y + Math.sin(a) * d };
  }
  return out;
}

/** How many ForceAtlas2 iterations a network of `n` nodes gets before it is first shown. */
export function settleIterations(n: number): number {
  if (n <= 500) return 500;
  if (n <= 2000) return 250;
  if (n <= 5000) return 120;
  return 60;
}

/**
 * Seeded start + a fixed number of ForceAtlas2 iterations (settings: forces.ts) over the
 * positive-tie view of the model (`positiveView`: parallel positive ties merged, weight = the sum
 * of their strengths; negative ties left out, so they do not pull).
 */
export function settledPositions(graph: CoalitionGraph, assignment: Record<string, number>, iterations = settleIterations(graph.order)): Positions {
  const start = seedPositions(graph.nodes(), assignment);
  // The view copied in sorted order (nodes, then ties by their two ends), so the result never
  // depends on the order the rows came in.
  const view = positiveView(graph);
  const g = new UndirectedGraph<{ x: number; y: number }, { weight: number }>();
  for (const [n, p] of Object.entries(start).sort((a, b) => compareIds(a[0], b[0]))) g.addNode(n, { x: p.x, y: p.y });
  const ties = view.mapEdges((_e, a, s, t): [string, string, number] => (s < t ? [s, t, a.weight] : [t, s, a.weight]));
  ties.sort((p, q) => compareIds(p[0], q[0]) || compareIds(p[1], q[1]));
  for (const [s, t, weight] of ties) g.addEdge(s, t, { weight });
  if (g.size > 0 && iterations > 0) forceAtlas2.assign(g, { iterations, settings: forceAtlas2Settings(g.order), getEdgeWeight: "weight" });
  const out: Positions = {};
  g.forEachNode((n, a) => (out[n] = { x: a.x, y: a.y }));
  return out;
}
