/**
 * Orders two node ids (or any strings) by UTF-16 code units, as `Array.prototype.sort` does by
 * default — locale-independent, so every sorted list in a report is the same on every machine.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
