/**
 * Coalition Map — one member named as the best asker for much of a power map box.
 *
 * The power map names, for each entry, the member with the warmest path (power-map.ts). When one
 * member is the best asker for many entries of the same box (in the sample, one member for 10 of 12
 * persuadable power holders: the only member tied into their community), following the map as
 * written puts every ask on one person. `busiestAsker` finds that member so the report and the
 * panel can say so: the asks need sharing, or a second bridge into those people's circles.
 */
import type { PowerMapEntry } from "./power-map.js";
import { compareIds } from "./utils/compare-ids.js";

/** When one member is "too many asks for one person": at least this many entries … */
export const ASKER_LOAD_MIN = 3;
/** … and at least this share of the box's entries that have a best asker. */
export const ASKER_LOAD_SHARE = 0.4;

export interface AskerLoad {
  asker: string;
  askerLabel: string;
  /** Entries of the box this member is the best asker for. */
  count: number;
  /** Entries of the box with any best asker. */
  of: number;
  /** "Umar Chowdhury is the best asker for 10 of these 12: …" */
  sentence: string;
}

/**
 * The member who is the best asker for the most of `entries` (one box), when that is at least
 * ASKER_LOAD_MIN entries and ASKER_LOAD_SHARE of those with an asker; null otherwise. Ties between
 * members go to the smaller id, so the answer does not depend on the entries' order.
 */
export function busiestAsker(entries: readonly PowerMapEntry[]): AskerLoad | null {
  const counts = new Map<string, { label: string; count: number }>();
  let of = 0;
  for (const e of entries) {
    if (e.asker === null) continue;
    of++;
    const c = counts.get(e.asker);
    if (c) c.count++;
    else counts.set(e.asker, { label: e.askerLabel ?? e.asker, count: 1 });
  }
  let best: [string, { label: string; count: number }] | null = null;
  for (const entry of counts) if (best === null || entry[1].count > best[1].count || (entry[1].count === best[1].count && compareIds(entry[0], best[0]) < 0)) best = entry;
  if (best === null) return null;
  const [asker, { label, count }] = best;
  if (count < ASKER_LOAD_MIN || count < ASKER_LOAD_SHARE * of) return null;
  return {
    asker,
    askerLabel: label,
    count,
    of,
    sentence: `${label} is the best asker for ${count} of these ${of}: too many asks for one person. Share them with the next-warmest askers, or recruit a second member who knows these people.`,
  };
}
