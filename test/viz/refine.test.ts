/**
 * Refining a large network's estimates to exact (src/viz/refine.ts, analyze.ts): the ranges'
 * sums from any number of refine workers, finishing in any order, add up to exactly the one-thread
 * sums (`runHere`) — to the last bit; a failing worker costs time, never a result; a cancel stops
 * every worker; and the analyses re-run on those sums give the same report as an exact run.
 * The workers are stand-ins that run the same kernel (`sourceSums`) on a structured-clone copy of
 * what a Web Worker would receive, answering after a seeded random delay (fake-refine-worker.ts).
 */
import { withoutBypassedTies } from "../../src/graph/paths/bypassed-ties.js";
import { describe, expect, it } from "vitest";
import { runHere, sourceSums, type PathSums } from "../../src/graph/paths/brandes.js";
import { pathGraph, type PathGraph } from "../../src/graph/paths/path-graph.js";
import { toCsr } from "../../src/graph/csr.js";
import { positiveView } from "../../src/graph/model.js";
import { communities as findCommunities } from "../../src/graph/communities.js";
import type { ImportReport } from "../../src/graph/import-report.js";
import type { CoalitionGraph } from "../../src/graph/types.js";
import { analyzeForMap, analyzeProgressively, analyzeRefined, refineWanted } from "../../src/viz/analyze.js";
import { capturingRunner, mergeRanges, refineSums, refineWorkerCount, replayRunner, RefineCancelled, samePathGraph } from "../../src/viz/refine.js";
import { MAP_REFINE_LIMIT, type RefineJob } from "../../src/viz/protocol.js";
import { sourceRanges } from "../../src/graph/paths/brandes.js";
import { plantedPartition } from "../bench/generate.js";
import { STANDING_QUICK_EXACT_LIMIT } from "../../src/graph/standing.js";
import { emptyLog, fakeWorkers } from "./fake-refine-worker.js";

const EMPTY_IMPORT: ImportReport = { files: [], rowsRead: 0, imported: 0, merged: 0, rejected: 0, merges: [], rejections: [], warnings: [] };

/** Standing's path graph of `graph` (positive view, lengths 1/strength or 1). */
function pathGraphOf(graph: CoalitionGraph, weighted: boolean): PathGraph {
  return pathGraph(toCsr(positiveView(graph), (_e, a) => a.weight), weighted);
}

/** Every node a source. */
const every = (n: number) => Uint32Array.from({ length: n }, (_, v) => v);

function expectSameBits(a: PathSums, b: PathSums): void {
  // Bit for bit: the same numbers in the same order (Object.is also tells 0 from -0 and NaN).
  expect(a.dependency.length).toBe(b.dependency.length);
  expect(Buffer.from(a.dependency.buffer).equals(Buffer.from(b.dependency.buffer))).toBe(true);
  expect(Buffer.from(a.distanceSum.buffer).equals(Buffer.from(b.distanceSum.buffer))).toBe(true);
  expect(Buffer.from(a.farness.buffer).equals(Buffer.from(b.farness.buffer))).toBe(true);
  expect([...a.reached]).toEqual([...b.reached]);
}

