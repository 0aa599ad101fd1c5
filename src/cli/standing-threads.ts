/**
 * Coalition Map CLI — standing's shortest-path searches on every core (worker_threads).
 *
 * `threadedSourceRunner(threads)` returns a `SourceRunner` (src/graph/paths/brandes.ts) that splits
 * the sources into the fixed ranges of `sourceRanges` and lets this thread and `threads − 1` workers
 * (standing-worker.ts) take them one at a time; each range's sums go to its own slot of shared
 * memory, and the slots are added in range order — so the result is the same to the last bit as in
 * one thread, whatever the number of threads and whichever thread ran which range.
 *
 * `standing()` is synchronous, and so is the runner: the adjacency, the sources and the result slots
 * live in SharedArrayBuffers; this thread computes ranges too, then waits on an Atomics counter
 * until every range is done (Atomics.wait is allowed on Node's main thread). A worker that fails to
 * start claims nothing, and one that fails on a range gives it back: this thread then runs it, so a
 * missing worker costs time, never a result. A worker that dies hard in the middle of a range (out of
 * memory, ended from outside) cannot give it back: every worker beats a shared counter after each
 * source, this thread waits with a timeout, and a range whose worker has not beaten for `stallMs`
 * is run here (should that worker only have been slow, both write the same sums, to the last bit, and
 * the range is counted once). Small runs (under `THREAD_MIN_WORK` tie visits) stay in
 * this thread: starting a worker costs a few hundred milliseconds.
 */
import { availableParallelism } from "node:os";
import { threadId, type Worker } from "node:worker_threads";
import { addInto, runHere, sourceRanges, sourceSums, type PathSums, type SourceRunner } from "../graph/paths/brandes.js";
import type { PathGraph } from "../graph/paths/path-graph.js";
import { startCliWorker } from "./cli-worker.js";
import { shared, toShared } from "./shared-memory.js";

/** Fewest tie visits (sources × tie ends) for which workers are started. */
export const THREAD_MIN_WORK = 20_000_000;

/** Control words of the shared Int32Array: ranges done, then one status per range. */
const DONE = 0;
const STATUS = 1;
/** Range status: free, taken by a thread, done, taken over by this thread from a silent worker. */
const FREE = 0;
const TAKEN = 1;
const FINISHED = 2;
const RESCUED = 3;

/** A worker silent this long (no source finished, no range taken) while holding a range is taken for dead. */
export const STALL_MS = 20_000;

/** What a worker gets (workerData): everything in shared memory. */
export interface SharedRun {
  graph: PathGraph;
  sources: Uint32Array;
  bounds: Uint32Array;
  control: Int32Array;
  /** Slot c (n values from c·n) holds range c's sums. */
  dependency: Float64Array;
  distanceSum: Float64Array;
  farness: Float64Array;
  reached: Uint32Array;
  /** Which thread ran each range (worker_threads' threadId; 0 = the main thread), for the bench. */
  ranBy: Int32Array;
  /** Which worker took each range (its slot + 1; 0 = none or this thread). */
  owner: Int32Array;
  /** One heartbeat counter per worker slot: +1 when it takes a range and after each source. */
  beats: Int32Array;
  /** This worker's slot (set per worker; −1 = this thread). */
  slot: number;
  /** Tests only: the worker that takes this range ends itself (process.exit) after `failAfter` of its sources. */
  failRange?: number;
  failAfter?: number;
}

/** Marks range c finished (once, whoever finishes it first) and wakes this thread. */
function finish(control: Int32Array, c: number): void {
  if (Atomics.exchange(control, STATUS + c, FINISHED) !== FINISHED) Atomics.add(control, DONE, 1);
  Atomics.notify(control, DONE);
}

/** Runs range c and stores its sums in its slot. */
function runRange(run: SharedRun, c: number, afterSource?: (done: number) => void): void {
  const { graph, sources, bounds, dependency, distanceSum, farness, reached } = run;
  const n = graph.n;
  const from = bounds[c] ?? 0;
  const part = sourceSums(graph, sources, from, bounds[c + 1] ?? 0, afterSource);
  dependency.set(part.dependency, c * n);
  distanceSum.set(part.distanceSum, c * n);
  farness.set(part.farness, from);
  reached.set(part.reached, from);
}

/** Take the next free range (or −1), run it and store its sums; shared by this thread and the workers. */
export function runRanges(run: SharedRun, stopOnError: boolean): void {
  const { bounds, control, beats, owner, slot } = run;
  const ranges = bounds.length - 1;
  const worker = slot >= 0;
  let sourcesDone = 0;
  let current = -1;
  const beat = worker
    ? (): void => {
        Atomics.add(beats, slot, 1);
        if (run.failRange === current && ++sourcesDone === run.failAfter) process.exit(1); // tests: die hard mid-range
      }
    : undefined;
  for (;;) {
    let c = 0;
    while (c < ranges && Atomics.compareExchange(control, STATUS + c, FREE, TAKEN) !== FREE) c++;
    if (c === ranges) return;
    current = c;
    Atomics.store(owner, c, slot + 1);
    if (worker) Atomics.add(beats, slot, 1);
    try {
      runRange(run, c, beat);
    } catch (error) {
      Atomics.store(owner, c, 0);
      Atomics.compareExchange(control, STATUS + c, TAKEN, FREE); // give it back: the main thread will run it
      Atomics.notify(control, DONE);
      if (stopOnError) return;
      throw error;
    }
    run.ranBy[c] = threadId;
    finish(control, c);
  }
}

/**
 * This thread's watch over the workers' ranges: every range taken by a worker whose heartbeat has not
 * moved for `stallMs` is taken over and run here. Returns how many ranges it ran.
 */
