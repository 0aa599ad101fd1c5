import { describe, expect, it } from "vitest";
import { composition, degreeCentralization } from "../../src/graph/composition.js";
import { influenceKind, memberGroup, sectorGroup } from "../../src/graph/groups.js";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes } from "../../src/graph/model.js";
import { standing, type NodeStanding } from "../../src/graph/standing.js";
import type { CoalitionGraph, NodeAttributes } from "../../src/graph/types.js";
import { loadSample } from "../helpers/sample.js";

const P = (extra: Partial<NodeAttributes>): NodeAttributes => nodeAttributes({ label: "x", kind: "person", ...extra });

/** A coalition of one: Ana (core) knows Ben and Cy, who are not members. */
function coalitionOfOne(): CoalitionGraph {
  const g = createCoalitionGraph();
  g.addNode("a", nodeAttributes({ label: "Ana", kind: "person", status: "core" }));
  g.addNode("b", nodeAttributes({ label: "Ben", kind: "person" }));
  g.addNode("c", nodeAttributes({ label: "Cy", kind: "person" }));
  addTie(g, "a", "b", edgeAttributes({ type: "knows" }));
  addTie(g, "a", "c", edgeAttributes({ type: "knows" }));
  return g;
}

describe("memberGroup / influenceKind", () => {
  it("maps sector and role to the five groups, lived experience first", () => {
    expect(memberGroup(P({ sector: "shelter", livedExperience: true }))).toBe("lived experience");
    expect(sectorGroup(P({ sector: "shelter", livedExperience: true }))).toBe("providers");
    expect(memberGroup(P({ sector: "law enforcement", role: "Detective" }))).toBe("providers");
    expect(memberGroup(P({ sector: "courts" }))).toBe("providers");
    expect(memberGroup(P({ sector: "government", role: "Councilmember" }))).toBe("policy makers");
    expect(memberGroup(P({ role: "City Council Member" }))).toBe("policy makers");
    expect(memberGroup(P({ sector: "faith", role: "Council Chair" }))).toBe("influential");
    expect(memberGroup(P({ sector: "business", role: "Owner" }))).toBe("influential");
    expect(memberGroup(P({ sector: "grassroots", role: "Organizer" }))).toBe("community");
    expect(memberGroup(P({}))).toBe("community");
    // a person without a sector takes their organization's
    expect(memberGroup(P({ role: "Volunteer" }), nodeAttributes({ label: "Church", kind: "organization", sector: "faith" }))).toBe("influential");
    // lived experience applies to people only
    expect(memberGroup(nodeAttributes({ label: "o", kind: "organization", sector: "shelter", livedExperience: true }))).toBe("providers");
  });

  it("flags faith leaders, business owners and policy makers", () => {
    expect(influenceKind(P({ sector: "faith", role: "Pastor" }))).toBe("faith leader");
    expect(influenceKind(P({ role: "Imam" }))).toBe("faith leader");
    expect(influenceKind(P({ sector: "business", role: "Owner" }))).toBe("business owner");
    expect(influenceKind(P({ sector: "government", role: "Commission Chair" }))).toBe("policy maker");
    expect(influenceKind(P({ sector: "shelter", role: "Advocate" }))).toBeUndefined();
  });
});

/**
 * Members: h (shelter, hub), l1 (lived experience, grassroots), l2 (lived experience, "Legal
 * Advocate" → overlap providers), f (faith), c (government Councilmember), o (grassroots org).
 * Ties: h–l1, h–l2, h–f, h–c, h–o, f–c. Degrees 5,1,1,2,2,1 → centralization (0+4+4+3+3+4)/(5·4)=0.9.
 * Betweenness given by hand: h .6, f .2, c .1, l1 .05, l2 .05, o 0 (total 1).
 */
