/**
 * Disjoint sets (union–find) over the numbers 0…n−1, with path halving and union by size:
 * `union(a, b)` joins two sets, `find(a)` names a's set, `count` is the number of sets and
 * `largest` the size of the largest. Near-linear in the number of unions; typed arrays only, so a
 * network's connected components take one pass over its ties and no object per node.
 */
export class DisjointSets {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;
  /** Number of sets. */
  count: number;

  constructor(n: number) {
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n).fill(1);
    for (let i = 0; i < n; i++) this.parent[i] = i;
    this.count = n;
  }

  /** The representative of a's set. */
  find(a: number): number {
    const p = this.parent;
    let x = a;
    for (;;) {
      const up = p[x] ?? x;
      if (up === x) return x;
      const grand = p[up] ?? up;
      p[x] = grand;
      x = grand;
    }
  }

  /** Join the sets of a and b (nothing when they are already one). */
  union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    const s = this.size;
    if ((s[ra] ?? 0) < (s[rb] ?? 0)) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    s[ra] = (s[ra] ?? 0) + (s[rb] ?? 0);
    this.count--;
  }

  /** Size of the largest set (0 when there is no element). */
  get largest(): number {
    let m = 0;
    for (let i = 0; i < this.parent.length; i++) if (this.parent[i] === i) m = Math.max(m, this.size[i] ?? 0);
    return m;
  }
}
