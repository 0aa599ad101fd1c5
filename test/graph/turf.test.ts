import { describe, expect, it } from "vitest";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes } from "../../src/graph/model.js";
import type { CommunityResult } from "../../src/graph/communities.js";
import { turfClusters } from "../../src/graph/turf.js";
import type { CoalitionGraph, NodeAttributes } from "../../src/graph/types.js";
import { loadSample } from "../helpers/sample.js";



function org(g: CoalitionGraph, id: string, services: string[], areas: string[], extra: Partial<NodeAttributes> = {}): void {
  g.addNode(id, nodeAttributes({ label: id.toUpperCase(), kind: "organization", services, areas, ...extra }));
}
function person(g: CoalitionGraph, id: string, organization?: string): void {
  g.addNode(id, nodeAttributes({ label: id.toUpperCase(), kind: "person", ...(organization ? { organization } : {}) }));
}
const tie = (g: CoalitionGraph, a: string, b: string, type = "works_with", sign: 1 | -1 = 1): string =>
  addTie(g, a, b, edgeAttributes({ type, sign }));

/** Fixed communities so the cluster test does not depend on Louvain. */
function fixedCommunities(assignment: Record<string, number>): CommunityResult {
  const ids = [...new Set(Object.values(assignment))].sort((a, b) => a - b);
  return {
    assignment,
    runs: 1,
    modularity: 0,
    communities: ids.map((id) => {
      const members = Object.keys(assignment).filter((n) => assignment[n] === id).sort();
      return { id, label: `C${id}`, size: members.length, members, central: [], sectors: [], services: [], areas: [] };
    }),
  };
}

describe("turfClusters", () => {
  it("finds two shelters serving the same area with no tie", () => {
    const g = createCoalitionGraph();
    org(g, "s1", ["emergency shelter", "counseling"], ["North"]);
    org(g, "s2", ["shelter"], ["north", "South"]); // synonym + case-insensitive area
    org(g, "s3", ["emergency shelter"], ["South"]); // different area from s1
    tie(g, "s2", "s3", "partner");
    const r = turfClusters(g);
    expect(r.pairs).toHaveLength(1);
    const p = r.pairs[0]!;
    expect([p.a, p.b]).toEqual(["s1", "s2"]);
    expect(p.aLabel).toBe("S1");
    expect(p.services).toEqual(["emergency shelter"]);
    expect(p.areas).toEqual(["North"]); // first spelling seen (s1 comes first)
    expect(r.clusters).toHaveLength(1);
    expect(r.clusters[0]!.organizations).toEqual(["s1", "s2"]);
  });

  it("no turf when the organizations have a positive tie", () => {
    const g = createCoalitionGraph();
    org(g, "a", ["hotline"], ["East"]);
    org(g, "b", ["hotline"], ["East"]);
    tie(g, "a", "b", "knows");
    expect(turfClusters(g).pairs).toEqual([]);
  });

  it("a negative tie is not coordination", () => {
    const g = createCoalitionGraph();
    org(g, "a", ["hotline"], ["East"]);
    org(g, "b", ["hotline"], ["East"]);
    tie(g, "a", "b", "bad_history", -1);
    expect(turfClusters(g).pairs.map((p) => [p.a, p.b])).toEqual([["a", "b"]]);
  });

  it("staff who work together count as coordination; staff who merely know each other do not", () => {
    const g = createCoalitionGraph();
    org(g, "a", ["legal advocacy"], ["West"]);
    org(g, "b", ["legal aid"], ["West"]);
    person(g, "pa", "a");
    person(g, "pb", "b");
    const g2 = g.copy() as CoalitionGraph;
    tie(g, "pa", "pb", "knows");
    expect(turfClusters(g).pairs).toHaveLength(1);
    tie(g2, "pa", "pb", "works_with");
    expect(turfClusters(g2).pairs).toHaveLength(0);
    expect(turfClusters(g2, { staffTies: false }).pairs).toHaveLength(1);
  });

  it("a person on both organizations' staff ties them: no turf between them", () => {
    const g = createCoalitionGraph();
    org(g, "a", ["emergency shelter"], ["North"]);
    org(g, "b", ["shelter"], ["North"]);
    org(g, "c", ["shelter"], ["North"]);
    person(g, "dee", "a"); // works at a …
    tie(g, "dee", "a", "member_of");
    tie(g, "dee", "b", "member_of"); // … and is a member of b
    person(g, "eli");
    tie(g, "eli", "b", "member_of");
    tie(g, "eli", "c", "member_of"); // member_of both b and c
    const r = turfClusters(g);
    expect(r.pairs.map((p) => `${p.a}-${p.b}`)).toEqual(["a-c"]);
    expect(turfClusters(g, { staffTies: false }).pairs.map((p) => `${p.a}-${p.b}`)).toEqual(["a-b", "a-c", "b-c"]);
  });

});

