/**
 * Standing's searches on worker threads (src/cli/standing-threads.ts): the same sums, to the last
 * bit, as in one thread, whichever thread runs which range; and the report's standing unchanged.
 */
import { describe, expect, it } from "vitest";
import { lastRun, threadedSourceRunner } from "../../src/cli/standing-threads.js";
import { toCsr } from "../../src/graph/csr.js";
import { positiveView } from "../../src/graph/model.js";
import { runHere, sourceRanges } from "../../src/graph/paths/brandes.js";
import { pathGraph } from "../../src/graph/paths/path-graph.js";
import { standing } from "../../src/graph/standing.js";
import { plantedPartition } from "../bench/generate.js";

const network = plantedPartition({ n: 400, tiesPerNode: 6, seed: 7 });
const csr = toCsr(positiveView(network), (_e, a) => a.weight);

describe("threadedSourceRunner", () => {
  for (const weighted of [true, false]) {
    it(`gives one thread's sums bit for bit, the ranges run by 2 workers (${weighted ? "integer lengths" : "unit lengths"})`, () => {
      const graph = pathGraph(csr, weighted);
      const sources = Uint32Array.from({ length: graph.n }, (_x, i) => i);
      const one = runHere(graph, sources);
      const many = threadedSourceRunner(3, 0, true)(graph, sources);
      expect(lastRun).toEqual({ threads: 3, ranges: 16, byWorkers: 16, rescued: 0 });
      expect(Array.from(many.dependency)).toEqual(Array.from(one.dependency));
      expect(Array.from(many.distanceSum)).toEqual(Array.from(one.distanceSum));
      expect(Array.from(many.farness)).toEqual(Array.from(one.farness));
      expect(Array.from(many.reached)).toEqual(Array.from(one.reached));
      expect(one.dependency.some((x) => x > 0)).toBe(true);
    }, 60_000);
  }

  it("runs the range of a worker that dies in the middle of it, and gives the same sums to the last bit", () => {
    const graph = pathGraph(csr, true);
    const sources = Uint32Array.from({ length: graph.n }, (_x, i) => i);
    const one = runHere(graph, sources);
    // the worker that takes the first range (whichever starts first) ends itself (process.exit) after
    // 5 of its sources: it can neither finish nor give it back
    const many = threadedSourceRunner(3, 0, true, { stallMs: 300, failRange: 0, failAfter: 5 })(graph, sources);
    expect(lastRun).toEqual({ threads: 3, ranges: 16, byWorkers: 15, rescued: 1 });
    expect(Array.from(many.dependency)).toEqual(Array.from(one.dependency));
    expect(Array.from(many.distanceSum)).toEqual(Array.from(one.distanceSum));
    expect(Array.from(many.farness)).toEqual(Array.from(one.farness));
    expect(Array.from(many.reached)).toEqual(Array.from(one.reached));
  }, 60_000);

  it("stays in this thread for a small run", () => {
    const graph = pathGraph(csr, true);
    const sources = Uint32Array.from([0, 1, 2]);
    const before = lastRun;
    const sums = threadedSourceRunner(2)(graph, sources);
    expect(lastRun).toBe(before);
    expect(sums.reached).toEqual(runHere(graph, sources).reached);
  });

  it("gives standing the same values through runSources", () => {
    const plain = standing(network, { exact: true });
    const threaded = standing(network, { exact: true, runSources: threadedSourceRunner(2, 0) });
    expect(threaded).toEqual(plain);
  }, 60_000);

  it("runs the caller's other work once (standing's eigenvector, PageRank and Burt's measures beside the searches), the same values", () => {
    const graph = pathGraph(csr, true);
    const sources = Uint32Array.from({ length: graph.n }, (_x, i) => i);
    let calls = 0;
    const sums = threadedSourceRunner(3, 0, true)(graph, sources, () => calls++);
    expect(calls).toBe(1);
    expect(Array.from(sums.dependency)).toEqual(Array.from(runHere(graph, sources).dependency));
    let here = 0;
    runHere(graph, Uint32Array.of(0, 1), () => here++);
    expect(here).toBe(1);
    // standing through a runner that ignores the other work: the same values (done after the searches)
    const ignoring = standing(network, { exact: true, runSources: (g, s) => runHere(g, s) });
    expect(ignoring).toEqual(standing(network, { exact: true }));
    // and the guaranteed estimate hands it to the runner of its sampled searches
    let estimateCalls = 0;
    const counted = threadedSourceRunner(2, 0);
    const estimate = standing(network, { exact: false, epsilon: 0.2, runSources: (g, s, meanwhile) => counted(g, s, meanwhile && (() => (estimateCalls++, meanwhile()))) });
    expect(estimateCalls).toBe(1);
    expect(estimate).toEqual(standing(network, { exact: false, epsilon: 0.2 }));
  }, 60_000);
});

describe("sourceRanges", () => {
  it("cuts sources into at most 16 consecutive ranges fixed by their number", () => {
    expect(Array.from(sourceRanges(3))).toEqual([0, 1, 2, 3]);
    expect(Array.from(sourceRanges(32))).toEqual(Array.from({ length: 17 }, (_, c) => 2 * c)); // few: equal
    for (const count of [136, 1000, 10_000, 8_333]) {
      const b = sourceRanges(count);
      expect(b.length).toBe(17);
      expect(b[0]).toBe(0);
      expect(b[16]).toBe(count);
      const sizes = Array.from({ length: 16 }, (_, c) => (b[c + 1] ?? 0) - (b[c] ?? 0));
      // shares 16, 15, …, 1 of 136: each range about count·(16 − c)/136, never empty, the last the smallest
      sizes.forEach((size, c) => expect(Math.abs(size - (count * (16 - c)) / 136)).toBeLessThanOrEqual(1));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1);
      expect(sizes[15]).toBe(Math.min(...sizes));
    }
  });
});
