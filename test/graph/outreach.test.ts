import { describe, expect, it } from "vitest";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes } from "../../src/graph/model.js";
import { serviceGaps } from "../../src/graph/gaps.js";
import { outreachCsv, outreachPlan } from "../../src/graph/outreach.js";
import type { CoalitionGraph } from "../../src/graph/types.js";
import { loadSample } from "../helpers/sample.js";

/**
 * Needs: hotline in North, legal advocacy in North (high priority).
 * Member org M provides hotline in North (so hotline is thin: one provider); A works at M.
 * Prospect P1 (Legal Aid, offers legal advocacy in North = missing × 1.5 → raw 1.5), DM p1,
 *   A —works_with 5— p1. Prospect person q works at P1 → folded into P1.
 * Prospect P2 ("=Hotline, Inc", offers hotline in North = thin → raw 0.5), DM p2, no tie at all.
 */
function fixture(): CoalitionGraph {
  const g = createCoalitionGraph({
    hasStrength: true,
    needs: [
      { service: "hotline", area: "North" },
      { service: "legal advocacy", area: "North", priority: "high" },
    ],
  });
  const org = (id: string, label: string, status: "member" | "prospect", services: string[]): void => {
    g.addNode(id, nodeAttributes({ label, kind: "organization", status, services, areas: ["North"] }));
  };
  org("M", "Member Hotline", "member", ["hotline"]);
  org("P1", "Legal Aid", "prospect", ["legal advocacy"]);
  org("P2", "=Hotline, Inc", "prospect", ["hotline"]);
  g.addNode("A", nodeAttributes({ label: "Ana", kind: "person", status: "member", organization: "M" }));
  g.addNode("p1", nodeAttributes({ label: "Pat", kind: "person", status: "prospect", organization: "P1", decisionMaker: true }));
  g.addNode("q", nodeAttributes({ label: "Quinn", kind: "person", status: "prospect", organization: "P1" }));
  g.addNode("p2", nodeAttributes({ label: "Sam", kind: "person", status: "prospect", organization: "P2", decisionMaker: true }));
  for (const [p, o] of [["A", "M"], ["p1", "P1"], ["q", "P1"], ["p2", "P2"]] as const)
    addTie(g, p, o, edgeAttributes({ type: "member_of", implicit: true }));
  addTie(g, "A", "p1", edgeAttributes({ type: "works_with", strength: 5 }));
  return g;
}

describe("outreachPlan", () => {
  it("ranks the reachable gap-filler first, folds its staff, names decision maker and asker", () => {
    const plan = outreachPlan(fixture());
    expect(plan.map((e) => e.target)).toEqual(["P1", "P2"]);
    const [p1, p2] = plan;
    expect(p1!.decisionMaker).toBe("p1");
    expect(p1!.asker).toBe("A");
    expect(p1!.path).toEqual(["A", "p1"]);
    expect(p1!.alignment).toBe(1);
    expect(p1!.reachability).toBeCloseTo(1 / 1.2, 4);
    expect(p1!.folded).toEqual(["p1", "q"]);
    expect(p1!.reasons).toContain("also on the list, works here: Pat, Quinn");
    expect(p1!.reasons[0]).toBe("fills a gap (no member provides it): legal advocacy in North");
    expect(p2!.alignment).toBeCloseTo(1 / 3, 4);
    expect(p2!.asker).toBeNull();
    expect(p2!.reachability).toBe(0);
    expect(p2!.reasons).toContain("strengthens a thin service (one member provider): hotline in North");
    expect(p2!.reasons).toContain("no member can reach Sam within 4 steps");
    // score = 0.4 a + 0.3 i + 0.3 r
    expect(p1!.score).toBeCloseTo(0.4 * p1!.alignment + 0.3 * p1!.influence + 0.3 * p1!.reachability, 3);
  });

  it("treats every non-member as a target when no one is marked prospect", () => {
    const g = fixture();
    g.forEachNode((n, a) => {
      if (a.status === "prospect") g.setNodeAttribute(n, "status", "none");
    });
    const plan = outreachPlan(g);
    expect(plan.map((e) => e.target).sort()).toEqual(["P1", "P2"]);
  });

  it("is empty when the network has no members", () => {
    const g = fixture();
    g.forEachNode((n) => g.setNodeAttribute(n, "status", "none"));
    expect(outreachPlan(g)).toEqual([]);
  });

  it("writes CSV with the exact header, names, arrows, quoting and a formula guard", () => {
    const g = fixture();
    const csv = outreachCsv(outreachPlan(g), g);
    const lines = csv.trimEnd().split("\n");
    expect(lines[0]).toBe("target,decision maker,asker,path,score,reasons,rank,fit,influence,reach,asker email,asker phone,asked");
    expect(lines[1]!.startsWith("Legal Aid,Pat,Ana,Ana → Pat,")).toBe(true);
    expect(lines[2]!.startsWith(`"'=Hotline, Inc",Sam,,,`)).toBe(true);
    g.setNodeAttribute("P2", "label", 'say "hi"');
    g.setNodeAttribute("p2", "label", "-1");
    const again = outreachCsv(outreachPlan(g), g).trimEnd().split("\n");
    expect(again[2]!.startsWith(`"say ""hi""",'-1,,,`)).toBe(true);
  });
});

