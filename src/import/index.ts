/** Coalition Map — import: CSV bytes in, one CoalitionGraph and an import report out. DOM-free. */
export { importCoalition, MEMBERSHIP_STRENGTH } from "./importer.js";
export type { InputFile, ImportOptions, ImportResult } from "./importer.js";
export { ImportError } from "./errors.js";
export type { FileRole, FileReport, ImportReport, ImportWarning, MergeRecord, Rejection, RowRef } from "../graph/import-report.js";
export { readCsv, decodeBytes, detectDelimiter } from "./csv.js";
export type { CsvFile, CsvRow, Encoding, QuoteDamage } from "./csv.js";
export { COLUMNS, REQUIRED, mapColumns, normalizeHeader, isTieHeader } from "./columns.js";
export { detectRole, roleFromName } from "./roles.js";
export { normalizeName, slugify, parseYesNo, parseStatus, parseSign, parseNumber, readNumber, splitList } from "./values.js";
export type { NumberReading } from "./values.js";
export { escapeControls, oneLine, shown } from "./text.js";
export { undatedTiesFinding } from "./undated-ties.js";
