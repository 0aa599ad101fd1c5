/** A count with its noun in the right number: `countWords(1, "member", "members")` → "1 member". */
export function countWords(k: number, one: string, many: string): string {
  return `${k} ${k === 1 ? one : many}`;
}