function fixture(): { g: CoalitionGraph; st: Record<string, NodeStanding> } {
  const g = createCoalitionGraph();
  const add = (id: string, extra: Partial<NodeAttributes>): void => void g.addNode(id, P({ label: id.toUpperCase(), status: "member", ...extra }));
  add("h", { sector: "shelter" });
  add("l1", { sector: "grassroots", livedExperience: true });
  add("l2", { role: "Legal Advocate", livedExperience: true });
  add("f", { sector: "faith" });
  add("c", { sector: "government", role: "Councilmember" });
  g.addNode("o", nodeAttributes({ label: "O", kind: "organization", status: "member", sector: "grassroots" }));
  for (const [a, b] of [["h", "l1"], ["h", "l2"], ["h", "f"], ["h", "c"], ["h", "o"], ["f", "c"]] as const)
    addTie(g, a, b, edgeAttributes({ type: "knows" }));
  const b: Record<string, number> = { h: 0.6, f: 0.2, c: 0.1, l1: 0.05, l2: 0.05, o: 0 };
  const st: Record<string, NodeStanding> = {};
  for (const [id, betweenness] of Object.entries(b))
    st[id] = { degree: 0, strength: 0, betweenness, closeness: 0, eigenvector: 0, pagerank: 0, constraint: null, effectiveSize: null };
  return { g, st };
}

describe("composition", () => {
  it("counts the groups and overlaps", () => {
    const { g, st } = fixture();
    const c = composition(g, { standing: st });
    expect(c.members).toBe(6);
    expect(c.memberPeople).toBe(5);
    expect(Object.fromEntries(c.groups.map((x) => [x.group, x.members]))).toEqual({
      "lived experience": ["l1", "l2"],
      providers: ["h"],
      influential: ["f"],
      "policy makers": ["c"],
      community: ["o"],
    });
    expect(c.overlaps).toEqual([{ id: "l2", label: "L2", alsoIn: "providers" }]);
  });

  it("measures centralization and the elite's share of brokerage exactly", () => {
    const { g, st } = fixture();
    const c = composition(g, { standing: st, top: 2 });
    expect(c.centralization).toBe(0.9);
    expect(c.brokerage.top.map((x) => x.id)).toEqual(["h", "f"]);
    expect(c.brokerage.topShare).toBe(0.8);
    // professional sectors: h (provider) + c (policy) + l2 (provider by role) = .75
    expect(c.brokerage.professionalShare).toBe(0.75);
    expect(c.brokerage.professionalMembers).toBe(3);
    expect(c.findings).toContain("The top 2 members hold 80% of the members' brokerage (betweenness): H, F.");
  });

  it("reports how connected the lived-experience members are", () => {
    const { g, st } = fixture();
    const c = composition(g, { standing: st });
    expect(c.livedExperience.count).toBe(2);
    expect(c.livedExperience.meanDegree).toBe(1);
    expect(c.livedExperience.memberMeanDegree).toBe(2.2);
    expect(c.livedExperience.poorlyConnected.map((p) => [p.id, p.degree])).toEqual([["l1", 1], ["l2", 1]]);
    expect(c.findings).toContain("2 of them have 2 ties or fewer: L1 (1), L2 (1).");
  });

  it("degree centralization: star 1, cycle 0", () => {
    expect(degreeCentralization([3, 1, 1, 1])).toBe(1);
    expect(degreeCentralization([2, 2, 2, 2])).toBe(0);
  });
});


describe("composition on the sample coalition (planted situations 7 and 8)", () => {
  const g = loadSample();
  it("finds the poorly connected members with lived experience", () => {
    const c = composition(g);
    expect(c.livedExperience.count).toBe(7);
    expect(c.livedExperience.poorlyConnected.map((p) => p.label).sort()).toEqual(["Aaliyah Grant", "Mei-Ling Chou", "Rafael Ortega", "Tanya Brooks"]);
  });
  it("finds the professional core holding most brokerage", () => {
    const core = ["Catherine Wu", "Evelyn Marsh", "Linda Park-Hughes", "Omar Haddad", "Victor Osei"];
    const weighted = composition(g);
    expect(weighted.brokerage.top.map((x) => x.label).sort()).toEqual(core);
    expect(weighted.brokerage.topShare).toBeGreaterThan(0.5);
    const unweighted = composition(g, { standing: standing(g, { weighted: false }) });
    expect(unweighted.brokerage.top.map((x) => x.label).sort()).toEqual(core);
    expect(unweighted.brokerage.topShare).toBeCloseTo(0.514, 3); // examples/README.md: 51.4%
  });
});

