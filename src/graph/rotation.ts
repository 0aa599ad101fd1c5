/**
 * Coalition Map — the one-on-one rotation: a schedule of check-ins in which every member meets
 * someone within `weeks` weeks, each pair for a reason in words, and no one has more than
 * `perWeek` one-on-ones in a week (so the core staff are not overloaded).
 *
 * In the organizer's words: who should sit down with whom in the coming weeks, and why — renew a
 * tie that has gone quiet, bring in a member from the edge, keep the voice of members with lived
 * experience close to the centre, build a bridge between communities, welcome new members — and
 * never two people with bad history unless a neutral facilitator is in the room.
 *
 * Precise definition.
 *  - Members: people with status core or member, and member organizations none of whose people is
 *    a member (a member organization with member staff is met through them: `represented`).
 *  - Reasons: rotation-reasons.ts (ranks 1–8; bad history only with a facilitator).
 *  - Candidates for a member: the members they have a tie with, the well-connected members (the
 *    3·`hubs` strongest core members and the `hubs` strongest members, by tie strength) and the two
 *    strongest members of each of the `hubs` largest other communities; when none of them can
 *    meet, every other member in the seeded order — those not met yet first — until 24 who can meet
 *    are found.
 *  - Greedy by priority with capacity: members are taken by the rank of their best reason, then the
 *    fewest candidates, then a seeded random order (`seed`), then id. A member not yet met picks
 *    the candidate with the best reason (rank), preferring one who has not met anyone yet (one
 *    meeting serves two), then the least busy, then the reason's weight, then the seeded order.
 *    A reason about one member (new member, lived experience, on the edge) serves once, and so
 *    does a bridge between two communities: once that member has a one-on-one for it (once a
 *    one-on-one joins those two communities), it ranks no better than keeping a good tie warm
 *    (6.5), so the others do not all queue to meet the same person.
 *    The meeting goes in the week, among those where both (and a facilitator) have fewer than
 *    `perWeek` one-on-ones, with the fewest meetings so far (then the earliest): the schedule is
 *    spread over the weeks and urgent pairs come first.
 *  - Members are people and organizations with status core or member, except those with a `left`
 *    date (they left the coalition: neither scheduled nor met).
 *  - A member who cannot be placed is listed in `unplaced` with why (the only member; bad history
 *    with everyone and no facilitator; everyone who could meet them is full) — never dropped.
 *  - Dates: week w starts `start` + 7·(w − 1) days. Deterministic: the same data and options give
 *    the same schedule.
 *
 * Cost: O(m + Σ candidates · weeks) for m ties; a member's fallback scan is O(members).
 */
import type { CommunityResult } from "./communities.js";
import { isMember } from "./model.js";
import { REASON_RANK, RotationFacts, type PairReason, type RotationReasonKind } from "./rotation-reasons.js";
import type { NodeStanding } from "./standing.js";
import type { CoalitionGraph } from "./types.js";
import { addDays } from "./utils/add-days.js";
import { assertCoalitionGraph } from "./utils/assert-coalition-graph.js";
import { calendarDate } from "./utils/calendar-date.js";
import { compareIds } from "./utils/compare-ids.js";
import { countWords } from "./utils/count-words.js";
import { mulberry32 } from "./utils/mulberry32.js";

export type { RotationReasonKind } from "./rotation-reasons.js";

export interface RotationRow {
  /** 1-based week of the rotation. */
  week: number;
  /** The week's first day (YYYY-MM-DD). */
  date: string;
  /** Node id of the member the reason is about. */
  member: string;
  memberLabel: string;
  partner: string;
  partnerLabel: string;
  /** Why these two, in words. */
  reason: string;
  kind: RotationReasonKind;
  /** Bad history between them: the neutral facilitator who must be present. */
  facilitator?: string;
  facilitatorLabel?: string;
}

export interface RotationUnplaced {
  id: string;
  label: string;
  /** Why no one-on-one could be scheduled, in words. */
  reason: string;
}

export interface RotationResult {
  /** The first week's first day (YYYY-MM-DD). */
  start: string;
  weeks: number;
  perWeek: number;
  /** The next coalition meeting, which heads the schedule; null when not given. */
  nextMeeting: string | null;
  /** Members to meet (people, and member organizations without member staff). */
  members: number;
  /** Members with at least one one-on-one in the schedule. */
  placed: number;
  /** The schedule: by week, then member name. */
  rows: RotationRow[];
  /** Members who could not be placed, and why. */
  unplaced: RotationUnplaced[];
  /** Member organizations met through their member staff. */
  represented: { organization: string; label: string; by: string[] }[];
  /** The most one-on-ones anyone has in one week. */
  busiest: number;
}

