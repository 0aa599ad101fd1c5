/**
 * Coalition Map — runs brandes.ts's 32-bit searches in WebAssembly (wasm/path-kernel.ts) when the
 * host allows it, with the same sums to the last bit.
 *
 * In the organizer's words: the step that takes nearly all the time on a big network — following
 * every shortest route from each person — runs in a faster form of the same program; the figures
 * do not change by a single digit.
 *
 * `wasmSourceSums(graph, ws, sources, from, to, linear)` returns what `sourceSums` (brandes.ts) or
 * `linearSourceSums` (linear-scaling.ts) would for a path graph whose searches are 32-bit
 * (`ws.idist` not empty: unit lengths, or integer lengths that provably fit), or null when
 * WebAssembly is unavailable (no `WebAssembly`, a Content-Security-Policy that forbids compiling
 * it, memory refused) — the caller then runs its JavaScript kernel, which stays the reference
 * (test/graph/wasm-kernel.test.ts compares the two bit for bit).
 *
 * Memory: one kernel instance (its own linear memory) per network and thread, found by the
 * network's neighbour and length arrays and its kind (a path graph and its linearly scaled twin
 * share them). The adjacency (starts, neighbours, 32-bit lengths) is copied in once; the search's
 * workspace (distances, σ, δ, settle order, predecessor stream, bucket queue) and the two per-node
 * sums live there too, each array 8-byte aligned. A call zeroes the per-node sums, adds its sources'
 * into them and returns copies. About 48V + 24E bytes (E: tie ends): 27 MB at 100,000 nodes /
 * 930,000 tie ends.
 *
 * Why (docs/performance.md, stop 12): V8 runs this loop about twice as fast compiled from
 * WebAssembly as from JavaScript at 10,000 nodes (11.5 against 21.6 ns per tie end and source;
 * native C 8.9); at 100,000 nodes, where memory access dominates either way, the CLI's searches
 * took 231 s instead of 412 s.
 */
import type { PathSums, Workspace } from "./brandes.js";
import type { PathGraph } from "./path-graph.js";
import { PATH_KERNEL_WASM } from "./path-kernel-wasm.js";

/** The kernel's exports (wasm/path-kernel.ts). */
interface KernelExports {
  memory: { buffer: ArrayBuffer };
  reserve(bytes: number): number;
  setup(...offsetsAndShape: number[]): void;
  reachedCount(): number;
  source(s: number, unit: number, linear: number, unscale: number): number;
}

/** The part of the host's `WebAssembly` used here (typed locally: src/graph has no DOM types). */
interface WasmHost {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}

interface KernelSpace {
  kernel: KernelExports;
  /** Views of the per-node sums in the kernel's memory. */
  dependency: Float64Array;
  distanceSum: Float64Array;
}

let enabled = true;
/** The compiled module: undefined = not tried yet, null = unavailable here. */
let compiled: object | null | undefined;
/**
 * Per neighbour array, the spaces made for it, each with the lengths and kind it was laid out for
 * (unit and weighted views of one network share the neighbour array); null: it could not be made.
 */
const spaces = new WeakMap<Uint32Array, { lengths: Float64Array; kind: PathGraph["kind"]; space: KernelSpace | null }[]>();

/**
 * Turns the WebAssembly kernel on or off in this thread (default on). Off, every search runs in
 * JavaScript: for tests and the bench, which compare the two.
 */
export function useWasmKernel(on: boolean): void {
  enabled = on;
}

/** Whether the WebAssembly kernel can run in this thread (compiles it on first use). */
export function wasmKernelAvailable(): boolean {
  return enabled && kernelModule() !== null;
}

function kernelModule(): object | null {
  if (compiled !== undefined) return compiled;
  compiled = null;
  const host = (globalThis as { WebAssembly?: WasmHost }).WebAssembly;
  const atob = (globalThis as { atob?: (text: string) => string }).atob;
  if (!host || !atob) return compiled;
  try {
    const text = atob(PATH_KERNEL_WASM);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    compiled = new host.Module(bytes);
  } catch {
    compiled = null; // e.g. a Content-Security-Policy without 'wasm-unsafe-eval': the JavaScript kernel runs
  }
  return compiled;
}

