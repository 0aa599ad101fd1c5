/**
 * A cell's text as the user meant it: trimmed, and without the `'` that spreadsheets (and
 * Coalition Map's own CSV writer, src/graph/utils/csv-text.ts) put before a leading `=`, `+`, `-`,
 * `@`, tab or carriage return so the cell is not run as a formula. So a sign `'-` written by an
 * export reads back as `-`, and a workbook survives an export and a re-import unchanged. A cell
 * holding only characters that show nothing (zero-width spaces and joiners, word joiners, soft
 * hyphens, direction marks, byte-order marks, spaces) is empty: a name made of them would be a
 * person no one can see.
 */
const DEFUSED = /^'(?=[=+\-@\t\r])/;
const INVISIBLE_ONLY = /^[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\s]+$/;

export function spreadsheetText(cell: string): string {
  const t = cell.trim();
  const c = t.charCodeAt(0);
  if (c === 39 /* ' */) return t.replace(DEFUSED, "");
  return c >= 0xad && INVISIBLE_ONLY.test(t) ? "" : t;
}
