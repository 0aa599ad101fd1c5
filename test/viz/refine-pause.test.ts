/**
 * Pausing a refine while the person uses the page (src/viz/refine.ts `pause`/`resume`,
 * app/refine-pause.ts): a pause stops at once every refine worker whose range began less than
 * keepAfterMs ago, lets older ranges end, and hands out no range until `resume`; the ranges
 * stopped are searched again by the waiting or new workers; and the
 * sums are still the one-thread sums (`runHere`) to the last bit, however often it paused. A
 * cancel while paused still rejects. The workers are the stand-ins of fake-refine-worker.ts.
 */
import { describe, expect, it } from "vitest";
import { runHere, type PathSums } from "../../src/graph/paths/brandes.js";
import { pathGraph } from "../../src/graph/paths/path-graph.js";
import { toCsr } from "../../src/graph/csr.js";
import { positiveView } from "../../src/graph/model.js";
import { refineSums, RefineCancelled } from "../../src/viz/refine.js";
import type { RefineJob } from "../../src/viz/protocol.js";
import { plantedPartition } from "../bench/generate.js";
import { emptyLog, fakeWorkers } from "./fake-refine-worker.js";

const graph = plantedPartition({ n: 600, tiesPerNode: 6, seed: 5 });
const weighted = pathGraph(toCsr(positiveView(graph), (_e, a) => a.weight), true);
const every = Uint32Array.from({ length: weighted.n }, (_, v) => v);
const jobs = (): RefineJob[] => [{ graph: weighted, sources: every }];

const sameBits = (a: PathSums, b: PathSums) =>
  Buffer.from(a.dependency.buffer).equals(Buffer.from(b.dependency.buffer)) &&
  Buffer.from(a.distanceSum.buffer).equals(Buffer.from(b.distanceSum.buffer)) &&
  Buffer.from(a.farness.buffer).equals(Buffer.from(b.farness.buffer)) &&
  a.reached.every((r, i) => r === b.reached[i]);

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a refine paused while the page is used", () => {
  it("a pause stops the workers and hands out nothing; resumed, the sums are runHere's to the last bit", async () => {
    const log = emptyLog();
    const progress: number[] = [];
    let run: ReturnType<typeof refineSums> | null = null;
    let pausedAt = -1;
    let paused: () => void = () => undefined;
    const pausedNow = new Promise<void>((resolve) => (paused = resolve));
    run = refineSums(jobs(), fakeWorkers((k) => ({ seed: 40 + k }), log), 2, (done) => {
      progress.push(done);
      // Paused after the third range, with both workers searching one.
      if (done === 3) {
        run?.pause();
        pausedAt = progress.length;
        paused();
      }
    });
    await pausedNow;
    run.pause(); // a second pause changes nothing
    expect(pausedAt).toBeGreaterThan(0);
    expect(log.stopped).toBe(1); // the worker searching is stopped at once; the one that just answered waits, idle
    const startedWhilePaused = log.started;
    const answered = log.ranges.length;
    await wait(60); // the stand-ins answer within 8 ms: a stopped one does not, and nothing new is asked
    expect(progress).toHaveLength(pausedAt);
    expect(log.ranges).toHaveLength(answered);
    expect(log.started).toBe(startedWhilePaused);
    run.resume();
    expect(log.started).toBe(3); // the waiting worker goes on, one new worker
    // Paused and resumed again on the way: still the same sums.
    await wait(10);
    run.pause();
    await wait(20);
    run.resume();
    const sums = await run.done;
    expect(sameBits(sums[0]!, runHere(weighted, every))).toBe(true);
    expect(progress.at(-1)).toBe(16);
    expect(progress).toEqual([...progress].sort((a, b) => a - b)); // each range counted once
    expect(log.stopped).toBe(log.started);
  });

  it("with the workers gone (this thread searching), a pause stops that too", async () => {
    const progress: number[] = [];
    let run: ReturnType<typeof refineSums> | null = null;
    run = refineSums(jobs(), fakeWorkers(() => ({ seed: 1, cannotStart: true })), 2, (done) => {
      progress.push(done);
      if (done === 2) run?.pause();
    });
    await wait(100);
    expect(progress).toEqual([1, 2]);
    run.resume();
    const sums = await run.done;
    expect(sameBits(sums[0]!, runHere(weighted, every))).toBe(true);
  });

  it("a range searched longer than keepAfterMs runs on through a pause; its worker then waits and is used again", async () => {
    const log = emptyLog();
    const progress: number[] = [];
    let run: ReturnType<typeof refineSums> | null = null;
    let pausedAt = -1;
    let paused: () => void = () => undefined;
    const pausedNow = new Promise<void>((resolve) => (paused = resolve));
    // keepAfterMs 0: every range under way is old enough to be kept (as a 14 s range at 100,000 people is).
    run = refineSums(jobs(), fakeWorkers((k) => ({ seed: 70 + k }), log), 2, (done) => {
      progress.push(done);
      if (done === 3) {
        run?.pause();
        pausedAt = progress.length;
        paused();
      }
    }, { keepAfterMs: 0 });
    await pausedNow;
    expect(log.stopped).toBe(0); // nothing thrown away, no worker stopped
    await wait(60);
    // The other worker's range (the one that answered had none yet) ended during the pause; nothing new was handed out.
    expect(progress).toHaveLength(pausedAt + 1);
    const answered = log.ranges.length;
    await wait(30);
    expect(log.ranges).toHaveLength(answered);
    run.resume();
    expect(log.started).toBe(2); // the two waiting workers go on; none is made
    const sums = await run.done;
    expect(sameBits(sums[0]!, runHere(weighted, every))).toBe(true);
    expect(progress.at(-1)).toBe(16);
    expect(log.ranges.slice().sort((x, y) => x - y)).toEqual(Array.from({ length: 16 }, (_, i) => i)); // each range searched once
  });

  it("a cancel while paused rejects with RefineCancelled, and a resume after it starts nothing", async () => {
    const log = emptyLog();
    const run = refineSums(jobs(), fakeWorkers((k) => ({ seed: 9 + k }), log), 2);
    run.pause();
    run.cancel();
    await expect(run.done).rejects.toBeInstanceOf(RefineCancelled);
    run.resume();
    expect(log.started).toBe(2);
    expect(log.stopped).toBe(2);
  });
});
