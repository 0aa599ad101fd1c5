import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sampledPathCentralities, toCsr } from "../../src/graph/centrality-sampling.js";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes, positiveView } from "../../src/graph/model.js";
import { isExactStanding, standing, standingMethod, standingWithMethod, STANDING_AUTO_EXACT_LIMIT, STANDING_DEFAULTS, type NodeStanding } from "../../src/graph/standing.js";
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

/**
 * Karate, weighted betweenness: NetworkX compares path lengths 1/strength in floating point, so it
 * misses some equal shortest paths (e.g. 1/4 + 1/4 + 1/2 vs 1/2 + 1/2 after rounding). Standing
 * scales lengths to exact integers (paths/path-graph.ts), so it counts them. These are NetworkX 3.6's
 * values for the same graph with exact lengths (`Fraction(1, weight)` as the distance), for the 8
 * nodes where they differ from the float fixture by more than 1e-12 (closeness agrees to 1e-15).
 */
const EXACT_LENGTHS: Record<string, Record<string, number>> = {
  karate: {
    "0": 0.39583333333333337, "1": 0.06818181818181818, "2": 0.33522727272727276, "13": 0.054924242424242424,
    "27": 0.03314393939393939, "31": 0.08996212121212122, "32": 0.1581439393939394, "33": 0.32954545454545453,
  },
};

/** The fixture's weighted values, with betweenness from exact lengths where NetworkX's float test differs. */
function exactLengths(name: string, ref: Record<string, NxNode>): Record<string, NxNode> {
  const fix = EXACT_LENGTHS[name] ?? {};
  return Object.fromEntries(Object.entries(ref).map(([id, r]) => [id, { ...r, betweenness: fix[id] ?? r.betweenness }]));
}

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
      const ref = exactLengths(fx.name, fx.weighted);
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

/** A path through `ids` (people created as needed), tie strengths cycling 2, 3, 4, 5, 1. */
const path = (g: CoalitionGraph, ids: string[]): void => {
  for (const id of ids) if (!g.hasNode(id)) person(g, id);
  for (let i = 1; i < ids.length; i++) addTie(g, ids[i - 1]!, ids[i]!, edgeAttributes({ type: "knows", strength: 1 + (i % 5) }));
};

describe("standing on large networks: sampled betweenness and closeness", () => {

  for (const fx of fixtures) {
    for (const weighted of fx.weighted ? [false, true] : [false]) {
      it(`${fx.name}, ${weighted ? "weighted" : "unweighted"}: every node a source gives the exact values (1e-9)`, () => {
        const exact = standing(loadRecipe(fx.recipe), { weighted, exact: true });
        const sampled = standing(loadRecipe(fx.recipe), { weighted, exact: false, samples: fx.order });
        for (const [id, e] of Object.entries(exact)) {
          expect(Math.abs(sampled[id]!.betweenness - e.betweenness), `${id} betweenness`).toBeLessThan(1e-9);
          expect(Math.abs(sampled[id]!.closeness - e.closeness), `${id} closeness`).toBeLessThan(1e-9);
          expect(sampled[id]!.pagerank).toBe(e.pagerank);
        }
      });
    }
  }

  it("the estimators are unbiased: averaged over many seeds they approach the exact values (karate, 8 pivots)", () => {
    const karate = loadRecipe(fixtures.find((f) => f.name === "karate")!.recipe);
    const csr = toCsr(positiveView(karate), () => 1);
    const exact = sampledPathCentralities(csr, { weighted: false, samples: csr.nodes.length, seed: 1 });
    expect(exact.exact).toBe(true);
    const runs = 3000;
    const n = csr.nodes.length;
    const betweenness = new Float64Array(n);
    const farness = new Float64Array(n); // 1/closeness ∝ Σd, the unbiased part of Eppstein–Wang
    for (let seed = 0; seed < runs; seed++) {
      const est = sampledPathCentralities(csr, { weighted: false, samples: 8, seed });
      expect(est.exact).toBe(false);
      expect(est.sources).toBe(8);
      for (let v = 0; v < n; v++) {
        betweenness[v]! += est.betweenness[v]! / runs;
        farness[v]! += 1 / est.closeness[v]! / runs;
      }
    }
    const top = Array.from(exact.betweenness.keys()).sort((a, b) => exact.betweenness[b]! - exact.betweenness[a]!).slice(0, 5);
    for (const v of top) expect(Math.abs(betweenness[v]! / exact.betweenness[v]! - 1), csr.nodes[v]).toBeLessThan(0.05);
    for (let v = 0; v < n; v++) expect(Math.abs(farness[v]! * exact.closeness[v]! - 1), csr.nodes[v]).toBeLessThan(0.02);
  });

  it("components no larger than `samples` stay exact; a larger one is estimated from its pivots", () => {
    const g = createCoalitionGraph({ hasStrength: true });
    path(g, Array.from({ length: 40 }, (_, i) => `long${String(i).padStart(2, "0")}`));
    path(g, ["s1", "s2", "s3", "s4"]);
    const exact = standing(g, { exact: true });
    const sampled = standing(g, { exact: false, guaranteed: false, samples: 5, seed: 7 });
    for (const id of ["s1", "s2", "s3", "s4"]) {
      expect(sampled[id]!.betweenness).toBeCloseTo(exact[id]!.betweenness, 12);
      expect(sampled[id]!.closeness).toBeCloseTo(exact[id]!.closeness, 12);
    }
    const differs = Object.keys(exact).filter((id) => id.startsWith("long") && Math.abs(sampled[id]!.betweenness - exact[id]!.betweenness) > 1e-9);
    expect(differs.length).toBeGreaterThan(0);
    // the middle of the long path still brokers more than its ends
    expect(sampled.long20!.betweenness).toBeGreaterThan(sampled.long00!.betweenness);
    expect(sampled.long00!.betweenness).toBe(0);
  });

});

