/**
 * Refining a large network's quick estimates in the background, for the map's analysis worker:
 * to exact figures, or to the guaranteed estimate (every score within a stated margin; analyze.ts
 * `RefineTarget`). The first analysis of a large network uses the quick estimate (so the panels
 * answer at once); meanwhile the shortest-path searches of the target — every node a source (exact),
 * or the guaranteed estimate's sources (analyze.ts `guaranteedSearches`) — run in refine workers
 * (refine.worker.ts), each given the path graphs and asked for one of the 16 fixed source ranges of
 * a job at a time (`sourceRanges`, paths/brandes.ts). The ranges' sums are added in range order,
 * exactly as `runHere` adds them in one thread — so the result is the same to the last bit as the
 * CLI's and as one thread's, whatever the number of workers and whichever worker ran which range.
 * The analyses then run again with a runner that hands back these sums (`replayRunner`): no search
 * twice.
 *
 * No SharedArrayBuffer (the page is not cross-origin isolated): the path graph is copied to each
 * worker once, and each range's sums come back as transferred typed arrays. A worker that fails is
 * dropped and its range given to another; with none left, this thread runs the remaining ranges
 * (one per task, so a cancel still gets through). No DOM here: the workers are started through the
 * `RefinePort` the caller makes.
 */
import { addInto, runHere, sourceRanges, sourceSums, type PathSums, type SourceRunner } from "../graph/paths/brandes.js";
import { withoutBypassedTies } from "../graph/paths/bypassed-ties.js";
import type { PathGraph } from "../graph/paths/path-graph.js";
import { isLinearScaled } from "../graph/paths/linear-scaling.js";
import type { RefineJob, RefineRequest, RefineResponse } from "./protocol.js";

/** A started refine worker, as the coordinator sees it (a Web Worker, or a stand-in in tests). */
export interface RefinePort {
  post(msg: RefineRequest): void;
  /** `onMessage` gets the worker's answers; `onError` is called once if the worker fails (e.g. it could not start). */
  listen(onMessage: (msg: RefineResponse) => void, onError: (message: string) => void): void;
  /** Terminate the worker. */
  stop(): void;
}

/** A refine under way: its result (one `PathSums` per job, in job order) and how to stop or pause it. */
export interface Refining {
  done: Promise<PathSums[]>;
  /** Stop: the workers are terminated and `done` rejects with `RefineCancelled`. */
  cancel(): void;
  /**
   * Give the cores back (the person is using the page): the workers whose range began less than
   * PAUSE_KEEP_MS ago are terminated and their ranges go back to the queue; older ranges run on
   * to their end; idle workers wait (they use no CPU); the ranges finished are kept. No range is
   * handed out until `resume`.
   */
  pause(): void;
  /** Start the workers again (as many as before) on the ranges left; the result is the same to the last bit. */
  resume(): void;
}

/** `done`'s rejection when the refine was cancelled (a new data set was opened). */
export class RefineCancelled extends Error {
  constructor() {
    super("The figures were not refined: another data set was opened.");
  }
}

/**
 * Number of refine workers for `cores` logical cores (navigator.hardwareConcurrency): one core is
 * left to the page and the drawing (software WebGL draws on the CPU), at least 1, at most 4.
 */
export function refineWorkerCount(cores: number | undefined): number {
  return Math.max(1, Math.min(4, cores !== undefined && Number.isFinite(cores) ? Math.floor(cores) - 1 : 1));
}

/**
 * The sums of all the sources of a job from its ranges' sums (range c covers sources
 * `bounds[c] … bounds[c+1]−1`), added in range order as `runHere` does: the same to the last bit.
 */
export function mergeRanges(n: number, count: number, bounds: Uint32Array, parts: readonly PathSums[]): PathSums {
  const sum: PathSums = { dependency: new Float64Array(n), distanceSum: new Float64Array(n), farness: new Float64Array(count), reached: new Uint32Array(count) };
  for (let c = 0; c + 1 < bounds.length; c++) {
    const part = parts[c];
    if (!part) throw new Error(`mergeRanges: range ${c} is missing.`);
    const from = bounds[c] ?? 0;
    addInto(sum, part);
    sum.farness.set(part.farness, from);
    sum.reached.set(part.reached, from);
  }
  return sum;
}

interface Task {
  job: number;
  range: number;
  from: number;
  to: number;
}

/**
 * On a pause, a range whose search began at least this long ago runs on to its end (its worker
 * then waits for `resume`); a younger one is stopped and queued again. A range is a sixteenth of a
 * job's sources: about 0.6 s of one core at 10,000 people, but ≈ 14 s for the guaranteed estimate
 * at 100,000. Stopping every range at every pause would throw that work away each time the person
 * moved the mouse, and a person who used the map more often than once a range would never get the
 * final figures; this way at most this much work is lost per pause and every range that has had
 * this long ends.
 */
