/**
 * Ties no shortest route uses (src/graph/paths/bypassed-ties.ts): only ties whose ends are joined by
 * a strictly shorter route are left out, each at both ends, and every kernel's sums stay the same to
 * the last bit (JavaScript and WebAssembly, plain and linearly scaled searches).
 */
import { afterEach, describe, expect, it } from "vitest";
import { sourceSums, type PathSums } from "../../src/graph/paths/brandes.js";
import { withoutBypassedTies } from "../../src/graph/paths/bypassed-ties.js";
import { linearScaled } from "../../src/graph/paths/linear-scaling.js";
import type { PathGraph } from "../../src/graph/paths/path-graph.js";
import { useWasmKernel } from "../../src/graph/paths/wasm-kernel.js";
import { mulberry32 } from "../../src/graph/utils/mulberry32.js";
import { pathGraphOfTies } from "./path-graph-of.js";

afterEach(() => useWasmKernel(true));

const graphOf = pathGraphOfTies;

/** A seeded random network: groups of `group` with dense insides and a few ties between, strengths 1–5. */
function randomNetwork(n: number, seed: number, group = 12): PathGraph {
  const rnd = mulberry32(seed);
  const seen = new Set<number>();
  const ties: [number, number, number][] = [];
  for (let t = 0; t < n * 4; t++) {
    const a = Math.floor(rnd() * n);
    const inside = rnd() < 0.8;
    const b = inside ? Math.floor(a / group) * group + Math.floor(rnd() * group) : Math.floor(rnd() * n);
    if (a === b || b >= n) continue;
    const key = Math.min(a, b) * n + Math.max(a, b);
    if (seen.has(key)) continue;
    seen.add(key);
    ties.push([a, b, 1 + Math.floor(rnd() * 5)]);
  }
  return graphOf(n, ties);
}

/** Every pair's distance by Floyd–Warshall (small graphs), scaled lengths. */
function allDistances(g: PathGraph): Float64Array[] {
  const d = Array.from({ length: g.n }, (_x, i) => {
    const row = new Float64Array(g.n).fill(Infinity);
    row[i] = 0;
    return row;
  });
  for (let v = 0; v < g.n; v++)
    for (let j = g.starts[v] ?? 0; j < (g.starts[v + 1] ?? 0); j++) {
      const row = d[v];
      const u = g.neighbors[j] ?? 0;
      if (row) row[u] = Math.min(row[u] ?? Infinity, g.lengths[j] ?? Infinity);
    }
  for (let k = 0; k < g.n; k++)
    for (let i = 0; i < g.n; i++)
      for (let j = 0; j < g.n; j++) {
        const via = (d[i]?.[k] ?? Infinity) + (d[k]?.[j] ?? Infinity);
        const row = d[i];
        if (row && via < (row[j] ?? Infinity)) row[j] = via;
      }
  return d;
}

/** The ties of a path graph as "a-b:length" strings, each tie end once. */
function tieEnds(g: PathGraph): string[] {
  const out: string[] = [];
  for (let v = 0; v < g.n; v++) for (let j = g.starts[v] ?? 0; j < (g.starts[v + 1] ?? 0); j++) out.push(`${v}-${g.neighbors[j]}:${g.lengths[j]}`);
  return out;
}

function expectSameBits(a: PathSums, b: PathSums): void {
  expect(Array.from(a.dependency)).toEqual(Array.from(b.dependency));
  expect(Array.from(a.distanceSum)).toEqual(Array.from(b.distanceSum));
  expect(Array.from(a.farness)).toEqual(Array.from(b.farness));
  expect(Array.from(a.reached)).toEqual(Array.from(b.reached));
}

describe("withoutBypassedTies", () => {
  it("leaves out a weak tie beside a shorter chain of strong ones, at both ends", () => {
    // 0–1 strength 1 (length 1); 0–2–1 strengths 5 and 5 (1/5 + 1/5 < 1); 1–3 strength 2 (nothing shorter)
    const g = graphOf(4, [
      [0, 1, 1],
      [0, 2, 5],
      [2, 1, 5],
      [1, 3, 2],
    ]);
    const pruned = withoutBypassedTies(g);
    expect(pruned).not.toBe(g);
    const s = pruned.scale;
    expect(tieEnds(pruned)).toEqual([`0-2:${s / 5}`, `1-2:${s / 5}`, `1-3:${s / 2}`, `2-0:${s / 5}`, `2-1:${s / 5}`, `3-1:${s / 2}`]);
    expect(pruned.maxLength).toBe(s / 2);
  });

  it("keeps a tie whose detour is exactly as long (it is one of the shortest routes)", () => {
    // 0–1 strength 2 (length 1/2) against 0–2–1 with strengths 4 and 4 (1/4 + 1/4 = 1/2)
    const g = graphOf(3, [
      [0, 1, 2],
      [0, 2, 4],
      [2, 1, 4],
    ]);
    expect(withoutBypassedTies(g)).toBe(g);
  });

  it("leaves unit and floating-point lengths, loops and repeated pairs as they are", () => {
    const weighted = graphOf(3, [
      [0, 1, 1],
      [0, 2, 5],
      [2, 1, 5],
    ]);
    expect(withoutBypassedTies({ ...weighted, kind: "float" }).neighbors).toBe(weighted.neighbors);
    const unit = { ...weighted, kind: "unit" as const, lengths: new Float64Array(weighted.lengths.length).fill(1), scale: 1, maxLength: 1 };
    expect(withoutBypassedTies(unit)).toBe(unit);
    const repeated = graphOf(3, [
      [0, 1, 1],
      [0, 1, 3],
      [0, 2, 5],
      [2, 1, 5],
    ]);
    expect(withoutBypassedTies(repeated)).toBe(repeated);
  });

  it("leaves out exactly the ties a shorter route bypasses (Floyd–Warshall), whatever the ball", () => {
    for (const seed of [1, 2, 3]) {
      const g = randomNetwork(60, seed);
      const d = allDistances(g);
      const bypassed = new Set<string>();
      for (let v = 0; v < g.n; v++)
        for (let j = g.starts[v] ?? 0; j < (g.starts[v + 1] ?? 0); j++) {
          const u = g.neighbors[j] ?? 0;
          if ((d[v]?.[u] ?? 0) < (g.lengths[j] ?? 0)) bypassed.add(`${v}-${u}:${g.lengths[j]}`);
        }
      expect(bypassed.size).toBeGreaterThan(0);
      const all = tieEnds(g);
      const wholeBall = withoutBypassedTies(g, g.n);
      expect(tieEnds(wholeBall)).toEqual(all.filter((t) => !bypassed.has(t)));
      // a small ball finds fewer, never a tie that is not bypassed
      const small = tieEnds(withoutBypassedTies(g, 2));
      expect(small.length).toBeGreaterThanOrEqual(tieEnds(wholeBall).length);
      for (const t of all) if (!bypassed.has(t)) expect(small).toContain(t);
    }
  });

  it("changes no kernel's sums, to the last bit", () => {
    for (const seed of [4, 5]) {
      const g = randomNetwork(300, seed, 20);
      const pruned = withoutBypassedTies(g);
      expect(pruned.neighbors.length).toBeLessThan(g.neighbors.length);
      const sources = Uint32Array.from({ length: g.n }, (_x, v) => v);
      for (const wasm of [true, false]) {
        useWasmKernel(wasm);
        expectSameBits(sourceSums(pruned, sources), sourceSums(g, sources));
        const some = sources.filter((v) => v % 7 === 0);
        expectSameBits(sourceSums(linearScaled(pruned), some), sourceSums(linearScaled(g), some));
      }
    }
  });
});
