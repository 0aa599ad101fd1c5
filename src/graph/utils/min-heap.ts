/**
 * A 4-ary min-heap of integer ids ordered by a numeric key, for Dijkstra-style searches.
 *
 * Lazy deletion: the same id may be pushed several times (with a smaller key each time); the
 * caller skips ids it has already settled when they are popped again. Ids and keys live in typed
 * arrays that grow by doubling, so a search allocates nothing per push. A 4-ary heap is shallower
 * than a binary one: fewer cache misses on large graphs.
 *
 * Equal keys: without `tieLess`, equal keys pop in the heap's own (deterministic, unspecified)
 * order. With `tieLess(a, b)` — "a before b when their keys are equal" — the pop order is the
 * total order (key, tieLess), so any correct heap would give the same sequence.
 */
export class MinHeap {
  private ids: Uint32Array;
  private keys: Float64Array;
  /** Number of entries in the heap. */
  size = 0;

  constructor(
    capacity: number,
    private readonly tieLess?: (a: number, b: number) => boolean,
  ) {
    this.ids = new Uint32Array(Math.max(16, capacity));
    this.keys = new Float64Array(Math.max(16, capacity));
  }

  clear(): void {
    this.size = 0;
  }

  /** Whether entry (idA, keyA) must pop before entry (idB, keyB). */
  private before(idA: number, keyA: number, idB: number, keyB: number): boolean {
    if (keyA !== keyB) return keyA < keyB;
    return this.tieLess !== undefined && this.tieLess(idA, idB);
  }

  push(id: number, key: number): void {
    if (this.size === this.ids.length) this.grow();
    const { ids, keys } = this;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 2;
      const kp = keys[p] ?? 0;
      const ip = ids[p] ?? 0;
      if (!this.before(id, key, ip, kp)) break;
      ids[i] = ip;
      keys[i] = kp;
      i = p;
    }
    ids[i] = id;
    keys[i] = key;
  }

  /** Removes and returns the id with the smallest key. Throws when the heap is empty. */
  pop(): number {
    if (this.size === 0) throw new Error("MinHeap.pop: the heap is empty.");
    const { ids, keys } = this;
    const top = ids[0] ?? 0;
    const last = --this.size;
    if (last > 0) {
      const id = ids[last] ?? 0;
      const key = keys[last] ?? 0;
      let i = 0;
      for (;;) {
        const first = 4 * i + 1;
        if (first >= last) break;
        // smallest of the up-to-4 children
        let c = first;
        let kc = keys[first] ?? 0;
        let ic = ids[first] ?? 0;
        const stop = Math.min(first + 4, last);
        for (let x = first + 1; x < stop; x++) {
          const kx = keys[x] ?? 0;
          const ix = ids[x] ?? 0;
          if (this.before(ix, kx, ic, kc)) {
            c = x;
            kc = kx;
            ic = ix;
          }
        }
        if (!this.before(ic, kc, id, key)) break;
        ids[i] = ic;
        keys[i] = kc;
        i = c;
      }
      ids[i] = id;
      keys[i] = key;
    }
    return top;
  }

  private grow(): void {
    const ids = new Uint32Array(this.ids.length * 2);
    ids.set(this.ids);
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    this.ids = ids;
    this.keys = keys;
  }
}