describe("refining to exact on several workers", () => {
  const graph = plantedPartition({ n: 700, tiesPerNode: 6, seed: 3 });
  const weighted = pathGraphOf(graph, true);
  const unit = pathGraphOf(graph, false);

  it("the network has integer lengths (Dial) weighted and unit lengths unweighted", () => {
    expect(weighted.kind).toBe("integer");
    expect(unit.kind).toBe("unit");
  });

  for (const workers of [1, 3, 4]) {
    it(`${workers} worker(s), ranges finishing out of order: the sums are runHere's to the last bit`, async () => {
      const log = emptyLog();
      const jobs: RefineJob[] = [
        { graph: weighted, sources: every(weighted.n) },
        { graph: unit, sources: every(unit.n) },
      ];
      const progress: number[] = [];
      const run = refineSums(jobs, fakeWorkers((k) => ({ seed: 11 + k }), log), workers, (done, total) => progress.push(done / total));
      const sums = await run.done;
      expect(sums).toHaveLength(2);
      expectSameBits(sums[0]!, runHere(weighted, every(weighted.n)));
      expectSameBits(sums[1]!, runHere(unit, every(unit.n)));
      expect(log.started).toBe(workers);
      expect(log.stopped).toBe(workers);
      // 16 ranges per job, each reported once, the last at 100%.
      expect(progress).toHaveLength(32);
      expect(progress.at(-1)).toBe(1);
      if (workers > 1) expect(log.ranges).not.toEqual([...log.ranges].sort((a, b) => a - b)); // really out of order
    });
  }

  it("adding the ranges in another order would not be bit-identical (why the order is fixed)", () => {
    const sources = every(weighted.n);
    const bounds = sourceRanges(sources.length);
    const parts: PathSums[] = [];
    for (let c = 0; c + 1 < bounds.length; c++) parts.push(sourceSums(weighted, sources, bounds[c], bounds[c + 1]));
    const inOrder = mergeRanges(weighted.n, sources.length, bounds, parts);
    expectSameBits(inOrder, runHere(weighted, sources));
    // Reversed: the same ranges added last first (as an arrival-order merge might).
    const reversed = new Float64Array(weighted.n);
    for (let c = parts.length - 1; c >= 0; c--) for (let v = 0; v < weighted.n; v++) reversed[v] = (reversed[v] ?? 0) + (parts[c]!.dependency[v] ?? 0);
    let differs = 0;
    for (let v = 0; v < weighted.n; v++) if (reversed[v] !== inOrder.dependency[v]) differs++;
    expect(differs).toBeGreaterThan(0);
  });

  it("a worker that crashes, and one that cannot start, cost time, never a result", async () => {
    const log = emptyLog();
    const jobs: RefineJob[] = [{ graph: weighted, sources: every(weighted.n) }];
    const run = refineSums(jobs, fakeWorkers((k) => (k === 0 ? { seed: 5, failAt: 2 } : k === 2 ? { seed: 7, cannotStart: true } : { seed: 9 }), log), 3);
    expectSameBits((await run.done)[0]!, runHere(weighted, every(weighted.n)));
    expect(log.started).toBe(2);
  });

  it("with every worker gone, this thread finishes the ranges", async () => {
    const log = emptyLog();
    const jobs: RefineJob[] = [{ graph: unit, sources: every(unit.n) }];
    const run = refineSums(jobs, fakeWorkers(() => ({ seed: 1, failAt: 1 }), log), 2);
    expectSameBits((await run.done)[0]!, runHere(unit, every(unit.n)));
  });

  it("a cancel terminates every worker and rejects with RefineCancelled", async () => {
    const log = emptyLog();
    const run = refineSums([{ graph: weighted, sources: every(weighted.n) }], fakeWorkers((k) => ({ seed: k }), log), 4);
    run.cancel();
    await expect(run.done).rejects.toBeInstanceOf(RefineCancelled);
    expect(log.stopped).toBe(4);
    const before = log.ranges.length;
    await new Promise((r) => setTimeout(r, 30));
    expect(log.ranges.length).toBe(before); // nothing more computed
  });

  it("worker count: one core left to the page, at least 1, at most 4", () => {
    expect([undefined, 0, 1, 2, 3, 8, 64, Number.NaN].map(refineWorkerCount)).toEqual([1, 1, 1, 1, 2, 4, 4, 1]);
  });

  it("the replay runner answers the exact searches from the sums, and anything else by searching", () => {
    const sums = runHere(weighted, every(weighted.n));
    const replay = replayRunner([{ graph: weighted, sums }]);
    const again = replay(pathGraphOf(graph, true), every(weighted.n));
    expectSameBits(again, sums);
    again.dependency[0] = -1; // the caller normalizes in place: the kept sums are not touched
    expect(replay(weighted, every(weighted.n)).dependency[0]).toBe(sums.dependency[0]);
    const some = Uint32Array.of(3, 1, 4);
    expectSameBits(replay(weighted, some), runHere(weighted, some));
    expect(samePathGraph(weighted, pathGraphOf(graph, true))).toBe(true);
    expect(samePathGraph(weighted, unit)).toBe(false);
  });

  it("the capturing runner records the estimate's graphs and keeps the sums of exact ones", () => {
    const capture = capturingRunner();
    capture.run(weighted, Uint32Array.of(0, 5, 9));
    capture.run(pathGraphOf(graph, true), Uint32Array.of(1, 2));
    capture.run(unit, every(unit.n));
    const jobs = capture.jobs();
    expect(jobs).toHaveLength(1);
    expect(samePathGraph(jobs[0]!.graph, withoutBypassedTies(weighted))).toBe(true); // the exact run's graph
    expect([...jobs[0]!.sources]).toEqual([...every(weighted.n)]);
    expect(capture.known).toHaveLength(1);
    expectSameBits(capture.known[0]!.sums, runHere(unit, every(unit.n)));
  });
});

