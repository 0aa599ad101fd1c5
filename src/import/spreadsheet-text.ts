/**
 * A cell's text as the user meant it: trimmed, and without the `'` that spreadsheets (and
 * Coalition Map's own CSV writer, src/graph/utils/csv-text.ts) put before a leading `=`, `+`, `-`,
 * `@`, tab or carriage return so the cell is not run as a formula. So a sign `'-` written by an
 * export reads back as `-`, and a workbook survives an export and a re-import unchanged.
 */
const DEFUSED = /^'(?=[=+\-@\t\r])/;

export function spreadsheetText(cell: string): string {
  const t = cell.trim();
  return t.charCodeAt(0) === 39 /* ' */ ? t.replace(DEFUSED, "") : t;
}
