/**
 * The rotation's reasons (src/graph/rotation-reasons.ts) read their facts from per-node indexes
 * (ties by node, each node's flags looked up once) and make a reason's words only when asked for.
 * These tests hold them to the definition read pair by pair, straight from the graph (the way the
 * reasons were computed before the indexes): for every ordered pair of members of the sample
 * coalition, its second round and a hand-made graph with bad history and colleagues, at several
 * start dates, the same reason — member, partner, kind, rank, weight, facilitator and words.
 */
import { describe, expect, it } from "vitest";
import { communities as communitiesOf, type CommunityResult } from "../../src/graph/communities.js";
import { addTie, createCoalitionGraph, edgeAttributes, isMember, nodeAttributes } from "../../src/graph/model.js";
import { REASON_RANK, RotationFacts, type PairReason, type ReasonSettings } from "../../src/graph/rotation-reasons.js";
import type { CoalitionGraph } from "../../src/graph/types.js";
import { compareIds } from "../../src/graph/utils/compare-ids.js";
import { countWords } from "../../src/graph/utils/count-words.js";
import { addDays } from "../../src/graph/utils/add-days.js";
import { importCoalition } from "../../src/import/index.js";
import { SAMPLE_DIR, sampleFiles } from "../helpers/sample.js";

/** What a reason is, without its function: compared field by field. */
interface Plain {
  member: string;
  partner: string;
  kind: string;
  rank: number;
  weight: number;
  facilitator: string | undefined;
  words: string;
}

const plain = (r: PairReason | null): Plain | null =>
  r === null ? null : { member: r.member, partner: r.partner, kind: r.kind, rank: r.rank, weight: r.weight, facilitator: r.facilitator, words: r.words() };