describe("standing on large networks: determinism, the auto limit and options", () => {
  it("the quick estimate is deterministic: same seed same values, whatever the insertion order; another seed other values", () => {
    const ids = Array.from({ length: 60 }, (_, i) => `p${String(i).padStart(2, "0")}`);
    const build = (order: string[]): CoalitionGraph => {
      const g = createCoalitionGraph({ hasStrength: true });
      for (const id of order) person(g, id);
      const ties: [string, string, number][] = [];
      for (let i = 0; i < ids.length; i++) for (const step of [1, 7, 13]) ties.push([ids[i]!, ids[(i + step) % ids.length]!, 1 + ((i * step) % 5)]);
      for (const [a, b, s] of order === ids ? ties : [...ties].reverse()) addTie(g, a, b, edgeAttributes({ type: "knows", strength: s }));
      return g;
    };
    const a = standing(build(ids), { exact: false, guaranteed: false, samples: 10, seed: 3 });
    const b = standing(build([...ids].reverse()), { exact: false, guaranteed: false, samples: 10, seed: 3 });
    const c = standing(build(ids), { exact: false, guaranteed: false, samples: 10, seed: 4 });
    for (const id of ids) {
      expect(Math.abs(a[id]!.betweenness - b[id]!.betweenness)).toBeLessThan(1e-12);
      expect(Math.abs(a[id]!.closeness - b[id]!.closeness)).toBeLessThan(1e-12);
    }
    expect(ids.some((id) => Math.abs(a[id]!.betweenness - c[id]!.betweenness) > 1e-9)).toBe(true);
  });

  it(`"auto" is exact up to ${STANDING_AUTO_EXACT_LIMIT.toLocaleString("en-US")} nodes and sampled above`, () => {
    const build = (order: number): CoalitionGraph => {
      const g = createCoalitionGraph();
      // one component larger than the default number of pivots, so it is really sampled
      path(g, Array.from({ length: STANDING_DEFAULTS.samples + 100 }, (_, i) => `q${String(i).padStart(4, "0")}`));
      for (let i = g.order; i < order; i++) person(g, `iso${i}`);
      return g;
    };
    const atLimit = build(STANDING_AUTO_EXACT_LIMIT);
    const above = build(STANDING_AUTO_EXACT_LIMIT + 1);
    expect(isExactStanding(atLimit)).toBe(true);
    expect(isExactStanding(above)).toBe(false);
    expect(isExactStanding(above, { exact: true })).toBe(true);
    expect(isExactStanding(atLimit, { exact: false })).toBe(false);
    const auto = standing(above, { epsilon: 0.05 }); // a wide margin: fewer samples, a quick test
    expect(auto).toEqual(standing(above, { exact: false, epsilon: 0.05 }));
    // every node a source = the exact values (shown above), cheaper than the exact path at this size
    const exact = standing(above, { exact: false, samples: above.order });
    expect(Object.keys(auto).some((id) => Math.abs(auto[id]!.betweenness - exact[id]!.betweenness) > 1e-9)).toBe(true);
    expect(auto.iso2000!.closeness).toBe(0);
    expect(auto.iso2000!.betweenness).toBe(0);
  });

  it("an estimate asked for on a network whose connected groups are all small (at most `samples`) is exact (karate, weighted and not; a long path)", () => {
    // the guaranteed estimate itself (within its stated margin) is tested in source-sampling.test.ts
    const karate = () => loadRecipe(fixtures.find((f) => f.name === "karate")!.recipe);
    const long = (): CoalitionGraph => {
      const g = createCoalitionGraph({ hasStrength: true });
      path(g, Array.from({ length: 40 }, (_, i) => `p${String(i).padStart(2, "0")}`));
      return g;
    };
    for (const [graph, weighted] of [[karate, true], [karate, false], [long, true]] as const) {
      const exact = standing(graph(), { weighted, exact: true });
      const { measures, method } = standingWithMethod(graph(), { weighted, exact: false, epsilon: 0.01 });
      expect(method.kind).toBe("exact");
      expect(standingMethod(graph(), { weighted, exact: false, epsilon: 0.01 })).toEqual(method);
      for (const [id, e] of Object.entries(exact)) expect(measures[id]!.betweenness, id).toBe(e.betweenness);
    }
    expect(standingMethod(karate())).toEqual({ kind: "exact", description: expect.stringMatching(/exact/) });
  });

  it("bad options are named", () => {
    const g = createCoalitionGraph();
    person(g, "a");
    expect(() => standing(g, { samples: 0 })).toThrow(/standing.*samples/);
    expect(() => standing(g, { samples: 2.5 })).toThrow(/standing.*samples/);
    expect(() => standing(g, { exact: "yes" as unknown as boolean })).toThrow(/standing.*exact/);
    expect(() => standing(g, { epsilon: 0 })).toThrow(/standing.*epsilon/);
    expect(() => standing(g, { delta: 1 })).toThrow(/standing.*delta/);
  });
});
