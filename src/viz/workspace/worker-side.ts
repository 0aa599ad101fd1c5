/**
 * The workers' side of a workspace: its edits replayed on its tables (a chain kept between
 * requests, so an edit or an undo costs one step, not the whole list), and the result as the
 * files and roles the import takes. No DOM here.
 */
import { EditChain, importWorkbook, workbookFiles, workbookRoles, type Workbook } from "../../workbook/index.js";
import type { ImportResult } from "../../import/importer.js";
import type { FileRole } from "../../graph/import-report.js";
import type { InputFileMessage, WorkbookRequest } from "../protocol.js";

const chain = new EditChain();

/**
 * The workbook after the edits, its files, and its import: made once (importWorkbook keeps it per
 * workbook, so the next edit finds its rows in the same import: one import per edit).
 */
export function workbookRequestFiles(request: WorkbookRequest): { files: InputFileMessage[]; roles: Record<string, FileRole> | undefined; workbook: Workbook; imported: ImportResult } {
  const workbook = chain.workbookAt({ tables: request.tables }, request.edits);
  return { files: workbookFiles(workbook), roles: workbookRoles(workbook), workbook, imported: importWorkbook(workbook) };
}
