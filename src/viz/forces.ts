/**
 * ForceAtlas2, configured in one place for all of its uses: the first picture's stages (synchronous,
 * in the analysis worker: src/graph/layout/multilevel.ts via positions.ts) and the live layout
 * (graphology's layout worker, on "Resume layout", layout.ts).
 */
import type { EdgeAttributes } from "../graph/types.js";

/**
 * The settings for a network of `order` nodes: graphology's inferred ones (strong gravity,
 * Barnes-Hut above 2,000 nodes), with ties pulling in proportion to their weight (`tiePull`); the
 * same as the first picture's (src/graph/layout/fa2-settings.ts).
 */
export { forceAtlas2Settings } from "../graph/layout/fa2-settings.js";

/**
 * How hard a tie pulls its two ends together: its strength when positive; negative ties (conflict,
 * bad history) do not pull. Parallel ties add up (the first picture merges them into the
 * positive-tie view, whose weight is the sum of their strengths).
 */
export function tiePull(tie: Pick<EdgeAttributes, "sign" | "strength">): number {
  return tie.sign > 0 ? tie.strength : 0;
}
