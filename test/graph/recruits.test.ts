import { describe, expect, it } from "vitest";
import type { CommunityResult } from "../../src/graph/communities.js";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes } from "../../src/graph/model.js";
import { recruits } from "../../src/graph/recruits.js";
import type { CoalitionGraph, NodeAttributes } from "../../src/graph/types.js";
import { loadSample } from "../helpers/sample.js";

/**
 * Community 0 (shelter, North): members M1, M2; non-members a1, a2, x (x —M2 only).
 * Community 1 (faith, East), unreached: b0 (Pastor) —M1; b0 — b1; b1, b2, b3, b4 a clique.
 * The coalition reaches within two steps: M1, M2, a1, a2, x, b0, b1. Recruiting b0 adds b2, b3, b4,
 * each worth 1/5 (community 1) + 1/5 (faith) + 1/5 (East) = 0.6 → gain 1.8. b2–b4 are not
 * recruitable (no tie to the coalition) until b0 joins.
 */
function fixture(): { g: CoalitionGraph; comms: CommunityResult } {
  const g = createCoalitionGraph();
  const add = (id: string, extra: Partial<NodeAttributes>): void => {
    g.addNode(id, nodeAttributes({ label: id.toUpperCase(), kind: "person", ...extra }));
  };
  for (const id of ["M1", "M2"]) add(id, { status: "member", sector: "shelter", areas: ["North"] });
  for (const id of ["a1", "a2", "x"]) add(id, { sector: "shelter", areas: ["North"] });
  add("b0", { sector: "faith", role: "Pastor", areas: ["East"], status: "prospect" });
  for (const id of ["b1", "b2", "b3", "b4"]) add(id, { sector: "faith", areas: ["east"] });
  const tie = (a: string, b: string): void => void addTie(g, a, b, edgeAttributes({ type: "knows" }));
  tie("M1", "M2");
  tie("M1", "a1");
  tie("M2", "a2");
  tie("a1", "a2");
  tie("M2", "x");
  tie("M1", "b0");
  tie("b0", "b1");
  for (const [p, q] of [["b1", "b2"], ["b1", "b3"], ["b1", "b4"], ["b2", "b3"], ["b2", "b4"], ["b3", "b4"]] as const) tie(p, q);
  const assignment: Record<string, number> = {};
  for (const n of ["M1", "M2", "a1", "a2", "x"]) assignment[n] = 0;
  for (const n of ["b0", "b1", "b2", "b3", "b4"]) assignment[n] = 1;
  const comm = (id: number, label: string, members: string[]) => ({
    id, label, size: members.length, members, central: members.slice(0, 1), sectors: [], services: [], areas: [],
  });
  const comms: CommunityResult = {
    assignment,
    runs: 1,
    modularity: 0,
    communities: [comm(0, "Shelter · North", ["M1", "M2", "a1", "a2", "x"]), comm(1, "Faith · East", ["b0", "b1", "b2", "b3", "b4"])],
  };
  return { g, comms };
}

describe("recruits", () => {
  it("picks the bridge into the unreached community first, with what it adds", () => {
    const { g, comms } = fixture();
    const r = recruits(g, { communities: comms });
    const first = r[0]!;
    expect(first.id).toBe("b0");
    expect(first.gain).toBeCloseTo(1.8, 4);
    expect(first.newlyReached).toBe(3);
    expect(first.adds).toEqual({ communities: [1], sectors: ["faith"], areas: ["East"] });
    expect(first.influential).toBe(true);
    expect(first.influenceKind).toBe("faith leader");
    expect(first.reasons[0]).toBe('brings 3 more people and organizations within two steps of the coalition: 3 of the 5 in the "Faith · East" community; 3 of the 5 in the faith sector; 3 of the 5 in area East');
    // In an organizer's words: the broker score is named and explained, never "nodes" alone.
    expect(first.reasons[1]).toMatch(/^broker score \d\.\d{3} \(betweenness: how often they sit between others\), #1 among non-members$/);
    expect(first.reasons.join(" ")).not.toMatch(/\bnodes?\b|^broker:/);
  });

  it("fills the remaining places with brokers (gain 0), never members, only recruitable people, and stops when no one adds anything", () => {
    const { g, comms } = fixture();
    const r = recruits(g, { communities: comms, k: 10 });
    const ids = r.map((x) => x.id);
    expect(ids).not.toContain("M1");
    expect(ids.slice(1).every((id) => r.find((x) => x.id === id)!.gain === 0)).toBe(true);
    // b1 becomes recruitable once b0 is picked, and is the best remaining broker.
    expect(ids[1]).toBe("b1");
    // Everyone listed adds reach or brokers between people; those who add neither are not listed.
    expect(r.every((x) => x.gain > 0 || x.betweenness > 0)).toBe(true);
    expect(ids).not.toContain("b2");
  });

  it("respects k and is deterministic", () => {
    const { g, comms } = fixture();
    expect(recruits(g, { communities: comms, k: 1 }).map((x) => x.id)).toEqual(["b0"]);
    expect(recruits(g, { communities: comms })).toEqual(recruits(g, { communities: comms }));
    expect(() => recruits(g, { k: -1 })).toThrow(/recruits: option `k`/);
  });
});


describe("recruits on the sample coalition (planted situation 6)", () => {
  const g = loadSample();
  it("puts Grace Okafor, the faith leader bridging the East community, first", () => {
    const r = recruits(g);
    expect(r[0]!.label).toBe("Grace Okafor");
    expect(r[0]!.influenceKind).toBe("faith leader");
    expect(r[0]!.gain).toBeGreaterThan(r[1]!.gain * 2);
    expect(r[0]!.reasons[0]).toMatch(/East/);
  });
});
