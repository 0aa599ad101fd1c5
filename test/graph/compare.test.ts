import { describe, expect, it } from "vitest";
import { analyzeCoalition } from "../../src/graph/analyze.js";
import { compareRounds, type CompareRound } from "../../src/graph/compare.js";
import { changeMarkdown } from "../../src/graph/compare-markdown.js";
import { matchNodes } from "../../src/graph/compare-match.js";
import { coalitionAsOf, coalitionNow, datesIn, joinedLaterFinding, latestDate } from "../../src/graph/compare-snapshot.js";
import { dateKey } from "../../src/graph/utils/date-key.js";
import { importCoalition, normalizeName } from "../../src/import/index.js";
import { csv } from "../import/helpers.js";

/** A round from a tiny workbook (people.csv and connections.csv text). */
function round(people: string, connections: string, label: string): CompareRound {
  const { graph, report } = importCoalition([csv("people.csv", people), csv("connections.csv", connections)]);
  return { graph, report: analyzeCoalition(graph, report), label };
}

const PEOPLE_1 = "id,name,status,lived_experience,sector\na,Ana,member,yes,\nb,Ben,member,no,shelter\nc,Cruz,prospect,no,\nd,Dee,member,no,\ne,St. Mary's Shelter,member,no,shelter\n";
// Round 2: Dee left, Cruz became a member, Fay is new, St Marys Shelter has a new id (matched by name).
const PEOPLE_2 = "id,name,status,lived_experience,sector\na,Ana,member,yes,\nb,Ben,member,no,shelter\nc,Cruz,member,no,\nf,Fay,member,yes,\ne2,st marys shelter,member,no,shelter\n";
const TIES_1 = "from,to,type,strength\na,b,knows,2\nb,c,works_with,3\nc,d,knows,4\nb,e,partner,3\na,c,knows,1\n";
// a–b strengthened 2→4, b–c weakened 3→1, c–d removed (Dee left), b–e kept (e matched by name), a–c kept, a–f added.
const TIES_2 = "from,to,type,strength\na,b,knows,4\nb,c,works_with,1\nb,e2,partner,3\na,c,knows,1\na,f,friend,3\n";

describe("matchNodes", () => {
  it("matches by id, then by normalized name and kind, and counts both", () => {
    const b = round(PEOPLE_1, TIES_1, "one").graph;
    const a = round(PEOPLE_2, TIES_2, "two").graph;
    const m = matchNodes(b, a, normalizeName);
    expect(m.counts).toEqual({ byId: 3, byName: 1, onlyBefore: 1, onlyAfter: 1 });
    expect(m.toAfter.get("e")).toBe("e2");
    expect(m.toAfter.has("d")).toBe(false);
    // Without the importer's name form, "St. Mary's" and "st marys" are different names.
    expect(matchNodes(b, a).counts.byName).toBe(0);
  });
});

