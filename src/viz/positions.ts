/**
 * The first picture of the map, computed in the analysis worker (no DOM here): the multilevel,
 * community-aware layout of src/graph/layout/multilevel.ts (communities placed first, then each
 * community's members inside its own disc; ForceAtlas2 over the whole network for small networks).
 * Seeded: same input → same picture, every time. The live ForceAtlas2 worker (layout.ts) only runs
 * when the user resumes the layout.
 */
import { multilevelPositions } from "../graph/layout/multilevel.js";
import type { Positions } from "../graph/layout/types.js";
import type { CoalitionGraph } from "../graph/types.js";

export type { Positions } from "../graph/layout/types.js";

/** Positions for every node of `graph`, given each node's community (`communities().assignment`). */
export function settledPositions(graph: CoalitionGraph, assignment: Record<string, number>): Positions {
  return multilevelPositions(graph, assignment);
}
