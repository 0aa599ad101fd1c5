import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes } from "../../src/graph/model.js";
import { standing, type NodeStanding } from "../../src/graph/standing.js";
import type { CoalitionGraph } from "../../src/graph/types.js";
import { loadRecipe, type Recipe } from "../helpers/load-edge-list.js";

interface NxNode {
  degree: number;
  strength: number;
  betweenness: number;
  closeness: number;
  eigenvector: number;
  pagerank: number;
  constraint: number | null;
  effective_size: number | null;
}
interface Fixture {
  name: string;
  recipe: Recipe;
  order: number;
  unweighted: Record<string, NxNode>;
  weighted?: Record<string, NxNode>;
}

const FIXTURES = join(__dirname, "..", "fixtures", "networkx");
const fixtures: Fixture[] = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(FIXTURES, f), "utf8")) as Fixture);

const TOL = 1e-6;

function compare(ours: Record<string, NodeStanding>, ref: Record<string, NxNode>): void {
  expect(Object.keys(ours).sort()).toEqual(Object.keys(ref).sort());
  for (const [id, r] of Object.entries(ref)) {
    const o = ours[id]!;
    const where = `node ${id}`;
    expect(o.degree, `${where} degree`).toBe(r.degree);
    expect(Math.abs(o.strength - r.strength), `${where} strength`).toBeLessThan(TOL);
    expect(Math.abs(o.betweenness - r.betweenness), `${where} betweenness ${o.betweenness} vs ${r.betweenness}`).toBeLessThan(TOL);
    expect(Math.abs(o.closeness - r.closeness), `${where} closeness ${o.closeness} vs ${r.closeness}`).toBeLessThan(TOL);
    expect(Math.abs(o.eigenvector - r.eigenvector), `${where} eigenvector ${o.eigenvector} vs ${r.eigenvector}`).toBeLessThan(TOL);
    expect(Math.abs(o.pagerank - r.pagerank), `${where} pagerank ${o.pagerank} vs ${r.pagerank}`).toBeLessThan(TOL);
    if (r.constraint === null) expect(o.constraint, `${where} constraint`).toBeNull();
    else expect(Math.abs(o.constraint! - r.constraint), `${where} constraint ${o.constraint} vs ${r.constraint}`).toBeLessThan(TOL);
    if (r.effective_size === null) expect(o.effectiveSize, `${where} effective size`).toBeNull();
    else expect(Math.abs(o.effectiveSize! - r.effective_size), `${where} effective size ${o.effectiveSize} vs ${r.effective_size}`).toBeLessThan(TOL);
  }
}

describe("standing matches NetworkX on classic networks (1e-6)", () => {
  it("has the fixtures", () => {
    expect(fixtures.map((f) => f.name)).toEqual(["emon-texas", "florentine-both", "florentine-marriage", "karate"]);
  });
  for (const fx of fixtures) {
    it(`${fx.name}: unweighted`, () => {
      const graph = loadRecipe(fx.recipe);
      expect(graph.order).toBe(fx.order);
      compare(standing(graph, { weighted: false }), fx.unweighted);
    });
    if (fx.weighted) {
      const ref = fx.weighted;
      it(`${fx.name}: weighted (distance = 1/strength for paths)`, () => {
        const graph = loadRecipe(fx.recipe);
        expect(graph.getAttribute("hasStrength")).toBe(true);
        // default follows hasStrength
        compare(standing(graph), ref);
      });
    }
  }
  it("PageRank sums to 1 and eigenvector has unit norm", () => {
    const graph = loadRecipe(fixtures.find((f) => f.name === "florentine-marriage")!.recipe);
    const s = Object.values(standing(graph));
    expect(Math.abs(s.reduce((a, x) => a + x.pagerank, 0) - 1)).toBeLessThan(1e-9);
    expect(Math.abs(Math.hypot(...s.map((x) => x.eigenvector)) - 1)).toBeLessThan(1e-9);
  });
});

function person(g: CoalitionGraph, id: string): void {
  g.addNode(id, nodeAttributes({ label: id, kind: "person" }));
}

