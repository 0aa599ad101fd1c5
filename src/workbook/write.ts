/**
 * exportWorkbook: a Workbook → its CSV files, through the project's one CSV writer (`csvText`):
 * the original column names and order, unknown columns kept, appended columns last, the file's
 * own delimiter (and Excel's `sep=;` first line when the file had it), and every row on the line it
 * had (blank lines are written where the original had blank or empty lines, so the import report's
 * "file:line" still points at the same rows).
 *
 * Cells are written as they are, with one exception (`spreadsheetSafe`): a cell a spreadsheet would
 * run as a formula — one that starts with `=`, `+`, `-`, `@`, tab or carriage return and is not a
 * number (`-3`, `+2,5`) or a lone sign (`+`, `-`) — gets the spreadsheet's "this is text" mark `'`
 * before it (OWASP's advice against CSV injection). The import reads the mark away
 * (src/import/spreadsheet-text.ts), so the values and the analysis are the same after the round
 * trip; a clean file is written back byte for byte. The free text typed in the map was already
 * marked when the edit stored it (edits.ts `typed`). Unlike `csvText`'s own defusing, nothing
 * inside a cell is marked (a note `a, =b` stays as written): the cells are quoted, so a
 * spreadsheet opening the file does not split them.
 */
import { csvText } from "../graph/utils/csv-text.js";
import type { Table, Workbook, WorkbookFile } from "./types.js";

const BOM = "\uFEFF";

/** A number a spreadsheet reads as a number (`-3`, `+2.5`, `-2,5`, `-1e3`), or a lone sign: never a formula. */
const NUMBER_OR_SIGN = /^[+-](?:\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?)?$/;

/**
 * A cell as written to a workbook file: with a `'` before it when a spreadsheet would run it as a
 * formula (see the module comment), as it is otherwise.
 */
export function spreadsheetSafe(cell: string): string {
  const c = cell.charCodeAt(0);
  // = + - @ tab CR
  if (c !== 61 && c !== 43 && c !== 45 && c !== 64 && c !== 9 && c !== 13) return cell;
  return NUMBER_OR_SIGN.test(cell) ? cell : `'${cell}`;
}

/** The cells of a row, each made spreadsheet-safe (the same array when none needed it). */
function safeCells(cells: readonly string[]): readonly string[] {
  let out: string[] | undefined;
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i] ?? "";
    const safe = spreadsheetSafe(v);
    if (safe === v) continue;
    out ??= [...cells];
    out[i] = safe;
  }
  return out ?? cells;
}

/** Line breaks inside a row's cells (\r\n counts once), as the reader counts them. */
export function breaksIn(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) {
    for (let i = 0; i < c.length; i++) {
      const ch = c.charCodeAt(i);
      if (ch === 10) n++;
      else if (ch === 13) {
        n++;
        if (c.charCodeAt(i + 1) === 10) i++;
      }
    }
  }
  return n;
}

/** The header's line: 1, or 2 after Excel's `sep=;` line. */
function headerLine(table: Table): number {
  return table.sepLine === true ? 2 : 1;
}

/** The line after the table's last row (where an added row goes). */
export function nextLine(table: Table): number {
  const last = table.rows[table.rows.length - 1];
  return last === undefined ? headerLine(table) + 1 : last.line + 1 + breaksIn(last.cells);
}

/** One table as CSV text (after Excel's `sep=` line when the file had one, and its byte-order mark before that). */
export function tableText(table: Table): string {
  const rows: (readonly string[])[] = [];
  let line = headerLine(table) + 1;
  for (const r of table.rows) {
    for (; line < r.line; line++) rows.push([""]);
    // A short row is padded to the header's width (so appended columns line up); cells beyond the header are kept.
    const cells = r.cells.length < table.header.length ? [...r.cells, ...Array<string>(table.header.length - r.cells.length).fill("")] : r.cells;
    rows.push(safeCells(cells));
    line += 1 + breaksIn(r.cells);
  }
  const sep = table.sepLine === true ? `sep=${table.delimiter}\n` : "";
  return (table.bom ? BOM : "") + sep + csvText(safeCells(table.header), rows, { delimiter: table.delimiter, defuse: false });
}

/** Every table as a CSV file, in the workbook's order. */
export function exportWorkbook(workbook: Workbook): WorkbookFile[] {
  return workbook.tables.map((t) => ({ name: t.name, text: tableText(t) }));
}
