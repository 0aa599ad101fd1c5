import { describe, expect, it } from "vitest";
import { communities } from "../../../src/graph/communities.js";
import { communityGraph } from "../../../src/graph/layout/community-graph.js";
import { multilevelPositions } from "../../../src/graph/layout/multilevel.js";
import { ownCentreShare } from "../../../src/graph/layout/own-centre-share.js";
import { placeMembers } from "../../../src/graph/layout/place-members.js";
import { tieLengths } from "../../../src/graph/layout/tie-lengths.js";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes, positiveView } from "../../../src/graph/model.js";
import type { CoalitionGraph } from "../../../src/graph/types.js";
import { mulberry32 } from "../../../src/graph/utils/mulberry32.js";
import { settledPositions } from "../../../src/viz/positions.js";
import { plantedPartition } from "../../bench/generate.js";

/** The planted group of node `n<i>` in plantedPartition (groups of 50). */
const plantedGroup = (node: string): number => Math.floor(Number(node.slice(1)) / 50);

/** The same network as `g`, its nodes and ties added in a seeded shuffled order. */
function shuffledCopy(g: CoalitionGraph): CoalitionGraph {
  const rnd = mulberry32(99);
  const shuffle = <T>(list: T[]): T[] => {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [list[i], list[j]] = [list[j] as T, list[i] as T];
    }
    return list;
  };
  const copy = createCoalitionGraph({ format: "workbook", hasStrength: true });
  for (const n of shuffle(g.nodes())) copy.addNode(n, g.getNodeAttributes(n));
  for (const e of shuffle(g.edges())) addTie(copy, g.source(e), g.target(e), g.getEdgeAttributes(e));
  return copy;
}

