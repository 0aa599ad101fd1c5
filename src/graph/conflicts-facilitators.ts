/**
 * Coalition Map — neutral facilitators between every pair of factions of a bad-history group
 * (used by `conflictFactions`, `conflicts.ts`; see its module comment for the words).
 *
 * Precise definition. A faction reaches its members and their affiliates: the organization of a
 * person in the faction, the staff of an organization in the faction — an affiliate claimed by
 * two factions reaches neither, and no affiliate is neutral itself. For factions i < j, a neutral
 * facilitator is a person outside the group's factions and their affiliates with at least one
 * positive tie into what each of the two reaches and no negative tie to anyone either of them
 * reaches. Per pair, facilitators are ranked by min(ties to faction i, ties to faction j)
 * descending, then the summed strength of those ties, then their total count, then id, and the
 * first `max` are kept. The group's list merges every pair's list under the same ranking (ties:
 * the pair in order), so with two factions it is exactly the one pair's list.
 */
import { conflictView, positiveView } from "./model.js";
import type { CoalitionGraph, TieView } from "./types.js";
import { compareIds } from "./utils/compare-ids.js";

export interface Facilitator {
  id: string;
  label: string;
  reasons: string[];
  /** The group this facilitator can bridge. */
  group: number;
  /** The two factions (indices into the group's `sides`) this facilitator can bridge, i < j. */
  factions: [number, number];
  /** Positive ties to each of those two factions (what they reach), in the order of `factions`. */
  tiesToSides: [number, number];
  /** Summed strength of those ties. */
  strength: number;
}

/** What each faction reaches: its members, and its affiliates not claimed by another faction. */
function factionReach(graph: CoalitionGraph, sides: readonly string[][], staff: Map<string, string[]>): { reach: Map<string, number>; affiliates: Set<string> } {
  const reach = new Map<string, number>();
  sides.forEach((members, side) => members.forEach((m) => reach.set(m, side)));
  const affiliateSide = new Map<string, number>();
  const claim = (n: string, side: number): void => {
    if (reach.has(n) || !graph.hasNode(n)) return;
    const prev = affiliateSide.get(n);
    affiliateSide.set(n, prev === undefined || prev === side ? side : -1);
  };
  sides.forEach((members, side) => {
    for (const m of members) {
      const org = graph.getNodeAttribute(m, "organization");
      if (org) claim(org, side);
      for (const p of staff.get(m) ?? []) claim(p, side);
    }
  });
  for (const [n, side] of affiliateSide) if (side >= 0) reach.set(n, side);
  return { reach, affiliates: new Set(affiliateSide.keys()) };
}

/** Ranking: the weaker faction's ties first, then strength, then all ties, then id, then pair. */
export function compareFacilitators(p: Facilitator, q: Facilitator): number {
  return (
    Math.min(q.tiesToSides[0], q.tiesToSides[1]) - Math.min(p.tiesToSides[0], p.tiesToSides[1]) ||
    q.strength - p.strength ||
    q.tiesToSides[0] + q.tiesToSides[1] - (p.tiesToSides[0] + p.tiesToSides[1]) ||
    compareIds(p.id, q.id) ||
    p.factions[0] - q.factions[0] ||
    p.factions[1] - q.factions[1]
  );
}

/** "Positive ties to 3 on X side: A, B, C" (at most three names shown). */
function reason(names: string[], sideLabel: string): string {
  const sorted = names.slice().sort(compareIds);
  const shown = sorted.slice(0, 3).join(", ") + (sorted.length > 3 ? ` and ${sorted.length - 3} more` : "");
  return `Positive ties to ${names.length} on ${sideLabel}: ${shown}`;
}

/** One candidate's standing between factions i and j, or null when they are not neutral there. */
function asFacilitator(
  graph: CoalitionGraph,
  views: { pos: TieView; neg: TieView },
  c: string,
  pair: [number, number],
  reach: Map<string, number>,
  sideLabels: readonly string[],
  gid: number,
): Facilitator | null {
  const [i, j] = pair;
  const inPair = (y: string): boolean => {
    const s = reach.get(y);
    return s === i || s === j;
  };
  if (views.neg.hasNode(c) && views.neg.neighbors(c).some(inPair)) return null;
  const names: [string[], string[]] = [[], []];
  let strength = 0;
  views.pos.forEachEdge(c, (_e, ea, src, tgt) => {
    const y = src === c ? tgt : src;
    const s = reach.get(y);
    if (s !== i && s !== j) return;
    names[s === i ? 0 : 1].push(graph.getNodeAttribute(y, "label") ?? y);
    strength += ea.weight;
  });
  if (names[0].length === 0 || names[1].length === 0) return null;
  const label = (s: number): string => sideLabels[s] ?? `faction ${s + 1}`;
  const reasons = [reason(names[0], label(i)), reason(names[1], label(j))];
  reasons.push(sideLabels.length > 2 ? "No bad history with anyone in either of these factions" : "No bad history with anyone on either side");
  return { id: c, label: graph.getNodeAttribute(c, "label"), reasons, group: gid, factions: [i, j], tiesToSides: [names[0].length, names[1].length], strength };
}

/** Neutral facilitators for every pair of factions of group `gid` (see the module comment). */
export function findFacilitators(
  graph: CoalitionGraph,
  gid: number,
  sides: readonly string[][],
  sideLabels: readonly string[],
  staff: Map<string, string[]>,
  max: number,
): Facilitator[] {
  if (max === 0 || sides.length < 2) return [];
  const views = { pos: positiveView(graph), neg: conflictView(graph) };
  const { reach, affiliates } = factionReach(graph, sides, staff);
  const candidates = new Set<string>();
  for (const n of [...reach.keys()].sort(compareIds))
    views.pos.forEachNeighbor(n, (y) => {
      if (!reach.has(y) && !affiliates.has(y) && graph.getNodeAttribute(y, "kind") === "person") candidates.add(y);
    });
  const sorted = [...candidates].sort(compareIds);
  const out: Facilitator[] = [];
  for (let i = 0; i < sides.length; i++)
    for (let j = i + 1; j < sides.length; j++) {
      const found: Facilitator[] = [];
      for (const c of sorted) {
        const f = asFacilitator(graph, views, c, [i, j], reach, sideLabels, gid);
        if (f) found.push(f);
      }
      out.push(...found.sort(compareFacilitators).slice(0, max));
    }
  return out.sort(compareFacilitators);
}