/** The reasons of the module comment, read pair by pair from the graph (no index). */
function reference(graph: CoalitionGraph, facts: RotationFacts, participants: readonly string[], communities: CommunityResult | undefined, settings: ReasonSettings) {
  const isParticipant = new Set(participants);
  // Each pair's ties, gathered once (the reference would take minutes on the sample otherwise).
  const pairs = new Map<string, ReturnType<CoalitionGraph["getEdgeAttributes"]>[]>();
  const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
  graph.forEachEdge((_k, t, s, u) => {
    if (s === u) return;
    pairs.set(pairKey(s, u), [...(pairs.get(pairKey(s, u)) ?? []), t]);
  });
  const between = (a: string, b: string) => pairs.get(pairKey(a, b)) ?? [];
  const negative = (a: string, b: string) => (isParticipant.has(a) || isParticipant.has(b)) && between(a, b).some((t) => t.sign === -1);
  const positive = (a: string, b: string) => {
    if (!isParticipant.has(a) && !isParticipant.has(b)) return undefined;
    const ties = between(a, b).filter((t) => t.sign !== -1 && !t.implicit);
    if (ties.length === 0 || a === b) return undefined;
    const years = ties.flatMap((t) => /\b(1[89]\d\d|2\d\d\d)\b/.exec(t.since ?? "")?.[1] ?? []).map(Number);
    const contacts = ties.flatMap((t) => t.lastContact ?? []).sort();
    return { strength: Math.max(0, ...ties.map((t) => t.strength)), sinceYear: years.length ? Math.min(...years) : null, lastContact: contacts.at(-1) ?? null };
  };
  const acrossCounts = new Map<string, number>();
  graph.forEachEdge((_k, t, s, u) => {
    const cs = communities?.assignment[s];
    const cu = communities?.assignment[u];
    if (s === u || t.sign === -1 || t.implicit || cs === undefined || cu === undefined || cs === cu) return;
    const k = pairKey(String(cs), String(cu));
    acrossCounts.set(k, (acrossCounts.get(k) ?? 0) + 1);
  });
  const across = (c: number, d: number) => acrossCounts.get(pairKey(String(c), String(d))) ?? 0;
  const facilitator = (a: string, b: string): string | null => {
    const candidates = graph.neighbors(a).filter((f) => f !== a && f !== b && graph.getNodeAttribute(f, "kind") === "person" && positive(a, f) && positive(b, f) && !negative(a, f) && !negative(b, f));
    const key = (f: string) => [Number(isMember(graph.getNodeAttributes(f))), Math.min(positive(a, f)?.strength ?? 0, positive(b, f)?.strength ?? 0)];
    candidates.sort((x, y) => key(y)[0]! - key(x)[0]! || key(y)[1]! - key(x)[1]! || compareIds(x, y));
    return candidates[0] ?? null;
  };
  const label = (id: string) => graph.getNodeAttribute(id, "label") || id;
  const hub = (id: string) => (graph.getNodeAttribute(id, "status") === "core" ? "one of the core" : "one of the best-connected members");
  const communityLabel = (c: number) => communities?.communities[c]?.label ?? `community ${c + 1}`;
  const startYear = Number(settings.start.slice(0, 4));
  const recentSince = addDays(settings.start, -settings.recentDays);
  const st = (id: string) => facts.strength.get(id) ?? 0;
  const make = (member: string, partner: string, kind: string, rank: number, weight: number, words: string, f?: string): Plain => ({ member, partner, kind, rank, weight, facilitator: f, words });
  const directed = (m: string, p: string): Plain | null => {
    if (negative(m, p)) {
      const f = facilitator(m, p);
      return f === null ? null : make(m, p, "facilitated", 8, 0, `They have bad history: meet only with ${label(f)} present, who has good ties to both and bad history with neither (a neutral facilitator).`, f);
    }
    const om = graph.getNodeAttribute(m, "organization");
    const op = graph.getNodeAttribute(p, "organization");
    if (om === p || op === m || (om !== undefined && om === op)) return make(m, p, "colleague", 7, 0, `Colleagues at ${label(om ?? op ?? m)}: a check-in when no one from another organization can meet them in these weeks.`);
    const tie = positive(m, p);
    const newWhy = facts.newMembers.get(m);
    if (newWhy !== undefined && graph.getNodeAttribute(p, "status") === "core") {
      return make(m, p, "new-member", 1, st(p), `Welcome a new member: ${label(m)} ${newWhy}; a one-on-one with ${label(p)}, one of the core, connects them to the coalition's leadership.`);
    }
    if (tie && !(tie.lastContact !== null && tie.lastContact >= recentSince)) {
      const last = tie.lastContact ? `their last one-on-one was on ${tie.lastContact}` : "no one-on-one between them is on record";
      if (tie.sinceYear !== null && tie.sinceYear <= startYear - settings.oldYears) {
        return make(m, p, "lapsed", 2, startYear - tie.sinceYear + (5 - tie.strength) / 2, `A tie that may have gone quiet: they have known each other since ${tie.sinceYear}, and ${last}.`);
      }
      if (tie.strength <= 2) return make(m, p, "weak", 2, 5 - tie.strength, `A weak tie to strengthen (strength ${tie.strength} of 5), and ${last}.`);
    }
    if (facts.wellConnected.has(p) && !facts.wellConnected.has(m)) {
      if (graph.getNodeAttribute(m, "livedExperience") === true) {
        return make(m, p, "lived-experience", 3, st(p), `${label(m)} brings lived experience: a one-on-one with ${label(p)}, ${hub(p)}, keeps that voice close to the centre of the coalition.`);
      }
      if (facts.onEdge.has(m)) {
        const d = facts.degree.get(m) ?? 0;
        return make(m, p, "edge", 4, st(p), `${label(m)} is on the edge of the network (${countWords(d, "tie", "ties")}, fewer than most members): ${label(p)}, ${hub(p)}, can draw them in.`);
      }
    }
    const cm = communities?.assignment[m];
    const cp = communities?.assignment[p];
    if (!tie && cm !== undefined && cp !== undefined && cm !== cp) {
      const n = across(cm, cp);
      const [a, b] = [communityLabel(cm), communityLabel(cp)];
      const words = n === 0 ? `A bridge between two communities, ${a} and ${b}: no tie joins them yet.` : n <= 3 ? `A bridge between two communities, ${a} and ${b}: only ${countWords(n, "tie joins", "ties join")} them.` : `One more tie between two communities, ${a} and ${b}, which ${n} ties join so far.`;
      return make(m, p, "bridge", 5, st(p) / (1 + n), words);
    }
    if (!tie) return make(m, p, "acquaintance", 6, 0, `They have no tie yet: getting to know each other widens both their circles.`);
    return make(m, p, "acquaintance", 6.5, 0, `Keep a good tie warm: ${tie.lastContact ? `their last one-on-one was on ${tie.lastContact}` : `a tie of strength ${tie.strength}`}.`);
  };
  return (a: string, b: string): Plain | null => {
    const ab = directed(a, b);
    const ba = directed(b, a);
    if (ab === null || ba === null) return ab ?? ba;
    return ba.rank < ab.rank || (ba.rank === ab.rank && ba.weight > ab.weight) ? ba : ab;
  };
}

