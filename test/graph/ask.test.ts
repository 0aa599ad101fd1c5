import { describe, expect, it } from "vitest";
import { askPaths, resolveTarget } from "../../src/graph/ask.js";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes } from "../../src/graph/model.js";
import type { CoalitionGraph, NodeAttributes } from "../../src/graph/types.js";
import { loadSample } from "../helpers/sample.js";

function person(g: CoalitionGraph, id: string, label: string, extra: Partial<NodeAttributes> = {}): void {
  g.addNode(id, nodeAttributes({ label, kind: "person", ...extra }));
}
function tie(g: CoalitionGraph, a: string, b: string, type: string, strength = 1, extra: { sign?: 1 | -1; since?: string } = {}): void {
  addTie(g, a, b, edgeAttributes({ type, strength, sign: extra.sign ?? (type === "bad_history" || type === "conflict" ? -1 : 1), since: extra.since }));
}

/**
 * Target organization T ("Harbor House") with decision maker d (Dana Ruiz).
 *  A —works_with 5— d                        direct strong tie: 1/(1+0.2) = 0.8333
 *  B —5— x —5— d                             two strong steps:   1/(1+0.4) = 0.7143
 *  C —knows 1— d                              direct weak tie:    1/(1+1)   = 0.5
 *  E —works_with 5— d, E —bad_history— d      excluded
 *  F —5— y —5— d but y, d in conflict;  F —1— z —1— d   → F, z, d (0.3333)
 *  G —5— p —5— w —5— d but G, w bad history;  G —2— u —2— d   → re-routed G, u, d (0.5)
 *  H —5— q —5— w only, H, w conflict                            → excluded (foe on every path)
 */
function fixture(): CoalitionGraph {
  const g = createCoalitionGraph({ hasStrength: true });
  g.addNode("T", nodeAttributes({ label: "Harbor House", kind: "organization", status: "prospect" }));
  person(g, "d", "Dana Ruiz", { organization: "T", decisionMaker: true, status: "prospect" });
  person(g, "d2", "Staffer", { organization: "T", status: "prospect" });
  tie(g, "d", "T", "member_of");
  tie(g, "d2", "T", "member_of");
  for (const m of ["A", "B", "C", "E", "F", "G", "H"]) person(g, m, `Member ${m}`, { status: "member" });
  for (const o of ["x", "y", "z", "w", "u", "p", "q"]) person(g, o, `Outsider ${o}`);
  tie(g, "A", "d", "works_with", 5);
  tie(g, "B", "x", "knows", 5);
  tie(g, "x", "d", "knows", 5);
  tie(g, "C", "d", "knows", 1);
  tie(g, "E", "d", "works_with", 5);
  tie(g, "E", "d", "bad_history", 3, { since: "2019" });
  tie(g, "F", "y", "friend", 5);
  tie(g, "y", "d", "friend", 5);
  tie(g, "y", "d", "conflict", 2);
  tie(g, "F", "z", "knows", 1);
  tie(g, "z", "d", "knows", 1);
  tie(g, "G", "p", "knows", 5);
  tie(g, "p", "w", "knows", 5);
  tie(g, "w", "d", "knows", 5);
  tie(g, "G", "w", "bad_history", 1);
  tie(g, "G", "u", "knows", 2);
  tie(g, "u", "d", "knows", 2);
  tie(g, "H", "q", "knows", 5);
  tie(g, "q", "w", "knows", 5);
  tie(g, "H", "w", "conflict", 1);
  return g;
}

