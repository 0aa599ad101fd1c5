/**
 * Coalition Map — the warmest-path search behind "who should make the ask".
 *
 * A multi-source Dijkstra over (node, steps used) labels on the positive-tie view, so that a step
 * limit is exact: a step costs 1/strength of the strongest positive tie, a step between two nodes
 * with a negative tie is never taken. Labels pop in the total order (cost, steps, creation order),
 * so the search is deterministic. graphology-shortest-path offers single-source Dijkstra without a
 * step limit or forbidden steps; this is the small label-setting variant those constraints need.
 */
import { negativeBetween, strongestTie } from "./ask-ties.js";
import { positiveView } from "./model.js";
import { compareIds } from "./utils/compare-ids.js";
import { MinHeap } from "./utils/min-heap.js";
import type { CoalitionGraph } from "./types.js";

/** The search's labels, one per (node, path) found; index = creation order. */
export interface Labels {
  node: string[];
  cost: number[];
  steps: number[];
  /** The label this one extends; -1 for a source. */
  parent: number[];
}

/** The node of a label (throws when the label does not exist: a bug in the caller). */
function nodeOf(L: Labels, label: number): string {
  const node = L.node[label];
  if (node === undefined) throw new Error(`warmSearch: label ${label} does not exist.`);
  return node;
}

/**
 * Multi-source warmest-path search on the positive view from `sources`, at most `maxSteps` steps,
 * never stepping between two nodes with a negative tie nor onto a `blocked` node. Calls `visit`
 * with each node the first time it is settled (its cheapest path); stops when `visit` returns true.
 * Returns the labels so that `pathOf` can rebuild paths (node → … → source).
 */
export function warmSearch(
  graph: CoalitionGraph,
  sources: string[],
  maxSteps: number,
  visit: (node: string, label: number, labels: Labels) => boolean,
  blocked?: ReadonlySet<string>,
): Labels {
  const view = positiveView(graph);
  const L: Labels = { node: [], cost: [], steps: [], parent: [] };
  // Equal costs: fewer steps first, then the older label.
  const tieLess = (a: number, b: number): boolean => {
    const sa = L.steps[a] ?? 0;
    const sb = L.steps[b] ?? 0;
    return sa < sb || (sa === sb && a < b);
  };
  const heap = new MinHeap(64, tieLess);
  const add = (node: string, cost: number, steps: number, parent: number): void => {
    const i = L.node.length;
    L.node.push(node);
    L.cost.push(cost);
    L.steps.push(steps);
    L.parent.push(parent);
    heap.push(i, cost);
  };
  /** Fewest steps of any settled label of the node (a later, costlier label must use fewer). */
  const settledSteps = new Map<string, number>();
  for (const s of [...new Set(sources)].sort(compareIds)) if (!blocked?.has(s)) add(s, 0, 0, -1);
  while (heap.size > 0) {
    const i = heap.pop();
    const v = nodeOf(L, i);
    const st = L.steps[i] ?? 0;
    const cost = L.cost[i] ?? 0;
    const prev = settledSteps.get(v);
    if (prev !== undefined && prev <= st) continue;
    settledSteps.set(v, st);
    if (prev === undefined && visit(v, i, L)) break;
    if (st >= maxSteps) continue;
    const nbs = view.neighbors(v).sort(compareIds);
    for (const w of nbs) {
      if (blocked?.has(w)) continue;
      const ws = settledSteps.get(w);
      if (ws !== undefined && ws <= st + 1) continue;
      if (negativeBetween(graph, v, w)) continue;
      const { strength } = strongestTie(graph, view, v, w);
      add(w, cost + 1 / strength, st + 1, i);
    }
  }
  return L;
}

/** The path of a label: its node, then its parent's, … up to the source. */
export function pathOf(L: Labels, label: number): string[] {
  const out: string[] = [];
  for (let i = label; i >= 0; i = L.parent[i] ?? -1) out.push(nodeOf(L, i));
  return out;
}
