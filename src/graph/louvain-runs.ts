/**
 * Coalition Map — the seeded Louvain runs of `communities()` (communities.ts), on plain typed
 * arrays, so that a host able to start threads can run them on several cores.
 *
 * The network is given as `LouvainTies`: the positive-tie view with its nodes numbered 0 … n − 1 in
 * id order and its ties in order of (smaller, larger) position, with their weights — arrays a
 * worker thread can read from shared memory. Run i is graphology-communities-louvain (options
 * unchanged) on that network with mulberry32(seed + i); runs do not depend on each other, so who
 * runs which changes nothing. `bestRun` keeps the highest modularity, the earliest run on a tie
 * (within 1e-12), as `communities()` always did.
 *
 * The runner used by `communities()` is this thread's (`louvainHere`) unless the host sets another
 * once for the process with `useLouvainRunner` (the CLI: `threadedLouvainRunner()`,
 * src/cli/louvain-threads.ts). Every runner must return each run's partition exactly as
 * `louvainRun` gives it, so the result never depends on the host — only the time.
 */
import type { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import { mulberry32 } from "./utils/mulberry32.js";

/** The sorted positive-tie view as Louvain reads it (see the module comment). */
export interface LouvainTies {
  /** Nodes, numbered 0 … n − 1 in id order. */
  n: number;
  /** Each tie's smaller and larger position, ties in order of (smaller, larger). */
  first: Uint32Array;
  second: Uint32Array;
  /** Each tie's weight (1 when unweighted). */
  weights: Float64Array;
}

/** One seeded run: each node's community (any numbering; by position) and the partition's modularity. */
export interface LouvainRun {
  communities: Int32Array;
  modularity: number;
}

/** What the runs are asked: the resolution, the seed of run 0, and how many runs (0 … runs − 1). */
export interface LouvainSettings {
  resolution: number;
  seed: number;
  runs: number;
}

/** Runs 0 … runs − 1 of `settings` on `ties`, returned in run order, each exactly as `louvainRun` gives it. */
export type LouvainRunner = (ties: LouvainTies, settings: LouvainSettings) => LouvainRun[];

/** Node attributes of the sorted view: none. */
const NO_ATTRIBUTES: Readonly<Record<string, never>> = Object.freeze({});

/**
 * The ties as Louvain and modularity read a graph: node keys are the positions ("0", "1", …), ties in
 * their given order. Louvain (graphology-communities-louvain, through graphology-indices'
 * LouvainIndex) and graphology-metrics' modularity read a graph only through the few methods below
 * (the node and tie lists in order, node degrees, the counts and the type), so this read-only view
 * over typed arrays gives them exactly what a graphology copy with those keys and that insertion
 * order gave — the same partitions and modularity, bit for bit — without building one (a whole
 * graphology graph of 100,000 nodes and 465,000 ties, about 3.5 CPU-seconds more, for each call).
 */
export class SortedView {
  readonly type = "undirected";
  readonly multi = false;
  readonly selfLoopCount = 0;
  readonly directedSize = 0;
  readonly order: number;
  readonly size: number;
  readonly undirectedSize: number;
  /** Position → node key ("0", "1", …). */
  readonly keys: string[];
  private readonly degrees: Uint32Array;
  private readonly first: Uint32Array;
  private readonly second: Uint32Array;
  private readonly weights: Float64Array;

  constructor(ties: LouvainTies) {
    const { n, first } = ties;
    this.first = first;
    this.second = ties.second;
    this.weights = ties.weights;
    this.order = n;
    this.size = first.length;
    this.undirectedSize = first.length;
    this.keys = Array.from({ length: n }, (_, i) => String(i));
    this.degrees = new Uint32Array(n);
    const { degrees, second } = this;
    for (let e = 0; e < first.length; e++) {
      const x = first[e] ?? 0;
      const y = second[e] ?? 0;
      degrees[x] = (degrees[x] ?? 0) + 1;
      degrees[y] = (degrees[y] ?? 0) + 1;
    }
  }

  forEachNode(callback: (node: string, attributes: Readonly<Record<string, never>>) => void): void {
    for (const key of this.keys) callback(key, NO_ATTRIBUTES);
  }

  undirectedDegreeWithoutSelfLoops(node: string): number {
    return this.degrees[Number(node)] ?? 0;
  }

  /**
   * Every tie in order. The key is empty (neither library reads it) and the attributes are one
   * object holding the tie's weight, updated before each call: both libraries read the weight at
   * once, in the callback (`getEdgeWeight: "weight"`), and keep nothing — no string or object per tie.
   */
  forEachEdge(callback: (edge: string, attributes: Readonly<{ weight: number }>, source: string, target: string, sourceAttributes: Readonly<Record<string, never>>, targetAttributes: Readonly<Record<string, never>>, undirected: boolean) => void): void {
    const { keys, first, second, weights } = this;
    const attributes = { weight: 1 };
    for (let e = 0; e < first.length; e++) {
      attributes.weight = weights[e] ?? 1;
      callback("", attributes, keys[first[e] ?? 0] ?? "", keys[second[e] ?? 0] ?? "", NO_ATTRIBUTES, NO_ATTRIBUTES, true);
    }
  }

  forEachUndirectedEdge(callback: Parameters<SortedView["forEachEdge"]>[0]): void {
    this.forEachEdge(callback);
  }

  /** Read-only: the libraries check that these exist (graphology-utils' isGraph), never call them. */
  addUndirectedEdgeWithKey(): never {
    throw new Error("communities: the sorted view is read-only.");
  }

  dropNode(): never {
    throw new Error("communities: the sorted view is read-only.");
  }
}

/** The sorted view as the libraries' graph type (it has every method they call; see SortedView). */
export type SortedGraph = UndirectedGraph<Record<string, never>, { weight: number }>;
export const asGraph = (view: SortedView): SortedGraph => view as unknown as SortedGraph;

/** Seeded run `i` (mulberry32(seed + i)) on `view` (the view of the ties, made once for all runs). */
export function louvainRun(view: SortedView, resolution: number, seed: number, i: number): LouvainRun {
  const run = louvain.detailed(asGraph(view), { getEdgeWeight: "weight", resolution, rng: mulberry32(seed + i) });
  const communities = new Int32Array(view.order);
  const { keys } = view;
  for (let p = 0; p < keys.length; p++) communities[p] = run.communities[keys[p] ?? ""] ?? -1;
  return { communities, modularity: run.modularity };
}

/** Every run in this thread, in order. */
export const louvainHere: LouvainRunner = (ties, { resolution, seed, runs }) => {
  const view = new SortedView(ties);
  return Array.from({ length: runs }, (_x, i) => louvainRun(view, resolution, seed, i));
};

/** The highest modularity, the earliest run on a tie (within 1e-12); undefined for no runs. */
export function bestRun(runs: readonly LouvainRun[]): LouvainRun | undefined {
  let best: LouvainRun | undefined;
  for (const run of runs) if (run.modularity > (best?.modularity ?? -Infinity) + 1e-12) best = run;
  return best;
}

let hostRunner: LouvainRunner | undefined;

/**
 * Sets, for this process (or browser worker), the runner of communities' seeded Louvain runs: the
 * host that can start threads says so once (the CLI: `useLouvainRunner(threadedLouvainRunner())`).
 * `undefined` = this thread. The partition does not depend on it, only the time.
 */
export function useLouvainRunner(runner: LouvainRunner | undefined): void {
  hostRunner = runner;
}

/** The runner `communities()` uses: the host's, else this thread's. */
export function louvainRunner(): LouvainRunner {
  return hostRunner ?? louvainHere;
}
