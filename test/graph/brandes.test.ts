/**
 * The shortest-path kernel (src/graph/paths/brandes.ts): its 32-bit searches (BFS, Dial) and its
 * 64-bit fallback give the sums of a reference search — the heap Dijkstra on the same lengths, exact
 * whole numbers held in floating point, so equal-length paths are counted the same way.
 */
import { describe, expect, it } from "vitest";
import { sourceSums, wholeNumberSearch, type PathSums } from "../../src/graph/paths/brandes.js";
import { linearScaled } from "../../src/graph/paths/linear-scaling.js";
import { pathGraph, type PathGraph } from "../../src/graph/paths/path-graph.js";
import { mulberry32 } from "../../src/graph/utils/mulberry32.js";
import { pathGraphOfTies } from "./path-graph-of.js";

/** A ladder of `rungs` rungs (two rails joined at every step) with seeded strengths from `strengths`: many equal-length paths. */
function ladder(rungs: number, strengths: readonly number[], seed = 5): PathGraph {
  const rnd = mulberry32(seed);
  const ties: [number, number][] = [];
  for (let i = 0; i < rungs; i++) {
    ties.push([2 * i, 2 * i + 1]);
    if (i + 1 < rungs) ties.push([2 * i, 2 * i + 2], [2 * i + 1, 2 * i + 3]);
  }
  // one strength drawn per tie, in the ties' order
  return pathGraphOfTies(2 * rungs, ties.map(([a, b]) => [a, b, strengths[Math.floor(rnd() * strengths.length)] ?? 1] as const));
}

function expectClose(got: PathSums, want: PathSums): void {
  for (const key of ["dependency", "distanceSum", "farness"] as const)
    got[key].forEach((x, i) => expect(Math.abs(x - (want[key][i] ?? 0))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want[key][i] ?? 0))));
  expect(Array.from(got.reached)).toEqual(Array.from(want.reached));
}

const asFloat = (g: PathGraph): PathGraph => ({ ...g, kind: "float" });