describe("compareRounds", () => {
  const change = compareRounds(round(PEOPLE_1, TIES_1, "2024"), round(PEOPLE_2, TIES_2, "2025"), { nameKey: normalizeName });

  it("finds members gained and lost, new and by status", () => {
    expect(change.members.gained.map((g) => [g.id, g.how])).toEqual([
      ["c", "became a member"],
      ["f", "new"],
    ]);
    expect(change.members.lost.map((g) => [g.id, g.how])).toEqual([["d", "gone"]]);
    const lived = change.members.byGroup.find((g) => g.group === "lived experience");
    expect(lived).toEqual({ group: "lived experience", before: 1, after: 2, gained: 1, lost: 0 });
  });

  it("finds ties added, removed, strengthened and weakened", () => {
    expect(change.ties.counts).toEqual({ added: 1, removed: 1, strengthened: 1, weakened: 1, unchanged: 2 });
    expect(change.ties.added.map((t) => `${t.from}-${t.to}`)).toEqual(["a-f"]);
    expect(change.ties.removed.map((t) => `${t.from}-${t.to}`)).toEqual(["c-d"]);
    expect(change.ties.strengthened.map((t) => [t.from, t.to, t.before, t.strength])).toEqual([["a", "b", 2, 4]]);
    expect(change.ties.weakened.map((t) => [t.from, t.to, t.before, t.strength])).toEqual([["b", "c", 3, 1]]);
  });

  it("computes the figures of each round", () => {
    // Round 1: 5 nodes, 5 ties → density 5/10; round 2: 5 nodes, 5 ties.
    expect(change.before.density).toBe(0.5);
    expect(change.after.density).toBe(0.5);
    expect(change.before.averageStrength).toBe(2.6);
    expect(change.after.averageStrength).toBe(2.4);
    // Degrees round 1: a2 b3 c3 d1 e1 → max 3, Σ(3−d) = 1+0+0+2+2 = 5, /(4·3) = 0.4167.
    expect(change.before.centralization).toBe(0.4167);
    expect(change.before.livedExperience.count).toBe(1);
    expect(change.after.livedExperience.count).toBe(2);
  });

  it("says it in words", () => {
    expect(change.findings[0]).toBe("2 members joined, 1 left (members: 4 → 5). New: Cruz, Fay. Left: Dee.");
    expect(change.findings).toContain("1 tie was added, 1 removed, 1 strengthened and 1 weakened (2 ties unchanged).");
    const md = changeMarkdown(change).join("\n");
    expect(md).toContain("## How the coalition changed");
    expect(md).toContain("Provan & Milward 2001");
    expect(md).toContain("- Ana – Ben (knows): 2 → 4");
  });

  it("is deterministic", () => {
    const again = compareRounds(round(PEOPLE_1, TIES_1, "2024"), round(PEOPLE_2, TIES_2, "2025"), { nameKey: normalizeName });
    expect(JSON.stringify(again)).toBe(JSON.stringify(change));
  });
});

