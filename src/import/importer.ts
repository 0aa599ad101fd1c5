/**
 * importCoalition: coalition spreadsheets (or a generic Gephi-style edge list) in, one typed
 * graphology graph and an import report out. Every data row is imported, merged into an earlier
 * row, or rejected with file:line:column and a reason.
 *
 * Order of work: organizations, people, node lists, tie lists, needs (each group in the order
 * the files were given), so that people can name their organization and ties can name anyone.
 * The readers live beside this file: nodes.ts, ties.ts, needs.ts; the shared state in state.ts.
 */
import { spreadsheetText } from "./spreadsheet-text.js";
import type { CoalitionGraph } from "../graph/types.js";
import type { FileReport, FileRole, ImportReport } from "../graph/import-report.js";
import { COLUMNS, mapColumns, normalizeHeader, REQUIRED } from "./columns.js";
import { isLoneQuoteLine, LONE_QUOTE_LINE, openCsv, type CsvRow, type CsvStream } from "./csv.js";
import type { ImportWarning } from "../graph/import-report.js";
import { EmptyFileError, ImportError } from "./errors.js";
import { readNeed } from "./needs.js";
import { genericNode, workbookNode } from "./nodes.js";
import { baseName, detectRole, type DetectedRole } from "./roles.js";
import { legacyName, type LegacyEncoding } from "./legacy-encoding.js";
import { ownOutputKind } from "./own-outputs.js";
import { warnUnknownServices } from "./service-names.js";
import { Row, type LoadedFile } from "./row.js";
import { ImportState, warningAt } from "./state.js";
import { shown } from "./text.js";
import { readTie } from "./ties.js";
import { finishSurvey, readSurveyRow } from "./survey.js";
import { ActivityLog } from "./activity.js";

export { MEMBERSHIP_STRENGTH } from "./nodes.js";

export interface InputFile {
  /** File name (a path is fine; its last part is used to guess the role). */
  name: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  /** Roles given by the caller, keyed by InputFile.name (or its base name with extension). */
  roles?: Record<string, FileRole>;
  /**
   * Files the caller found beside the inputs (in a folder it was given) and did not read: a
   * spreadsheet saved in another format (people.xlsx, an .ods or .numbers file). Each gets a
   * warning, so a sheet left out is never left out silently.
   */
  notRead?: readonly string[];
}

/** What a spreadsheet file not saved as CSV is, by its extension, in words. */
function spreadsheetKind(name: string): string {
  const ext = /\.([^./\\]+)$/.exec(name.toLowerCase())?.[1] ?? "";
  if (ext === "ods") return "an OpenDocument (LibreOffice) spreadsheet";
  if (ext === "numbers") return "an Apple Numbers spreadsheet";
  if (ext.startsWith("xl")) return "an Excel workbook";
  return "not a CSV file";
}

export interface ImportResult {
  graph: CoalitionGraph;
  report: ImportReport;
}

const ROLE_WORDS: Readonly<Record<FileRole, string>> = {
  people: "people",
  organizations: "organizations",
  connections: "connections",
  needs: "needs (services)",
  nodes: "node list",
  edges: "edge list",
  survey: "partner survey",
  activity: "activity log",
};

const WORKBOOK_ROLES: ReadonlySet<DetectedRole> = new Set(["people", "organizations", "needs"]);

/** The header as a list for a message: each name quoted and cut short (the message is capped anyway). */
function headerList(csv: { header: readonly string[] }): string {
  return csv.header.map((h) => `"${shown(h, 40)}"`).join(", ");
}

/** The role the caller gave this file (by its name, or its base name with extension), if any. */
function givenRole(file: InputFile, roles: Record<string, FileRole> | undefined): FileRole | undefined {
  const own = (k: string): FileRole | undefined => (roles !== undefined && Object.hasOwn(roles, k) ? roles[k] : undefined);
  return own(file.name) ?? own(file.name.split(/[\\/]/).pop() ?? file.name);
}

