/**
 * Coalition Map — one member named as the best asker for much of a list of asks.
 *
 * The power map and the outreach plan name, for each entry, the member with the warmest path
 * (power-map.ts, outreach.ts). When one member is the best asker for many entries of one power map
 * box (in the sample, one member for 10 of 12 persuadable power holders: the only member tied into
 * their community) or of the top of the outreach plan (one member for 4 of its top 9), following
 * the list as written puts every ask on one person. `busiestAsker` finds that member so the report
 * and the panels can say so: the asks need sharing, or a second bridge into those people's circles.
 */
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

/** An entry of a list of asks: its best asker, if any (a power map entry, an outreach target). */
export interface AskedEntry {
  asker: string | null;
  askerLabel?: string | null;
}

/**
 * The member who is the best asker for the most of `entries` (one power map box, the top of the
 * outreach plan), when that is at least ASKER_LOAD_MIN entries and ASKER_LOAD_SHARE of those with
 * an asker; null otherwise. Ties between members go to the smaller id, so the answer does not
 * depend on the entries' order. `these(of)` names the entries with an asker in the sentence
 * ("these 12", "the plan's top 9").
 */
export function busiestAsker(entries: readonly AskedEntry[], these: (of: number) => string = (of) => `these ${of}`): AskerLoad | null {
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
    sentence: `${label} is the best asker for ${count} of ${these(of)}: too many asks for one person. Share them with the next-warmest askers, or recruit a second member who knows these people.`,
  };
}

/** How many of the outreach plan's first targets `outreachAskerLoad` looks at: the ones acted on first. */
export const OUTREACH_LOAD_TOP = 10;

/**
 * `busiestAsker` over the top of the outreach plan (its first OUTREACH_LOAD_TOP targets, in plan
 * order): one member best placed for most of the asks an organizer makes first.
 */
export function outreachAskerLoad(plan: readonly AskedEntry[]): AskerLoad | null {
  const top = plan.slice(0, OUTREACH_LOAD_TOP);
  const base = plan.length <= OUTREACH_LOAD_TOP ? `the plan's ${top.length} targets` : `the plan's top ${top.length}`;
  return busiestAsker(top, (of) => (of === top.length ? base : `the ${of} of ${base} that someone can ask`));
}