describe("turfClusters — clusters, determinism and input", () => {
  it("groups pairs into clusters by the communities they link", () => {
    const g = createCoalitionGraph();
    // Community 0: a, b; community 1: c; community 2: d, e; community 3: f (no turf).
    org(g, "a", ["hotline"], ["X"]);
    org(g, "b", ["counseling"], ["X"]);
    org(g, "c", ["hotline"], ["X"]); // turf with a → links 0 and 1
    org(g, "d", ["housing"], ["Y"]);
    org(g, "e", ["housing"], ["Y"]); // turf with d, same community 2
    org(g, "f", ["childcare"], ["Y"]);
    const comm = fixedCommunities({ a: 0, b: 0, c: 1, d: 2, e: 2, f: 3 });
    const r = turfClusters(g, { communities: comm });
    expect(r.pairs.map((p) => `${p.a}-${p.b}`).sort()).toEqual(["a-c", "d-e"]);
    expect(r.clusters.map((c) => c.communities)).toEqual([[0, 1], [2]]);
    expect(r.clusters[0]!.communityLabels).toEqual(["C0", "C1"]);
    expect(r.clusters[0]!.organizations).toEqual(["a", "c"]);
    expect(r.clusters[0]!.services).toEqual(["hotline"]);
    expect(r.clusters[1]!.areas).toEqual(["Y"]);
    expect(r.clusters.map((c) => c.id)).toEqual([0, 1]);
  });

  it("chains communities transitively (connected components)", () => {
    const g = createCoalitionGraph();
    org(g, "a", ["hotline"], ["X"]);
    org(g, "b", ["hotline", "housing"], ["X"]);
    org(g, "c", ["housing"], ["X"]);
    tie(g, "a", "c", "partner"); // a-c coordinate, so pairs are a-b (hotline) and b-c (housing)
    const r = turfClusters(g, { communities: fixedCommunities({ a: 0, b: 1, c: 2 }) });
    expect(r.pairs).toHaveLength(2);
    expect(r.clusters).toHaveLength(1);
    expect(r.clusters[0]!.communities).toEqual([0, 1, 2]);
    expect(r.clusters[0]!.pairs).toBe(2);
  });

  it("computes communities itself when none are given, and is deterministic under insertion order", () => {
    const build = (order: string[]): CoalitionGraph => {
      const g = createCoalitionGraph();
      const spec: Record<string, [string[], string[]]> = {
        a: [["hotline"], ["X"]],
        b: [["hotline"], ["x"]],
        c: [["hotline"], ["X", "Y"]],
        d: [["hotline"], ["Y"]],
      };
      for (const id of order) org(g, id, spec[id]![0], spec[id]![1]);
      return g;
    };
    const r1 = turfClusters(build(["a", "b", "c", "d"]));
    const r2 = turfClusters(build(["d", "c", "b", "a"]));
    expect(r1.pairs.map((p) => `${p.a}-${p.b}`).sort()).toEqual(["a-b", "a-c", "b-c", "c-d"]);
    expect(r1.pairs.map((p) => `${p.a}-${p.b}`)).toEqual(r2.pairs.map((p) => `${p.a}-${p.b}`));
    expect(r1.clusters.map((c) => c.organizations)).toEqual(r2.clusters.map((c) => c.organizations));
    expect(r1.pairs.every((p) => p.communities.every((c) => c >= 0))).toBe(true);
  });

  it("rejects bad input with a message naming the function", () => {
    expect(() => turfClusters(null as unknown as CoalitionGraph)).toThrow(/turfClusters/);
  });
});

describe("turfClusters — sample coalition (examples/README.md, situations 1 and 4)", () => {
  const r = turfClusters(loadSample());
  it("finds exactly the two planted turf pairs", () => {
    expect(r.pairs.map((p) => [p.aLabel, p.bLabel, p.services, p.areas])).toEqual([
      ["Riverbend County Crisis Line", "Helping Hands Helpline", ["hotline"], ["Downtown", "West"]],
      ["Harbor House", "New Dawn Shelter", ["emergency shelter"], ["North"]],
    ]);
  });
  it("groups them into clusters covering the four organizations", () => {
    expect(r.clusters.flatMap((c) => c.organizations).sort()).toEqual(["o-crisis-line", "o-harbor-house", "o-helping-hands", "o-new-dawn"]);
    expect(r.clusters.reduce((n, c) => n + c.pairs, 0)).toBe(2);
    for (const c of r.clusters) expect(c.communityLabels).toHaveLength(c.communities.length);
  });
});