function roleFor(file: InputFile, csv: CsvStream, roles: Record<string, FileRole> | undefined): DetectedRole {
  const given = givenRole(file, roles);
  if (given !== undefined) return given;
  const detected = detectRole(file.name, csv.header);
  if (detected === undefined) {
    throw new ImportError(
      `Coalition Map can't tell what ${shown(file.name)} holds (columns: ${headerList(csv)}). ` +
        `Rename it (people.csv, organizations.csv, connections.csv, services.csv) or say which it is.`,
      file.name,
    );
  }
  return detected;
}

/**
 * Tie lists are read row by row as they are imported (never all their rows at once: a 500,000-tie
 * edge list is most of an import's memory otherwise); every other file is read whole first (node
 * lists give the explicit ids before any row is read).
 */
const STREAMED_ROLES: ReadonlySet<FileRole> = new Set(["connections", "edges"]);

/** Check a file's required columns and open its accounting (`rows`: the file's rows when read whole). */
/** True when a header has every column a file of this role needs. */
function hasRequired(header: string[], role: FileRole): boolean {
  const cols = mapColumns(header, role);
  return REQUIRED[role].every((group) => group.some((f) => cols.fields.has(f)));
}

/** The first rows of a file (at most `n`), read again for a message (a file read in a stream keeps none). */
function firstRows(csv: CsvStream, rows: readonly CsvRow[], n: number): readonly CsvRow[] {
  if (rows.length > 0) return rows.slice(0, n);
  const out: CsvRow[] = [];
  const enough = new Error("enough rows");
  try {
    csv.forEachRow((row) => {
      out.push(row);
      if (out.length >= n) throw enough;
    });
  } catch (e) {
    if (e !== enough) throw e;
  }
  return out;
}

/**
 * More to say when a file lacks a column it needs: the column names are further down (a title
 * line above them, as a sheet with a heading saves), or a people file has its names in a first
 * and a last name column. "" when neither.
 */
function missingColumnHint(csv: CsvStream, role: FileRole, rows: readonly CsvRow[]): string {
  for (const row of firstRows(csv, rows, 10)) {
    const cells = row.cells.map((c) => spreadsheetText(c));
    if (hasRequired(cells, role)) {
      const names = cells.filter((c) => c !== "").slice(0, 6).map((c) => `"${shown(c, 30)}"`).join(", ");
      return ` The column names seem to be on line ${row.line} (${names}): delete the ${row.line - csv.headerLine === 1 ? "line" : `${row.line - csv.headerLine} lines`} above them (a title, or notes) and save the file again.`;
    }
  }
  if (role === "people" || role === "organizations" || role === "nodes") {
    const header = csv.header.map(normalizeHeader);
    const first = header.findIndex((h) => FIRST_NAME.has(h));
    const last = header.findIndex((h) => LAST_NAME.has(h));
    if (first >= 0 || last >= 0) {
      const cols = [first, last].filter((i) => i >= 0).map((i) => `"${shown(csv.header[i] ?? "", 30)}"`).join(" and ");
      return ` It has ${cols}: put each whole name in one column named "name" (a spreadsheet joins two with =B2&" "&C2).`;
    }
  }
  return "";
}

/** Normalized column names of a first and of a last name (English, Spanish, French): named in the message, not read. */
const FIRST_NAME: ReadonlySet<string> = new Set(["firstname", "givenname", "first", "forename", "prenom", "primernombre"]);
const LAST_NAME: ReadonlySet<string> = new Set(["lastname", "surname", "familyname", "last", "apellido", "apellidos", "nomdefamille"]);

