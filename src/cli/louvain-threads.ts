/**
 * Coalition Map CLI — communities' seeded Louvain runs on every core (worker_threads).
 *
 * `threadedLouvainRunner(threads)` returns a `LouvainRunner` (src/graph/louvain-runs.ts): the runs
 * 0 … runs − 1 are taken one at a time, in order, by this thread and `threads − 1` workers
 * (louvain-worker.ts); each run's partition and modularity go to its own slot of shared memory and
 * are returned in run order — each exactly as `louvainRun` gives it in this thread (run i depends
 * only on the ties and on its seed), so `communities()` keeps the same partition whatever the number
 * of threads and whichever thread ran which run.
 *
 * `communities()` is synchronous, and so is the runner (the pattern of standing-threads.ts): the
 * ties and the result slots live in SharedArrayBuffers; this thread runs runs too, then waits on an
 * Atomics counter until every run is done. A worker that fails to start takes nothing; one that
 * dies in the middle of a run (out of memory, ended from outside) cannot finish it: when no run has
 * finished for `stallMs` (plus four times the longest run this thread ran itself), the runs taken
 * and unfinished are run here (should the worker only have been slow, both write the same values and the
 * run is counted once). Starting a worker from the TypeScript sources costs about half a second, so
 * the runs of a network of fewer than `LOUVAIN_THREAD_MIN_SIZE` nodes + ties stay in this thread.
 */
import { availableParallelism } from "node:os";
import { threadId, type Worker } from "node:worker_threads";
import { louvainHere, louvainRun, SortedView, type LouvainRun, type LouvainRunner, type LouvainTies } from "../graph/louvain-runs.js";
import { startCliWorker } from "./cli-worker.js";
import { shared, toShared } from "./shared-memory.js";

/**
 * Fewest nodes + ties for which workers are started (each run visits them all): about a second a run.
 * A worker started from the TypeScript sources is ready after 0.3–0.7 s and runs its first run on
 * code not yet compiled, so on smaller networks — at 10,000 nodes, 20 runs of ≈ 0.1 s — it took a
 * few runs and made the stage slower, not faster (docs/performance.md, "Stages, stop 13").
 */
export const LOUVAIN_THREAD_MIN_SIZE = 200_000;

/** Control words of the shared Int32Array: next run to take, runs done, then one status per run. */
const NEXT = 0;
const DONE = 1;
const STATUS = 2;
/** Run status: not finished, finished. */
const FINISHED = 1;

/** When no run has finished for this long (plus 4 × this thread's longest run), the unfinished taken runs are run here. */
export const LOUVAIN_STALL_MS = 20_000;

/** What a worker gets (workerData): everything in shared memory. */
export interface SharedLouvain {
  ties: LouvainTies;
  resolution: number;
  seed: number;
  runs: number;
  control: Int32Array;
  /** Slot i (n values from i·n) holds run i's communities. */
  communities: Int32Array;
  modularity: Float64Array;
  /** Which thread ran each run (worker_threads' threadId; 0 = the main thread), for the tests and the bench. */
  ranBy: Int32Array;
  /** Tests only: the worker that takes this run ends itself (process.exit) instead of running it. */
  failRun?: number;
}

/** Stores run i's result in its slot and marks it finished (counted once, whoever finishes it first). */
function store(job: SharedLouvain, i: number, run: LouvainRun): void {
  job.communities.set(run.communities, i * job.ties.n);
  job.modularity[i] = run.modularity;
  job.ranBy[i] = threadId;
  if (Atomics.exchange(job.control, STATUS + i, FINISHED) !== FINISHED) Atomics.add(job.control, DONE, 1);
  Atomics.notify(job.control, DONE);
}

/**
 * Take the next run (in order) until none is left, run it and store it; shared by this thread and the
 * workers (this thread gives `ties`: its own copy of the same arrays). Returns the longest run's
 * milliseconds (0 when it took none).
 */
export function takeRuns(job: SharedLouvain, worker: boolean, ties: LouvainTies = job.ties): number {
  let view: SortedView | undefined;
  let longest = 0;
  for (;;) {
    const i = Atomics.add(job.control, NEXT, 1);
    if (i >= job.runs) return longest;
    if (worker && job.failRun === i) process.exit(1); // tests: die holding a run
    view ??= new SortedView(ties);
    const t = performance.now();
    store(job, i, louvainRun(view, job.resolution, job.seed, i));
    longest = Math.max(longest, performance.now() - t);
  }
}

