/**
 * What each network measure in Details means for an organizer: one short sentence, with where the
 * node stands among everyone ("higher than 80% of the network"). No DOM: unit-tested in Node.
 */
import type { NodeStanding } from "../../../graph/standing.js";

export type MeasureKey = "betweenness" | "closeness" | "pagerank" | "eigenvector" | "constraint" | "effectiveSize";

/** The sentence for each measure (the number itself is shown beside it). */
export const MEASURE_WORDS: Record<MeasureKey, string> = {
  betweenness: "How often they sit on the shortest path between others: a go-between who can connect groups that don't talk.",
  closeness: "How few steps they need to reach everyone: news and asks travel fast from here.",
  pagerank: "How much weight their ties carry, counting who ties to them: a voice that is heard.",
  eigenvector: "Tied to people who are themselves well connected: close to the network's insiders.",
  constraint: "How much their contacts all know each other: high means boxed into one circle, low means free to broker between circles.",
  effectiveSize: "How many separate circles their contacts form (contacts who don't know each other): the reach a broker has.",
};

/**
 * Where `value` stands among `all` values: the share of the others that are lower (ties count
 * half), 0–1. Null when there is nothing to compare with.
 */
export function shareBelow(value: number, all: readonly number[]): number | null {
  if (all.length < 2) return null;
  let below = 0;
  let same = 0;
  for (const x of all) {
    if (x < value) below++;
    else if (x === value) same++;
  }
  return (below + (same - 1) / 2) / (all.length - 1);
}

/**
 * "higher than 80% of the network" (for constraint: "less boxed in than…", since low is the
 * broker's side). Only ever literally true: the share counts the others strictly on the weaker
 * side, so a score of 0 shared by many is "the lowest in the network, tied with 40% of it", never
 * "higher than 20%".
 */
export function standingPhrase(key: MeasureKey, value: number | null, all: readonly number[]): string {
  if (value === null || all.length < 2) return "";
  const weaker = key === "constraint" ? (x: number) => x > value : (x: number) => x < value;
  let under = 0;
  let same = 0;
  for (const x of all) {
    if (weaker(x)) under++;
    else if (x === value) same++;
  }
  return phraseOf(key, under, same, all.length);
}

/**
 * `standingPhrase` from the counts: `under` values on the weaker side of this one, `same` equal to
 * it (this node's own included), `count` values in all (standing-ranks.ts counts them in the sorted
 * values with two binary searches).
 */
export function phraseOf(key: MeasureKey, under: number, same: number, count: number): string {
  if (count < 2) return "";
  const others = count - 1;
  const boxed = key === "constraint";
  if (under >= others) return boxed ? "the least boxed in of the network" : "the highest in the network";
  if (under === 0) {
    const lowest = boxed ? "the most boxed in of the network" : "the lowest in the network";
    // `same` counts this node too (when it is among `all`).
    const tied = same - 1;
    return tied > 0 ? `${lowest}, tied with ${Math.max(1, Math.round((tied / others) * 100))}% of it` : lowest;
  }
  // Between 1% and 99%: never rounded to "0%" or "100%" when that would not be true.
  const pct = Math.min(99, Math.max(1, Math.floor((under / others) * 100)));
  return boxed ? `less boxed in than ${pct}% of the network` : `higher than ${pct}% of the network`;
}

/** The values of one measure over every node (nulls left out). */
export function measureValues(standing: ReadonlyMap<string, NodeStanding>, key: MeasureKey): number[] {
  const out: number[] = [];
  for (const s of standing.values()) {
    const v = s[key];
    if (v !== null) out.push(v);
  }
  return out;
}
