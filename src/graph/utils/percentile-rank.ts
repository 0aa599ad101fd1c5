/**
 * Percentile ranks of a set of values: for each key, the share of the other keys with a lower
 * value, counting equal values as half (0 = lowest, 1 = highest; 0 for everyone when there is
 * only one key). Non-finite values count as 0. O(n log n) once, then O(log n) per lookup.
 */
export function percentileRank(values: ReadonlyMap<string, number>): (key: string) => number {
  const clean = (v: number | undefined): number => (v !== undefined && Number.isFinite(v) ? v : 0);
  const sorted = Float64Array.from(values.values(), clean).sort();
  const n = sorted.length;
  const lowerBound = (x: number, strict: boolean): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = sorted[mid] ?? 0;
      if (strict ? m < x : m <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (key) => {
    if (n <= 1) return 0;
    const v = clean(values.get(key));
    const below = lowerBound(v, true);
    const equal = lowerBound(v, false) - below;
    return (below + 0.5 * (equal - 1)) / (n - 1);
  };
}
