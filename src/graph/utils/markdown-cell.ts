/**
 * Makes user text safe inside a Markdown table cell: `|` is escaped and line breaks become
 * spaces, so a name can never break the table or be read as Markdown structure.
 * `null`/`undefined` give an empty cell.
 */
export function markdownCell(s: string | number | null | undefined): string {
  if (s === null || s === undefined) return "";
  return String(s).replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
