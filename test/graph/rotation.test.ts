/**
 * The one-on-one rotation (src/graph/rotation.ts): its guarantees on the sample coalition (every
 * member meets someone within the weeks, nobody over the weekly limit, never two people with bad
 * history without a facilitator, dates by week, deterministic) and on hostile cases (everyone in
 * conflict, one member, one a week, odd numbers), and the reasons on tiny graphs built for them.
 */
import { describe, expect, it } from "vitest";
import { analyzeCoalition } from "../../src/graph/analyze.js";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes } from "../../src/graph/model.js";
import { communities as communitiesOf } from "../../src/graph/communities.js";
import { oneOnOneRotation, type RotationResult } from "../../src/graph/rotation.js";
import { rotationCsv } from "../../src/graph/rotation-export.js";
import type { CoalitionGraph, CoalitionStatus, NodeAttributes } from "../../src/graph/types.js";
import { addDays } from "../../src/graph/utils/add-days.js";
import { comingMonday } from "../../src/graph/utils/coming-monday.js";
import { importCoalition } from "../../src/import/index.js";
import { sampleFiles } from "../helpers/sample.js";

const START = "2026-12-07";

function person(g: CoalitionGraph, id: string, status: CoalitionStatus, more: Partial<NodeAttributes> = {}): void {
  g.addNode(id, nodeAttributes({ label: id.toUpperCase(), kind: "person", status, ...more }));
}
function tie(g: CoalitionGraph, a: string, b: string, strength = 3, more: { sign?: 1 | -1; since?: string; lastContact?: string; type?: string } = {}): void {
  addTie(g, a, b, edgeAttributes({ type: more.type ?? (more.sign === -1 ? "bad_history" : "knows"), strength, sign: more.sign ?? 1, ...(more.since ? { since: more.since } : {}), ...(more.lastContact ? { lastContact: more.lastContact } : {}) }));
}

/** Checks every guarantee of a rotation on its graph; returns who met. */
function checkGuarantees(g: CoalitionGraph, r: RotationResult): Set<string> {
  const met = new Set<string>();
  const perWeek = new Map<string, number>();
  for (const row of r.rows) {
    expect(row.week).toBeGreaterThanOrEqual(1);
    expect(row.week).toBeLessThanOrEqual(r.weeks);
    expect(row.date).toBe(addDays(r.start, 7 * (row.week - 1)));
    expect(row.member).not.toBe(row.partner);
    expect(row.reason.length).toBeGreaterThan(20);
    const negative = [...new Set([...g.edges(row.member, row.partner), ...g.edges(row.partner, row.member)])].some((e) => g.getEdgeAttribute(e, "sign") === -1);
    if (negative) {
      // Bad history: only with a facilitator tied positively to both and negatively to neither.
      expect(row.kind).toBe("facilitated");
      const f = row.facilitator ?? "";
      for (const x of [row.member, row.partner]) {
        const ties = [...new Set([...g.edges(f, x), ...g.edges(x, f)])].map((e) => g.getEdgeAttribute(e, "sign"));
        expect(ties).toContain(1);
        expect(ties).not.toContain(-1);
      }
      expect(row.reason).toContain(g.getNodeAttribute(f, "label"));
    } else expect(row.facilitator).toBeUndefined();
    for (const id of [row.member, row.partner, ...(row.facilitator ? [row.facilitator] : [])]) {
      const k = `${id}\u0000${row.week}`;
      perWeek.set(k, (perWeek.get(k) ?? 0) + 1);
    }
    met.add(row.member);
    met.add(row.partner);
  }
  for (const n of perWeek.values()) expect(n).toBeLessThanOrEqual(r.perWeek);
  expect(r.busiest).toBe(Math.max(0, ...perWeek.values()));
  // Nobody silently dropped: every member met someone or is listed as not placed, with why.
  const unplaced = new Set(r.unplaced.map((u) => u.id));
  const members = g.filterNodes((_id, a) => (a.status === "core" || a.status === "member") && !r.represented.some((o) => o.organization === _id));
  expect(r.members).toBe(members.length);
  for (const m of members) expect(met.has(m) !== unplaced.has(m), `${m}: met xor unplaced`).toBe(true);
  expect(r.placed).toBe(members.length - unplaced.size);
  for (const u of r.unplaced) expect(u.reason.length).toBeGreaterThan(20);
  for (const o of r.represented) expect(o.by.some((p) => met.has(p) || unplaced.has(p))).toBe(true);
  return met;
}