describe("a network above the exact limit: estimates first, then the same report as an exact run", () => {
  // Sparse, so that the three analyses of 5,100 nodes stay quick; its largest group of connected
  // people is far above the 512 sampled people, so the first figures are estimates.
  const n = STANDING_QUICK_EXACT_LIMIT + 100;
  const graph = plantedPartition({ n, tiesPerNode: 3, seed: 8 });
  const communities = findCommunities(graph);
  const quiet = () => undefined;

  it("the first analysis is an estimate, refined on the workers to exactly the exact run's report", async () => {
    const first = analyzeProgressively(graph, EMPTY_IMPORT, communities, quiet, {});
    expect(first.analysis.report.summary.standingMethod.kind).toBe("estimate");
    expect(first.analysis.refining).toBe(true);
    expect(first.refine?.searches()).toHaveLength(1);
    expect(first.refine?.searches()[0]?.graph.n).toBe(n);
    const sums = await refineSums(first.refine?.searches() ?? [], fakeWorkers((k) => ({ seed: k })), 3).done;
    const known = [...(first.refine?.known ?? []), { graph: first.refine!.searches()[0]!.graph, sums: sums[0]! }];
    const missed: number[] = [];
    const exact = analyzeRefined(graph, EMPTY_IMPORT, communities, quiet, {}, "exact", known, (_g, sources) => missed.push(sources.length));
    expect(missed).toEqual([]); // every search answered by the workers' sums (the same pruned path graph)
    expect(first.refine!.searches()[0]!.graph.neighbors.length).toBeLessThan(2 * graph.size); // ties no shortest route uses left out
    expect(exact.refined).toBe(true);
    expect(exact.report.summary.standingMethod.kind).toBe("exact");
    const reference = analyzeForMap(graph, EMPTY_IMPORT, communities, quiet, { exact: true });
    expect(JSON.stringify(exact.report)).toBe(JSON.stringify(reference.report));
    expect(exact.outreachCsv).toBe(reference.outreachCsv);
    // The estimate really was different (else this would prove nothing).
    expect(JSON.stringify(first.analysis.report.nodes)).not.toBe(JSON.stringify(reference.report.nodes));
  }, 600_000);

  it("which choices refine: exact always, the estimate never, automatic up to MAP_REFINE_LIMIT nodes", () => {
    expect(MAP_REFINE_LIMIT).toBeGreaterThanOrEqual(10_000);
    expect(refineWanted(10_000, undefined)).toBe(true);
    expect(refineWanted(10_000, "auto")).toBe(true);
    expect(refineWanted(MAP_REFINE_LIMIT + 1, "auto")).toBe(false);
    expect(refineWanted(MAP_REFINE_LIMIT + 1, true)).toBe(true);
    expect(refineWanted(6_000, false)).toBe(false);
  });

  it("a network within the exact limit is exact from the start: nothing to refine", () => {
    const small = plantedPartition({ n: 300, tiesPerNode: 4, seed: 2 });
    const c = findCommunities(small);
    // Small: exact from the start, nothing to refine, whatever the choice but the estimate.
    for (const exact of [undefined, "auto" as const, true]) {
      const r = analyzeProgressively(small, EMPTY_IMPORT, c, quiet, exact === undefined ? {} : { exact });
      expect(r.refine).toBeNull();
      expect(r.analysis.refining).toBeUndefined();
      expect(r.analysis.report.summary.standingMethod.kind).toBe("exact");
    }
  });
});
