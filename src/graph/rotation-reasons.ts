/**
 * Coalition Map — why two members should meet one-on-one: the reasons of the rotation
 * (rotation.ts), each in the organizer's words, with a rank (lower = more worth a meeting) and a
 * weight within its rank (higher first).
 *
 * What the reasons read, for a pair (the member the reason is about, their partner):
 *  1. new-member       the member is new (said yes to an ask in the activity log, or a `joined`
 *                      column within a year of the start) and the partner is core;
 *  2. lapsed / weak    they have a positive tie that has gone quiet (known each other for
 *                      `oldYears` or more) or is weak (strength 1–2), and no one-on-one in the
 *                      last `recentDays` days (the tie's `lastContact`);
 *  3. lived-experience the member has lived experience and the partner is well connected (core,
 *                      or in the top quarter of members by tie strength);
 *  4. edge             the member is on the edge of the network (in the bottom quarter of members
 *                      by number of ties) and the partner is well connected;
 *  5. bridge           they are in different communities and have no tie;
 *  6. acquaintance     no tie yet, or a tie that is kept warm (a recent one-on-one);
 *  7. colleague        the same organization (only when no one else can meet them);
 *  8. facilitated      bad history between them: only with a neutral facilitator present — a
 *                      person with a positive tie to both and a negative tie to neither (the
 *                      pair-level form of the conflicts analysis's facilitators,
 *                      conflicts-facilitators.ts).
 * Two people with bad history and no such facilitator are never paired.
 */
import type { CommunityResult } from "./communities.js";
import { isMember } from "./model.js";
import type { CoalitionGraph } from "./types.js";
import { addDays } from "./utils/add-days.js";
import { calendarDate } from "./utils/calendar-date.js";
import { compareIds } from "./utils/compare-ids.js";
import { countWords } from "./utils/count-words.js";

export type RotationReasonKind = "new-member" | "lapsed" | "weak" | "lived-experience" | "edge" | "bridge" | "acquaintance" | "colleague" | "facilitated";

/** The rank of each kind of reason: lower = more worth a meeting. */
export const REASON_RANK: Readonly<Record<RotationReasonKind, number>> = {
  "new-member": 1,
  lapsed: 2,
  weak: 2,
  "lived-experience": 3,
  edge: 4,
  bridge: 5,
  acquaintance: 6,
  colleague: 7,
  facilitated: 8,
};

/** A reason for `member` to meet `partner`. */
export interface PairReason {
  member: string;
  partner: string;
  kind: RotationReasonKind;
  rank: number;
  /** Within a rank, higher first. */
  weight: number;
  /** The reason in words (made only for the pairs chosen). */
  words: () => string;
  facilitator?: string;
}

/** The positive ties between two nodes, summed up. */
interface PairTie {
  strength: number;
  /** Earliest year in a `since` cell, or null. */
  sinceYear: number | null;
  /** Latest one-on-one (YYYY-MM-DD), or null. */
  lastContact: string | null;
}

export interface ReasonSettings {
  start: string;
  recentDays: number;
  oldYears: number;
  newDays: number;
}