describe("oneOnOneRotation on the sample coalition", () => {
  const { graph } = importCoalition(sampleFiles());
  const report = analyzeCoalition(graph, importCoalition(sampleFiles()).report, { rotationStart: START });
  const r = report.rotation;

  it("places every member within 8 weeks, at most 2 a week each, never bad history without a facilitator", () => {
    expect(r.start).toBe(START);
    expect([r.weeks, r.perWeek]).toEqual([8, 2]);
    expect(r.unplaced).toEqual([]);
    expect(r.members).toBeGreaterThan(100);
    checkGuarantees(graph, r);
    // Spread over the weeks, not piled into the first.
    const weeks = new Set(r.rows.map((x) => x.week));
    expect(weeks.size).toBe(8);
  });

  it("gives reasons of several kinds, in words that name the people", () => {
    const kinds = new Set(r.rows.map((x) => x.kind));
    for (const k of ["lapsed", "edge", "bridge"] as const) expect(kinds.has(k), k).toBe(true);
    const edge = r.rows.find((x) => x.kind === "edge");
    expect(edge?.reason).toContain(`${edge?.memberLabel} is on the edge of the network`);
    expect(r.rows.find((x) => x.kind === "lapsed")?.reason).toMatch(/they have known each other since \d{4}, and /);
    expect(r.rows.find((x) => x.kind === "bridge")?.reason).toMatch(/^(A bridge|One more tie) between two communities, .+ and .+[:,] /);
  });

  it('calls a pair across two communities "a bridge" with "only" for a handful of ties, and "one more tie" for 21', () => {
    const bridges = r.rows.filter((x) => x.kind === "bridge" && !x.reason.endsWith(": no tie joins them yet.")).map((x) => x.reason);
    const counts = bridges.map((text) => {
      const few = /^A bridge between two communities, .+: only (\d+) ties? joins? them\.$/.exec(text);
      if (few) return { few: true, n: Number(few[1]) };
      const many = /^One more tie between two communities, .+, which (\d+) ties join so far\.$/.exec(text);
      return many ? { few: false, n: Number(many[1]) } : null;
    });
    expect(counts.every((c) => c !== null)).toBe(true);
    // The sample has bridges both ways: a few ties across, and many.
    expect(counts.some((c) => c !== null && c.n > 3)).toBe(true);
    expect(counts.some((c) => c !== null && c.n <= 3)).toBe(true);
    for (const c of counts) if (c) expect(c.few, `${c.n} ties`).toBe(c.n <= 3);
  });

  it("is the same on every run (JSON and CSV)", () => {
    const again = analyzeCoalition(graph, importCoalition(sampleFiles()).report, { rotationStart: START }).rotation;
    expect(JSON.stringify(again)).toBe(JSON.stringify(r));
    expect(rotationCsv(again)).toBe(rotationCsv(r));
  });

  it("with one a week for one week, says honestly who could not be placed", () => {
    const tight = oneOnOneRotation(graph, { start: START, weeks: 1, perWeek: 1 });
    checkGuarantees(graph, tight);
    expect(tight.busiest).toBe(1);
    expect(tight.rows.length).toBeLessThanOrEqual(Math.floor(tight.members / 2));
    for (const u of tight.unplaced) expect(u.reason).toMatch(/already has 1 one-on-one in each of the 1 week: allow more a week \(--per-week\) or more weeks \(--weeks\)\.$/);
  });

  it("a longer rotation with one a week places everyone", () => {
    const slow = oneOnOneRotation(graph, { start: START, weeks: 12, perWeek: 1 });
    checkGuarantees(graph, slow);
    expect(slow.unplaced).toEqual([]);
    expect(slow.busiest).toBe(1);
  });
});

