/**
 * A cell's text as the user meant it: trimmed, and without the `'` that spreadsheets (and
 * Coalition Map's own CSV writers, src/graph/utils/csv-text.ts and src/workbook/write.ts) put
 * before a leading `=`, `+`, `-`, `@`, tab or carriage return so the cell is not run as a formula.
 * So a sign `'-` written by an export reads back as `-`, and a workbook survives an export and a
 * re-import unchanged. `csvText` also marks such a character after a comma, semicolon or tab inside
 * a cell (`a,=b` is written `a,'=b`); that mark
 * is read away too, so a redacted copy read back has the organizations' names as they were. (A
 * `'` written on purpose right after a comma and before `=`, `+`, `-` or `@` is read away with it.)
 * A cell holding only characters that show nothing (zero-width spaces and joiners, word joiners, soft
 * hyphens, direction marks, byte-order marks, spaces) is empty: a name made of them would be a
 * person no one can see.
 */
const DEFUSED = /^'(?=[=+\-@\t\r])/;
/** The mark csvText puts after a comma, semicolon or tab inside a cell. */
const DEFUSED_INSIDE = /(?<=[,;\t])'(?=[=+\-@\t\r])/g;
const INVISIBLE_ONLY = /^[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\s]+$/;

export function spreadsheetText(cell: string): string {
  const t = cell.trim();
  const c = t.charCodeAt(0);
  // After the mark, trimmed again: a tab or line break it guarded is space, as it would be unmarked.
  const out = c === 39 /* ' */ ? t.replace(DEFUSED, "").trim() : c >= 0xad && INVISIBLE_ONLY.test(t) ? "" : t;
  return out.includes("'") ? out.replace(DEFUSED_INSIDE, "") : out;
}