function loadFile(csv: CsvStream, role: FileRole, rows: readonly CsvRow[]): LoadedFile {
  const cols = mapColumns(csv.header, role);
  for (const group of REQUIRED[role]) {
    if (!group.some((f) => cols.fields.has(f))) {
      const names = group.flatMap((f) => (COLUMNS[role][f] ?? []).slice(0, 2)).map((n) => `"${n}"`);
      // The hint before the list of columns, which may be long (the message is cut at ~300 characters).
      const hint = missingColumnHint(csv, role, rows);
      throw new ImportError(`${shown(csv.name)} (the ${ROLE_WORDS[role]} file) has no ${names.join(" or ")} column.${hint} Its columns are: ${headerList(csv)}.`, csv.name);
    }
  }
  const report: FileReport = {
    file: csv.name,
    role,
    encoding: csv.encoding,
    delimiter: csv.delimiter,
    rowsRead: rows.length,
    imported: 0,
    merged: 0,
    rejected: 0,
  };
  return { csv, role, cols, report };
}

/** Every id written in a node list's id column: generated ids must not take them. */
function explicitIds(loaded: readonly LoadedFile[], rowsOf: ReadonlyMap<LoadedFile, readonly CsvRow[]>): Set<string> {
  const ids = new Set<string>();
  for (const f of loaded) {
    if (f.role !== "people" && f.role !== "organizations" && f.role !== "nodes") continue;
    const i = f.cols.fields.get("id");
    if (i === undefined) continue;
    for (const row of rowsOf.get(f) ?? []) {
      const id = (row.cells[i] ?? "").trim();
      if (id !== "") ids.add(id);
    }
  }
  return ids;
}

/** The other code pages a few short names fit, in words: `Greek ("Θβΰν Οεςπξβ") or Central European ("Čâŕí Ďĺňđîâ")`, at most two named. */
function alternativesList(alternatives: readonly { encoding: LegacyEncoding; read: string }[]): string {
  const named = alternatives.slice(0, 2).map((a) => `${legacyName(a.encoding).replace(/ \(.*\)$/, "")} ("${shown(a.read, 12)}")`);
  const more = alternatives.length - named.length;
  return more > 0 ? `${named.join(", ")} or ${more} more` : named.length === 1 ? (named[0] ?? "") : `${named.slice(0, -1).join(", ")} or ${named[named.length - 1] ?? ""}`;
}

/**
 * A connections file without a strength column but with columns Coalition Map does not read (a
 * `força` or `Stärke` column, in a language it does not know): every tie counts 1, which would be
 * silently wrong if one of them is the strength. Says so, naming them. Undefined otherwise.
 */
function unreadStrength(f: LoadedFile): ImportWarning | undefined {
  if (f.role !== "connections" || f.cols.fields.has("strength")) return undefined;
  const unread = [...f.cols.extra.keys()].filter((i) => !f.cols.shadowed.has(i) && (f.csv.header[i] ?? "") !== "");
  const first = unread[0];
  if (first === undefined) return undefined;
  const h = f.csv.headerLine;
  const names = unread.slice(0, 6).map((i) => `"${shown(f.csv.header[i] ?? "", 40)}"`);
  const list = unread.length > 6 ? `${names.join(", ")} and ${unread.length - 6} more` : names.join(", ");
  const these = unread.length === 1 ? `the column ${list} is not one Coalition Map reads (it is kept with each tie)` : `the columns ${list} are not ones Coalition Map reads (they are kept with each tie)`;
  return warningAt(
    f.csv.name,
    h,
    first + 1,
    `${shown(f.csv.name)}:${h}:${first + 1}: this file has no strength column, so every tie counts the same (1); ${these}. If ${unread.length === 1 ? "it" : "one of them"} is the strength (1 to 5), rename ${unread.length === 1 ? "it" : "that column"} "strength" (README, "Column names", lists the names Coalition Map reads).`,
  );
}