describe("oneOnOneRotation: hostile cases", () => {
  it("a member who left the coalition (a left date) is neither scheduled nor met", () => {
    const g = createCoalitionGraph();
    for (const id of ["a", "b", "c"]) person(g, id, "member");
    person(g, "gone", "member", { left: "2026-04-01" });
    for (const [x, y] of [["a", "b"], ["b", "c"], ["c", "gone"], ["a", "gone"]] as const) tie(g, x, y, 3);
    const r = oneOnOneRotation(g, { start: START });
    const named = new Set(r.rows.flatMap((row) => [row.member, row.partner]));
    expect(named.has("gone")).toBe(false);
    expect(r.unplaced.map((u) => u.id)).not.toContain("gone");
    expect(r.members).toBe(3);
  });

  it("everyone in conflict and no facilitator: nobody is paired, each is listed with why", () => {
    const g = createCoalitionGraph();
    for (const id of ["a", "b", "c"]) person(g, id, "member");
    tie(g, "a", "b", 3, { sign: -1 });
    tie(g, "b", "c", 3, { sign: -1 });
    tie(g, "a", "c", 3, { sign: -1 });
    const r = oneOnOneRotation(g, { start: START });
    expect(r.rows).toEqual([]);
    expect(r.unplaced.map((u) => u.id)).toEqual(["a", "b", "c"]);
    expect(r.unplaced[0]?.reason).toBe("A has bad history with all 2 other members, and no neutral person has good ties to both sides to facilitate.");
    checkGuarantees(g, r);
  });

  it("everyone in conflict but a neutral person tied to both: they meet with the facilitator present, who is not overloaded", () => {
    const g = createCoalitionGraph();
    for (const id of ["a", "b", "c", "d"]) person(g, id, "member");
    person(g, "f", "none");
    for (const [x, y] of [["a", "b"], ["a", "c"], ["a", "d"], ["b", "c"], ["b", "d"], ["c", "d"]] as const) tie(g, x, y, 3, { sign: -1 });
    for (const x of ["a", "b", "c", "d"]) tie(g, "f", x, 4);
    const r = oneOnOneRotation(g, { start: START, weeks: 2, perWeek: 1 });
    checkGuarantees(g, r);
    expect(r.unplaced).toEqual([]);
    expect(r.rows).toHaveLength(2);
    expect(r.rows.every((x) => x.kind === "facilitated" && x.facilitator === "f")).toBe(true);
    expect(r.rows.map((x) => x.week).sort()).toEqual([1, 2]);
    expect(r.rows[0]?.reason).toBe("They have bad history: meet only with F present, who has good ties to both and bad history with neither (a neutral facilitator).");
  });

  it("a facilitator with bad history with one side is not neutral", () => {
    const g = createCoalitionGraph();
    person(g, "a", "member");
    person(g, "b", "member");
    person(g, "f", "member");
    tie(g, "a", "b", 3, { sign: -1 });
    tie(g, "f", "a", 4);
    tie(g, "f", "b", 4);
    tie(g, "f", "b", 2, { sign: -1 });
    const r = oneOnOneRotation(g, { start: START, weeks: 1, perWeek: 1 });
    checkGuarantees(g, r);
    expect(r.rows.some((x) => x.kind === "facilitated")).toBe(false);
  });

  it("one member: nothing to schedule, and it says so", () => {
    const g = createCoalitionGraph();
    person(g, "solo", "core");
    person(g, "x", "prospect");
    tie(g, "solo", "x");
    const r = oneOnOneRotation(g, { start: START });
    expect(r.rows).toEqual([]);
    expect(r.unplaced).toEqual([{ id: "solo", label: "SOLO", reason: "SOLO is the only member: there is no one to meet one-on-one." }]);
  });

  it("no member at all: an empty schedule", () => {
    const g = createCoalitionGraph();
    person(g, "x", "prospect");
    const r = oneOnOneRotation(g, { start: START });
    expect([r.members, r.rows.length, r.unplaced.length]).toEqual([0, 0, 0]);
  });

  it("K = 1 with three members in one week: two meet, the third is listed with the limit to raise", () => {
    const g = createCoalitionGraph();
    for (const id of ["a", "b", "c"]) person(g, id, "member");
    const r = oneOnOneRotation(g, { start: START, weeks: 1, perWeek: 1 });
    checkGuarantees(g, r);
    expect(r.rows).toHaveLength(1);
    expect(r.unplaced).toHaveLength(1);
    expect(r.unplaced[0]?.reason).toMatch(/already has 1 one-on-one in each of the 1 week: allow more a week \(--per-week\) or more weeks \(--weeks\)\.$/);
  });

  it("odd numbers: five members, everyone meets, someone twice", () => {
    const g = createCoalitionGraph();
    for (const id of ["a", "b", "c", "d", "e"]) person(g, id, "member");
    tie(g, "a", "b");
    tie(g, "c", "d");
    const r = oneOnOneRotation(g, { start: START, weeks: 2, perWeek: 1 });
    checkGuarantees(g, r);
    expect(r.unplaced).toEqual([]);
    expect(r.rows).toHaveLength(3);
  });

  it("K = 1 does not overload the core: a busy core member is spread over the weeks", () => {
    const g = createCoalitionGraph();
    person(g, "core", "core", { livedExperience: false });
    for (const id of ["n1", "n2", "n3", "n4"]) {
      person(g, id, "member", { livedExperience: true });
      tie(g, "core", id, 4);
    }
    const r = oneOnOneRotation(g, { start: START, weeks: 4, perWeek: 1 });
    checkGuarantees(g, r);
    const withCore = r.rows.filter((x) => x.member === "core" || x.partner === "core");
    expect(new Set(withCore.map((x) => x.week)).size).toBe(withCore.length);
  });

  it("a reason about one member (on the edge) serves once: the others do not all queue to draw the same person in", () => {
    // Four core members and eight well-tied members all know Eve, who has only those four ties… so
    // for everyone "Eve is on the edge of the network" was the best reason, and Eve had 12
    // one-on-ones in 8 weeks while the others, who know each other, met no one else.
    const g = createCoalitionGraph();
    const core = ["c1", "c2", "c3", "c4"];
    const ms = ["m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8"];
    for (const id of core) person(g, id, "core");
    for (const id of ms) person(g, id, "member");
    person(g, "eve", "member");
    for (const c of core) tie(g, "eve", c);
    for (const m of ms) for (const c of core) tie(g, m, c);
    ms.forEach((m, i) => ms.slice(i + 1).forEach((n) => tie(g, m, n)));
    const r = oneOnOneRotation(g, { start: START });
    checkGuarantees(g, r);
    expect(r.unplaced).toEqual([]);
    const withEve = r.rows.filter((x) => x.member === "eve" || x.partner === "eve");
    expect(withEve.some((x) => x.kind === "edge")).toBe(true);
    expect(withEve.length).toBeLessThanOrEqual(2);
  });

  it("a bridge between two communities serves once: not every member meets the same lone organization", () => {
    // Org Z (a member organization with no people and no ties) is a community of its own: every
    // other member's best reason was "a bridge to Org Z", and Org Z had five one-on-ones.
    const g = createCoalitionGraph();
    person(g, "ann", "core");
    for (const id of ["bob", "cat", "dan", "eve"]) {
      person(g, id, "member");
      tie(g, "ann", id);
    }
    g.addNode("oz", nodeAttributes({ label: "Org Z", kind: "organization", status: "member" }));
    const communities = communitiesOf(g);
    const r = oneOnOneRotation(g, { start: START, communities });
    checkGuarantees(g, r);
    expect(r.unplaced).toEqual([]);
    const withZ = r.rows.filter((x) => x.member === "oz" || x.partner === "oz");
    expect(withZ.length).toBeGreaterThanOrEqual(1);
    expect(withZ.length).toBeLessThanOrEqual(2);
  });

  it("refuses impossible options with the function's name", () => {
    const g = createCoalitionGraph();
    expect(() => oneOnOneRotation(g, { start: "07/12/2026" })).toThrow(/oneOnOneRotation: option `start` must be a date written YYYY-MM-DD/);
    expect(() => oneOnOneRotation(g, { start: START, weeks: 0 })).toThrow(/`weeks` must be a whole number from 1 to 104/);
    expect(() => oneOnOneRotation(g, { start: START, perWeek: 1.5 })).toThrow(/`perWeek` must be a whole number ≥ 1/);
    expect(() => oneOnOneRotation(g, { start: START, nextMeeting: "soon" })).toThrow(/`nextMeeting` must be a date/);
  });
});