describe("multilevelPositions on a planted-partition network (3,000 nodes, groups of 50, 80% of ties inside)", () => {
  const graph = plantedPartition({ n: 3_000, tiesPerNode: 10 });
  const found = communities(graph);
  const positions = multilevelPositions(graph, found.assignment);

  it("places every node at a finite spot", () => {
    expect(Object.keys(positions).length).toBe(3_000);
    for (const p of Object.values(positions)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it("shows the structure: ties inside a planted group are drawn under half as long as ties between groups", () => {
    const r = tieLengths(graph, positions, plantedGroup);
    expect(r.insideTies).toBeGreaterThan(10_000);
    expect(r.betweenTies).toBeGreaterThan(2_000);
    expect(r.ratio).toBeLessThan(0.5);
  });

  it("draws the communities as separate patches: nearly every node is nearer its own community's centre than any other", () => {
    expect(ownCentreShare(positions, (n) => found.assignment[n] ?? -1)).toBeGreaterThan(0.95);
    // The planted groups too (Louvain may merge a few; their members still form sub-patches).
    expect(ownCentreShare(positions, plantedGroup)).toBeGreaterThan(0.8);
  });

  it("is deterministic and does not depend on the order the rows came in", () => {
    expect(multilevelPositions(graph, found.assignment)).toEqual(positions);
    const copy = shuffledCopy(graph);
    expect(multilevelPositions(copy, communities(copy).assignment)).toEqual(positions);
  });

  it("changes with the seed", () => {
    const other = multilevelPositions(graph, found.assignment, { seed: 8 });
    expect(other).not.toEqual(positions);
    expect(tieLengths(graph, other, plantedGroup).ratio).toBeLessThan(0.5);
  });
});

describe("multilevelPositions on small and odd networks", () => {
  /** Two 6-cliques joined by one tie, plus `isolated` people with no tie. */
  function twoCliques(isolated = 0): CoalitionGraph {
    const g = createCoalitionGraph();
    for (const p of ["a", "b"]) for (let i = 1; i <= 6; i++) g.addNode(`${p}${i}`, nodeAttributes({ label: `${p}${i}`, kind: "person" }));
    for (let i = 0; i < isolated; i++) g.addNode(`z${i}`, nodeAttributes({ label: `z${i}`, kind: "person" }));
    for (const p of ["a", "b"]) for (let i = 1; i <= 6; i++) for (let j = i + 1; j <= 6; j++) addTie(g, `${p}${i}`, `${p}${j}`, edgeAttributes({ type: "knows" }));
    addTie(g, "a1", "b1", edgeAttributes({ type: "knows" }));
    return g;
  }

  it("keeps two tied groups apart in a small network (whole-network ForceAtlas2 at the end)", () => {
    const g = twoCliques();
    const positions = settledPositions(g, communities(g).assignment);
    expect(tieLengths(g, positions, (n) => n[0] ?? "").ratio).toBeLessThan(0.5);
    expect(ownCentreShare(positions, (n) => n[0] ?? "")).toBe(1);
  });

  it("places people without ties, and nodes missing from the communities, at distinct finite spots", () => {
    const g = twoCliques(30);
    const assignment = communities(g).assignment;
    delete assignment.b6;
    const positions = multilevelPositions(g, assignment);
    expect(Object.keys(positions).sort()).toEqual(g.nodes().sort());
    const spots = new Set(Object.values(positions).map((p) => `${p.x.toFixed(6)},${p.y.toFixed(6)}`));
    expect(spots.size).toBe(g.order);
    for (const p of Object.values(positions)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it("handles an empty network and a single node", () => {
    expect(multilevelPositions(createCoalitionGraph(), {})).toEqual({});
    const one = createCoalitionGraph();
    one.addNode("x", nodeAttributes({ label: "x", kind: "person" }));
    const p = multilevelPositions(one, { x: 0 });
    expect(Number.isFinite(p.x?.x) && Number.isFinite(p.x?.y)).toBe(true);
  });
});

describe("the steps", () => {
  it("communityGraph: one node per community with its membership, ties between communities summed, ties inside left out", () => {
    const g = createCoalitionGraph({ format: "workbook", hasStrength: true });
    for (const id of ["a1", "a2", "b1", "b2", "c1"]) g.addNode(id, nodeAttributes({ label: id, kind: "person" }));
    addTie(g, "a1", "a2", edgeAttributes({ type: "knows", strength: 5 }));
    addTie(g, "a1", "b1", edgeAttributes({ type: "knows", strength: 2 }));
    addTie(g, "b2", "a2", edgeAttributes({ type: "knows", strength: 3 }));
    addTie(g, "b2", "a2", edgeAttributes({ type: "works_with", strength: 1 }));
    addTie(g, "c1", "b1", edgeAttributes({ type: "knows", strength: 4 }));
    addTie(g, "c1", "a1", edgeAttributes({ type: "conflict", strength: 4, sign: -1 }));
    const of = (n: string) => ({ a: 0, b: 1, c: 2 })[n[0] as "a" | "b" | "c"];
    const coarse = communityGraph(positiveView(g), of, new Map([[0, 2], [1, 2], [2, 1]]));
    expect(coarse.nodes()).toEqual(["0", "1", "2"]);
    expect(coarse.getNodeAttribute("2", "members")).toBe(1);
    expect(coarse.size).toBe(2);
    expect(coarse.getEdgeAttribute("0", "1", "weight")).toBe(2 + 3 + 1);
    expect(coarse.getEdgeAttribute("1", "2", "weight")).toBe(4);
    expect(coarse.hasEdge("0", "2")).toBe(false);
  });

  it("placeMembers: every member inside the community's disc, a lone member at its centre", () => {
    const members = Array.from({ length: 40 }, (_, i) => `m${String(i).padStart(2, "0")}`);
    const ties = members.slice(1).map((m, i): [string, string, number] => [members[i] ?? "", m, 1]);
    const out: Record<string, { x: number; y: number }> = {};
    placeMembers(members, ties, { x: 100, y: -50, radius: 30 }, 1, 50, out);
    expect(Object.keys(out).length).toBe(40);
    for (const p of Object.values(out)) expect(Math.hypot(p.x - 100, p.y + 50)).toBeLessThanOrEqual(30 + 1e-9);
    const spread = Math.max(...Object.values(out).map((p) => Math.hypot(p.x - 100, p.y + 50)));
    expect(spread).toBeGreaterThan(15);
    placeMembers(["solo"], [], { x: 3, y: 4, radius: 11 }, 1, 50, out);
    expect(out.solo).toEqual({ x: 3, y: 4 });
  });
});
