/**
 * ForceAtlas2's settings for a network of `order` nodes, used by every ForceAtlas2 run of the map
 * (the first picture's stages, multilevel.ts, and the live layout, src/viz/layout.ts):
 * graphology's inferred ones (strong gravity, Barnes-Hut above 2,000 nodes), with ties pulling in
 * proportion to their weight.
 */
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";

export function forceAtlas2Settings(order: number): ForceAtlas2Settings {
  return { ...forceAtlas2.inferSettings(order), edgeWeightInfluence: 1 };
}
