/**
 * mulberry32: a tiny seeded pseudo-random generator returning floats in [0, 1).
 * Every random choice in Coalition Map (Louvain's order, sampled sources, the first layout) is
 * drawn from one of these with a fixed seed, so the same input gives the same output.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