/** Facts as oneOnOneRotation gathers them (degree and strength counted on the positive ties). */
function factsOf(graph: CoalitionGraph, start: string, withCommunities = true) {
  const participants = graph.filterNodes((_id, a) => isMember(a) && a.left === undefined).sort(compareIds);
  const degree = new Map<string, number>();
  const strength = new Map<string, number>();
  graph.forEachEdge((_k, a, s, t) => {
    if (a.sign !== 1 || s === t) return;
    for (const x of [s, t]) {
      degree.set(x, (degree.get(x) ?? 0) + 1);
      strength.set(x, (strength.get(x) ?? 0) + a.strength);
    }
  });
  const communities = withCommunities ? communitiesOf(graph, { seed: 42 }) : undefined;
  const settings: ReasonSettings = { start, recentDays: 182, oldYears: 3, newDays: 365 };
  const facts = new RotationFacts(graph, participants, degree, strength, communities, settings);
  return { participants, facts, ref: reference(graph, facts, participants, communities, settings) };
}

function expectSameReasons(graph: CoalitionGraph, start: string, withCommunities = true): Map<string, number> {
  const { participants, facts, ref } = factsOf(graph, start, withCommunities);
  const kinds = new Map<string, number>();
  for (const a of participants) {
    for (const b of participants) {
      if (a === b) continue;
      const want = ref(a, b);
      const got = plain(facts.reason(a, b));
      if (JSON.stringify(got) !== JSON.stringify(want)) expect(got, `${a} → ${b}`).toEqual(want);
      const k = want === null ? "none" : want.kind;
      kinds.set(k, (kinds.get(k) ?? 0) + 1);
    }
  }
  return kinds;
}

describe("the rotation's reasons, from their indexes, are the definition read pair by pair", () => {
  it("the sample coalition, every ordered pair of members, at three start dates", () => {
    const graph = importCoalition(sampleFiles()).graph;
    const seen = new Set<string>();
    for (const start of ["2026-12-07", "2027-06-07", "2031-01-06"]) for (const k of expectSameReasons(graph, start).keys()) seen.add(k);
    // The sample reaches every kind of reason but the colleagues' check-in (tested below).
    expect([...seen].sort()).toEqual(expect.arrayContaining(["acquaintance", "bridge", "edge", "facilitated", "lapsed", "lived-experience", "new-member", "weak"]));
  });

  it("its second round (joined dates, a survey, ties that ended), with and without communities", () => {
    const graph = importCoalition(sampleFiles(`${SAMPLE_DIR}-2026`)).graph;
    expectSameReasons(graph, "2026-12-07");
    expectSameReasons(graph, "2026-12-07", false);
  });

  it("bad history with and without a facilitator, colleagues, an organization, a tie kept warm", () => {
    const g = createCoalitionGraph({ format: "workbook", hasStrength: true });
    const add = (id: string, status: "core" | "member" | "prospect", more: object = {}) => g.addNode(id, nodeAttributes({ label: id.toUpperCase(), kind: "person", status, ...more }));
    g.addNode("org", nodeAttributes({ label: "Org", kind: "organization", status: "member" }));
    add("a", "core", { organization: "org" });
    add("b", "member", { organization: "org", livedExperience: true });
    add("c", "member");
    add("d", "member");
    add("e", "prospect");
    add("f", "member");
    add("g", "member");
    const tie = (x: string, y: string, strength: number, more: object = {}) => addTie(g, x, y, edgeAttributes({ type: "knows", strength, sign: 1, ...more }));
    tie("a", "b", 4);
    tie("a", "c", 3, { lastContact: "2026-11-01" });
    tie("c", "d", 1, { since: "2015" });
    addTie(g, "c", "f", edgeAttributes({ type: "bad_history", strength: 3, sign: -1 }));
    addTie(g, "a", "d", edgeAttributes({ type: "bad_history", strength: 3, sign: -1 }));
    tie("e", "c", 2);
    tie("e", "f", 5);
    tie("a", "org", 3, { implicit: true });
    addTie(g, "g", "b", edgeAttributes({ type: "conflict", strength: 2, sign: -1 }));
    const kinds = expectSameReasons(g, "2026-12-07");
    expect(kinds.get("facilitated")).toBeGreaterThan(0);
    expect(kinds.get("colleague")).toBeGreaterThan(0);
    expect(kinds.get("none")).toBeGreaterThan(0);
    expect(REASON_RANK.acquaintance).toBe(6);
  });
});