describe("the coalition on a date", () => {
  const people = "id,name,status,joined,left\na,Ana,member,,\nb,Ben,member,2024-03,\nc,Cruz,member,,2025-01-01\n";
  const ties = "from,to,type,since,until\na,b,knows,2024-05-01,\na,c,knows,2019,2024-06-30\nb,c,knows,long ago,\n";
  const { graph } = importCoalition([csv("people.csv", people), csv("connections.csv", ties)]);

  it("reads dates as their first day, and only real dates", () => {
    expect(dateKey("2019")).toBe("2019-01-01");
    expect(dateKey("2024-3")).toBe("2024-03-01");
    expect(dateKey("2024/03/15")).toBe("2024-03-15");
    expect(dateKey("2024-02-30")).toBeUndefined();
    expect(dateKey("15/03/2024")).toBeUndefined();
    expect(datesIn(graph)).toEqual(["2019-01-01", "2024-03-01", "2024-05-01", "2024-06-30", "2025-01-01"]);
    expect(latestDate(graph)).toBe("2025-01-01");
  });

  it("keeps who had joined and not left, and ties since ≤ D < until", () => {
    const at = (d: string) => {
      const g = coalitionAsOf(graph, d);
      return [g.nodes().sort().join(""), g.mapEdges((_e, _a, s, t) => `${s}${t}`).sort().join(" ")];
    };
    expect(at("2024-01-01")).toEqual(["ac", "ac"]);
    // Ben joined in March; his tie to Ana starts in May; "long ago" is no date: always there.
    expect(at("2024-04-01")).toEqual(["abc", "ac bc"]);
    expect(at("2024-06-30")).toEqual(["abc", "ab bc"]);
    // Cruz left on 2025-01-01: on that day he is gone, with his ties.
    expect(at("2025-01-01")).toEqual(["ab", "ab"]);
    expect(coalitionNow(graph).order).toBe(2);
    expect(graph.order).toBe(3); // the workbook itself is unchanged
  });

  it("keeps someone who joined later as a prospect when a tie dated before shows them in the network", () => {
    // Dee joined in 2026 but has known Ana since 2019 (dated); Eve joined in 2026 with only an undated tie.
    const p = "id,name,status,joined\na,Ana,member,\nd,Dee,member,2026-02-01\ne,Eve,member,2026-03-01\nf,Fay,member,2026-03-01\n";
    const t = "from,to,type,since\na,d,knows,2019\nd,e,knows,\na,e,knows,\ne,f,knows,2018\n";
    const { graph: g, report } = importCoalition([csv("people.csv", p), csv("connections.csv", t)]);
    const before = coalitionAsOf(g, "2025-12-31");
    expect(before.nodes().sort()).toEqual(["a", "d"]);
    expect(before.getNodeAttribute("d", "status")).toBe("prospect");
    expect(g.getNodeAttribute("d", "status")).toBe("member"); // the workbook is unchanged
    // Eve's tie to Fay is dated, but Fay was not there either: no evidence either was in the network.
    expect(before.edges().map((e) => before.extremities(e).join("-"))).toEqual(["a-d"]);
    const after = coalitionNow(g);
    const finding = joinedLaterFinding(before, after, "2025-12-31") ?? "";
    expect(finding).toContain("All 3 added ties belong to people or organizations who joined after 2025-12-31");
    expect(finding).toContain("Eve (3 ties, joined 2026-03-01)");
    expect(finding).toContain("Fay (1 tie, joined 2026-03-01)");
    expect(finding).not.toContain("Dee (");
    // Comparing the two: Dee became a member (not new); Eve and Fay are new.
    const change = compareRounds({ graph: before, report: analyzeCoalition(before, report), label: "then" }, { graph: after, report: analyzeCoalition(after, report), label: "now" }, { basis: { kind: "dates", asOf: "2025-12-31", now: "2026-03-01" } });
    expect(change.members.gained.map((m) => `${m.label}: ${m.how}`).sort()).toEqual(["Dee: became a member", "Eve: new", "Fay: new"]);
    expect(joinedLaterFinding(after, after, "2025-12-31")).toBeUndefined();
  });

  it("says of a left and an until date what a comparison does with them, in words for the map and the command", () => {
    const { report } = importCoalition([csv("people.csv", people), csv("connections.csv", ties)]);
    const words = report.warnings.map((w) => w.message);
    expect(words).toContain('people.csv:4:5 (column "left"): "left" 2025-01-01: this report still counts them (and their ties); a comparison of rounds ("Compare rounds…" on the map, --compare in the command) leaves those who left out.');
    expect(words.some((w) => w.startsWith("connections.csv:3:5") && w.includes('("Compare rounds…" on the map, --compare in the command) leaves ended ties out'))).toBe(true);
  });

  it("warns about a date it can't read, with file:line:column, and leaves it out", () => {
    const { graph: g, report } = importCoalition([csv("people.csv", "id,name,joined\na,Ana,last spring\nb,Ben,2024\n"), csv("connections.csv", "from,to,until\na,b,15/03/2024\n")]);
    expect(report.warnings.map((w) => w.message)).toEqual([
      'people.csv:2:3 (column "joined"): joined "last spring" is not a date Coalition Map can read (write 2024, 2024-03 or 2024-03-15); ignored.',
      'connections.csv:2:3 (column "until"): until "15/03/2024" is not a date Coalition Map can read (write 2024, 2024-03 or 2024-03-15); if it is day first, write 2024-03-15; ignored.',
    ]);
    expect(g.getNodeAttribute("a", "joined")).toBeUndefined();
    expect(g.getNodeAttribute("b", "joined")).toBe("2024");
    expect(report.rejected).toBe(0);
  });
});

describe("compare: brokerage when nobody brokers in a round", () => {
  const PEOPLE = "id,name,status\na,Ana,member\nb,Ben,member\nc,Cruz,member\n";
  it("says nobody brokers any more instead of 'the top 0 brokers hold 100% → 0%'", () => {
    // before: a chain a–b–c (Ben brokers); after: only a–b (nobody is between two others)
    const change = compareRounds(round(PEOPLE, "from,to\na,b\nb,c\n", "2025"), round(PEOPLE, "from,to\na,b\n", "2026"));
    const line = change.findings.find((f) => f.includes("brokerage") || f.includes("brokers"));
    expect(line).toMatch(/held 100% of .* brokerage \(betweenness\); now nobody brokers: no one sits on a shortest route between two others\./);
    expect(line).not.toMatch(/→ 0%/);
  });
  it("says so when nobody brokers in either round", () => {
    const change = compareRounds(round(PEOPLE, "from,to\na,b\n", "2025"), round(PEOPLE, "from,to\na,b\nb,a\n", "2026"));
    expect(change.findings).toContain("Nobody brokers in either round: no one sits on a shortest route between two others.");
  });
});