export const PAUSE_KEEP_MS = 1000;

/** Options of `refineSums` (tests set the pause rule). */
export interface RefineOptions {
  /** See PAUSE_KEEP_MS (the default). */
  keepAfterMs?: number;
}

/**
 * Run every job's exact searches on `workers` refine workers (`start` makes one), range by range;
 * `onProgress(done, total)` after each range. Resolves with each job's sums (`mergeRanges`).
 */
export function refineSums(jobs: readonly RefineJob[], start: () => RefinePort, workers: number, onProgress?: (done: number, total: number) => void, options: RefineOptions = {}): Refining {
  const keepAfterMs = options.keepAfterMs ?? PAUSE_KEEP_MS;
  const bounds = jobs.map((j) => sourceRanges(j.sources.length));
  const parts: PathSums[][] = jobs.map(() => []);
  const queue: Task[] = [];
  bounds.forEach((b, job) => {
    for (let range = 0; range + 1 < b.length; range++) queue.push({ job, range, from: b[range] ?? 0, to: b[range + 1] ?? 0 });
  });
  const total = queue.length;
  let finished = 0;
  let over = false;
  /** Paused (`pause`): no range is handed out until `resume`; only ranges kept by the pause run. */
  let paused = false;
  const ports = new Map<RefinePort, Task | null>();
  /** When each port's current range was handed to it (performance.now). */
  const startedAt = new Map<RefinePort, number>();
  let fail: (error: Error) => void = () => undefined;
  let startWorkers: (count: number) => void = () => undefined;
  const stopAll = () => {
    over = true;
    for (const port of ports.keys()) port.stop();
    ports.clear();
  };

  const done = new Promise<PathSums[]>((resolve, reject) => {
    fail = (error) => {
      if (over) return;
      stopAll();
      reject(error);
    };
    const store = (task: Task, sums: PathSums) => {
      (parts[task.job] ?? [])[task.range] = sums;
      finished++;
      onProgress?.(finished, total);
      if (finished < total) return;
      stopAll();
      try {
        resolve(jobs.map((j, k) => mergeRanges(j.graph.n, j.sources.length, bounds[k] ?? new Uint32Array(1), parts[k] ?? [])));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    /** No worker left: this thread runs the remaining ranges, one per task (a cancel comes in between). */
    const runHereStep = () => {
      if (over || paused) return;
      const task = queue.shift();
      if (!task) return;
      const job = jobs[task.job];
      if (!job) return fail(new Error(`refineSums: no job ${task.job}.`));
      try {
        store(task, sourceSums(job.graph, job.sources, task.from, task.to));
      } catch (error) {
        return fail(error instanceof Error ? error : new Error(String(error)));
      }
      setTimeout(runHereStep, 0);
    };
    const next = (port: RefinePort) => {
      // Paused (maybe by the progress callback of the range just stored): the port waits, idle.
      if (over || paused) return;
      const task = queue.shift() ?? null;
      ports.set(port, task);
      if (task) {
        startedAt.set(port, performance.now());
        port.post({ type: "range", job: task.job, range: task.range, from: task.from, to: task.to });
      }
    };
    const drop = (port: RefinePort) => {
      if (over || !ports.has(port)) return;
      const task = ports.get(port);
      ports.delete(port);
      startedAt.delete(port);
      port.stop();
      if (task) queue.unshift(task);
      if (ports.size === 0) setTimeout(runHereStep, 0);
      else for (const [idle, t] of ports) if (t === null && queue.length > 0) next(idle);
    };
    if (total === 0) return resolve([]);
    /**
     * Hand a range to each waiting worker (kept by a pause), then start `count` more workers (no
     * more than ranges are left) and hand each a range.
     */
    startWorkers = (count) => {
      for (const [port, task] of [...ports]) if (task === null) next(port);
      const started: RefinePort[] = [];
      for (let k = 0; k < Math.min(count, queue.length); k++) {
        let port: RefinePort;
        try {
          port = start();
        } catch {
          break; // no worker: the ones started (or this thread) do everything
        }
        ports.set(port, null);
        started.push(port);
        port.listen(
          (msg) => {
            if (over) return;
            // A port no longer listed was stopped (a pause): its late answer is not taken.
            const task = ports.get(port);
            if (!task || msg.job !== task.job || msg.range !== task.range) return;
            if (msg.type === "failed") return fail(new Error(msg.message));
            // Idle before the range is stored: a pause from the progress callback must not queue it again.
            ports.set(port, null);
            store(task, msg.sums);
            next(port);
          },
          () => drop(port),
        );
        port.post({ type: "jobs", jobs: [...jobs] });
      }
      if (ports.size === 0) setTimeout(runHereStep, 0);
      else for (const port of started) next(port);
    };
    startWorkers(workers);
  });
  const pause = () => {
    if (over || paused) return;
    paused = true;
    // The ranges searched for less than keepAfterMs go back to the front of the queue, in their
    // order (which range runs when changes nothing: the sums are added in range order,
    // mergeRanges); older ones run on to their end (PAUSE_KEEP_MS).
    const back: Task[] = [];
    const now = performance.now();
    for (const [port, task] of [...ports]) {
      // An idle worker costs no CPU and is ready for the resume: it stays.
      if (task === null || now - (startedAt.get(port) ?? now) >= keepAfterMs) continue;
      port.stop();
      ports.delete(port);
      startedAt.delete(port);
      back.push(task);
    }
    back.sort((a, b) => a.job - b.job || a.range - b.range);
    queue.unshift(...back);
  };
  const resume = () => {
    if (over || !paused) return;
    paused = false;
    startWorkers(workers - ports.size);
  };
  return { done, cancel: () => fail(new RefineCancelled()), pause, resume };
}

/** Whether `sources` is every node of an `n`-node graph in order (the exact searches' sources). */
function everyNode(sources: Uint32Array, n: number): boolean {
  if (sources.length !== n) return false;
  for (let v = 0; v < n; v++) if (sources[v] !== v) return false;
  return true;
}

function sameArray(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Whether two path graphs are the same network with the same lengths (built twice from one graph,
 * they are), both marked for linearly scaled dependencies or neither (linear-scaling.ts).
 */
export function samePathGraph(a: PathGraph, b: PathGraph): boolean {
  return (
    a === b ||
    (a.n === b.n && isLinearScaled(a) === isLinearScaled(b) && a.kind === b.kind && a.scale === b.scale && a.maxLength === b.maxLength && sameArray(a.starts, b.starts) && sameArray(a.neighbors, b.neighbors) && sameArray(a.lengths, b.lengths))
  );
}

/** A path graph and the sums of the searches from `sources` (absent: every node, the exact searches). */
export interface KnownSums {
  graph: PathGraph;
  sources?: Uint32Array;
  sums: PathSums;
}

/** Whether `known` holds the searches of `sources` on `graph`. */
function answers(known: KnownSums, graph: PathGraph, sources: Uint32Array): boolean {
  return (known.sources ? sameArray(known.sources, sources) : everyNode(sources, graph.n)) && samePathGraph(known.graph, graph);
}

/**
 * A runner that records every path graph standing searches (the first, estimated analysis runs
 * with it), running the searches here as `runHere` does. `known` are the graphs whose searches
 * were already exact (every node a source); `jobs()` the others, to refine.
 */
export function capturingRunner(): { run: SourceRunner; known: KnownSums[]; jobs(): RefineJob[] } {
  const graphs: PathGraph[] = [];
  const known: KnownSums[] = [];
  const run: SourceRunner = (graph, sources) => {
    const sums = runHere(graph, sources);
    if (everyNode(sources, graph.n)) {
      if (!known.some((k) => samePathGraph(k.graph, graph))) known.push({ graph, sums: copySums(sums) });
    } else if (!graphs.some((g) => samePathGraph(g, graph))) graphs.push(graph);
    return sums;
  };
  const jobs = () =>
    graphs
      .filter((g) => !known.some((k) => samePathGraph(k.graph, g)))
      // every node a source: the exact run prunes its path graph (path-measures.ts), so the refine does too
      .map((graph) => ({ graph: withoutBypassedTies(graph), sources: Uint32Array.from({ length: graph.n }, (_, v) => v) }));
  return { run, known, jobs };
}

function copySums(s: PathSums): PathSums {
  return { dependency: s.dependency.slice(), distanceSum: s.distanceSum.slice(), farness: s.farness.slice(), reached: s.reached.slice() };
}

/**
 * A runner that answers the searches of `known` (the same path graph and sources) with their
 * precomputed sums (a copy: the caller normalizes them in place), and runs anything else here
 * (`runHere`), telling `onMiss` (the tests check that a refine leaves nothing to search again).
 */
export function replayRunner(known: readonly KnownSums[], onMiss?: (graph: PathGraph, sources: Uint32Array) => void): SourceRunner {
  return (graph, sources) => {
    const hit = known.find((k) => answers(k, graph, sources));
    if (hit) return copySums(hit.sums);
    onMiss?.(graph, sources);
    return runHere(graph, sources);
  };
}
