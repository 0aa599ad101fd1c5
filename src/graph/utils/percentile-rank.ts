import { countSorted } from "./count-sorted.js";

/**
 * Percentile ranks of a set of values: for each key, the share of the other keys with a lower
 * value, counting equal values as half (0 = lowest, 1 = highest; 0 for everyone when there is
 * only one key). Non-finite values count as 0. O(n log n) once, then O(log n) per lookup.
 */
export function percentileRank(values: ReadonlyMap<string, number>): (key: string) => number {
  const clean = (v: number | undefined): number => (v !== undefined && Number.isFinite(v) ? v : 0);
  const sorted = Float64Array.from(values.values(), clean).sort();
  const n = sorted.length;
  return (key) => {
    if (n <= 1) return 0;
    const v = clean(values.get(key));
    const below = countSorted(sorted, v, true);
    const equal = countSorted(sorted, v, false) - below;
    return (below + 0.5 * (equal - 1)) / (n - 1);
  };
}
