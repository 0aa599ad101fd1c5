/**
 * The nodes' sizes changed (the analyses arrived: sizes can use the measures), nothing else did:
 * re-draw the nodes without re-processing every tie. Sigma's own way, `refresh({ partialGraph })`,
 * re-processes the whole graph at the next frame — every tie written to its program again (50,000
 * at 10,000 nodes) — because the label grid and the arrow heads depend on the nodes' sizes. Here
 * the nodes are reduced and written in place, the ties with an arrow head (whose tip sits on the
 * target's rim) too, and the label grid is rebuilt as sigma's `process()` builds it (the same
 * nodes, in the same order, at the same places): the picture is the same, the ties' data untouched.
 */
import type { Coordinates } from "sigma/types";
import { matrixFromCamera } from "sigma/utils";
import type { DisplayGraph } from "../dataset.js";
import { nodeDisplayData } from "./display-data.js";
import type { Renderer } from "./types.js";

/** Sigma's label grid (private in its types): cleared, filled node by node, then sorted cell by cell. */
interface LabelGrid {
  resizeAndClear(dimensions: { width: number; height: number }, cellSize: number): void;
  add(key: string, size: number, position: Coordinates): void;
  organize(): void;
}

function labelGridOf(r: Renderer): LabelGrid | null {
  const grid = (r as unknown as { labelGrid?: Partial<LabelGrid> }).labelGrid;
  return grid && typeof grid.resizeAndClear === "function" && typeof grid.add === "function" && typeof grid.organize === "function" ? (grid as LabelGrid) : null;
}

/**
 * Re-draw `graph`'s nodes at their new sizes (and the ties whose arrow heads touch them), the rest
 * of the renderer's data kept; drawn at the next frame. False (nothing done) when that cannot be
 * done in place — a node's program (disc or square) changed, the renderer has no label grid where
 * sigma keeps it, or a node not processed yet — and the caller re-processes everything instead.
 */
export function refreshNodeSizes(r: Renderer, graph: DisplayGraph, typeOf: (node: string) => string | undefined): boolean {
  const grid = labelGridOf(r);
  if (!grid) return false;
  const nodes = graph.nodes();
  // Each node stays in its program (its place there is kept): the same kind of mark as drawn now.
  for (const n of nodes) if (nodeDisplayData(r, n)?.type !== typeOf(n)) return false;
  const arrows = graph.directedSize > 0 ? graph.filterEdges((_e, a) => a.directed) : [];
  try {
    r.refresh({ partialGraph: { nodes, edges: arrows }, skipIndexation: true, schedule: true });
  } catch {
    // A node or tie sigma has not placed in a program yet (the graph changed since its last frame).
    return false;
  }
  // The label grid as sigma's process() makes it: every labelled visible node, at its place under
  // the reference camera, in the graph's order; then each cell sorted by size.
  const matrix = matrixFromCamera({ x: 0.5, y: 0.5, angle: 0, ratio: 1 }, r.getDimensions(), r.getGraphDimensions(), r.getStagePadding());
  grid.resizeAndClear(r.getDimensions(), r.getSetting("labelGridCellSize"));
  for (const n of nodes) {
    const d = nodeDisplayData(r, n);
    if (d && typeof d.label === "string" && !d.hidden) grid.add(n, d.size, r.framedGraphToViewport(d, { matrix }));
  }
  grid.organize();
  return true;
}