function rescueSilent(run: SharedRun, seen: Int32Array, since: Float64Array, stallMs: number): number {
  const { control, owner, beats, bounds } = run;
  const now = performance.now();
  for (let k = 0; k < beats.length; k++) {
    const b = Atomics.load(beats, k);
    if (b !== seen[k]) {
      seen[k] = b;
      since[k] = now;
    }
  }
  let rescued = 0;
  for (let c = 0; c + 1 < bounds.length; c++) {
    const k = Atomics.load(owner, c) - 1;
    if (k < 0 || Atomics.load(control, STATUS + c) !== TAKEN || now - (since[k] ?? now) < stallMs) continue;
    if (Atomics.compareExchange(control, STATUS + c, TAKEN, RESCUED) !== TAKEN) continue; // finished meanwhile
    runRange(run, c);
    run.ranBy[c] = threadId;
    finish(control, c);
    rescued++;
  }
  return rescued;
}

/**
 * Starts one worker on standing-worker. Run from TypeScript sources (`npm run analyze` runs the CLI
 * with tsx), a worker does not inherit tsx's loader (Node 20 ignores `--import` for workers), so it
 * registers it first (tsx's documented `tsx/esm/api`) and then imports the worker module.
 */
function startWorker(run: SharedRun): Worker {
  return startCliWorker("standing-worker", run);
}

/** The last threaded run of this process: threads started (this one included), ranges, ranges run by workers, ranges taken over from silent workers. */
export let lastRun: { threads: number; ranges: number; byWorkers: number; rescued: number } | undefined;

/** Less common settings of `threadedSourceRunner`. */
export interface ThreadOptions {
  /** A worker holding a range and silent this long is taken for dead (default `STALL_MS`). */
  stallMs?: number;
  /**
   * Tests only: the worker that takes range `failRange` (whichever worker starts first takes range 0)
   * ends itself after `failAfter` of its sources.
   */
  failRange?: number;
  failAfter?: number;
}

/**
 * A runner using `threads` threads (this one included; default: the machine's available
 * parallelism). With one thread, or for a run of fewer than `minWork` tie visits, it is `runHere`.
 * `leaveToWorkers` (tests): this thread runs no range unless the workers make no progress for 10 s.
 */
export function threadedSourceRunner(
  threads: number = availableParallelism(),
  minWork: number = THREAD_MIN_WORK,
  leaveToWorkers = false,
  options: ThreadOptions = {},
): SourceRunner {
  const stallMs = options.stallMs ?? STALL_MS;
  if (threads < 2) return runHere;
  return (graph, sources, meanwhile) => {
    const bounds = sourceRanges(sources.length);
    const ranges = bounds.length - 1;
    if (ranges < 2 || sources.length * (graph.neighbors.length + graph.n) < minWork) return runHere(graph, sources, meanwhile);
    const n = graph.n;
    const run: SharedRun = {
      graph: { ...graph, starts: toShared(graph.starts), neighbors: toShared(graph.neighbors), lengths: toShared(graph.lengths) },
      sources: toShared(sources),
      bounds,
      control: shared((b) => new Int32Array(b), 4 * (STATUS + ranges)),
      dependency: shared((b) => new Float64Array(b), 8 * n * ranges),
      distanceSum: shared((b) => new Float64Array(b), 8 * n * ranges),
      farness: shared((b) => new Float64Array(b), 8 * sources.length),
      reached: shared((b) => new Uint32Array(b), 4 * sources.length),
      ranBy: shared((b) => new Int32Array(b), 4 * ranges),
      owner: shared((b) => new Int32Array(b), 4 * ranges),
      beats: shared((b) => new Int32Array(b), 4 * threads),
      slot: -1,
      ...(options.failAfter !== undefined ? { failRange: options.failRange ?? 0, failAfter: options.failAfter } : {}),
    };
    const workers: Worker[] = [];
    for (let t = 1; t < Math.min(threads, ranges); t++) {
      try {
        const worker = startWorker({ ...run, slot: t - 1 });
        worker.on("error", () => undefined); // its ranges are given back or never taken: this thread runs them
        worker.unref();
        workers.push(worker);
      } catch {
        break; // no worker: this thread does everything
      }
    }
    // the caller's other work (standing's eigenvector, PageRank and Burt's measures) while the workers search
    meanwhile?.();
    const { control } = run;
    let share = workers.length === 0 || !leaveToWorkers;
    const seen = new Int32Array(run.beats.length);
    const since = new Float64Array(run.beats.length).fill(performance.now());
    const tick = Math.max(1, Math.min(1_000, stallMs / 4));
    let rescued = 0;
    let idle = 0;
    for (;;) {
      if (share) runRanges(run, false);
      const done = Atomics.load(control, DONE);
      if (done === ranges) break;
      // wait for a range to finish or be given back; meanwhile, take over the ranges of silent workers
      if (Atomics.wait(control, DONE, done, tick) === "timed-out") {
        rescued += rescueSilent(run, seen, since, stallMs);
        idle += tick;
        if (idle >= 10_000) share = true; // left to the workers (tests), but none has made progress
      } else idle = 0;
    }
    for (const worker of workers) void worker.terminate();
    lastRun = { threads: workers.length + 1, ranges, byWorkers: run.ranBy.filter((t) => t !== threadId).length, rescued };
    const sum: PathSums = { dependency: new Float64Array(n), distanceSum: new Float64Array(n), farness: new Float64Array(run.farness), reached: new Uint32Array(run.reached) };
    for (let c = 0; c < ranges; c++)
      addInto(sum, { dependency: run.dependency.subarray(c * n, (c + 1) * n), distanceSum: run.distanceSum.subarray(c * n, (c + 1) * n) });
    return sum;
  };
}