describe("askPaths", () => {
  it("ranks a direct strong tie first, then a strong two-step chain, then a weak direct tie", () => {
    const r = askPaths(fixture(), "Harbor House");
    expect(r.target).toBe("T");
    expect(r.decisionMakers).toEqual(["d"]);
    const ids = r.askers.map((a) => a.id);
    expect(ids.slice(0, 3)).toEqual(["A", "B", "C"]);
    expect(r.askers[0]!.score).toBeCloseTo(1 / 1.2, 4);
    expect(r.askers[1]!.score).toBeCloseTo(1 / 1.4, 4);
    expect(r.askers[0]!.path).toEqual(["A", "d"]);
    expect(r.askers[0]!.reasons[0]).toBe("direct tie to the decision maker Dana Ruiz (works with, strength 5)");
    expect(r.askers[1]!.path).toEqual(["B", "x", "d"]);
    expect(r.askers[1]!.reasons[0]).toBe("1 introduction needed: via Outsider x");
    expect(r.askers[1]!.steps).toEqual([
      { from: "B", to: "x", type: "knows", strength: 5 },
      { from: "x", to: "d", type: "knows", strength: 5 },
    ]);
  });

  it("excludes a member with bad history with the decision maker, naming the tie", () => {
    const r = askPaths(fixture(), "T");
    expect(r.askers.map((a) => a.id)).not.toContain("E");
    const e = r.excluded.find((x) => x.id === "E");
    expect(e?.reason).toBe("bad history with Dana Ruiz (since 2019), a decision maker");
  });

  it("never steps between two people with a negative tie", () => {
    const r = askPaths(fixture(), "T");
    const f = r.askers.find((a) => a.id === "F");
    expect(f?.path).toEqual(["F", "z", "d"]);
    expect(f?.score).toBeCloseTo(1 / 3, 4);
  });

  it("re-routes an asker around someone they have bad history with, or excludes them", () => {
    const r = askPaths(fixture(), "T");
    const gAsk = r.askers.find((a) => a.id === "G");
    expect(gAsk?.path).toEqual(["G", "u", "d"]);
    expect(gAsk?.reasons.some((s) => s.startsWith("route avoids Outsider w"))).toBe(true);
    const h = r.excluded.find((x) => x.id === "H");
    expect(h?.reason).toMatch(/^open conflict with Outsider w, who stands on every introduction path/);
  });

  it("respects maxAskers and maxSteps", () => {
    const r = askPaths(fixture(), "T", { maxAskers: 2 });
    expect(r.askers.map((a) => a.id)).toEqual(["A", "B"]);
    const one = askPaths(fixture(), "T", { maxSteps: 1 });
    expect(one.askers.map((a) => a.id).sort()).toEqual(["A", "C"]);
  });

  it("an organization without a flagged decision maker stands in its best-connected people", () => {
    const g = fixture();
    g.setNodeAttribute("d", "decisionMaker", false);
    const r = askPaths(g, "T");
    expect(r.decisionMakers).toEqual(["d"]);
  });

  it("resolves names case-insensitively and says when no one matches", () => {
    const g = fixture();
    expect(resolveTarget(g, "  dana   RUIZ ")).toBe("d");
    expect(resolveTarget(g, "Nobody")).toBeUndefined();
    expect(() => askPaths(g, "Nobody")).toThrow(/askPaths: no one named "Nobody"/);
  });

  it("is deterministic whatever the insertion order", () => {
    const a = askPaths(fixture(), "T");
    const g2 = createCoalitionGraph({ hasStrength: true });
    const g1 = fixture();
    for (const n of g1.nodes().reverse()) g2.addNode(n, g1.getNodeAttributes(n));
    const edges: string[] = [];
    g1.forEachEdge((e) => edges.push(e));
    for (const e of edges.reverse()) addTie(g2, g1.source(e), g1.target(e), g1.getEdgeAttributes(e));
    const b = askPaths(g2, "T");
    expect(b.askers).toEqual(a.askers);
    expect(b.excluded).toEqual(a.excluded);
  });
});


describe("askPaths on the sample coalition (planted situation 9)", () => {
  const g = loadSample();
  const r = askPaths(g, "riverbend county commission");
  it("finds Linda Park-Hughes as the best asker to Harold Whitfield", () => {
    expect(r.target).toBe("o-county-commission");
    expect(r.decisionMakers).toEqual(["p-harold-whitfield"]);
    expect(r.askers[0]!.label).toBe("Linda Park-Hughes");
    expect(r.askers[0]!.path).toEqual(["p-linda-park-hughes", "p-harold-whitfield"]);
    expect(r.askers[0]!.reasons[0]).toBe("direct tie to the decision maker Harold Whitfield (knows, strength 5)");
  });
  it("excludes Frank Dolan for his bad history with Whitfield, and routes no one through him", () => {
    expect(r.excluded.map((x) => x.label)).toContain("Frank Dolan");
    expect(r.excluded.find((x) => x.id === "p-frank-dolan")!.reason).toMatch(/^bad history with Harold Whitfield/);
    expect(r.askers.some((a) => a.path.includes("p-frank-dolan"))).toBe(false);
  });
});
