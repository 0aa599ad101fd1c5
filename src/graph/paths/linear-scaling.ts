/**
 * Coalition Map — linearly scaled dependencies for the sampled-source estimate of betweenness
 * (Geisberger, Sanders & Schultes 2008).
 *
 * In the organizer's words: when we follow the routes leaving one picked person, a go-between close
 * to that person would collect the whole credit of every long route through them, and that credit
 * swings a lot with who was picked. Instead each route's credit is shared between its two ends in
 * proportion to distance: the go-between gets, from this end, only the share of how far along the
 * route they stand; the other end's search (when picked) gives the rest.
 *
 * Precise definition. For a source s, the linearly scaled dependency of v is
 *   δ'_s(v) = Σ_t σ_st(v)/σ_st · d(s,v)/d(s,t)
 * (t ≠ s, v; σ_st(v): shortest s–t paths through v). On an undirected graph, for a node v on a
 * shortest s–t path d(s,v) + d(v,t) = d(s,t), so the two ends' shares of a pair add up to 1 and
 * Σ_s 2·δ'_s(v) = Σ_s δ_s(v): twice the linearly scaled dependencies, summed over every source, are
 * Brandes' dependencies — the sampled sums of 2·δ' estimate betweenness without bias, like δ's —
 * and 0 ≤ δ'_s(v) ≤ δ_s(v) ≤ N − 2 (N: the component's size). It is computed by Brandes' backward
 * pass on γ_s(v) = δ'_s(v)/d(s,v):
 *   γ_s(v) = Σ_{w: v precedes w} σ_sv/σ_sw · (1/d(s,w) + γ_s(w)),   δ'_s(v) = d(s,v) · γ_s(v)
 * (distances in the path graph's scaled units: the ratio does not depend on the scale). With unit
 * or exact integer lengths the identity holds exactly; with floating-point lengths, rounding can make
 * the two ends of a pair disagree on which routes are shortest (karate with 1/strength lengths: 0.13%
 * on the largest score), as it makes Brandes' own floating-point values differ (path-graph.ts).
 * `linearSourceSums` returns the sums of `sourceSums` (brandes.ts) with `dependency` = Σ_s 2·δ'_s(v);
 * the distance sums, farness and reach are the same. A path graph marked by `linearScaled` gets them
 * from `sourceSums` itself, so every runner (the CLI's threads, the map's workers) computes them
 * without knowing: the mark travels with the graph (a plain boolean field).
 *
 * Cost: as brandes.ts (the same searches), O(V + E) memory.
 *
 * Reference: Geisberger, R., Sanders, P. & Schultes, D. (2008). Better approximation of betweenness
 * centrality. ALENEX 2008, pp. 90-100 ("linear scaling").
 */
import { breadthFirstInt, bucketSearch, bucketSearchInt, workspaceOf, type PathSums, type Workspace } from "./brandes.js";
import type { PathGraph } from "./path-graph.js";
import { clearSearch, search, searchSpace } from "./search.js";
import { wasmSourceSums } from "./wasm-kernel.js";

/** A path graph whose searches give linearly scaled dependencies. */
export type LinearScaledGraph = PathGraph & { linearScaling: true };

/** `graph`, marked for linearly scaled dependencies (a new object: its own workspace). */
export function linearScaled(graph: PathGraph): LinearScaledGraph {
  return { ...graph, linearScaling: true };
}

export function isLinearScaled(graph: PathGraph): graph is LinearScaledGraph {
  return (graph as Partial<LinearScaledGraph>).linearScaling === true;
}

/**
 * The backward pass after a 32-bit search (as brandes.ts `accumulateInt`, with γ in the workspace's
 * δ array): adds 2·d(s,w)·γ(w) to `dependency`, the distances to the sums, and resets what the search touched.
 */
function accumulateLinear(ws: Workspace, out: PathSums, i: number, count: number, unscale: number): void {
  const { idist: dist, sigma, delta: gamma, order, pred, predEnd, unreached } = ws;
  const { dependency, distanceSum } = out;
  let total = 0;
  for (let k = count - 1; k > 0; k--) {
    const w = order[k] ?? 0;
    const dw = dist[w] ?? 1;
    const g = gamma[w] ?? 0;
    const coefficient = (1 / dw + g) / (sigma[w] ?? 1);
    const end = predEnd[k + 1] ?? 0;
    for (let q = predEnd[k] ?? 0; q < end; q++) {
      const v = pred[q] ?? 0;
      gamma[v] = (gamma[v] ?? 0) + (sigma[v] ?? 0) * coefficient;
    }
    total += dw;
    distanceSum[w] = (distanceSum[w] ?? 0) + dw * unscale;
    dependency[w] = (dependency[w] ?? 0) + 2 * dw * g;
    dist[w] = unreached;
    sigma[w] = 0;
    gamma[w] = 0;
  }
  const s = order[0] ?? 0;
  dist[s] = unreached;
  sigma[s] = 0;
  gamma[s] = 0;
  out.farness[i] = total * unscale;
  out.reached[i] = count - 1;
}

