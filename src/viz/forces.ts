/**
 * ForceAtlas2, configured in one place for both of its uses: the settled first picture (a fixed
 * number of synchronous iterations in the analysis worker, positions.ts) and the live layout
 * (graphology's layout worker, on "Resume layout", layout.ts).
 */
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import type { EdgeAttributes } from "../graph/types.js";

/**
 * The settings for a network of `order` nodes: graphology's inferred ones (strong gravity,
 * Barnes-Hut above 2,000 nodes), with ties pulling in proportion to their weight (`tiePull`).
 */
export function forceAtlas2Settings(order: number): ForceAtlas2Settings {
  return { ...forceAtlas2.inferSettings(order), edgeWeightInfluence: 1 };
}

/**
 * How hard a tie pulls its two ends together: its strength when positive; negative ties (conflict,
 * bad history) do not pull. Parallel ties add up (the settled picture merges them into the
 * positive-tie view, whose weight is the sum of their strengths).
 */
export function tiePull(tie: Pick<EdgeAttributes, "sign" | "strength">): number {
  return tie.sign > 0 ? tie.strength : 0;
}
