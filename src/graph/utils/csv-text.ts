/**
 * The one CSV writer of Coalition Map: every CSV the CLI or the map writes goes through here.
 *
 * Papa.unparse does the RFC 4180 quoting (a cell with a comma, quote or line break is quoted,
 * quotes doubled); lines end with "\n" and the text ends with one. Text cells are defused
 * against spreadsheet formula injection: wherever a cell, or any part of it that a spreadsheet
 * could split off at a comma, semicolon or tab, starts with `=`, `+`, `-`, `@`, tab or carriage
 * return, a `'` is put before that character (Excel's and LibreOffice's "this is text" mark).
 * Numbers are written as they are.
 */
import Papa from "papaparse";

export type CsvValue = string | number;

/** Every position that starts the cell or follows a comma, semicolon or tab, and precedes a formula character. */
const DANGEROUS = /(?<=^|[,;\t])(?=[=+\-@\t\r])/g;

/** Defuses one text cell (see the module comment). */
function defuse(value: string): string {
  return value.replace(DANGEROUS, "'");
}

/** How `csvText` writes (both optional). */
export interface CsvTextOptions {
  /** Default comma. A workbook written back keeps its file's delimiter (a semicolon file stays one, so "2,5" still reads as 2.5). */
  delimiter?: "," | ";" | "\t";
  /**
   * Default true. False only for the organizer's own cells written back to their own files (the
   * workbook export): a sign column's `+` stays `+`, exactly as it was in their spreadsheet.
   */
  defuse?: boolean;
}

/** The CSV text of a header and rows. */
export function csvText(header: readonly string[], rows: readonly (readonly CsvValue[])[], options: CsvTextOptions = {}): string {
  const safe = options.defuse ?? true;
  const data = [header, ...rows].map((row) => row.map((v) => (typeof v === "number" ? String(v) : safe ? defuse(v) : v)));
  return Papa.unparse(data, { newline: "\n", escapeFormulae: false, delimiter: options.delimiter ?? "," }) + "\n";
}