/**
 * The same backward pass after a 64-bit bucket-queue search (brandes.ts `bucketSearch`: integer lengths
 * too long for 32 bits, or floating-point lengths): distances in `dist` (Infinity = not reached), and
 * the settled flags reset too.
 */
function accumulateLinear64(ws: Workspace, out: PathSums, i: number, count: number, unscale: number): void {
  const { dist, sigma, delta: gamma, order, pred, predEnd, settled } = ws;
  const { dependency, distanceSum } = out;
  let total = 0;
  for (let k = count - 1; k > 0; k--) {
    const w = order[k] ?? 0;
    const dw = dist[w] ?? 1;
    const g = gamma[w] ?? 0;
    const coefficient = (1 / dw + g) / (sigma[w] ?? 1);
    const end = predEnd[k + 1] ?? 0;
    for (let q = predEnd[k] ?? 0; q < end; q++) {
      const v = pred[q] ?? 0;
      gamma[v] = (gamma[v] ?? 0) + (sigma[v] ?? 0) * coefficient;
    }
    total += dw;
    distanceSum[w] = (distanceSum[w] ?? 0) + dw * unscale;
    dependency[w] = (dependency[w] ?? 0) + 2 * dw * g;
    dist[w] = Infinity;
    sigma[w] = 0;
    gamma[w] = 0;
    settled[w] = 0;
  }
  const s = order[0] ?? 0;
  dist[s] = Infinity;
  sigma[s] = 0;
  gamma[s] = 0;
  settled[s] = 0;
  out.farness[i] = total * unscale;
  out.reached[i] = count - 1;
}

/** `sourceSums` (brandes.ts) with linearly scaled dependencies: see the module comment. */
export function linearSourceSums(graph: PathGraph, sources: Uint32Array, from = 0, to = sources.length, afterSource?: (done: number) => void): PathSums {
  const ws = workspaceOf(graph);
  // 32-bit searches: in WebAssembly when the host allows it (wasm-kernel.ts; the same sums to the last bit)
  const fast = wasmSourceSums(graph, ws, sources, from, to, true, afterSource);
  if (fast) return fast;
  const n = graph.n;
  const out: PathSums = {
    dependency: new Float64Array(n),
    distanceSum: new Float64Array(n),
    farness: new Float64Array(Math.max(0, to - from)),
    reached: new Uint32Array(Math.max(0, to - from)),
  };
  const unscale = 1 / graph.scale;
  if (ws.idist.length > 0) {
    const unit = graph.kind === "unit";
    for (let i = from; i < to; i++) {
      const s = sources[i] ?? 0;
      const count = unit ? breadthFirstInt(graph, ws, s) : bucketSearchInt(graph, ws, s);
      accumulateLinear(ws, out, i - from, count, unscale);
      if (afterSource) afterSource(i - from + 1);
    }
    return out;
  }
  if (ws.buckets > 0) {
    // 64-bit distances with the bucket queue (integers too long for 32 bits, or floating-point lengths)
    for (let i = from; i < to; i++) {
      const count = bucketSearch(graph, ws, sources[i] ?? 0);
      accumulateLinear64(ws, out, i - from, count, unscale);
      if (afterSource) afterSource(i - from + 1);
    }
    return out;
  }
  // floating-point lengths too spread for the bucket queue: search.ts (the heap), then the
  // predecessors from the ties (the search's own comparison), γ in a local array
  const { starts, neighbors, lengths } = graph;
  const space = searchSpace(graph);
  const gamma = new Float64Array(n);
  const { dependency, distanceSum } = out;
  for (let i = from; i < to; i++) {
    const s = sources[i] ?? 0;
    const count = search(space, s);
    const { dist, sigma, order } = space;
    let total = 0;
    for (let k = count - 1; k > 0; k--) {
      const w = order[k] ?? 0;
      const dw = dist[w] ?? 1;
      const g = gamma[w] ?? 0;
      const coefficient = (1 / dw + g) / (sigma[w] ?? 1);
      const end = starts[w + 1] ?? 0;
      for (let j = starts[w] ?? 0; j < end; j++) {
        const v = neighbors[j] ?? 0;
        if ((dist[v] ?? 0) + (lengths[j] ?? 0) === dw) gamma[v] = (gamma[v] ?? 0) + (sigma[v] ?? 0) * coefficient;
      }
      total += dw;
      distanceSum[w] = (distanceSum[w] ?? 0) + dw * unscale;
      dependency[w] = (dependency[w] ?? 0) + 2 * dw * g;
    }
    for (let k = 0; k < count; k++) gamma[order[k] ?? 0] = 0;
    out.farness[i - from] = total * unscale;
    out.reached[i - from] = count - 1;
    clearSearch(space, count);
    if (afterSource) afterSource(i - from + 1);
  }
  return out;
}