/** Warnings about how a file was read: broken quotes (`rows`: its rows, or only the damaged ones), bytes that were not UTF-8. */
function readingWarnings(f: LoadedFile, rows: readonly CsvRow[]): ImportWarning[] {
  const out: ImportWarning[] = [];
  const name = shown(f.csv.name);
  const quoteWarning = (line: number, column: number, reason: string, what: string) =>
    out.push(warningAt(f.csv.name, line, column, `${name}:${line}:${column}: ${reason}. ${what} was read as it stands on this line, and the lines after it as their own rows; check this line in your spreadsheet.`));
  const h = f.csv.headerLine;
  if (f.csv.headerDamage !== undefined) quoteWarning(h, f.csv.headerDamage.column, f.csv.headerDamage.reason, "The header");
  for (const [i, first] of f.cols.shadowed) {
    const col = (k: number) => `column ${k + 1} ("${shown(f.csv.header[k] ?? "", 40)}")`;
    out.push(
      warningAt(f.csv.name, h, i + 1, `${name}:${h}:${i + 1}: ${col(i)} means the same as ${col(first)}; only ${col(first)} is read for it. The cells of column ${i + 1} are kept as extra information, not used. Rename or remove one of the two columns.`),
    );
  }
  const unread = unreadStrength(f);
  if (unread !== undefined) out.push(unread);
  for (const row of rows) if (row.damaged !== undefined && !isLoneQuoteLine(row)) quoteWarning(row.line, row.damaged.column, row.damaged.reason, "The row");
  const empty = f.csv.emptyRows;
  if (f.report.rowsRead === 0 && empty.length === 0) {
    // A header and nothing else (an export of an empty sheet, or the rows saved in another file): the report's "needs a status column" would otherwise be all it says.
    out.push(warningAt(f.csv.name, h, undefined, `${name}:${h}: this file has column names but no rows below them; nothing was read from it. Check that it is the file you meant to give.`));
  }
  const firstEmpty = empty[0];
  if (firstEmpty !== undefined) {
    const lines = empty.length <= 8 ? empty.join(", ") : `${empty.slice(0, 8).join(", ")} and ${empty.length - 8} more`;
    const what =
      empty.length === 1
        ? "this row has only empty cells, as a spreadsheet saves a row left empty; it holds nothing and was skipped (not counted as a row read)"
        : `${empty.length} rows have only empty cells (lines ${lines}), as a spreadsheet saves rows left empty; they hold nothing and were skipped (not counted as rows read)`;
    out.push(warningAt(f.csv.name, firstEmpty, undefined, `${name}:${firstEmpty}: ${what}.`));
  }
  const other = f.csv.otherCodePage;
  if (other !== undefined) {
    const at = `${name}:${other.line}`;
    const seen = `"${shown(other.seen, 30)}"`;
    out.push(
      warningAt(
        f.csv.name,
        other.line,
        undefined,
        other.encoding === undefined
          ? `${at}: this file is not UTF-8, and read as Western European (Windows-1252) its words are garbled (${seen}), as another alphabet's letters are: its names are probably wrong. Save the sheet as "CSV UTF-8" and import it again.`
          : other.alternatives !== undefined && other.alternatives.length > 0
            ? // Too few words to tell the code page: said, with the other readings, not a confident guess.
              `${at}: this file is not UTF-8; it was read as ${legacyName(other.encoding)}: "${shown(other.read ?? "", 24)}", but its few words also read as ${alternativesList(other.alternatives)}. Check the names; to be sure, save the sheet as "CSV UTF-8" and import it again.`
            : `${at}: this file is not UTF-8; read as Western European (Windows-1252) its words are garbled (${seen}), so it was read as ${legacyName(other.encoding)}: "${shown(other.read ?? "", 30)}". Check the names; to be sure, save the sheet as "CSV UTF-8" and import it again.`,
      ),
    );
  }
  for (const line of f.csv.repairedLines) {
    out.push(warningAt(f.csv.name, line, undefined, `${name}:${line}: this line has characters that are not UTF-8 (as if pasted from a Windows program); they were read as Windows-1252. Check the accents on this line.`));
  }
  for (const line of f.csv.nulLines ?? []) {
    out.push(warningAt(f.csv.name, line, undefined, `${name}:${line}: this line had an invisible zero byte (as a damaged copy or a bad conversion leaves), which was removed. Check this line in your spreadsheet.`));
  }
  return out;
}

/**
 * True when a data row repeats the header (two exports pasted one after the other): every cell is
 * the header's cell in that column, ignoring case and surrounding spaces. A one-column file is
 * never judged so (its header could be a name).
 */
