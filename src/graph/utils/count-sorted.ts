/**
 * How many values of `sorted` (ascending) are below `value` (`strict`) or at most `value`: a binary
 * search, O(log n). The count below and the count at most together give how many equal it.
 */
export function countSorted(sorted: ArrayLike<number>, value: number, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const x = sorted[mid] ?? 0;
    if (strict ? x < value : x <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
