/**
 * A second measure of how well a picture shows groups, stricter than `tieLengths`: the share of
 * nodes drawn closer to the centre (mean position) of their own group than to the centre of any
 * other group. Groups drawn as separate patches give nearly 1; groups smeared into one uniform
 * disc give much less, even when each group stays roughly in its part of the disc.
 */
import type { Positions } from "./types.js";

export function ownCentreShare(positions: Positions, groupOf: (node: string) => string | number): number {
  const sums = new Map<string | number, { x: number; y: number; n: number }>();
  const entries = Object.entries(positions);
  for (const [node, p] of entries) {
    const g = groupOf(node);
    const s = sums.get(g);
    if (s) {
      s.x += p.x;
      s.y += p.y;
      s.n++;
    } else sums.set(g, { x: p.x, y: p.y, n: 1 });
  }
  const keys = [...sums.keys()];
  const cx = new Float64Array(keys.length);
  const cy = new Float64Array(keys.length);
  const index = new Map<string | number, number>();
  keys.forEach((k, i) => {
    const s = sums.get(k);
    if (!s) return;
    cx[i] = s.x / s.n;
    cy[i] = s.y / s.n;
    index.set(k, i);
  });
  let own = 0;
  for (const [node, p] of entries) {
    const mine = index.get(groupOf(node)) ?? -1;
    const d0 = (p.x - (cx[mine] ?? 0)) ** 2 + (p.y - (cy[mine] ?? 0)) ** 2;
    let closer = false;
    for (let i = 0; i < keys.length && !closer; i++) {
      if (i !== mine && (p.x - (cx[i] ?? 0)) ** 2 + (p.y - (cy[i] ?? 0)) ** 2 < d0) closer = true;
    }
    if (!closer) own++;
  }
  return entries.length ? own / entries.length : 1;
}