function repeatsHeader(header: readonly string[], cells: readonly string[]): boolean {
  if (header.length < 2 || cells.length !== header.length) return false;
  // Cheap tests first (this runs on every row of a large edge list): a row's first cell rarely equals the header's.
  const first = cells[0] ?? "";
  const name = header[0] ?? "";
  if (first.length < name.length || first.trim().toLowerCase() !== name.toLowerCase()) return false;
  return cells.every((c, i) => c.trim().toLowerCase() === (header[i] ?? "").toLowerCase());
}

/** The field read from a file's first column (or that column's header), to reject a whole row at column 1. */
function firstColumn(r: Row): string {
  return [...r.file.cols.fields].find(([, i]) => i === 0)?.[0] ?? r.file.csv.header[0] ?? "";
}

/** Reject a row that repeats the header, at its first column. */
function rejectHeaderRepeat(st: ImportState, r: Row): void {
  st.reject(r, firstColumn(r), `this row repeats the header (the column names), as when two files are pasted one after the other; row skipped.`);
}

/**
 * Import coalition spreadsheets (people, organizations, connections, services) or a generic
 * edge list (+ optional node list) into one graph, with a report accounting for every row.
 * Throws ImportError for problems that stop the import (no file, not a CSV, a required column
 * missing, no file holding people, organizations or ties).
 */