describe("oneOnOneRotation: the reasons", () => {
  /** core c, members m1..m6, tied to c; more as each test says. */
  function base(): CoalitionGraph {
    const g = createCoalitionGraph();
    person(g, "c", "core");
    for (let i = 1; i <= 6; i++) {
      person(g, `m${i}`, "member");
      tie(g, "c", `m${i}`, 4, { since: "2025", lastContact: "2026-11-01" });
    }
    for (let i = 1; i < 6; i++) tie(g, `m${i}`, `m${i + 1}`, 4, { since: "2025", lastContact: "2026-11-01" });
    return g;
  }
  const rowOf = (r: RotationResult, id: string) => r.rows.find((x) => x.member === id || x.partner === id);

  it("a tie known for years with no recent one-on-one is renewed; a recent one-on-one keeps it off", () => {
    const g = base();
    person(g, "old", "member");
    person(g, "fresh", "member");
    tie(g, "old", "m3", 4, { since: "2012" });
    tie(g, "fresh", "m4", 4, { since: "2012", lastContact: "2026-10-15" });
    const r = oneOnOneRotation(g, { start: START });
    checkGuarantees(g, r);
    const old = rowOf(r, "old");
    expect(old?.kind).toBe("lapsed");
    expect(old?.reason).toBe("A tie that may have gone quiet: they have known each other since 2012, and no one-on-one between them is on record.");
    expect(rowOf(r, "fresh")?.kind).not.toBe("lapsed");
  });

  it("an old one-on-one is named in the words", () => {
    const g = base();
    person(g, "x", "member");
    tie(g, "x", "m2", 1, { lastContact: "2025-01-10" });
    const r = oneOnOneRotation(g, { start: START });
    expect(rowOf(r, "x")?.reason).toBe("A weak tie to strengthen (strength 1 of 5), and their last one-on-one was on 2025-01-10.");
  });

  it("a new member (a yes in the activity log) meets a core member first", () => {
    const g = base();
    person(g, "newbie", "member");
    tie(g, "newbie", "m5", 3);
    g.setAttribute("activity", [{ date: "2026-10-02", kind: "ask", member: "m5", person: "newbie", outcome: "yes" }]);
    const r = oneOnOneRotation(g, { start: START });
    checkGuarantees(g, r);
    const row = rowOf(r, "newbie");
    expect(row?.kind).toBe("new-member");
    expect(row?.partner).toBe("c");
    expect(row?.reason).toBe("Welcome a new member: NEWBIE said yes to M5's ask on 2026-10-02; a one-on-one with C, one of the core, connects them to the coalition's leadership.");
  });

  it("a member with lived experience meets a well-connected member", () => {
    const g = base();
    person(g, "voice", "member", { livedExperience: true });
    tie(g, "voice", "m1", 3, { lastContact: "2026-11-20" });
    const r = oneOnOneRotation(g, { start: START });
    const row = rowOf(r, "voice");
    expect(row?.kind).toBe("lived-experience");
    expect(row?.reason).toMatch(/^VOICE brings lived experience: a one-on-one with (C, one of the core|M[2-5], one of the best-connected members), keeps that voice close to the centre of the coalition\.$/);
  });

  it("a joined column within the year counts as new", () => {
    const g = base();
    person(g, "j", "member", { extra: { Joined: "2026-09-15" } });
    tie(g, "j", "m1", 3, { lastContact: "2026-11-20" });
    const r = oneOnOneRotation(g, { start: START });
    expect(rowOf(r, "j")?.reason).toContain("J joined 2026-09-15");
  });

  it("member organizations with member staff are met through them; others meet as themselves", () => {
    const g = base();
    g.addNode("o1", nodeAttributes({ label: "Org One", kind: "organization", status: "member" }));
    g.addNode("o2", nodeAttributes({ label: "Org Two", kind: "organization", status: "member" }));
    g.setNodeAttribute("m1", "organization", "o1");
    tie(g, "o2", "m2", 3);
    const r = oneOnOneRotation(g, { start: START });
    expect(r.represented).toEqual([{ organization: "o1", label: "Org One", by: ["m1"] }]);
    expect(rowOf(r, "o2")).toBeDefined();
    checkGuarantees(g, r);
  });
});

describe("the rotation's default start", () => {
  it("is the coming Monday (today when it is a Monday)", () => {
    expect(comingMonday(new Date(2026, 10, 30))).toBe("2026-11-30"); // a Monday
    expect(comingMonday(new Date(2026, 11, 1))).toBe("2026-12-07"); // Tuesday → next Monday
    expect(comingMonday(new Date(2026, 11, 6, 23, 59))).toBe("2026-12-07"); // Sunday night
    expect(comingMonday(new Date(2026, 11, 31))).toBe("2027-01-04"); // across the year
  });

  it("is what analyzeCoalition uses when none is given, and the JSON says so", () => {
    const g = base2();
    const r = analyzeCoalition(g, { files: [], rowsRead: 0, imported: 0, merged: 0, rejected: 0, merges: [], rejections: [], warnings: [] }).rotation;
    expect(r.start).toBe(comingMonday(new Date()));
    expect(new Date(`${r.start}T00:00:00Z`).getUTCDay()).toBe(1);
  });
});

function base2(): CoalitionGraph {
  const g = createCoalitionGraph();
  person(g, "a", "core");
  person(g, "b", "member");
  tie(g, "a", "b");
  return g;
}
