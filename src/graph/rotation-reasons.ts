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

/**
 * One reason. Its words are made from the facts only when asked for (for the pairs chosen), so a
 * reason is one small object of always the same shape, with no closure: the engine keeps hundreds
 * of thousands of them at 10,000 members.
 */
class Reason implements PairReason {
  constructor(
    private readonly facts: RotationFacts,
    readonly member: string,
    readonly partner: string,
    readonly kind: RotationReasonKind,
    readonly rank: number,
    readonly weight: number,
    readonly facilitator: string | undefined,
  ) {}

  words(): string {
    return this.facts.words(this);
  }
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** The key of two communities i ≠ j, either way round: one whole number (exact below 2^26 communities). */
const acrossKey = (i: number, j: number): number => (i < j ? i * 2 ** 26 + j : j * 2 ** 26 + i);

/** Up to this many ties between two communities, a bridge's reason says "only N ties join them". */
const FEW_TIES_ACROSS = 3;

/**
 * The bridge reason in words: a bridge where no tie or only a handful (FEW_TIES_ACROSS) join the
 * two communities; beyond that, one more tie between communities already joined ("a bridge … 21
 * ties join them" read as if 21 were few, and as if the two were apart).
 */
export function bridgeWords(a: string, b: string, n: number): string {
  if (n === 0) return `A bridge between two communities, ${a} and ${b}: no tie joins them yet.`;
  if (n <= FEW_TIES_ACROSS) return `A bridge between two communities, ${a} and ${b}: only ${countWords(n, "tie joins", "ties join")} them.`;
  return `One more tie between two communities, ${a} and ${b}, which ${n} ties join so far.`;
}

const JOINED_KEYS = new Set(["joined", "joined on", "date joined", "member since", "joined date"]);

/** The attributes the reasons read, of one node. */
type NodeFacts = ReturnType<CoalitionGraph["getNodeAttributes"]>;

/** What the reasons read of one node (`RotationFacts.who`). */
interface Who {
  organization: string | undefined;
  strength: number;
  community: number | undefined;
  core: boolean;
  lived: boolean;
  isNew: boolean;
  well: boolean;
  edge: boolean;
  /** Its positive ties (`positiveOf`) and negative ties (`negativeOf`). */
  ties: Map<string, PairTie> | undefined;
  negative: Set<string> | undefined;
}

/** The facts about the members the reasons read, gathered once per rotation. */
export class RotationFacts {
  /** Node → the nodes it has a positive tie with, and their ties summed up (one object per pair, both ways; see the constructor). */
  private readonly positiveOf = new Map<string, Map<string, PairTie>>();
  /** Node → the nodes it has a negative tie with (both ways). */
  private readonly negativeOf = new Map<string, Set<string>>();
  /** Node → why it counts as a new member. */
  readonly newMembers = new Map<string, string>();
  readonly wellConnected = new Set<string>();
  readonly onEdge = new Set<string>();
  /** Positive ties between two communities (key: `acrossKey`). */
  private readonly across = new Map<number, number>();
  private readonly facilitators = new Map<string, string | null>();
  private readonly recentSince: string;
  private readonly startYear: number;
  /** The nodes' attributes, looked up once each. */
  private readonly attributes = new Map<string, NodeFacts>();
  private readonly whos = new Map<string, Who>();
  /** The last `grade`: its kind, rank and weight (fields, so that grading a pair allocates nothing). */
  private gradeKind: RotationReasonKind = "acquaintance";
  private gradeRank = 0;
  private gradeWeight = 0;

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
    this.startYear = startYear;
    // Every reason is about two members (participants), and a facilitator is asked about its ties to
    // them: only ties with a participant at one end are kept (at 100,000 nodes, a few of the 465,000).
    const isParticipant = new Set(participants);
    graph.forEachEdge((_k, a, s, t) => {
      if (s === t) return;
      const kept = isParticipant.has(s) || isParticipant.has(t);
      if (a.sign === -1) {
        if (kept) {
          for (const [x, y] of [[s, t], [t, s]] as const) {
            let set = this.negativeOf.get(x);
            if (!set) this.negativeOf.set(x, (set = new Set()));
            set.add(y);
          }
        }
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
      let cur = this.tie(s, t);
      if (!cur) {
        cur = { strength: 0, sinceYear: null, lastContact: null };
        for (const [x, y] of [[s, t], [t, s]] as const) {
          let ties = this.positiveOf.get(x);
          if (!ties) this.positiveOf.set(x, (ties = new Map()));
          ties.set(y, cur);
        }
      }
      cur.strength = Math.max(cur.strength, a.strength);
      const y = /\b(1[89]\d\d|2\d\d\d)\b/.exec(a.since ?? "");
      if (y) cur.sinceYear = cur.sinceYear === null ? Number(y[1]) : Math.min(cur.sinceYear, Number(y[1]));
      if (a.lastContact !== undefined && (cur.lastContact === null || a.lastContact > cur.lastContact)) cur.lastContact = a.lastContact;
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

  /** The positive ties between two nodes, summed up; undefined when they have none. */
  private tie(a: string, b: string): PairTie | undefined {
    return this.positiveOf.get(a)?.get(b);
  }

  private node(id: string): NodeFacts {
    let a = this.attributes.get(id);
    if (a === undefined) this.attributes.set(id, (a = this.graph.getNodeAttributes(id)));
    return a;
  }

  hasBadHistory(a: string, b: string): boolean {
    return this.negativeOf.get(a)?.has(b) ?? false;
  }

  /** Same organization: one works at the other, or both at the same one. */
  colleagues(a: string, b: string): boolean {
    const oa = this.node(a).organization;
    const ob = this.node(b).organization;
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
      const ta = this.tie(a, f);
      const tb = this.tie(b, f);
      if (!ta || !tb || this.hasBadHistory(a, f) || this.hasBadHistory(b, f)) return;
      const cand = { id: f, member: isMember(fa), tie: Math.min(ta.strength, tb.strength) };
      if (best === null || Number(cand.member) - Number(best.member) > 0 || (cand.member === best.member && (cand.tie > best.tie || (cand.tie === best.tie && compareIds(cand.id, best.id) < 0)))) best = cand;
    });
    const found = best === null ? null : (best as { id: string }).id;
    this.facilitators.set(key, found);
    return found;
  }

  private hub(id: string): string {
    return this.node(id).status === "core" ? "one of the core" : "one of the best-connected members";
  }

  private community(id: string): number | undefined {
    return this.communities?.assignment[id];
  }

  private communityLabel(c: number): string {
    return this.communities?.communities[c]?.label ?? `community ${c + 1}`;
  }

  /** What the reasons read of one node, looked up once (after the constructor). */
  private who(id: string): Who {
    let w = this.whos.get(id);
    if (w === undefined) {
      const a = this.node(id);
      w = {
        organization: a.organization,
        strength: this.strength.get(id) ?? 0,
        community: this.community(id),
        core: a.status === "core",
        lived: a.livedExperience === true,
        isNew: this.newMembers.has(id),
        well: this.wellConnected.has(id),
        edge: this.onEdge.has(id),
        ties: this.positiveOf.get(id),
        negative: this.negativeOf.get(id),
      };
      this.whos.set(id, w);
    }
    return w;
  }

  /**
   * The best reason for `m` to meet `p` with the reason about `m`, for two members with no bad
   * history who are not colleagues (`tie`: their positive ties): sets `gradeKind`, `gradeRank`,
   * `gradeWeight`.
   */
  private grade(wm: Who, wp: Who, tie: PairTie | undefined): void {
    const st = wp.strength;
    if (wm.isNew && wp.core) return this.graded("new-member", REASON_RANK["new-member"], st);
    const recent = tie?.lastContact != null && tie.lastContact >= this.recentSince;
    if (tie && !recent) {
      if (tie.sinceYear !== null && tie.sinceYear <= this.startYear - this.settings.oldYears) {
        return this.graded("lapsed", REASON_RANK.lapsed, this.startYear - tie.sinceYear + (5 - tie.strength) / 2);
      }
      if (tie.strength <= 2) return this.graded("weak", REASON_RANK.weak, 5 - tie.strength);
    }
    if (wp.well && !wm.well) {
      if (wm.lived) return this.graded("lived-experience", REASON_RANK["lived-experience"], st);
      if (wm.edge) return this.graded("edge", REASON_RANK.edge, st);
    }
    const cm = wm.community;
    const cp = wp.community;
    if (!tie && cm !== undefined && cp !== undefined && cm !== cp) {
      return this.graded("bridge", REASON_RANK.bridge, st / (1 + (this.across.get(acrossKey(cm, cp)) ?? 0)));
    }
    if (!tie) return this.graded("acquaintance", REASON_RANK.acquaintance, 0);
    return this.graded("acquaintance", REASON_RANK.acquaintance + 0.5, 0);
  }

  private graded(kind: RotationReasonKind, rank: number, weight: number): void {
    this.gradeKind = kind;
    this.gradeRank = rank;
    this.gradeWeight = weight;
  }

  /** The reason in words (see the module comment), from the facts, for the reason's pair and kind. */
  words(r: Pick<PairReason, "member" | "partner" | "kind" | "rank" | "facilitator">): string {
    const { member: m, partner: p } = r;
    const tie = this.tie(m, p);
    const last = () => (tie?.lastContact ? `their last one-on-one was on ${tie.lastContact}` : "no one-on-one between them is on record");
    switch (r.kind) {
      case "facilitated":
        return `They have bad history: meet only with ${this.label(r.facilitator ?? "")} present, who has good ties to both and bad history with neither (a neutral facilitator).`;
      case "colleague": {
        const org = this.node(m).organization ?? this.node(p).organization ?? m;
        return `Colleagues at ${this.label(org)}: a check-in when no one from another organization can meet them in these weeks.`;
      }
      case "new-member":
        return `Welcome a new member: ${this.label(m)} ${this.newMembers.get(m) ?? ""}; a one-on-one with ${this.label(p)}, one of the core, connects them to the coalition's leadership.`;
      case "lapsed":
        return `A tie that may have gone quiet: they have known each other since ${String(tie?.sinceYear)}, and ${last()}.`;
      case "weak":
        return `A weak tie to strengthen (strength ${String(tie?.strength)} of 5), and ${last()}.`;
      case "lived-experience":
        return `${this.label(m)} brings lived experience: a one-on-one with ${this.label(p)}, ${this.hub(p)}, keeps that voice close to the centre of the coalition.`;
      case "edge": {
        const d = this.degree.get(m) ?? 0;
        return `${this.label(m)} is on the edge of the network (${countWords(d, "tie", "ties")}, fewer than most members): ${this.label(p)}, ${this.hub(p)}, can draw them in.`;
      }
      case "bridge": {
        const cm = this.community(m) ?? -1;
        const cp = this.community(p) ?? -1;
        const n = this.across.get(acrossKey(cm, cp)) ?? 0;
        return bridgeWords(this.communityLabel(cm), this.communityLabel(cp), n);
      }
      case "acquaintance": {
        if (r.rank === REASON_RANK.acquaintance) return `They have no tie yet: getting to know each other widens both their circles.`;
        const warm = tie?.lastContact ? `their last one-on-one was on ${tie.lastContact}` : `a tie of strength ${String(tie?.strength)}`;
        return `Keep a good tie warm: ${warm}.`;
      }
    }
  }

  /**
   * The better of the two ways round (rank, then weight; `a` about itself on a tie); null when they
   * must not meet. Bad history and colleagues are the same either way round (`a` first); the other
   * reasons are graded both ways and only the better one is made.
   */
  reason(a: string, b: string): PairReason | null {
    const wa = this.who(a);
    const wb = this.who(b);
    if (wa.negative?.has(b) === true) {
      const f = this.facilitator(a, b);
      return f === null ? null : new Reason(this, a, b, "facilitated", REASON_RANK.facilitated, 0, f);
    }
    const oa = wa.organization;
    const ob = wb.organization;
    if (oa === b || ob === a || (oa !== undefined && oa === ob)) return new Reason(this, a, b, "colleague", REASON_RANK.colleague, 0, undefined);
    const tie = wa.ties?.get(b);
    this.grade(wb, wa, tie);
    const baKind = this.gradeKind;
    const baRank = this.gradeRank;
    const baWeight = this.gradeWeight;
    this.grade(wa, wb, tie);
    if (baRank < this.gradeRank || (baRank === this.gradeRank && baWeight > this.gradeWeight)) return new Reason(this, b, a, baKind, baRank, baWeight, undefined);
    return new Reason(this, a, b, this.gradeKind, this.gradeRank, this.gradeWeight, undefined);
  }
}