export function importCoalition(files: InputFile[], options: ImportOptions = {}): ImportResult {
  if (files.length === 0) {
    throw new ImportError("No input files were given. Give the folder holding your CSV files, or the files themselves.");
  }
  // Coalition Map's own outputs (an outreach plan saved into the folder of the spreadsheets…) are
  // skipped, with a warning, unless the caller said which file it is (own-outputs.ts).
  const skipped: ImportWarning[] = [];
  for (const name of options.notRead ?? []) {
    const kind = spreadsheetKind(name);
    skipped.push(
      warningAt(
        name,
        1,
        undefined,
        `${shown(name)} was not read: it is ${kind}, and Coalition Map reads CSV files. If it holds people, organizations or ties, open it in your spreadsheet program and save each sheet as CSV (comma, semicolon or tab separated) beside the other files.`,
      ),
    );
  }
  const kinds: string[] = [];
  const parsed: { csv: CsvStream; detected: DetectedRole }[] = [];
  for (const f of files) {
    let csv: CsvStream;
    try {
      csv = openCsv(f.name, f.bytes);
    } catch (e) {
      // An empty file beside others (a sheet saved before anything was typed in it) is skipped, said in a warning; alone, it stops the import.
      if (!(e instanceof EmptyFileError) || files.length === 1) throw e;
      skipped.push(warningAt(f.name, 1, undefined, `${shown(f.name)} is empty (no column names, no rows); it was skipped. If it should hold something, save it again from your spreadsheet.`));
      continue;
    }
    const own = givenRole(f, options.roles) === undefined ? ownOutputKind(csv.header) : undefined;
    if (own !== undefined) {
      kinds.push(own);
      const name = shown(csv.name);
      skipped.push(
        warningAt(
          csv.name,
          csv.headerLine,
          undefined,
          `${name} was not read: it is ${own}, written by Coalition Map (columns ${headerList({ header: csv.header.slice(0, 3) })}…), not one of your spreadsheets. Keep Coalition Map's outputs out of your spreadsheets' folder.`,
        ),
      );
      continue;
    }
    parsed.push({ csv, detected: roleFor(f, csv, options.roles) });
  }
  if (parsed.length === 0 && kinds.length === 0) {
    throw new ImportError(`${files.map((f) => shown(f.name)).join(", ")} are all empty (no column names, no rows); there is no network to build.`);
  }
  if (parsed.length === 0) {
    throw new ImportError(
      `${files.map((f) => shown(f.name)).join(", ")} ${files.length === 1 ? "is a file" : "are files"} that Coalition Map wrote (${[...new Set(kinds)].join("; ")}), not your spreadsheets; there is no network to build. Give the folder or the files of your spreadsheets.`,
    );
  }
  const workbook = parsed.some(
    (p) => WORKBOOK_ROLES.has(p.detected) || p.detected === "connections" || (p.detected === "ties" && /^(connection|ties?\b|ties_|relationship)/i.test(baseName(p.csv.name))),
  );
  const format = workbook ? "workbook" : "generic";
  const rowsOf = new Map<LoadedFile, CsvRow[]>();
  const loaded = parsed.map(({ csv, detected }) => {
    const role = detected === "ties" ? (workbook ? "connections" : "edges") : detected;
    const rows: CsvRow[] = [];
    if (!STREAMED_ROLES.has(role)) csv.forEachRow((row) => rows.push(row));
    const f = loadFile(csv, role, rows);
    rowsOf.set(f, rows);
    return f;
  });
  if (!loaded.some((f) => f.role !== "needs" && f.role !== "survey" && f.role !== "activity")) {
    throw new ImportError(`No people, organizations or connections file was found among ${loaded.map((f) => shown(f.csv.name)).join(", ")}; there is no network to build.`);
  }

  const st = new ImportState(
    format,
    loaded.some((f) => f.role === "organizations") && !loaded.some((f) => f.role === "people"),
    loaded.some((f) => f.role === "people" || f.role === "organizations" || f.role === "nodes"),
    explicitIds(loaded, rowsOf),
  );
  // Warnings about how each file was read come first, file by file, then those of the rows. A
  // streamed file's are known once it has been read.
  const reading = new Map<LoadedFile, ImportWarning[]>();
  for (const f of loaded) if (!STREAMED_ROLES.has(f.role)) reading.set(f, readingWarnings(f, rowsOf.get(f) ?? []));
  const each = (role: FileRole, read: (r: Row) => void) => {
    const fn = (r: Row) => {
      if (repeatsHeader(r.file.csv.header, r.row.cells)) rejectHeaderRepeat(st, r);
      else if (isLoneQuoteLine(r.row)) st.reject(r, firstColumn(r), LONE_QUOTE_LINE);
      else read(r);
    };
    for (const f of loaded) {
      if (f.role !== role) continue;
      if (!STREAMED_ROLES.has(role)) {
        for (const row of rowsOf.get(f) ?? []) fn(new Row(f, row));
        continue;
      }
      const damaged: CsvRow[] = [];
      let count = 0;
      f.csv.forEachRow((row) => {
        count++;
        if (row.damaged !== undefined) damaged.push(row);
        fn(new Row(f, row));
      });
      f.report.rowsRead = count;
      reading.set(f, readingWarnings(f, damaged));
    }
  };
  each("organizations", (r) => workbookNode(st, r, "organization"));
  each("people", (r) => workbookNode(st, r, "person"));
  each("nodes", (r) => genericNode(st, r));
  each("connections", (r) => readTie(st, r));
  each("edges", (r) => readTie(st, r));
  each("needs", (r) => readNeed(st, r));
  warnUnknownServices(st, loaded.some((f) => f.role === "needs"));
  each("survey", (r) => readSurveyRow(st, r));
  finishSurvey(st);
  const log = loaded.some((f) => f.role === "activity") ? new ActivityLog(st) : undefined;
  each("activity", (r) => log?.read(r));
  log?.apply();
  st.finish();

  const fileReports = loaded.map((f) => f.report);
  const sum = (k: "rowsRead" | "imported" | "merged" | "rejected") => fileReports.reduce((a, f) => a + f[k], 0);
  const report: ImportReport = {
    files: fileReports,
    rowsRead: sum("rowsRead"),
    imported: sum("imported"),
    merged: sum("merged"),
    rejected: sum("rejected"),
    merges: st.merges,
    rejections: st.rejections,
    warnings: [...skipped, ...loaded.flatMap((f) => reading.get(f) ?? []), ...st.warnings],
    ...(log ? { info: log.info, activity: log.records() } : {}),
  };
  return { graph: st.graph, report };
}
