/**
 * A map from a pair of node numbers to a whole number (≥ 0), for lookups made once per tie of a
 * large network: open addressing with linear probing over typed arrays (load ≤ 1/2), so no Map
 * entry or boxed number per pair. A pair is one number, `first · PAIR_BASE + second`, with both
 * numbers below PAIR_BASE = 2^24 (a JavaScript Map, which numbers nodes here, holds at most 2^24
 * entries), so below 2^48: exact.
 */
export const PAIR_BASE = 16_777_216;

export class PairTable {
  private pairs = new Float64Array(64).fill(-1);
  private values = new Int32Array(64);
  private count = 0;

  /** The slot where `pair` is, or the empty one where it would go. */
  private find(pair: number): number {
    const mask = this.pairs.length - 1;
    // Mix the two halves (each below 2^24) into a table position.
    let h = Math.imul(Math.floor(pair / PAIR_BASE) ^ Math.imul(pair % PAIR_BASE, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 15;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const p = this.pairs[at] ?? -1;
      if (p === pair || p === -1) return at;
    }
  }

  /** The value of `pair`, or -1 when it has none. */
  get(pair: number): number {
    const at = this.find(pair);
    return this.pairs[at] === pair ? (this.values[at] ?? -1) : -1;
  }

  /** Set the value (≥ 0) of `pair`. */
  set(pair: number, value: number): void {
    const at = this.find(pair);
    if (this.pairs[at] !== pair) {
      this.pairs[at] = pair;
      this.count++;
    }
    this.values[at] = value;
    if (this.count * 2 > this.pairs.length) this.grow();
  }

  private grow(): void {
    const { pairs, values } = this;
    this.pairs = new Float64Array(pairs.length * 2).fill(-1);
    this.values = new Int32Array(pairs.length * 2);
    for (let i = 0; i < pairs.length; i++) {
      const p = pairs[i] ?? -1;
      if (p === -1) continue;
      const at = this.find(p);
      this.pairs[at] = p;
      this.values[at] = values[i] ?? 0;
    }
  }
}