/** Lays out `graph` and `ws`'s shape in a new kernel instance; null when it cannot be made. */
function makeSpace(graph: PathGraph, ws: Workspace): KernelSpace | null {
  const module = kernelModule();
  const host = (globalThis as { WebAssembly?: WasmHost }).WebAssembly;
  if (!module || !host) return null;
  const n = graph.n;
  const entries = graph.neighbors.length;
  const dial = graph.kind !== "unit";
  let offset = 16;
  const take = (bytes: number): number => {
    const at = offset;
    offset += Math.ceil(Math.max(bytes, 8) / 8) * 8;
    return at;
  };
  const at = {
    starts: take(4 * (n + 1)),
    neighbors: take(4 * entries),
    lengths: take(dial ? 4 * entries : 0),
    dist: take(4 * n),
    sigma: take(8 * n),
    delta: take(8 * n),
    order: take(4 * n),
    pred: take(4 * entries),
    predEnd: take(4 * (n + 1)),
    head: take(4 * (ws.mask + 1)),
    poolNode: take(dial ? 4 * (entries + 1) : 0),
    poolNext: take(dial ? 4 * (entries + 1) : 0),
    poolDist: take(dial ? 4 * (entries + 1) : 0),
    dependency: take(8 * n),
    distanceSum: take(8 * n),
  };
  try {
    const kernel = new host.Instance(module, { env: { abort: () => undefined } }).exports as KernelExports;
    if (!kernel.reserve(offset)) return null;
    const { buffer } = kernel.memory;
    new Int32Array(buffer, at.starts, n + 1).set(graph.starts);
    new Int32Array(buffer, at.neighbors, entries).set(graph.neighbors);
    if (dial) new Int32Array(buffer, at.lengths, entries).set(ws.ilen);
    new Int32Array(buffer, at.dist, n).fill(ws.unreached);
    new Int32Array(buffer, at.head, ws.mask + 1).fill(-1);
    kernel.setup(
      at.starts, at.neighbors, at.lengths, at.dist, at.sigma, at.delta, at.order, at.pred, at.predEnd, at.head,
      at.poolNode, at.poolNext, at.poolDist, at.dependency, at.distanceSum, ws.shift, ws.mask, ws.unreached,
    );
    return {
      kernel,
      dependency: new Float64Array(buffer, at.dependency, n),
      distanceSum: new Float64Array(buffer, at.distanceSum, n),
    };
  } catch {
    return null; // memory refused (a very large network in a 32-bit address space): JavaScript instead
  }
}

/**
 * `sourceSums` / `linearSourceSums` for `sources[from … to−1]` in WebAssembly; null when it cannot
 * run here (see the module comment). `ws` is the graph's brandes.ts workspace (32-bit: `idist` set).
 */
export function wasmSourceSums(
  graph: PathGraph,
  ws: Workspace,
  sources: Uint32Array,
  from: number,
  to: number,
  linear: boolean,
  afterSource?: (done: number) => void,
): PathSums | null {
  if (!enabled || ws.idist.length === 0) return null;
  const made = spaces.get(graph.neighbors) ?? [];
  let entry = made.find((x) => x.lengths === graph.lengths && x.kind === graph.kind);
  if (entry === undefined) {
    entry = { lengths: graph.lengths, kind: graph.kind, space: makeSpace(graph, ws) };
    made.push(entry);
    spaces.set(graph.neighbors, made);
  }
  const { space } = entry;
  if (!space) return null;
  const { kernel, dependency, distanceSum } = space;
  const count = Math.max(0, to - from);
  const farness = new Float64Array(count);
  const reached = new Uint32Array(count);
  const unit = graph.kind === "unit" ? 1 : 0;
  const scaled = linear ? 1 : 0;
  const unscale = 1 / graph.scale;
  dependency.fill(0); // a call stopped by its callback may have left sums behind
  distanceSum.fill(0);
  for (let i = from; i < to; i++) {
    const total = kernel.source(sources[i] ?? 0, unit, scaled, unscale);
    farness[i - from] = total * unscale;
    reached[i - from] = kernel.reachedCount() - 1;
    if (afterSource) afterSource(i - from + 1);
  }
  return { dependency: dependency.slice(), distanceSum: distanceSum.slice(), farness, reached };
}
