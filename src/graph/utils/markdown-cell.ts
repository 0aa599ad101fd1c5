import { terminalSafeText } from "./terminal-safe-text.js";

/**
 * Makes user text safe inside a Markdown table cell: `|` is escaped, the characters that make
 * links, HTML, code, emphasis and strike-through (`[`, `]`, `<`, `>`, `` ` ``, `*`, `~`, an `_` not
 * inside a word, a backslash, an `&` that starts a character reference such as `&#x202E;`) are
 * backslash-escaped, so are a leading `#`, `-`, `+` or `1.` followed by a space (a heading or a list
 * where the cell starts a list item), line breaks (`\n`, `\r\n`, a lone `\r`) become spaces, and characters a terminal would act on are
 * shown escaped (terminal-safe-text.ts). So a name such as `[Donate](http://…)` or `<img …>` is
 * shown as written by a Markdown viewer, never made a link or HTML, can never break the table,
 * and cannot act on the terminal it is printed on. `null`/`undefined` give an empty cell.
 */
export function markdownCell(s: string | number | null | undefined): string {
  if (s === null || s === undefined) return "";
  return terminalSafeText(
    String(s)
      .replace(/[\\|[\]<>`*~]|_(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])_|&(?=#?[\p{L}\p{N}]+;)/gu, (c) => `\\${c}`)
      .replace(/\r\n?|\n|[\u2028\u2029]/g, " ")
      // What would open a heading, a list or a quote where the cell starts a list item ("- # Ana").
      .replace(/^([#+-])(?=\s|$)/, "\\$1")
      .replace(/^(\d{1,9})([.)])(?=\s|$)/, "$1\\$2"),
  );
}