describe("outreachCsv's appended columns", () => {
  it("adds rank, fit, influence, reach and the asker's contact details after the original columns", () => {
    const g = fixture();
    // Header spellings vary by workbook: matched case-insensitively; the target's own contacts are not the asker's.
    g.setNodeAttribute("A", "extra", { "E-Mail": "ana@example.org", Notes2: "x", Telephone: "555-0199" });
    g.setNodeAttribute("p1", "extra", { email: "pat@example.org" });
    const plan = outreachPlan(g);
    const rows = outreachCsv(plan, g).trimEnd().split("\n").map((l) => l.split(","));
    const head = rows[0]!;
    expect(head.slice(0, 6)).toEqual(["target", "decision maker", "asker", "path", "score", "reasons"]);
    const col = (row: string[], name: string): string => row[row.length - (head.length - head.indexOf(name))]!;
    const [, first, second] = rows;
    expect(col(first!, "rank")).toBe("1");
    expect(col(second!, "rank")).toBe("2");
    expect(col(first!, "fit")).toBe(plan[0]!.alignment.toFixed(3));
    expect(col(first!, "influence")).toBe(plan[0]!.influence.toFixed(3));
    expect(col(first!, "reach")).toBe(plan[0]!.reachability.toFixed(3));
    expect(col(first!, "asker email")).toBe("ana@example.org");
    expect(col(first!, "asker phone")).toBe("555-0199");
    // No asker, no contact.
    expect(col(second!, "asker email")).toBe("");
    expect(col(second!, "asker phone")).toBe("");
  });

  it("reads lower-case mail/tel headers too", () => {
    const g = fixture();
    g.setNodeAttribute("A", "extra", { mail: "a@x.org", tel: "+1 555" });
    const line = outreachCsv(outreachPlan(g), g).split("\n")[1]!;
    // A leading "+" is defused by the one CSV writer, as for any cell.
    expect(line.endsWith(",a@x.org,'+1 555,")).toBe(true);
  });
});