describe("sourceSums", () => {
  const sources = Uint32Array.from([0, 1, 7, 40, 41, 99]);

  it("32-bit Dial on a short network equals the reference search", () => {
    const g = ladder(50, [1, 2, 2, 3]);
    expect(g.kind).toBe("integer");
    expect(wholeNumberSearch(g)).toBe(true);
    const got = sourceSums(g, sources);
    expectClose(got, sourceSums(asFloat(g), sources));
    expect(got.dependency.some((x) => x > 0 && !Number.isInteger(x))).toBe(true); // paths of equal length were split
  });

  it("falls back to 64-bit distances when 32 bits might overflow, with the same sums as the reference", () => {
    // strengths 1–16: lengths scaled by 720,720 (strength 1: 720,720); 8,000 rungs: distances past 2^31 in scaled units
    const g = ladder(8000, [1, 1, 1, 1, 1, 1, 5, 16, 7, 9, 11, 13]);
    expect(g.kind).toBe("integer");
    expect(g.scale).toBe(720720);
    expect(wholeNumberSearch(g)).toBe(false);
    const far = Uint32Array.from([0, 1, 7999, 15998, 15999]);
    const got = sourceSums(g, far);
    expectClose(got, sourceSums(asFloat(g), far));
    const fromFirst = sourceSums(g, Uint32Array.from([0]));
    expect((fromFirst.distanceSum[15999] ?? 0) * g.scale).toBeGreaterThan(2 ** 31); // would wrap around in 32 bits
  });

  it("strengths 1–19 (scale 232,792,560) stay whole numbers, searched in 32 bits: the bound follows the shortest routes", () => {
    // mostly strong ties: the route of fewest ties times the longest tie (2 · 40 · L) would pass 2^31,
    // the shortest routes (over strong ties) do not
    const strengths = [...Array.from({ length: 18 }, (_x, i) => i + 1), ...Array<number>(40).fill(19)];
    const g = ladder(20, strengths);
    expect(g.kind).toBe("integer");
    expect(g.scale).toBe(232792560);
    expect(2 * 20 * g.maxLength).toBeGreaterThan(2 ** 31);
    expect(wholeNumberSearch(g)).toBe(true);
    const all = Uint32Array.from({ length: 40 }, (_x, i) => i);
    expectClose(sourceSums(g, all), sourceSums(asFloat(g), all));
  });

  it("floating point when the strongest tie is over 2^20 times the weakest, or the scale could pass 2^53", () => {
    expect(ladder(10, [1, 2 ** 21]).kind).toBe("float");
    const primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47]; // product ≈ 6.1e17
    const g = ladder(40, primes);
    expect(new Set(g.lengths).size).toBeGreaterThan(1);
    expect(g.kind).toBe("float");
    expect(ladder(40, primes.slice(0, 10)).kind).toBe("integer"); // product 6.5e9: 80 nodes × that < 2^53
  });

  it("floating-point lengths: the bucket queue gives the heap Dijkstra's sums (equal-length routes included)", () => {
    // fractional strengths (lengths 1/s: 0.4, 2/3, 1/1.5 …) — and the same network beside one tie
    // so weak that the longest tie is over 2^19 times the shortest, which sends it to the heap
    const strengths = [0.5, 1.5, 1.5, 2.5, 0.75, 3];
    const bucketed = ladder(60, strengths);
    expect(bucketed.kind).toBe("float");
    const n = bucketed.n;
    const starts = new Uint32Array(n + 3);
    starts.set(bucketed.starts);
    const entries = bucketed.neighbors.length;
    starts[n + 1] = entries + 1;
    starts[n + 2] = entries + 2;
    const neighbors = Uint32Array.from([...bucketed.neighbors, n + 1, n]);
    const values = Float64Array.from([...Array.from(bucketed.lengths, (l) => 1 / l), 1e-7, 1e-7]);
    const withHeap = pathGraph({ nodes: Array.from({ length: n + 2 }, (_x, i) => `n${i}`), starts, neighbors, values }, true);
    expect(withHeap.kind).toBe("float");
    const all = Uint32Array.from({ length: n }, (_x, i) => i);
    const a = sourceSums(bucketed, all);
    const b = sourceSums(withHeap, all);
    // the same values up to the order of additions (nodes of one bucket settle in another order)
    for (const key of ["dependency", "distanceSum", "farness"] as const)
      for (let v = 0; v < n; v++) expect(Math.abs((a[key][v] ?? 0) - (b[key][v] ?? 0))).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b[key][v] ?? 0)));
    expect(Array.from(a.reached)).toEqual(Array.from(b.reached));
    expect(a.dependency.some((x) => x > 0 && !Number.isInteger(x))).toBe(true); // equal-length routes were split
    // the guaranteed estimate's linearly scaled dependencies: bucket queue against the heap too
    const la = sourceSums(linearScaled(bucketed), all);
    const lb = sourceSums(linearScaled(withHeap), all);
    for (const key of ["dependency", "distanceSum", "farness"] as const)
      for (let v = 0; v < n; v++) expect(Math.abs((la[key][v] ?? 0) - (lb[key][v] ?? 0))).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(lb[key][v] ?? 0)));
    expect(la.dependency.some((x, v) => Math.abs(x - (a.dependency[v] ?? 0)) > 1e-6)).toBe(true); // not Brandes' own
  });

  it("64-bit whole numbers (too long for 32 bits): linearly scaled sums equal the reference", () => {
    const g = ladder(8000, [1, 1, 1, 1, 1, 1, 5, 16, 7, 9, 11, 13]);
    expect(wholeNumberSearch(g)).toBe(false);
    const far = Uint32Array.from([0, 1, 7999, 15998, 15999]);
    const got = sourceSums(linearScaled(g), far);
    const want = sourceSums(linearScaled(asFloat(g)), far);
    for (const key of ["dependency", "distanceSum", "farness"] as const)
      got[key].forEach((x, i) => expect(Math.abs(x - (want[key][i] ?? 0))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want[key][i] ?? 0))));
  });

  it("32-bit BFS equals the reference with unit lengths", () => {
    const g = ladder(50, [1]);
    const unit: PathGraph = { ...g, kind: "unit", lengths: new Float64Array(g.lengths.length).fill(1), scale: 1, maxLength: 1 };
    expect(wholeNumberSearch(unit)).toBe(true);
    expectClose(sourceSums(unit, sources), sourceSums(asFloat(unit), sources));
  });

  it("calls afterSource once per source, without changing the sums", () => {
    const g = ladder(50, [1, 2, 3]);
    const seen: number[] = [];
    const got = sourceSums(g, sources, 1, 5, (done) => seen.push(done));
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(got).toEqual(sourceSums(g, sources, 1, 5));
  });
});
