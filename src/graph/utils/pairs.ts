/**
 * Every unordered pair of a list, in order: [l0, l1], [l0, l2], …, [l1, l2], … (i < j). For a
 * list sorted by id, each pair is itself in id order.
 */
export function pairs<T>(list: readonly T[]): [T, T][] {
  const out: [T, T][] = [];
  list.forEach((a, i) => {
    for (const b of list.slice(i + 1)) out.push([a, b]);
  });
  return out;
}
