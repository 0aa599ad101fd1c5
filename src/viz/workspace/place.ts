/**
 * Positions after an edit (or on reopening a workspace): every node that was on the map stays
 * where it was; a new node goes beside its first neighbour that has a place (neighbours in id
 * order), at a seeded angle, a short tie's length away; a new node with no placed neighbour goes
 * just right of the network. Deterministic: same graph and kept positions → same places.
 * No DOM here (it runs in the analysis worker).
 */
import type { CoalitionGraph } from "../../graph/types.js";
import { compareIds } from "../../graph/utils/compare-ids.js";
import { mulberry32 } from "../../graph/utils/mulberry32.js";
import type { Positions } from "../positions.js";

/** A number from a string (FNV-1a), to seed each new node's angle. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Kept positions for known nodes, new ones placed near their first neighbour; null when no node of the graph has a kept place. */
export function keptPositions(graph: CoalitionGraph, keep: Positions): Positions | null {
  const out: Positions = {};
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  let known = 0;
  graph.forEachNode((n) => {
    const p = Object.hasOwn(keep, n) ? keep[n] : undefined;
    if (p === undefined || !Number.isFinite(p.x) || !Number.isFinite(p.y)) return;
    out[n] = { x: p.x, y: p.y };
    known++;
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  });
  if (known === 0) return null;
  // A short tie's length: the spread of the network over the square root of its size.
  const step = Math.max(x1 - x0, y1 - y0, 1) / Math.sqrt(known + 1) / 2;
  const fresh = graph.nodes().filter((n) => out[n] === undefined).sort(compareIds);
  let alone = 0;
  // Twice: a new node tied only to another new node is placed on the second pass.
  for (let pass = 0; pass < 2; pass++) {
    for (const n of fresh) {
      if (out[n] !== undefined) continue;
      const near = graph.neighbors(n).sort(compareIds).find((m) => out[m] !== undefined);
      const p = near === undefined ? undefined : out[near];
      if (p === undefined) continue;
      const a = mulberry32(hash(n))() * Math.PI * 2;
      out[n] = { x: p.x + Math.cos(a) * step, y: p.y + Math.sin(a) * step };
    }
  }
  for (const n of fresh) {
    if (out[n] !== undefined) continue;
    out[n] = { x: x1 + step, y: y0 + (y1 - y0) / 2 + alone * step };
    alone++;
  }
  return out;
}
