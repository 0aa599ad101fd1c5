/**
 * Multilevel layout, step 3 (small networks): ForceAtlas2 (synchronous,
 * graphology-layout-forceatlas2, settings of fa2-settings.ts) over the whole positive-tie view,
 * starting from `start`. The view is copied in sorted order (nodes, then ties by their two ends), so
 * the result never depends on the order the rows came in.
 */
import forceAtlas2 from "graphology-layout-forceatlas2";
import { UndirectedGraph } from "graphology";
import type { TieView } from "../types.js";
import { compareIds } from "../utils/compare-ids.js";
import { forceAtlas2Settings } from "./fa2-settings.js";
import type { Positions } from "./types.js";

export function refine(view: TieView, start: Positions, iterations: number): Positions {
  const g = new UndirectedGraph<{ x: number; y: number }, { weight: number }>();
  for (const n of view.nodes().sort(compareIds)) g.addNode(n, { x: start[n]?.x ?? 0, y: start[n]?.y ?? 0 });
  const ties = view.mapEdges((_e, a, s, t): [string, string, number] => (compareIds(s, t) < 0 ? [s, t, a.weight] : [t, s, a.weight]));
  ties.sort((p, q) => compareIds(p[0], q[0]) || compareIds(p[1], q[1]));
  for (const [s, t, weight] of ties) g.addEdge(s, t, { weight });
  if (g.size > 0 && iterations > 0) forceAtlas2.assign(g, { iterations, settings: forceAtlas2Settings(g.order), getEdgeWeight: "weight" });
  const out: Positions = {};
  g.forEachNode((n, a) => (out[n] = { x: a.x, y: a.y }));
  return out;
}
