import { terminalSafeText } from "./terminal-safe-text.js";

/**
 * Makes user text safe inside a Markdown table cell: `|` is escaped, line breaks (`\n`, `\r\n`, a
 * lone `\r`) become spaces, and characters a terminal would act on are shown escaped
 * (terminal-safe-text.ts), so a name can never break the table, be read as Markdown structure or
 * act on the terminal it is printed on. `null`/`undefined` give an empty cell.
 */
export function markdownCell(s: string | number | null | undefined): string {
  if (s === null || s === undefined) return "";
  return terminalSafeText(String(s).replace(/\|/g, "\\|").replace(/\r\n?|\n|[\u2028\u2029]/g, " "));
}
