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
 * missing worker costs time, never a result. Small runs (under `THREAD_MIN_WORK` tie visits) stay in
 * this thread: starting a worker costs a few hundred milliseconds.
 */
import { availableParallelism } from "node:os";
import { threadId, Worker } from "node:worker_threads";
import { addInto, runHere, sourceRanges, sourceSums, type PathSums, type SourceRunner } from "../graph/paths/brandes.js";
import type { PathGraph } from "../graph/paths/path-graph.js";

/** Fewest tie visits (sources × tie ends) for which workers are started. */
export const THREAD_MIN_WORK = 20_000_000;

/** Control words of the shared Int32Array: ranges done, then one status per range. */
const DONE = 0;
const STATUS = 1;
/** Range status: free, taken by a thread, done. */
const FREE = 0;
const TAKEN = 1;
const FINISHED = 2;

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
}

function shared<T extends Float64Array | Uint32Array | Int32Array>(make: (buffer: SharedArrayBuffer) => T, bytes: number): T {
  return make(new SharedArrayBuffer(Math.max(bytes, 8)));
}

/** Take the next free range (or −1), run it and store its sums; shared by this thread and the workers. */
export function runRanges(run: SharedRun, stopOnError: boolean): void {
  const { graph, sources, bounds, control, dependency, distanceSum, farness, reached } = run;
  const n = graph.n;
  const ranges = bounds.length - 1;
  for (;;) {
    let c = 0;
    while (c < ranges && Atomics.compareExchange(control, STATUS + c, FREE, TAKEN) !== FREE) c++;
    if (c === ranges) return;
    const from = bounds[c] ?? 0;
    try {
      const part = sourceSums(graph, sources, from, bounds[c + 1] ?? 0);
      dependency.set(part.dependency, c * n);
      distanceSum.set(part.distanceSum, c * n);
      farness.set(part.farness, from);
      reached.set(part.reached, from);
    } catch (error) {
      Atomics.store(control, STATUS + c, FREE); // give it back: the main thread will run it
      Atomics.notify(control, DONE);
      if (stopOnError) return;
      throw error;
    }
    run.ranBy[c] = threadId;
    Atomics.store(control, STATUS + c, FINISHED);
    Atomics.add(control, DONE, 1);
    Atomics.notify(control, DONE);
  }
}

/** A copy of a typed array in shared memory. */
function toShared(a: Uint32Array): Uint32Array;
function toShared(a: Float64Array): Float64Array;
function toShared(a: Uint32Array | Float64Array): Uint32Array | Float64Array {
  const copy = a instanceof Uint32Array ? shared((b) => new Uint32Array(b), a.byteLength) : shared((b) => new Float64Array(b), a.byteLength);
  copy.set(a);
  return copy;
}

/**
 * Starts one worker on standing-worker. Run from TypeScript sources (`npm run analyze` runs the CLI
 * with tsx), a worker does not inherit tsx's loader (Node 20 ignores `--import` for workers), so it
 * registers it first (tsx's documented `tsx/esm/api`) and then imports the worker module.
 */
function startWorker(run: SharedRun): Worker {
  const fromSources = import.meta.url.endsWith(".ts");
  const entry = new URL(fromSources ? "./standing-worker.ts" : "./standing-worker.js", import.meta.url);
  if (!fromSources) return new Worker(entry, { workerData: run });
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const code = `import(${tsx}).then((api) => { api.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { eval: true, workerData: run });
}

/** The last threaded run of this process: threads started (this one included), ranges, ranges run by workers. */
export let lastRun: { threads: number; ranges: number; byWorkers: number } | undefined;

/**
 * A runner using `threads` threads (this one included; default: the machine's available
 * parallelism). With one thread, or for a run of fewer than `minWork` tie visits, it is `runHere`.
 * `leaveToWorkers` (tests): this thread runs no range unless the workers make no progress for 10 s.
 */
export function threadedSourceRunner(threads: number = availableParallelism(), minWork: number = THREAD_MIN_WORK, leaveToWorkers = false): SourceRunner {
  if (threads < 2) return runHere;
  return (graph, sources) => {
    const bounds = sourceRanges(sources.length);
    const ranges = bounds.length - 1;
    if (ranges < 2 || sources.length * (graph.neighbors.length + graph.n) < minWork) return runHere(graph, sources);
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
    };
    const workers: Worker[] = [];
    for (let t = 1; t < Math.min(threads, ranges); t++) {
      try {
        const worker = startWorker(run);
        worker.on("error", () => undefined); // its ranges are given back or never taken: this thread runs them
        worker.unref();
        workers.push(worker);
      } catch {
        break; // no worker: this thread does everything
      }
    }
    const { control } = run;
    let share = workers.length === 0 || !leaveToWorkers;
    for (;;) {
      if (share) runRanges(run, false);
      const done = Atomics.load(control, DONE);
      if (done === ranges) break;
      // wait for a range to finish or be given back; left to the workers, take over after 10 s without one
      if (Atomics.wait(control, DONE, done, share ? 1_000 : 10_000) === "timed-out") share = true;
    }
    for (const worker of workers) void worker.terminate();
    lastRun = { threads: workers.length + 1, ranges, byWorkers: run.ranBy.filter((t) => t !== threadId).length };
    const sum: PathSums = { dependency: new Float64Array(n), distanceSum: new Float64Array(n), farness: new Float64Array(run.farness), reached: new Uint32Array(run.reached) };
    for (let c = 0; c < ranges; c++)
      addInto(sum, { dependency: run.dependency.subarray(c * n, (c + 1) * n), distanceSum: run.distanceSum.subarray(c * n, (c + 1) * n) });
    return sum;
  };
}