/** The last threaded call of this process: threads started (this one included), runs, runs by workers, runs taken over. */
export let lastLouvainRun: { threads: number; runs: number; byWorkers: number; rescued: number } | undefined;

/** Less common settings of `threadedLouvainRunner`. */
export interface LouvainThreadOptions {
  /** Fewest nodes + ties for which workers are started (default `LOUVAIN_THREAD_MIN_SIZE`). */
  minSize?: number;
  /** Tests: this thread takes no run, so the workers run them all (unless none makes progress for 10 s). */
  leaveToWorkers?: boolean;
  /** No run finished for this long: the unfinished taken runs are run here (default `LOUVAIN_STALL_MS`). */
  stallMs?: number;
  /** Tests only: the worker that takes run `failRun` ends itself instead of running it. */
  failRun?: number;
}

/**
 * A runner using `threads` threads (this one included; default: the machine's available
 * parallelism). With one thread, one run, or a network smaller than `minSize`, it is `louvainHere`.
 */
export function threadedLouvainRunner(threads: number = availableParallelism(), options: LouvainThreadOptions = {}): LouvainRunner {
  const minSize = options.minSize ?? LOUVAIN_THREAD_MIN_SIZE;
  const stallMs = options.stallMs ?? LOUVAIN_STALL_MS;
  if (threads < 2) return louvainHere;
  return (ties, settings) => {
    const { runs } = settings;
    if (runs < 2 || ties.n + ties.first.length < minSize) return louvainHere(ties, settings);
    const n = ties.n;
    const job: SharedLouvain = {
      ties: { n, first: toShared(ties.first), second: toShared(ties.second), weights: toShared(ties.weights) },
      resolution: settings.resolution,
      seed: settings.seed,
      runs,
      control: shared((b) => new Int32Array(b), 4 * (STATUS + runs)),
      communities: shared((b) => new Int32Array(b), 4 * n * runs),
      modularity: shared((b) => new Float64Array(b), 8 * runs),
      ranBy: shared((b) => new Int32Array(b), 4 * runs),
      ...(options.failRun !== undefined ? { failRun: options.failRun } : {}),
    };
    const workers: Worker[] = [];
    for (let t = 1; t < Math.min(threads, runs); t++) {
      try {
        const worker = startCliWorker("louvain-worker", job);
        worker.on("error", () => undefined); // the runs it does not finish are run here
        worker.unref();
        workers.push(worker);
      } catch {
        break; // no worker: this thread does everything
      }
    }
    const { control } = job;
    const leave = options.leaveToWorkers === true && workers.length > 0;
    let longest = leave ? 0 : takeRuns(job, false, ties);
    let rescued = 0;
    let silent = 0; // milliseconds without a run finished
    const tick = Math.max(1, Math.min(1_000, stallMs / 4));
    for (;;) {
      const done = Atomics.load(control, DONE);
      if (done >= runs) break;
      if (Atomics.wait(control, DONE, done, tick) !== "timed-out") {
        silent = 0;
        continue;
      }
      silent += tick;
      if (leave && silent >= 10_000 && Atomics.load(control, NEXT) < runs) {
        longest = Math.max(longest, takeRuns(job, false, ties)); // left to the workers (tests), but none has made progress
        continue;
      }
      if (silent < stallMs + 4 * longest) continue;
      // runs taken but unfinished long after anything finished: their workers are taken for dead
      const taken = Math.min(runs, Atomics.load(control, NEXT));
      let view: SortedView | undefined;
      for (let i = 0; i < taken; i++) {
        if (Atomics.load(control, STATUS + i) === FINISHED) continue;
        view ??= new SortedView(ties);
        store(job, i, louvainRun(view, job.resolution, job.seed, i));
        rescued++;
      }
      silent = 0;
    }
    for (const worker of workers) void worker.terminate();
    lastLouvainRun = { threads: workers.length + 1, runs, byWorkers: Array.from(job.ranBy).filter((t) => t !== threadId).length, rescued };
    return Array.from({ length: runs }, (_x, i) => ({ communities: job.communities.slice(i * n, (i + 1) * n), modularity: job.modularity[i] ?? Number.NaN }));
  };
}
