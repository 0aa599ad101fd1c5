/**
 * The guaranteed estimate of betweenness and closeness from sampled sources (src/graph/paths/
 * source-sampling.ts) and its line of local groups (source-strata.ts): unbiased, within its stated
 * margin, exact when every node is a source, the same whatever the insertion order.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { threadedSourceRunner } from "../../src/cli/standing-threads.js";
import { toCsr } from "../../src/graph/csr.js";
import { positiveView } from "../../src/graph/model.js";
import { exactPathCentralities, sourceSums } from "../../src/graph/paths/brandes.js";
import { isLinearScaled, linearScaled } from "../../src/graph/paths/linear-scaling.js";
import { floatPathGraph, pathGraph } from "../../src/graph/paths/path-graph.js";
import { guaranteedBlockSize } from "../../src/graph/paths/path-measures.js";
import { blockRange, blockSizeFor, logTerm, nodeMargin, sourceSampledPaths } from "../../src/graph/paths/source-sampling.js";
import { blockOrder, localGroups } from "../../src/graph/paths/source-strata.js";
import { standing, standingMethod, standingWithMethod } from "../../src/graph/standing.js";
import { plantedPartition } from "../bench/generate.js";
import { loadRecipe, type Recipe } from "../helpers/load-edge-list.js";

const karate = () => loadRecipe((JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "networkx", "karate.json"), "utf8")) as { recipe: Recipe }).recipe);

describe("the line of local groups", () => {
  it("puts each planted group together: label propagation finds the groups of a clear planted partition", () => {
    const g = plantedPartition({ n: 600, tiesPerNode: 12, inside: 0.9, seed: 3 });
    const csr = toCsr(positiveView(g), (_e, a) => a.weight);
    const graph = pathGraph(csr, true);
    const label = localGroups(graph, csr.components, 1);
    // share of nodes carrying their planted group's most common label
    const byGroup = new Map<number, Map<number, number>>();
    csr.nodes.forEach((id, v) => {
      const group = Math.floor(Number(id.slice(1)) / 50);
      const m = byGroup.get(group) ?? new Map<number, number>();
      m.set(label[v]!, (m.get(label[v]!) ?? 0) + 1);
      byGroup.set(group, m);
    });
    let agree = 0;
    for (const m of byGroup.values()) agree += Math.max(...m.values());
    expect(agree / csr.nodes.length).toBeGreaterThan(0.9);
    const { orders } = blockOrder(graph, csr.components, 1);
    expect(orders.flatMap((o) => Array.from(o)).sort((a, b) => a - b)).toEqual(Array.from({ length: csr.nodes.length }, (_, i) => i));
  });
});

describe("the guaranteed estimate from sampled sources", () => {
  for (const linear of [true, false])
  it(`is unbiased: averaged over many seeds it approaches the exact values (karate, one source per 4, ${linear ? "linear scaling" : "Brandes–Pich"})`, () => {
    const csr = toCsr(positiveView(karate()), () => 1);
    const graph = pathGraph(csr, false);
    const exact = exactPathCentralities(graph);
    const runs = 1500;
    const n = csr.nodes.length;
    const betweenness = new Float64Array(n);
    const farness = new Float64Array(n);
    for (let seed = 0; seed < runs; seed++) {
      const est = sourceSampledPaths(graph, csr.components, { blockSize: 4, small: 0, seed, delta: 0.01, linear });
      expect(est.exact).toBe(false);
      for (let v = 0; v < n; v++) {
        betweenness[v]! += est.betweenness[v]! / runs;
        farness[v]! += 1 / est.closeness[v]! / runs;
      }
    }
    const top = Array.from(exact.betweenness.keys()).sort((a, b) => exact.betweenness[b]! - exact.betweenness[a]!).slice(0, 5);
    for (const v of top) expect(Math.abs(betweenness[v]! / exact.betweenness[v]! - 1), csr.nodes[v]).toBeLessThan(0.05);
    // 1/closeness is the sources' own exact total or the unbiased estimate: close to the exact one on average
    for (let v = 0; v < n; v++) expect(Math.abs(farness[v]! * exact.closeness[v]! - 1), csr.nodes[v]).toBeLessThan(0.05);
  });

  it("linearly scaled dependencies over every source add up to Brandes' (unit and integer lengths; nearly with floating-point ones)", () => {
    for (const weighted of [false, true]) {
      const csr = toCsr(positiveView(karate()), (_e, a) => (weighted ? a.weight : 1));
      for (const graph of [pathGraph(csr, weighted), floatPathGraph({ ...csr, values: csr.values.map((x) => 1 / x) })]) {
        const every = Uint32Array.from({ length: graph.n }, (_, i) => i);
        const brandes = sourceSums(graph, every);
        const linear = sourceSums(linearScaled(graph), every);
        expect(isLinearScaled(linearScaled(graph))).toBe(true);
        // floating-point lengths: rounding can make the two ends of a pair disagree on which routes are shortest
        const tolerance = graph.kind === "float" && weighted ? 1 : 1e-9;
        for (let v = 0; v < graph.n; v++) expect(Math.abs(linear.dependency[v]! - brandes.dependency[v]!), csr.nodes[v]).toBeLessThanOrEqual(tolerance);
        for (let v = 0; v < graph.n; v++) {
          expect(linear.distanceSum[v]!).toBeCloseTo(brandes.distanceSum[v]!, 9);
          expect(linear.farness[v]!).toBeCloseTo(brandes.farness[v]!, 9);
        }
        // but not source by source: a broker near the source gets less from it, more from far sources
        const one = Uint32Array.from([0]);
        expect(Array.from(sourceSums(linearScaled(graph), one).dependency)).not.toEqual(Array.from(sourceSums(graph, one).dependency));
      }
    }
  });

  it("one source per block of 1 is every node: the exact values, to the last bit", () => {
    const csr = toCsr(positiveView(karate()), (_e, a) => a.weight);
    const graph = pathGraph(csr, true);
    const exact = exactPathCentralities(graph);
    const est = sourceSampledPaths(graph, csr.components, { blockSize: 1, small: 0, seed: 5, delta: 0.01 });
    expect(est.exact).toBe(true);
    expect(Array.from(est.betweenness)).toEqual(Array.from(exact.betweenness));
    expect(Array.from(est.closeness)).toEqual(Array.from(exact.closeness));
  });

  it("keeps its stated margin: every betweenness within its node's margin and the stated largest one (2,000 nodes)", () => {
    const g = plantedPartition({ n: 2_000, tiesPerNode: 8, seed: 11 });
    const exact = standing(g, { exact: true });
    const { measures, method } = standingWithMethod(g, { exact: false, epsilon: 0.2 });
    expect(method).toMatchObject({ kind: "estimate", confidence: 0.99, blockSize: 3 });
    expect(method.sources).toBeGreaterThan(600);
    expect(method.sources).toBeLessThan(700);
    expect(method.description).toMatch(/one picked at random from every 3 .* within ±0\.\d+ of its exact value, all at once, with 99% confidence/);
    const range = blockRange(3, 2_000, 2_000);
    const L = logTerm(2_000, 0.01);
    let differs = 0;
    for (const [id, e] of Object.entries(exact)) {
      const got = measures[id]!.betweenness;
      if (Math.abs(got - e.betweenness) > 1e-12) differs++;
      expect(Math.abs(got - e.betweenness), id).toBeLessThanOrEqual(nodeMargin(got, range, L));
      expect(nodeMargin(got, range, L)).toBeLessThanOrEqual(method.betweennessMargin!);
      expect(nodeMargin(got, range, L)).toBeGreaterThanOrEqual(method.smallestMargin!);
    }
    expect(differs).toBeGreaterThan(1_000); // really an estimate
    expect(standingMethod(g, { exact: false, epsilon: 0.2 })).toEqual(method);
  });

  it("is the same whatever the order the people and ties were added in; another seed gives other values", () => {
    const build = (reverse: boolean) => {
      const g = plantedPartition({ n: 1_200, tiesPerNode: 8, seed: 4 });
      if (!reverse) return g;
      const r = plantedPartition({ n: 0 });
      for (const node of [...g.nodes()].reverse()) r.addNode(node, g.getNodeAttributes(node));
      for (const edge of [...g.edges()].reverse()) r.addEdgeWithKey(edge, g.source(edge), g.target(edge), g.getEdgeAttributes(edge));
      return r;
    };
    const a = standing(build(false), { exact: false, epsilon: 0.2 });
    const b = standing(build(true), { exact: false, epsilon: 0.2 });
    const c = standing(build(false), { exact: false, epsilon: 0.2, seed: 7 });
    for (const id of Object.keys(a)) {
      expect(Math.abs(a[id]!.betweenness - b[id]!.betweenness), id).toBeLessThan(1e-12);
      expect(Math.abs(a[id]!.closeness - b[id]!.closeness), id).toBeLessThan(1e-12);
    }
    expect(Object.keys(a).some((id) => Math.abs(a[id]!.betweenness - c[id]!.betweenness) > 1e-9)).toBe(true);
  });

  it("gives the same values to the last bit on 2 worker threads as in one", () => {
    const g = plantedPartition({ n: 1_200, tiesPerNode: 8, seed: 4 });
    const one = standingWithMethod(g, { exact: false, epsilon: 0.2 });
    const two = standingWithMethod(g, { exact: false, epsilon: 0.2, runSources: threadedSourceRunner(2, 0) });
    expect(one.method.kind).toBe("estimate");
    expect(two).toEqual(one);
  });

  it("sizes the sample from the margin: a wider margin, fewer sources; too small a network for any, exact", () => {
    expect(blockSizeFor(0.015, 0.01, 50_000, 50_000, 50_000)).toBe(4);
    expect(blockSizeFor(0.004, 0.01, 50_000, 50_000, 50_000, false)).toBe(2); // Brandes–Pich: half the range
    expect(blockSizeFor(0.03, 0.01, 50_000, 50_000, 50_000)).toBeGreaterThan(6);
    expect(blockSizeFor(0.015, 0.01, 10_000, 10_000, 10_000)).toBe(1);
    for (const m of [3, 4, 5, 8]) expect(nodeMargin(0.015, blockRange(m, 50_000, 50_000), logTerm(50_000, 0.01)) <= 0.015).toBe(m <= 4);
    // a margin grows with the score, and the smallest one is 2(a + c) = (8/3)·L·M
    const range = blockRange(2, 50_000, 50_000);
    const L = logTerm(50_000, 0.01);
    expect(nodeMargin(0, range, L)).toBeCloseTo((8 / 3) * L * range, 15);
    expect(nodeMargin(1e-3, range, L)).toBeGreaterThan(nodeMargin(0, range, L));
    // karate has fewer nodes than `samples`: every node a source; a larger network: one source per 2 at least
    expect(standingWithMethod(karate(), { exact: false }).method.kind).toBe("exact");
    expect(guaranteedBlockSize([Array.from({ length: 10_000 }, (_, i) => i)], 512, 0.02, 0.01)).toBe(2);
    expect(guaranteedBlockSize([Array.from({ length: 50_000 }, (_, i) => i)], 512, 0.02, 0.01)).toBe(6);
    expect(guaranteedBlockSize([[0, 1, 2], [3, 4]], 512, 0.02, 0.01)).toBe(1);
  });
});
