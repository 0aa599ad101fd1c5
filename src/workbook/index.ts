/** Coalition Map — the workbook: the organizer's CSV files kept as tables, edited, written back. DOM-free. */
export type { AskOutcome, Edit, EditKind, EditStatus, Table, TieFields, TieRef, Workbook, WorkbookFile, WorkbookRow } from "./types.js";
export { EditError } from "./types.js";
export { readWorkbook, type WorkbookInput } from "./read.js";
export { exportWorkbook, tableText } from "./write.js";
export { ACTIVITY_FILE, ACTIVITY_HEADER, importWorkbook, isActivityTable, workbookFiles, workbookRoles } from "./import.js";
export { applyEdit, applyEdits, isIsoDate } from "./edits.js";
export { activeEdits, canRedo, canUndo, EMPTY_HISTORY, recordEdit, redo, undo, type EditHistory } from "./history.js";
export { EditChain } from "./chain.js";
export { describeEdit } from "./describe.js";