describe("standing on hand-made graphs", () => {
  it("a star: the hub brokers every pair, leaves are fully constrained", () => {
    const g = createCoalitionGraph();
    for (const id of ["hub", "a", "b", "c", "d"]) person(g, id);
    for (const leaf of ["a", "b", "c", "d"]) addTie(g, "hub", leaf, edgeAttributes({ type: "knows" }));
    const s = standing(g);
    expect(s.hub!.betweenness).toBeCloseTo(1, 12);
    expect(s.a!.betweenness).toBe(0);
    expect(s.hub!.closeness).toBeCloseTo(1, 12);
    expect(s.a!.closeness).toBeCloseTo(4 / 7, 12);
    // Burt: hub with 4 unconnected contacts: constraint 4 · (1/4)² = 0.25, effective size 4
    expect(s.hub!.constraint).toBeCloseTo(0.25, 12);
    expect(s.hub!.effectiveSize).toBeCloseTo(4, 12);
    expect(s.a!.constraint).toBeCloseTo(1, 12);
    expect(s.a!.effectiveSize).toBeCloseTo(1, 12);
  });

  it("unweighted merges parallel ties (degree counts distinct neighbours) and ignores negative ties", () => {
    const g = createCoalitionGraph({ hasStrength: false });
    for (const id of ["a", "b", "c", "x"]) person(g, id);
    addTie(g, "a", "b", edgeAttributes({ type: "knows" }));
    addTie(g, "a", "b", edgeAttributes({ type: "works_with" }));
    addTie(g, "b", "c", edgeAttributes({ type: "knows" }));
    addTie(g, "a", "x", edgeAttributes({ type: "conflict", sign: -1 }));
    const s = standing(g);
    expect(s.a!.degree).toBe(1);
    expect(s.a!.strength).toBe(1);
    expect(s.x!.degree).toBe(0);
    expect(s.x!.constraint).toBeNull();
    expect(s.x!.effectiveSize).toBeNull();
    expect(s.x!.closeness).toBe(0);
  });

  it("weighted: strength sums merged ties; a strong two-step path beats a weak direct tie", () => {
    // a—b weak (1); a—c and c—b strong (5 each): distance via c = 0.4 < 1, so c brokers a–b.
    const g = createCoalitionGraph({ hasStrength: true });
    for (const id of ["a", "b", "c"]) person(g, id);
    addTie(g, "a", "b", edgeAttributes({ type: "knows", strength: 1 }));
    addTie(g, "a", "c", edgeAttributes({ type: "knows", strength: 2 }));
    addTie(g, "a", "c", edgeAttributes({ type: "works_with", strength: 3 }));
    addTie(g, "c", "b", edgeAttributes({ type: "knows", strength: 5 }));
    const w = standing(g);
    expect(w.a!.strength).toBe(6);
    expect(w.c!.betweenness).toBeCloseTo(1, 12);
    const u = standing(g, { weighted: false });
    expect(u.c!.betweenness).toBe(0);
    expect(u.a!.strength).toBe(2);
  });

  it("one node, and two nodes with one tie: no NaN anywhere", () => {
    const g = createCoalitionGraph();
    person(g, "solo");
    expect(standing(g).solo).toEqual({
      degree: 0, strength: 0, betweenness: 0, closeness: 0, eigenvector: 1, pagerank: 1, constraint: null, effectiveSize: null,
    });
    const g2 = createCoalitionGraph(); // a new graph: the positive view is cached per graph
    person(g2, "solo");
    person(g2, "pal");
    addTie(g2, "solo", "pal", edgeAttributes({ type: "knows" }));
    const s = standing(g2);
    expect(s.solo!.closeness).toBe(1);
    expect(s.solo!.pagerank).toBeCloseTo(0.5, 12);
    expect(s.solo!.eigenvector).toBeCloseTo(Math.SQRT1_2, 9);
    expect(s.solo!.constraint).toBe(1);
    expect(s.solo!.effectiveSize).toBe(1);
  });

  it("empty graph gives an empty record; bad input is named", () => {
    expect(standing(createCoalitionGraph())).toEqual({});
    expect(() => standing(null as unknown as CoalitionGraph)).toThrow(/standing/);
  });
});
