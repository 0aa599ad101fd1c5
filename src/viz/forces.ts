/**
 * ForceAtlas2, configured in one place for all of its uses: the first picture's stages (synchronous,
 * in the analysis worker: src/graph/layout/multilevel.ts via positions.ts) and the live layout
 * (graphology's layout worker, on "Resume layout", layout.ts).
 */
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import { forceAtlas2Settings } from "../graph/layout/fa2-settings.js";
import { REFINE_LIMIT } from "../graph/layout/multilevel.js";
import type { EdgeAttributes } from "../graph/types.js";

/**
 * The settings for a network of `order` nodes: graphology's inferred ones (strong gravity,
 * Barnes-Hut above 2,000 nodes), with ties pulling in proportion to their weight (`tiePull`); the
 * same as the first picture's (src/graph/layout/fa2-settings.ts).
 */
export { forceAtlas2Settings };

/**
 * The live layout's settings for a network of `order` nodes: `forceAtlas2Settings`, with LinLog
 * attraction (Noack's energy model, which keeps clusters apart) above REFINE_LIMIT nodes — where the
 * first picture shows the communities as separate patches. With plain (linear) attraction, the ties
 * between communities pull every member towards the middle and a few seconds of live layout melt the
 * patches into one disc (3,000-node planted network: the share of nodes nearer their own
 * community's centre falls from 100% to 54% in 50 iterations; with LinLog it stays at 89–93%).
 */
export function liveLayoutSettings(order: number): ForceAtlas2Settings {
  return { ...forceAtlas2Settings(order), linLogMode: order > REFINE_LIMIT };
}

/**
 * How hard a tie pulls its two ends together: its strength when positive; negative ties (conflict,
 * bad history) do not pull. Parallel ties add up (the first picture merges them into the
 * positive-tie view, whose weight is the sum of their strengths).
 */
export function tiePull(tie: Pick<EdgeAttributes, "sign" | "strength">): number {
  return tie.sign > 0 ? tie.strength : 0;
}
