/**
 * How well a picture shows groups: the mean drawn length of the ties inside a group and of the
 * ties between groups (positive ties, parallel ties counted once, as in `positiveView`). A
 * picture that separates the groups draws ties inside them short and ties between them long:
 * `ratio` = inside ÷ between, well under 1 (under 0.5 is the aim for the planted networks of the
 * benches); a picture that mixes the groups gives a ratio near 1.
 */
import { positiveView } from "../model.js";
import type { CoalitionGraph } from "../types.js";
import type { Positions } from "./types.js";

export interface TieLengths {
  /** Mean length of the ties whose two ends are in the same group (0 when there are none). */
  inside: number;
  /** Mean length of the ties between two groups (0 when there are none). */
  between: number;
  /** inside ÷ between (NaN when either kind of tie is missing). */
  ratio: number;
  insideTies: number;
  betweenTies: number;
}

/** Mean tie lengths inside and between the groups given by `groupOf`, in the picture `positions`. */
export function tieLengths(graph: CoalitionGraph, positions: Positions, groupOf: (node: string) => string | number): TieLengths {
  let inside = 0;
  let between = 0;
  let insideTies = 0;
  let betweenTies = 0;
  positiveView(graph).forEachEdge((_e, _a, s, t) => {
    const p = positions[s];
    const q = positions[t];
    if (!p || !q) throw new Error(`tieLengths: no position for "${p ? t : s}".`);
    const d = Math.hypot(p.x - q.x, p.y - q.y);
    if (groupOf(s) === groupOf(t)) {
      inside += d;
      insideTies++;
    } else {
      between += d;
      betweenTies++;
    }
  });
  const meanInside = insideTies ? inside / insideTies : 0;
  const meanBetween = betweenTies ? between / betweenTies : 0;
  return { inside: meanInside, between: meanBetween, ratio: insideTies && betweenTies ? meanInside / meanBetween : Number.NaN, insideTies, betweenTies };
}