export interface RotationOptions {
  /** The first week's first day (YYYY-MM-DD). Required: the engine never reads the clock. */
  start: string;
  /** Weeks in the rotation (≥ 1). Default 8. */
  weeks?: number;
  /** Most one-on-ones one person has in a week (≥ 1). Default 2. */
  perWeek?: number;
  /** The next coalition meeting (YYYY-MM-DD), heading the schedule. */
  nextMeeting?: string | null;
  /** Seed of the order among equals. Default 42. */
  seed?: number;
  /** Standing (degree, strength) of every node; counted from the positive ties when absent. */
  standing?: Record<string, NodeStanding>;
  /** Communities, for the bridges; no bridge reasons when absent. */
  communities?: CommunityResult;
  /** A one-on-one within this many days before the start is recent. Default 182. */
  recentDays?: number;
  /** A tie known for this many years or more may have gone quiet. Default 3. */
  oldYears?: number;
  /** A member who joined within this many days before the start is new. Default 365. */
  newDays?: number;
  /** Well-connected members considered for everyone (and 3× as many core members; communities considered for bridges). Default 12. */
  hubs?: number;
}

/**
 * Reasons served once (see the module comment): those about one member of the pair (a property of
 * theirs), and a bridge between two communities (the first one-on-one builds it).
 */
const SERVED_ONCE: ReadonlySet<RotationReasonKind> = new Set<RotationReasonKind>(["new-member", "lived-experience", "edge", "bridge"]);

/** How many possible partners the fallback collects before choosing (see the module comment). */
const FALLBACK = 24;

export const ROTATION_DEFAULTS = { weeks: 8, perWeek: 2, seed: 42, recentDays: 182, oldYears: 3, newDays: 365, hubs: 12 } as const;

/** The most weeks a rotation may span (about two years). */
export const ROTATION_MAX_WEEKS = 104;

