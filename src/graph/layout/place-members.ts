/**
 * Multilevel layout, step 2: lays out one community's members inside its disc. The members start at
 * seeded random spots, ForceAtlas2 (synchronous, graphology-layout-forceatlas2) runs on the ties
 * inside the community only, and the result is fitted into the disc: centred on the community's
 * centre, scaled so the members spread like a filled disc of the community's radius (root mean
 * square distance = radius ÷ √2), and stragglers eased back inside the rim.
 */
import forceAtlas2 from "graphology-layout-forceatlas2";
import { UndirectedGraph } from "graphology";
import { mulberry32 } from "../utils/mulberry32.js";
import { forceAtlas2Settings } from "./fa2-settings.js";
import type { Positions } from "./types.js";

export interface Region {
  x: number;
  y: number;
  radius: number;
}

/** A tie inside a community: its two ends and its weight. */
export type InsideTie = readonly [string, string, number];

/**
 * Positions `members` inside `region`, writing them into `out`; `iterations` of ForceAtlas2 on
 * `ties` (between members; added in the order given), from a start seeded by `seed`.
 */
export function placeMembers(members: readonly string[], ties: readonly InsideTie[], region: Region, seed: number, iterations: number, out: Positions): void {
  if (members.length === 1) {
    const only = members[0];
    if (only !== undefined) out[only] = { x: region.x, y: region.y };
    return;
  }
  const rng = mulberry32(seed);
  const inside = new UndirectedGraph<{ x: number; y: number }, { weight: number }>();
  for (const n of members) {
    const a = rng() * Math.PI * 2;
    const d = Math.sqrt(rng()) * region.radius;
    inside.addNode(n, { x: Math.cos(a) * d, y: Math.sin(a) * d });
  }
  for (const [s, t, weight] of ties) inside.addEdge(s, t, { weight });
  if (inside.size > 0 && iterations > 0)
    forceAtlas2.assign(inside, { iterations, settings: forceAtlas2Settings(inside.order), getEdgeWeight: "weight" });
  // Fit into the disc.
  let cx = 0;
  let cy = 0;
  inside.forEachNode((_n, a) => {
    cx += a.x;
    cy += a.y;
  });
  cx /= inside.order;
  cy /= inside.order;
  let squares = 0;
  inside.forEachNode((_n, a) => (squares += (a.x - cx) ** 2 + (a.y - cy) ** 2));
  const rms = Math.sqrt(squares / inside.order);
  const scale = rms > 0 ? region.radius / Math.SQRT2 / rms : 0;
  inside.forEachNode((n, a) => {
    const dx = (a.x - cx) * scale;
    const dy = (a.y - cy) * scale;
    const d = Math.hypot(dx, dy);
    const k = d > 0 ? withinRim(d, region.radius) / d : 0;
    out[n] = { x: region.x + dx * k, y: region.y + dy * k };
  });
}

/**
 * A distance from the centre brought inside the rim `r`: unchanged up to 0.8 r, then eased so
 * stragglers land between 0.8 r and r (spread out, not piled on the rim).
 */
function withinRim(d: number, r: number): number {
  const knee = 0.8 * r;
  return d <= knee ? d : knee + (r - knee) * Math.tanh((d - knee) / (r - knee));
}
