/**
 * readWorkbook: the organizer's CSV files → a Workbook. Each file is read by the importer's own
 * reader (`readCsv`: the same encodings, delimiters and quote-damage recovery), so the tables
 * hold exactly the rows the import sees, on the lines it reports.
 */
import type { FileRole } from "../graph/import-report.js";
import { readCsv } from "../import/csv.js";
import { EmptyFileError } from "../import/errors.js";
import type { Table, Workbook } from "./types.js";

export interface WorkbookInput {
  name: string;
  bytes: Uint8Array;
}

/** Read the files (with the roles the organizer chose, by file name, if any). Throws ImportError like the import. */
export function readWorkbook(files: readonly WorkbookInput[], roles?: Readonly<Record<string, FileRole>>): Workbook {
  const tables: Table[] = [];
  for (const f of files) {
    let csv: ReturnType<typeof readCsv>;
    try {
      csv = readCsv(f.name, f.bytes);
    } catch (e) {
      // An empty file beside others is left out, as the import leaves it out (with a warning); alone, it stops the import.
      if (e instanceof EmptyFileError && files.length > 1) continue;
      throw e;
    }
    const table: Table = {
      name: f.name,
      header: [...csv.header],
      rows: csv.rows.map((r) => ({ cells: [...r.cells], line: r.line })),
      delimiter: csv.delimiter,
      bom: csv.encoding !== "utf-8",
    };
    if (csv.headerLine === 2) table.sepLine = true;
    const role = roles !== undefined && Object.hasOwn(roles, f.name) ? roles[f.name] : undefined;
    if (role !== undefined) table.role = role;
    tables.push(table);
  }
  return { tables };
}
