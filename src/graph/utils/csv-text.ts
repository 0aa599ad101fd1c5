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

/** The CSV text of a header and rows. */
export function csvText(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const data = [header, ...rows].map((row) => row.map((v) => (typeof v === "number" ? String(v) : defuse(v))));
  return Papa.unparse(data, { newline: "\n", escapeFormulae: false }) + "\n";
}
