/**
 * A row being read: its cells by canonical field, with the column each came from, and the
 * file it belongs to. User strings are only ever used as Map keys or as keys of null-prototype
 * records, so a column or a value named `__proto__` or `constructor` is data like any other.
 */
import type { FileReport, FileRole } from "../graph/import-report.js";
import type { ColumnMap } from "./columns.js";
import type { CsvRow, CsvStream } from "./csv.js";
import { spreadsheetText } from "./spreadsheet-text.js";
import { shown } from "./text.js";

export interface LoadedFile {
  /** The file's header and reading details; its rows are read by the importer (importer.ts). */
  csv: CsvStream;
  role: FileRole;
  cols: ColumnMap;
  report: FileReport;
}

/** An empty record that is safe for any key (no prototype: `__proto__` is an ordinary key). */
export function emptyRecord(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

/** The empty record of every row without extra cells: frozen, so it can be shared. */
const NO_EXTRA = Object.freeze(emptyRecord()) as Record<string, string>;

/** A null-prototype copy of a record. */
export function copyRecord(r: Readonly<Record<string, string>>): Record<string, string> {
  const out = emptyRecord();
  for (const [k, v] of Object.entries(r)) out[k] = v;
  return out;
}

/** Merge `add` into a copy of `cur`: new keys are added, differing values are listed as conflicts. */
export function mergeExtra(cur: Readonly<Record<string, string>>, add: Readonly<Record<string, string>>, conflicts: string[]): Record<string, string> {
  const out = copyRecord(cur);
  for (const [k, v] of Object.entries(add)) {
    if (!Object.hasOwn(out, k)) out[k] = v;
    else if (out[k] !== v) conflicts.push(k);
  }
  return out;
}

export class Row {
  constructor(
    readonly file: LoadedFile,
    readonly row: CsvRow,
  ) {}
  get line(): number {
    return this.row.line;
  }
  /** True when the row's quotes were broken and it was read literally from its line. */
  get damaged(): boolean {
    return this.row.damaged !== undefined;
  }
  /** Trimmed cell of a canonical field; "" when the column is absent or the cell empty. */
  get(field: string): string {
    const i = this.file.cols.fields.get(field);
    return i === undefined ? "" : spreadsheetText(this.row.cells[i] ?? "");
  }
  has(field: string): boolean {
    return this.file.cols.fields.has(field);
  }
  /** 1-based column number of a field (or of the first column when absent). */
  col(field: string): number {
    const i = this.file.cols.fields.get(field);
    return i === undefined ? 1 : i + 1;
  }
  colName(field: string): string {
    const i = this.file.cols.fields.get(field);
    return i === undefined ? field : (this.file.csv.header[i] ?? field);
  }
  where(field?: string): string {
    const f = shown(this.file.csv.name);
    if (field === undefined) return `${f}:${this.line}`;
    return `${f}:${this.line}:${this.col(field)} (column "${shown(this.colName(field), 40)}")`;
  }
  /**
   * Unknown columns, by header, non-empty cells only. Cells beyond the header are "column N".
   * A row with none gets the one shared, frozen empty record (no object per tie of an edge list).
   */
  extra(): Record<string, string> {
    let out: Record<string, string> | undefined;
    const { extra } = this.file.cols;
    const cells = this.row.cells;
    const width = this.file.csv.header.length;
    if (extra.size === 0 && cells.length <= width) return NO_EXTRA;
    for (let i = 0; i < cells.length; i++) {
      const key = extra.get(i) ?? (i >= width ? `column ${i + 1}` : undefined);
      if (key === undefined) continue;
      const v = spreadsheetText(cells[i] ?? "");
      if (v === "") continue;
      out ??= emptyRecord();
      out[key] = v;
    }
    return out ?? NO_EXTRA;
  }
  /** Numbers of the cells beyond the header that hold something. */
  overflow(): number[] {
    const out: number[] = [];
    for (let i = this.file.csv.header.length; i < this.row.cells.length; i++) {
      if ((this.row.cells[i] ?? "").trim() !== "") out.push(i + 1);
    }
    return out;
  }
}