/** One reason, always of the same shape (so the engine stays fast on thousands of pairs). */
function reasonOf(member: string, partner: string, kind: RotationReasonKind, rank: number, weight: number, words: () => string, facilitator?: string): PairReason {
  return { member, partner, kind, rank, weight, words, facilitator };
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** The key of two communities i ≠ j, either way round: one whole number (exact below 2^26 communities). */
const acrossKey = (i: number, j: number): number => (i < j ? i * 2 ** 26 + j : j * 2 ** 26 + i);

/** Up to this many ties between two communities, a bridge's reason says "only N ties join them". */
const FEW_TIES_ACROSS = 3;

const JOINED_KEYS = new Set(["joined", "joined on", "date joined", "member since", "joined date"]);

/** The facts about the members the reasons read, gathered once per rotation. */
export class RotationFacts {
  /** Positive and negative ties with a participant at one end or both (see the constructor). */
  readonly positive = new Map<string, PairTie>();
  readonly negative = new Set<string>();
  /** Node → why it counts as a new member. */
  readonly newMembers = new Map<string, string>();
  readonly wellConnected = new Set<string>();
  readonly onEdge = new Set<string>();
  /** Positive ties between two communities (key: `acrossKey`). */
  private readonly across = new Map<number, number>();
  private readonly facilitators = new Map<string, string | null>();
  private readonly recentSince: string;

  constructor(
    readonly graph: CoalitionGraph,
    readonly participants: readonly string[],
    readonly degree: ReadonlyMap<string, number>,
    readonly strength: ReadonlyMap<string, number>,
    readonly communities: CommunityResult | undefined,
    readonly settings: ReasonSettings,
  ) {
    this.recentSince = addDays(settings.start, -settings.recentDays);
    const startYear = Number(settings.start.slice(0, 4));
    // Every reason is about two members (participants), and a facilitator is asked about its ties to
    // them: only ties with a participant at one end are kept (at 100,000 nodes, a few of the 465,000).
    const isParticipant = new Set(participants);
    graph.forEachEdge((_k, a, s, t) => {
      if (s === t) return;
      const kept = isParticipant.has(s) || isParticipant.has(t);
      if (a.sign === -1) {
        if (kept) this.negative.add(pairKey(s, t));
        return;
      }
      if (a.implicit) return;
      const cs = communities?.assignment[s];
      const ct = communities?.assignment[t];
      if (cs !== undefined && ct !== undefined && cs !== ct) {
        const ck = acrossKey(cs, ct);
        this.across.set(ck, (this.across.get(ck) ?? 0) + 1);
      }
      if (!kept) return;
      const key = pairKey(s, t);
      const cur = this.positive.get(key) ?? { strength: 0, sinceYear: null, lastContact: null };
      cur.strength = Math.max(cur.strength, a.strength);
      const y = /\b(1[89]\d\d|2\d\d\d)\b/.exec(a.since ?? "");
      if (y) cur.sinceYear = cur.sinceYear === null ? Number(y[1]) : Math.min(cur.sinceYear, Number(y[1]));
      if (a.lastContact !== undefined && (cur.lastContact === null || a.lastContact > cur.lastContact)) cur.lastContact = a.lastContact;
      this.positive.set(key, cur);
    });
    // New members: a yes to an ask in the log, or a joined date within `newDays` of the start.
    const newSince = addDays(settings.start, -settings.newDays);
    for (const e of graph.getAttribute("activity") ?? []) {
      if (e.kind === "ask" && e.outcome === "yes" && graph.hasNode(e.person) && graph.getNodeAttribute(e.person, "status") === "member" && e.date >= newSince) {
        this.newMembers.set(e.person, `said yes to ${this.label(e.member)}'s ask on ${e.date}`);
      }
    }
    for (const id of participants) {
      const a = graph.getNodeAttributes(id);
      if (a.status !== "member" || this.newMembers.has(id)) continue;
      for (const [k, v] of Object.entries(a.extra)) {
        if (!JOINED_KEYS.has(k.trim().toLowerCase())) continue;
        const d = calendarDate(v) ?? (/^\d{4}$/.test(v.trim()) && Number(v.trim()) >= startYear - 1 ? `${v.trim()}-01-01` : null);
        if (d !== null && d >= newSince) this.newMembers.set(id, `joined ${v.trim()}`);
      }
    }
    // Well connected: core, or the top quarter of members by tie strength; on the edge: the bottom quarter by ties.
    const q = (values: number[], p: number): number => {
      const s = values.slice().sort((x, y) => x - y);
      return s[Math.min(s.length - 1, Math.floor(p * (s.length - 1)))] ?? 0;
    };
    const strengths = participants.map((id) => strength.get(id) ?? 0);
    const degrees = participants.map((id) => degree.get(id) ?? 0);
    const top = q(strengths, 0.75);
    const low = q(degrees, 0.25);
    const spread = q(degrees, 0.75) > low;
    for (const id of participants) {
      const a = graph.getNodeAttributes(id);
      if (a.status === "core" || (participants.length >= 4 && (strength.get(id) ?? 0) >= top && top > 0)) this.wellConnected.add(id);
      if (a.status !== "core" && spread && (degree.get(id) ?? 0) <= low) this.onEdge.add(id);
    }
  }

  label(id: string): string {
    return this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, "label") || id : id;
  }

  hasBadHistory(a: string, b: string): boolean {
    return this.negative.has(pairKey(a, b));
  }

  /** Same organization: one works at the other, or both at the same one. */
  colleagues(a: string, b: string): boolean {
    const oa = this.graph.getNodeAttribute(a, "organization");
    const ob = this.graph.getNodeAttribute(b, "organization");
    return oa === b || ob === a || (oa !== undefined && oa === ob);
  }

  /**
   * A neutral facilitator for two people with bad history: a person other than them with a
   * positive tie to both and a negative tie to neither — members first, then the weaker of the two
   * ties strongest, then id. Null when there is none.
   */
  facilitator(a: string, b: string): string | null {
    const key = pairKey(a, b);
    const known = this.facilitators.get(key);
    if (known !== undefined) return known;
    let best: { id: string; member: boolean; tie: number } | null = null;
    this.graph.forEachNeighbor(a, (f, fa) => {
      if (f === b || f === a || fa.kind !== "person") return;
      const ta = this.positive.get(pairKey(a, f));
      const tb = this.positive.get(pairKey(b, f));
      if (!ta || !tb || this.hasBadHistory(a, f) || this.hasBadHistory(b, f)) return;
      const cand = { id: f, member: isMember(fa), tie: Math.min(ta.strength, tb.strength) };
      if (best === null || Number(cand.member) - Number(best.member) > 0 || (cand.member === best.member && (cand.tie > best.tie || (cand.tie === best.tie && compareIds(cand.id, best.id) < 0)))) best = cand;
    });
    const found = best === null ? null : (best as { id: string }).id;
    this.facilitators.set(key, found);
    return found;
  }

  private hub(id: string): string {
    return this.graph.getNodeAttribute(id, "status") === "core" ? "one of the core" : "one of the best-connected members";
  }

  private community(id: string): number | undefined {
    return this.communities?.assignment[id];
  }

  private communityLabel(c: number): string {
    return this.communities?.communities[c]?.label ?? `community ${c + 1}`;
  }

  /** The best reason for `m` to meet `p` with the reason about `m`; null when they must not meet. */
  private directed(m: string, p: string): PairReason | null {
    if (this.hasBadHistory(m, p)) {
      const f = this.facilitator(m, p);
      if (f === null) return null;
      return reasonOf(m, p, "facilitated", REASON_RANK.facilitated, 0, () => `They have bad history: meet only with ${this.label(f)} present, who has good ties to both and bad history with neither (a neutral facilitator).`, f);
    }
    if (this.colleagues(m, p)) {
      const org = this.graph.getNodeAttribute(m, "organization") ?? this.graph.getNodeAttribute(p, "organization") ?? m;
      return reasonOf(m, p, "colleague", REASON_RANK.colleague, 0, () => `Colleagues at ${this.label(org)}: a check-in when no one from another organization can meet them in these weeks.`);
    }
    const tie = this.positive.get(pairKey(m, p));
    const st = (id: string) => this.strength.get(id) ?? 0;
    const newWhy = this.newMembers.get(m);
    if (newWhy !== undefined && this.graph.getNodeAttribute(p, "status") === "core") {
      return reasonOf(m, p, "new-member", REASON_RANK["new-member"], st(p), () => `Welcome a new member: ${this.label(m)} ${newWhy}; a one-on-one with ${this.label(p)}, one of the core, connects them to the coalition's leadership.`);
    }
    const recent = tie?.lastContact != null && tie.lastContact >= this.recentSince;
    if (tie && !recent) {
      const startYear = Number(this.settings.start.slice(0, 4));
      const last = tie.lastContact ? `their last one-on-one was on ${tie.lastContact}` : "no one-on-one between them is on record";
      if (tie.sinceYear !== null && tie.sinceYear <= startYear - this.settings.oldYears) {
        return reasonOf(m, p, "lapsed", REASON_RANK.lapsed, startYear - tie.sinceYear + (5 - tie.strength) / 2, () => `A tie that may have gone quiet: they have known each other since ${tie.sinceYear}, and ${last}.`);
      }
      if (tie.strength <= 2) {
        return reasonOf(m, p, "weak", REASON_RANK.weak, 5 - tie.strength, () => `A weak tie to strengthen (strength ${tie.strength} of 5), and ${last}.`);
      }
    }
    if (this.wellConnected.has(p) && !this.wellConnected.has(m)) {
      if (this.graph.getNodeAttribute(m, "livedExperience") === true) {
        return reasonOf(m, p, "lived-experience", REASON_RANK["lived-experience"], st(p), () => `${this.label(m)} brings lived experience: a one-on-one with ${this.label(p)}, ${this.hub(p)}, keeps that voice close to the centre of the coalition.`);
      }
      if (this.onEdge.has(m)) {
        const d = this.degree.get(m) ?? 0;
        return reasonOf(m, p, "edge", REASON_RANK.edge, st(p), () => `${this.label(m)} is on the edge of the network (${countWords(d, "tie", "ties")}, fewer than most members): ${this.label(p)}, ${this.hub(p)}, can draw them in.`);
      }
    }
    const cm = this.community(m);
    const cp = this.community(p);
    if (!tie && cm !== undefined && cp !== undefined && cm !== cp) {
      const n = this.across.get(acrossKey(cm, cp)) ?? 0;
      // "only 21 ties join them" read as few; "only" is said of a handful (FEW_TIES_ACROSS) and no more.
      const joined = n === 0 ? "no tie joins them yet" : `${n <= FEW_TIES_ACROSS ? "only " : ""}${countWords(n, "tie joins", "ties join")} them`;
      return reasonOf(m, p, "bridge", REASON_RANK.bridge, st(p) / (1 + n), () => `A bridge between two communities, ${this.communityLabel(cm)} and ${this.communityLabel(cp)}: ${joined}.`);
    }
    if (!tie) return reasonOf(m, p, "acquaintance", REASON_RANK.acquaintance, 0, () => `They have no tie yet: getting to know each other widens both their circles.`);
    const warm = tie.lastContact ? `their last one-on-one was on ${tie.lastContact}` : `a tie of strength ${tie.strength}`;
    return reasonOf(m, p, "acquaintance", REASON_RANK.acquaintance + 0.5, 0, () => `Keep a good tie warm: ${warm}.`);
  }

  /** The better of the two ways round (rank, then weight; `a` about itself on a tie); null when they must not meet. */
  reason(a: string, b: string): PairReason | null {
    const ab = this.directed(a, b);
    const ba = this.directed(b, a);
    if (ab === null || ba === null) return ab ?? ba;
    return ba.rank < ab.rank || (ba.rank === ab.rank && ba.weight > ab.weight) ? ba : ab;
  }
}
