import { describe, expect, it } from "vitest";
import { DisjointSets } from "../../src/graph/utils/disjoint-sets.js";
import { mulberry32 } from "../../src/graph/utils/mulberry32.js";

/** Components by breadth-first search, for comparison. */
function bfsComponents(n: number, pairs: readonly [number, number][]): number[] {
  const adj: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of pairs) {
    adj[a]?.push(b);
    adj[b]?.push(a);
  }
  const seen = new Uint8Array(n);
  const sizes: number[] = [];
  for (let s = 0; s < n; s++) {
    if (seen[s]) continue;
    seen[s] = 1;
    const queue = [s];
    for (let h = 0; h < queue.length; h++) for (const v of adj[queue[h] ?? 0] ?? []) if (!seen[v]) (seen[v] = 1), queue.push(v);
    sizes.push(queue.length);
  }
  return sizes;
}

describe("DisjointSets", () => {
  it("counts sets and the largest one on a small known case", () => {
    const d = new DisjointSets(6);
    expect(d.count).toBe(6);
    d.union(0, 1);
    d.union(1, 2);
    d.union(2, 0); // already one set
    d.union(4, 5);
    expect(d.count).toBe(3);
    expect(d.largest).toBe(3);
    expect(d.find(0)).toBe(d.find(2));
    expect(d.find(3)).not.toBe(d.find(4));
    expect(new DisjointSets(0).largest).toBe(0);
  });

  it("agrees with a breadth-first search on random graphs", () => {
    const rng = mulberry32(7);
    for (let trial = 0; trial < 20; trial++) {
      const n = 1 + Math.floor(rng() * 300);
      const pairs: [number, number][] = Array.from({ length: Math.floor(rng() * n) }, () => [Math.floor(rng() * n), Math.floor(rng() * n)]);
      const d = new DisjointSets(n);
      for (const [a, b] of pairs) d.union(a, b);
      const sizes = bfsComponents(n, pairs);
      expect(d.count).toBe(sizes.length);
      expect(d.largest).toBe(Math.max(...sizes));
    }
  });
});
