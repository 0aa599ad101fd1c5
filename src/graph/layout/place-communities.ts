/**
 * Multilevel layout, step 1: places the community graph (community-graph.ts). Each community is a
 * disc (`regionRadius` of its membership). The communities start at seeded random spots
 * (graphology-layout's `random`); ForceAtlas2 (synchronous, graphology-layout-forceatlas2) pulls
 * tied communities together in proportion to the ties between them; the picture is then scaled so
 * that a disc's nearest neighbour is, in the median, just clear of it, and a last run of
 * ForceAtlas2 with `adjustSizes` pushes apart the discs that still overlap.
 */
import forceAtlas2 from "graphology-layout-forceatlas2";
import random from "graphology-layout/random";
import { mulberry32 } from "../utils/mulberry32.js";
import type { CommunityGraph } from "./community-graph.js";
import { forceAtlas2Settings } from "./fa2-settings.js";
import { medianClearance } from "./median-clearance.js";
import { regionRadius } from "./region-radius.js";

export const PLACE_COMMUNITIES_DEFAULTS = {
  /** The median gap wanted between a disc and its nearest neighbour, as a share of their radii. */
  clearance: 1.1,
  /** ForceAtlas2 iterations with `adjustSizes`, after the scaling. */
  separateIterations: 100,
} as const;

/**
 * Writes x, y (the centre) and size (the radius) on every community of `g`; `iterations` of
 * ForceAtlas2 before the scaling, seeded by `seed`.
 */
export function placeCommunities(g: CommunityGraph, seed: number, iterations: number): void {
  g.updateEachNodeAttributes((_n, a) => ({ ...a, size: regionRadius(a.members) }));
  random.assign(g, { rng: mulberry32(seed), scale: 100, center: 0 });
  if (g.order < 2) {
    g.updateEachNodeAttributes((_n, a) => ({ ...a, x: 0, y: 0 }));
    return;
  }
  const settings = forceAtlas2Settings(g.order);
  if (iterations > 0) forceAtlas2.assign(g, { iterations, settings, getEdgeWeight: "weight" });
  const median = medianClearance(g.mapNodes((_n, a) => a));
  const scale = median > 0 ? PLACE_COMMUNITIES_DEFAULTS.clearance / median : 1;
  g.updateEachNodeAttributes((_n, a) => ({ ...a, x: a.x * scale, y: a.y * scale }));
  const separate = Math.min(PLACE_COMMUNITIES_DEFAULTS.separateIterations, iterations);
  if (separate > 0) forceAtlas2.assign(g, { iterations: separate, settings: { ...settings, adjustSizes: true }, getEdgeWeight: "weight" });
}
