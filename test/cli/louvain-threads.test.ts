/**
 * Communities' seeded Louvain runs on worker threads (src/cli/louvain-threads.ts): every run's
 * partition and modularity exactly as in one thread, whichever thread runs which run, so
 * `communities()` keeps the same partition; a worker that dies holding a run costs time, not a result.
 */
import { afterEach, describe, expect, it } from "vitest";
import { lastLouvainRun, threadedLouvainRunner } from "../../src/cli/louvain-threads.js";
import { communities } from "../../src/graph/communities.js";
import { louvainHere, useLouvainRunner, type LouvainTies } from "../../src/graph/louvain-runs.js";
import { mulberry32 } from "../../src/graph/utils/mulberry32.js";
import { plantedPartition } from "../bench/generate.js";

const network = plantedPartition({ n: 500, tiesPerNode: 6, seed: 11 });

/**
 * Sorted ties of a seeded random network with loose groups of `group` nodes (3 ties in 4 inside the
 * group), so that the seeds give different partitions.
 */
function looseGroups(n: number, ties: number, group: number): LouvainTies {
  const rng = mulberry32(5);
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  while (pairs.length < ties) {
    const a = Math.floor(rng() * n);
    const b = rng() < 0.75 ? Math.floor(a / group) * group + Math.floor(rng() * group) : Math.floor(rng() * n);
    if (a === b || b >= n || seen.has(Math.min(a, b) * n + Math.max(a, b))) continue;
    seen.add(Math.min(a, b) * n + Math.max(a, b));
    pairs.push([Math.min(a, b), Math.max(a, b)]);
  }
  pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  return {
    n,
    first: Uint32Array.from(pairs, (p) => p[0]),
    second: Uint32Array.from(pairs, (p) => p[1]),
    weights: Float64Array.from(pairs, (_p, i) => 1 + (i % 5)),
  };
}

afterEach(() => useLouvainRunner(undefined));

describe("threadedLouvainRunner", () => {
  it("gives every run exactly as one thread does, all runs taken by 2 workers", () => {
    const ties = looseGroups(300, 1200, 12);
    const settings = { resolution: 1, seed: 42, runs: 6 };
    const one = louvainHere(ties, settings);
    const many = threadedLouvainRunner(3, { minSize: 0, leaveToWorkers: true })(ties, settings);
    expect(lastLouvainRun).toEqual({ threads: 3, runs: 6, byWorkers: 6, rescued: 0 });
    expect(many.map((r) => r.modularity)).toEqual(one.map((r) => r.modularity));
    expect(many.map((r) => Array.from(r.communities))).toEqual(one.map((r) => Array.from(r.communities)));
    expect(new Set(one.map((r) => r.modularity)).size).toBeGreaterThan(1); // the seeds do differ
  }, 60_000);

  it("runs the run of a worker that dies holding it, with the same result", () => {
    const ties = looseGroups(300, 1200, 12);
    const settings = { resolution: 1.5, seed: 7, runs: 4 };
    const one = louvainHere(ties, settings);
    // A live worker beats only when it finishes a run: the stall limit must exceed one run on a
    // loaded machine (300 ms did not, under the whole suite), or a slow run is taken over too.
    const many = threadedLouvainRunner(3, { minSize: 0, leaveToWorkers: true, stallMs: 5_000, failRun: 0 })(ties, settings);
    expect(lastLouvainRun).toEqual({ threads: 3, runs: 4, byWorkers: 3, rescued: 1 });
    expect(many.map((r) => Array.from(r.communities))).toEqual(one.map((r) => Array.from(r.communities)));
    expect(many.map((r) => r.modularity)).toEqual(one.map((r) => r.modularity));
  }, 60_000);

  it("stays in this thread for a small job", () => {
    const ties = looseGroups(16, 30, 4);
    const before = lastLouvainRun;
    const runs = threadedLouvainRunner(2)(ties, { resolution: 1, seed: 42, runs: 3 });
    expect(lastLouvainRun).toBe(before);
    expect(runs.map((r) => r.modularity)).toEqual(louvainHere(ties, { resolution: 1, seed: 42, runs: 3 }).map((r) => r.modularity));
  });

  for (const weighted of [true, false])
    it(`gives communities() the same partition in one thread and in three (${weighted ? "weighted" : "unweighted"})`, () => {
      const plain = communities(network, { weighted, runs: 8 });
      useLouvainRunner(threadedLouvainRunner(3, { minSize: 0, leaveToWorkers: true }));
      const threaded = communities(network, { weighted, runs: 8 });
      expect(lastLouvainRun?.byWorkers).toBe(8);
      expect(threaded).toEqual(plain);
      expect(plain.communities.length).toBeGreaterThan(1);
    }, 60_000);
});