describe("outreachPlan reads the gap analysis's needs (one rule for need coverage)", () => {
  /** The fixture plus a prospect P3 offering counseling in North, and a need for counseling with no area. */
  function withAreaLessNeed(): CoalitionGraph {
    const g = fixture();
    g.setAttribute("needs", [...g.getAttribute("needs"), { service: "counseling", area: "" }]);
    g.addNode("P3", nodeAttributes({ label: "Counsel Co", kind: "organization", status: "prospect", services: ["counseling"], areas: ["North"] }));
    return g;
  }

  it("a need with no area is not a need, for serviceGaps and outreachPlan alike", () => {
    const g = withAreaLessNeed();
    const gaps = serviceGaps(g);
    expect(gaps.matrix.filter((c) => c.service === "counseling" && c.needed)).toEqual([]);
    expect([...gaps.missing, ...gaps.thin, ...gaps.duplicated].some((c) => c.service === "counseling")).toBe(false);
    const p3 = outreachPlan(g).find((e) => e.target === "P3")!;
    // Before, outreach counted the area-less need as "counseling anywhere" with no member provider.
    expect(p3.alignment).toBe(0);
    expect(p3.reasons.some((r) => r.includes("counseling"))).toBe(false);
  });

  it("every gap the plan says a target fills is a missing cell of the gap analysis", () => {
    const g = withAreaLessNeed();
    const missing = new Set(serviceGaps(g).matrix.filter((c) => c.needed && c.memberProviders.length === 0).map((c) => `${c.service} in ${c.area}`));
    const claimed = outreachPlan(g)
      .flatMap((e) => e.reasons)
      .filter((r) => r.startsWith("fills a gap"))
      .flatMap((r) => r.replace(/^[^:]*: /, "").split(", "));
    expect(claimed.length).toBeGreaterThan(0);
    for (const c of claimed) expect(missing.has(c), c).toBe(true);
  });

  it("uses the gap result it is given instead of computing one", () => {
    const g = fixture();
    const gaps = serviceGaps(g);
    const none = { ...gaps, matrix: gaps.matrix.map((c) => ({ ...c, needed: false })) };
    expect(outreachPlan(g, { gaps: none }).every((e) => e.alignment === 0)).toBe(true);
    expect(outreachPlan(g, { gaps })).toEqual(outreachPlan(g));
  });
});


describe("outreachPlan on the sample coalition", () => {
  const g = loadSample();
  const plan = outreachPlan(g);
  it("plans one entry per prospect organization or unattached prospect person", () => {
    const commission = plan.find((e) => e.target === "o-county-commission")!;
    expect(commission.decisionMakerLabel).toBe("Harold Whitfield");
    expect(commission.askerLabel).toBe("Linda Park-Hughes");
    expect(commission.reasons.some((r) => r.startsWith("should not ask: Frank Dolan"))).toBe(true);
    const church = plan.find((e) => e.target === "o-new-covenant")!;
    expect(church.decisionMakerLabel).toBe("Grace Okafor");
    expect(plan.some((e) => e.target === "p-grace-okafor")).toBe(false); // folded into her church
    const csv = outreachCsv(plan, g);
    expect(csv.split("\n")).toHaveLength(plan.length + 2);
    // The sample's people have email and phone columns: the commission's asker's are in its row.
    const row = csv.split("\n").find((l) => l.startsWith("Riverbend County Commission,"))!;
    expect(row).toMatch(/,[^,@]+@[^,]+,[0-9-]+,[^,]*$/);
  });
});

describe("outreachPlan — whose influence", () => {
  /** Org O (prospect) has one person, its decision maker Dee, who knows three members; O itself has only Dee. */
  function throughDecisionMaker(): CoalitionGraph {
    const g = createCoalitionGraph();
    g.addNode("O", nodeAttributes({ label: "Org O", kind: "organization", status: "prospect" }));
    g.addNode("d", nodeAttributes({ label: "Dee", kind: "person", status: "prospect", organization: "O", decisionMaker: true }));
    addTie(g, "d", "O", edgeAttributes({ type: "member_of", implicit: true }));
    for (const m of ["m1", "m2", "m3"]) {
      g.addNode(m, nodeAttributes({ label: m.toUpperCase(), kind: "person", status: "member" }));
      addTie(g, m, "d", edgeAttributes({ type: "knows" }));
    }
    return g;
  }

  it("an organization's influence that is its decision maker's says so, instead of calling the organization central", () => {
    const e = outreachPlan(throughDecisionMaker()).find((x) => x.target === "O")!;
    const why = e.reasons.find((r) => r.startsWith("influence:"))!;
    expect(e.influence).toBe(1); // Dee: the highest PageRank of the five
    expect(why).toBe("influence: through Dee, its decision maker, more central than 100% of the network (PageRank)");
  });
});