/** The rotation (see the module comment). */
export function oneOnOneRotation(graph: CoalitionGraph, options: RotationOptions): RotationResult {
  assertCoalitionGraph(graph, "oneOnOneRotation");
  const o = { ...ROTATION_DEFAULTS, ...options };
  const start = calendarDate(o.start ?? "");
  if (start === null) throw new Error(`oneOnOneRotation: option \`start\` must be a date written YYYY-MM-DD, not "${String(o.start)}".`);
  if (!Number.isInteger(o.weeks) || o.weeks < 1 || o.weeks > ROTATION_MAX_WEEKS) throw new Error(`oneOnOneRotation: option \`weeks\` must be a whole number from 1 to ${ROTATION_MAX_WEEKS}.`);
  if (!Number.isInteger(o.perWeek) || o.perWeek < 1) throw new Error("oneOnOneRotation: option `perWeek` must be a whole number ≥ 1.");
  const nextMeeting = o.nextMeeting == null ? null : calendarDate(o.nextMeeting);
  if (o.nextMeeting != null && nextMeeting === null) throw new Error(`oneOnOneRotation: option \`nextMeeting\` must be a date written YYYY-MM-DD, not "${o.nextMeeting}".`);

  // Members: people, and member organizations with no member among their people.
  const memberPeople = new Map<string, string[]>();
  const people: string[] = [];
  const orgs: string[] = [];
  graph.forEachNode((id, a) => {
    // Someone who left the coalition (a `left` date) is not scheduled, nor met.
    if (!isMember(a) || a.left !== undefined) return;
    if (a.kind === "organization") orgs.push(id);
    else {
      people.push(id);
      if (a.organization !== undefined) memberPeople.set(a.organization, [...(memberPeople.get(a.organization) ?? []), id]);
    }
  });
  const represented = orgs
    .filter((id) => memberPeople.has(id))
    .sort(compareIds)
    .map((id) => ({ organization: id, label: graph.getNodeAttribute(id, "label") || id, by: (memberPeople.get(id) ?? []).slice().sort(compareIds) }));
  const participants = [...people, ...orgs.filter((id) => !memberPeople.has(id))].sort(compareIds);

  // Degree and strength: the standing's, or counted on the positive ties.
  const degree = new Map<string, number>();
  const strength = new Map<string, number>();
  if (o.standing) {
    for (const id of participants) {
      degree.set(id, o.standing[id]?.degree ?? 0);
      strength.set(id, o.standing[id]?.strength ?? 0);
    }
  } else {
    const seen = new Map<string, Set<string>>();
    graph.forEachEdge((_k, a, s, t) => {
      if (a.sign !== 1 || s === t) return;
      for (const [x, y] of [[s, t], [t, s]] as const) {
        const set = seen.get(x) ?? new Set<string>();
        set.add(y);
        seen.set(x, set);
        strength.set(x, (strength.get(x) ?? 0) + a.strength);
      }
    });
    for (const [id, set] of seen) degree.set(id, set.size);
  }

  const facts = new RotationFacts(graph, participants, degree, strength, o.communities, { start, recentDays: o.recentDays, oldYears: o.oldYears, newDays: o.newDays });
  const rng = mulberry32(o.seed);
  const order = new Map(participants.map((id) => [id, rng()]));
  const isParticipant = new Set(participants);
  const seeded = participants.slice().sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0) || compareIds(a, b));

  // Candidates: tie neighbours, the hubs, the best-connected of each other community.
  const byStrength = (a: string, b: string) => (strength.get(b) ?? 0) - (strength.get(a) ?? 0) || compareIds(a, b);
  const byRank = participants.slice().sort(byStrength);
  const hubs = new Set([...byRank.filter((id) => graph.getNodeAttribute(id, "status") === "core").slice(0, 3 * o.hubs), ...byRank.slice(0, o.hubs)]);
  const perCommunity = new Map<number, string[]>();
  for (const id of participants) {
    const c = o.communities?.assignment[id];
    if (c === undefined) continue;
    perCommunity.set(c, [...(perCommunity.get(c) ?? []), id]);
  }
  // Communities are numbered by size (largest first): the best two of the largest ones.
  const communityBest = [...perCommunity.entries()].sort((x, y) => x[0] - y[0]).slice(0, o.hubs).map(([c, ids]) => [c, ids.sort(byStrength).slice(0, 2)] as const);
  const candidates = (u: string): PairReason[] => {
    const set = new Set<string>();
    graph.forEachNeighbor(u, (v) => {
      if (isParticipant.has(v)) set.add(v);
    });
    for (const v of hubs) set.add(v);
    const cu = o.communities?.assignment[u];
    for (const [c, best] of communityBest) if (c !== cu) for (const v of best) set.add(v);
    set.delete(u);
    const out: PairReason[] = [];
    for (const v of set) {
      const r = facts.reason(u, v);
      if (r !== null) out.push(r);
    }
    return out;
  };

  const lists = new Map(participants.map((u) => [u, candidates(u)] as const));
  const best = new Map(participants.map((u) => [u, (lists.get(u) ?? []).reduce((m, r) => Math.min(m, r.rank), 99)] as const));
  const size = (u: string) => lists.get(u)?.length ?? 0;
  const queue = participants.slice().sort((a, b) => (best.get(a) ?? 99) - (best.get(b) ?? 99) || size(a) - size(b) || (order.get(a) ?? 0) - (order.get(b) ?? 0) || compareIds(a, b));

  // Capacity: one-on-ones per person per week; meetings per week.
  const load = new Map<string, number[]>();
  const weekLoad = (id: string): number[] => {
    let l = load.get(id);
    if (!l) load.set(id, (l = new Array<number>(o.weeks).fill(0)));
    return l;
  };
  const totals = new Map<string, number>();
  const total = (id: string) => totals.get(id) ?? 0;
  const weekTotals = new Array<number>(o.weeks).fill(0);
  const met = new Set<string>();
  const rows: RotationRow[] = [];
  const freeWeek = (r: PairReason): number => {
    const who = [r.member, r.partner, ...(r.facilitator ? [r.facilitator] : [])].map(weekLoad);
    let best = -1;
    for (let w = 0; w < o.weeks; w++) {
      if (who.some((l) => (l[w] ?? 0) >= o.perWeek)) continue;
      if (best < 0 || (weekTotals[w] ?? 0) < (weekTotals[best] ?? 0)) best = w;
    }
    return best;
  };
  // A reason about one member (welcome them, keep their lived experience close, draw them in from
  // the edge) serves once, as does a bridge between two communities: once served, the reason
  // counts no more than keeping a good tie warm, so the others do not all queue to meet the same
  // person. Served so far: members by reason kind, and bridges by their two communities (one number each).
  const servedMembers = new Map<RotationReasonKind, Set<string>>();
  const servedBridges = new Set<number>();
  const bridgeKey = (r: PairReason): number => {
    const x = o.communities?.assignment[r.member] ?? -1;
    const y = o.communities?.assignment[r.partner] ?? -1;
    return x < y ? (x + 1) * 2 ** 26 + (y + 1) : (y + 1) * 2 ** 26 + (x + 1);
  };
  const isServed = (r: PairReason): boolean =>
    SERVED_ONCE.has(r.kind) && (r.kind === "bridge" ? servedBridges.has(bridgeKey(r)) : (servedMembers.get(r.kind)?.has(r.member) ?? false));
  const serve = (r: PairReason): void => {
    if (!SERVED_ONCE.has(r.kind)) return;
    if (r.kind === "bridge") servedBridges.add(bridgeKey(r));
    else {
      let set = servedMembers.get(r.kind);
      if (!set) servedMembers.set(r.kind, (set = new Set()));
      set.add(r.member);
    }
  };
  const rankOf = (r: PairReason): number => (isServed(r) ? Math.max(r.rank, REASON_RANK.acquaintance + 0.5) : r.rank);
  const pick = (u: string, list: PairReason[]): { r: PairReason; w: number } | null => {
    const anyServed = servedBridges.size > 0 || servedMembers.size > 0;
    // Each candidate's keys are read once (not in every comparison of the sort).
    const keyed = list.map((r) => {
      const v = r.member === u ? r.partner : r.member;
      return { r, v, rank: anyServed && r.rank < REASON_RANK.acquaintance ? rankOf(r) : r.rank, met: Number(met.has(v)), total: total(v), order: order.get(v) ?? 0 };
    });
    keyed.sort((x, y) => x.rank - y.rank || x.met - y.met || x.total - y.total || y.r.weight - x.r.weight || x.order - y.order || compareIds(x.v, y.v));
    const sorted = keyed.map((k) => k.r);
    for (const r of sorted) {
      const w = freeWeek(r);
      if (w >= 0) return { r, w };
    }
    return null;
  };
  const unplaced: RotationUnplaced[] = [];
  for (const u of queue) {
    if (met.has(u)) continue;
    let chosen = pick(u, lists.get(u) ?? []);
    if (chosen === null) {
      // Every other member, whatever the reason (never two with bad history and no facilitator):
      // in the seeded order, those not met yet first, the first FALLBACK who can meet.
      const found: PairReason[] = [];
      for (const pass of [false, true]) {
        for (const v of seeded) {
          if (found.length >= FALLBACK) break;
          if (v === u || met.has(v) !== pass) continue;
          const r = facts.reason(u, v);
          if (r !== null && freeWeek(r) >= 0) found.push(r);
        }
      }
      chosen = pick(u, found);
      if (chosen === null) {
        const possible = participants.filter((v) => v !== u && facts.reason(u, v) !== null).length;
        unplaced.push({ id: u, label: facts.label(u), reason: whyUnplaced(facts, u, participants, possible, o.perWeek, o.weeks) });
        continue;
      }
    }
    const { r, w } = chosen;
    for (const id of [r.member, r.partner, ...(r.facilitator ? [r.facilitator] : [])]) {
      const l = weekLoad(id);
      l[w] = (l[w] ?? 0) + 1;
      totals.set(id, total(id) + 1);
    }
    weekTotals[w] = (weekTotals[w] ?? 0) + 1;
    met.add(r.member);
    met.add(r.partner);
    serve(r);
    rows.push({
      week: w + 1,
      date: addDays(start, 7 * w),
      member: r.member,
      memberLabel: facts.label(r.member),
      partner: r.partner,
      partnerLabel: facts.label(r.partner),
      reason: r.words(),
      kind: r.kind,
      ...(r.facilitator ? { facilitator: r.facilitator, facilitatorLabel: facts.label(r.facilitator) } : {}),
    });
  }
  rows.sort((p, q) => p.week - q.week || compareIds(p.memberLabel, q.memberLabel) || compareIds(p.member, q.member) || compareIds(p.partner, q.partner));
  unplaced.sort((p, q) => compareIds(p.id, q.id));
  let busiest = 0;
  for (const l of load.values()) busiest = Math.max(busiest, ...l);
  return {
    start,
    weeks: o.weeks,
    perWeek: o.perWeek,
    nextMeeting,
    members: participants.length,
    placed: participants.filter((id) => met.has(id)).length,
    rows,
    unplaced,
    represented,
    busiest,
  };
}

/** Why a member could not be placed, in words. */
function whyUnplaced(facts: RotationFacts, u: string, participants: readonly string[], possible: number, perWeek: number, weeks: number): string {
  const others = participants.length - 1;
  if (others === 0) return `${facts.label(u)} is the only member: there is no one to meet one-on-one.`;
  if (possible === 0) {
    return `${facts.label(u)} has bad history with ${others === 1 ? "the only other member" : `all ${others} other members`}, and no neutral person has good ties to both sides to facilitate.`;
  }
  return `Everyone ${facts.label(u)} could meet already has ${countWords(perWeek, "one-on-one", "one-on-ones")} in each of the ${countWords(weeks, "week", "weeks")}: allow more a week (--per-week) or more weeks (--weeks).`;
}

/** The rank of a reason kind (for readers that sort or group rows by reason). */
export function reasonRank(kind: RotationReasonKind): number {
  return REASON_RANK[kind];
}