describe("composition's words", () => {
  it("says '1 member', '1 person' and 'The top member holds' for a coalition of one", () => {
    const text = composition(coalitionOfOne()).findings.join(" ");
    expect(text).toContain("The coalition has 1 member (1 person, 0 organizations)");
    expect(text).not.toMatch(/\b1 members\b|\b1 people\b/);
  });
});

describe("composition's brokerage findings on a small coalition", () => {
  /** Members Carla (core) – Dev (core) – Mia, Ned with no ties at all, Org A; only the first three broker. */
  function small(): CoalitionGraph {
    const g = createCoalitionGraph();
    const add = (id: string, label: string, extra: Partial<NodeAttributes> = {}): void =>
      void g.addNode(id, nodeAttributes({ label, kind: "person", status: "member", sector: "shelter", ...extra }));
    add("c1", "Carla", { status: "core" });
    add("c2", "Dev", { status: "core" });
    add("m1", "Mia", { sector: "grassroots" });
    add("m2", "Ned", { sector: "grassroots" });
    g.addNode("oa", nodeAttributes({ label: "Org A", kind: "organization", status: "member", sector: "shelter" }));
    for (const id of ["x1", "x2", "x3"]) g.addNode(id, nodeAttributes({ label: id, kind: "person" }));
    for (const [a, b] of [["c1", "c2"], ["c2", "m1"], ["m1", "x1"], ["c1", "x2"], ["c2", "x3"], ["c1", "oa"]] as const)
      addTie(g, a, b, edgeAttributes({ type: "knows" }));
    return g;
  }

  it("lists as top brokers only members who broker (Ned, with no ties, holds none of it)", () => {
    const c = composition(small());
    expect(c.brokerage.top.map((x) => x.label)).toEqual(["Dev", "Carla", "Mia"]);
    expect(c.brokerage.top.every((x) => x.betweenness > 0)).toBe(true);
    expect(c.findings).toContain("The top 3 members hold 100% of the members' brokerage (betweenness): Dev, Carla, Mia.");
  });

  it("does not call 3 of 5 members 'a few' holding most of the connections", () => {
    expect(composition(small()).findings.join(" ")).not.toMatch(/A few members sit on most/);
  });

  it("says when a few members sit on most routes — of brokerage, not of the number of ties (the sample)", () => {
    const c = composition(loadSample());
    expect(c.brokerage.topShare).toBeGreaterThanOrEqual(0.5);
    expect(c.findings).toContain("A few members sit on most of the routes between the others (brokerage, not the number of ties): the coalition depends on them to pass things along and may be dominated by them.");
    // The professionals' count (by sector) includes Dolores Fuentes, whom the table counts under lived experience: said, so 98 + 11 ≠ 110 is explained.
    const providers = c.groups.find((g) => g.group === "providers")?.count ?? 0;
    const policy = c.groups.find((g) => g.group === "policy makers")?.count ?? 0;
    expect(c.brokerage.professionalMembers).toBe(providers + policy + 1);
    expect(c.findings.join(" ")).toContain(`(providers and policy makers, ${c.brokerage.professionalMembers} of ${c.members}, 82%, with 1 counted under lived experience above)`);
    // Not "most of the connections": the ties themselves are spread out (degree centralization well below 0.5).
    expect(c.centralization).toBeLessThan(0.3);
  });

  it("a coalition of one: its only member is not 'a few members' dominating it", () => {
    expect(composition(coalitionOfOne()).findings.join(" ")).not.toMatch(/A few members sit on most/);
  });
});
