/**
 * Reading one CSV file from bytes: encoding (decode.ts), delimiter detection, parsing with
 * papaparse, and the physical line number of every row.
 *
 * A stray or unclosed quote makes a CSV parser read the lines after it as part of one cell
 * (38 people vanishing into one person's notes). Papaparse reports these quote errors; here the
 * damaged row is read as it stands on its own physical line, flagged, and parsing starts again
 * on the next line, so every following line is read as its own row.
 */
import Papa from "papaparse";
import { decodeBytes, type Decoded, type Encoding } from "./decode.js";
import { EmptyFileError, ImportError } from "./errors.js";
import { readLineLiterally } from "./literal-line.js";
import { spreadsheetText } from "./spreadsheet-text.js";

export type { Encoding } from "./decode.js";
export { decodeBytes } from "./decode.js";

/** A row whose quotes were broken: read literally from its line. */
export interface QuoteDamage {
  /** 1-based column of the first cell with a quote problem. */
  column: number;
  /** What went wrong, for the organizer. */
  reason: string;
}

export interface CsvRow {
  /** The cells, as strings (not trimmed). */
  cells: string[];
  /** 1-based physical line where the row starts (the header is line 1). */
  line: number;
  /** Set when the row's quotes were broken and it was read literally from its line. */
  damaged?: QuoteDamage;
}

export interface CsvFile {
  name: string;
  encoding: Encoding;
  delimiter: "," | ";" | "\t";
  /** Header cells, trimmed, BOM removed. */
  header: string[];
  /** Data rows; blank lines and rows whose cells are all empty are left out. */
  rows: CsvRow[];
  /** The header's own quote damage, if any. */
  headerDamage?: QuoteDamage;
  /** 1-based lines holding bytes that were not UTF-8 in a UTF-8 file (read as Windows-1252). */
  repairedLines: number[];
  /** 1-based lines from which stray zero bytes were removed; absent when none. */
  nulLines?: number[];
  /** The header's line: 1, or 2 after Excel's `sep=;` line. */
  headerLine: number;
  /** Set when the file looked like another alphabet's code page (decode.ts, legacy-encoding.ts). */
  otherCodePage?: Decoded["otherCodePage"];
}

/**
 * Excel's first line `sep=;` (or `sep=,`, `sep=<tab>`), which names the delimiter and is not part
 * of the table: the delimiter and the length of the line with its break, or undefined.
 */
export function excelSepLine(text: string): { delimiter: "," | ";" | "\t"; length: number } | undefined {
  const m = /^\uFEFF?sep=([,;\t])[ ]*(?:\r\n|\n|\r)/i.exec(text);
  const d = m?.[1];
  return m !== null && (d === "," || d === ";" || d === "\t") ? { delimiter: d, length: m[0].length } : undefined;
}

/** The header line: text up to the first line break outside quotes. */
function firstLine(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) return text.slice(0, i);
  }
  return text;
}

/**
 * The delimiter is the candidate (comma, semicolon, tab) that occurs most often, outside
 * quotes, in the header line. Ties and a one-column header → comma.
 */
export function detectDelimiter(text: string): "," | ";" | "\t" {
  const header = firstLine(text);
  const counts = new Map<string, number>([[",", 0], [";", 0], ["\t", 0]]);
  let quoted = false;
  for (const c of header) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: "," | ";" | "\t" = ",";
  for (const d of [";", "\t"] as const) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** Count line breaks (\r\n, \n or a lone \r) in text[from, to). */
function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

/** Index of the line break ending the physical line that starts at `from` (or text.length). */
function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/** Index just after the line break at `i`. */
function afterBreak(text: string, i: number): number {
  if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) return i + 2;
  return Math.min(text.length, i + 1);
}

const QUOTE_REASON: Readonly<Record<string, string>> = {
  MissingQuotes: "a quote mark (\") opens a cell but never closes it",
  InvalidQuotes: "a quoted cell has more text after its closing quote mark (\")",
};

/**
 * Parse the rows one at a time, recovering from broken quotes line by line: each row (blank ones
 * included) goes to `onRow` as soon as papaparse has read it, so a large file's rows need not all
 * be held at once. `onRow` returning false stops the parse. Text without any quote mark is handed
 * to papaparse in pieces of whole lines (`forEachQuoteFreeRow`: the same rows, far less garbage per
 * row); `pieceLength` 0 parses everything row by row (tests compare the two).
 */
export function forEachParsedRow(text: string, delimiter: string, onRow: (row: CsvRow) => boolean | void, firstLine = 1, pieceLength = QUOTE_FREE_PIECE): void {
  let offset = 0;
  let line = firstLine;
  let stopped = false;
  while (offset < text.length && !stopped) {
    if (pieceLength > 0 && text.indexOf('"', offset) < 0 && forEachQuoteFreeRow(text, offset, delimiter, line, onRow, pieceLength)) return;
    const chunk = offset === 0 ? text : text.slice(offset);
    let pos = 0;
    let restart = -1;
    Papa.parse<string[]>(chunk, {
      header: false,
      delimiter,
      skipEmptyLines: false,
      step: (result, parser) => {
        const quoteError = firstQuoteError(result.errors);
        if (quoteError !== undefined) {
          const end = lineEnd(chunk, pos);
          const { cells, column } = readLineLiterally(chunk.slice(pos, end), delimiter);
          const reason = Object.hasOwn(QUOTE_REASON, quoteError.code) ? (QUOTE_REASON[quoteError.code] ?? "") : "a quote mark (\") is misplaced";
          stopped = onRow({ cells, line, damaged: { column, reason } }) === false;
          line++;
          restart = end < chunk.length && !stopped ? offset + afterBreak(chunk, end) : text.length;
          parser.abort();
          return;
        }
        const cursor = result.meta.cursor;
        if (onRow({ cells: result.data, line }) === false) {
          stopped = true;
          parser.abort();
          return;
        }
        line += countBreaks(chunk, pos, cursor);
        pos = cursor;
      },
    });
    if (restart < 0) break;
    offset = restart;
  }
}

/** The first quote error of a step's errors (a loop: no function made per row). */
function firstQuoteError(errors: readonly Papa.ParseError[]): Papa.ParseError | undefined {
  for (const e of errors) if (e.type === "Quotes") return e;
  return undefined;
}

/** Characters of quote-free text given to papaparse at once (whole lines, cut at a line break). */
const QUOTE_FREE_PIECE = 1 << 16;

/**
 * The line break papaparse takes for a text without quote marks (its `guessLineEndings`, which
 * reads the first megabyte: "\n" unless a "\r" comes before every "\n"; then "\r\n" when at least
 * half of the "\r"-separated parts start with "\n", else "\r"), counted without splitting the text.
 */
function papaLineBreak(text: string, from: number): "\n" | "\r\n" | "\r" {
  const end = Math.min(text.length, from + 1024 * 1024);
  const firstR = text.indexOf("\r", from);
  if (firstR < 0 || firstR >= end) return "\n";
  const firstN = text.indexOf("\n", from);
  if (firstN >= 0 && firstN < end && firstN - from < firstR - from) return "\n";
  let parts = 1;
  let startingWithN = text.charCodeAt(from) === 10 ? 1 : 0;
  for (let i = firstR; i >= 0 && i < end; i = text.indexOf("\r", i + 1)) {
    parts++;
    if (i + 1 < end && text.charCodeAt(i + 1) === 10) startingWithN++;
  }
  return startingWithN >= parts / 2 ? "\r\n" : "\r";
}

/**
 * True when every line break (as `countBreaks` counts them) in text[from…] is `newline`: then each
 * row papaparse splits off is one physical line.
 */
function onlyBreak(text: string, from: number, newline: "\n" | "\r\n" | "\r"): boolean {
  if (newline === "\n") return text.indexOf("\r", from) < 0;
  if (newline === "\r") return text.indexOf("\n", from) < 0;
  let pairs = 0;
  for (let i = text.indexOf("\r", from); i >= 0; i = text.indexOf("\r", i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) return false;
    pairs++;
  }
  let lf = 0;
  for (let i = text.indexOf("\n", from); i >= 0; i = text.indexOf("\n", i + 1)) lf++;
  return lf === pairs;
}

/**
 * The rows of text[from…], which holds no quote mark, as papaparse reads them in one go (its fast
 * mode: the text split at its line break, each line at the delimiter), but parsed a piece of whole
 * lines at a time, without a step call (and its result objects) per row. Each piece is cut at the
 * line break papaparse splits at, so the rows, the empty last row after a final break and the line
 * numbers are those of the row-by-row parse. False (nothing read) when the text mixes line breaks
 * that papaparse would keep inside cells; the caller then parses it row by row.
 */
function forEachQuoteFreeRow(text: string, from: number, delimiter: string, firstLine: number, onRow: (row: CsvRow) => boolean | void, pieceLength: number): boolean {
  const newline = papaLineBreak(text, from);
  if (!onlyBreak(text, from, newline)) return false;
  let line = firstLine;
  let start = from;
  for (;;) {
    const cut = text.indexOf(newline, start + pieceLength);
    const end = cut < 0 ? text.length : cut;
    // Papaparse gives no row for empty text, but the empty last line after a final break is a row.
    const rows = end === start ? [[""]] : Papa.parse<string[]>(text.slice(start, end), { header: false, delimiter, newline, skipEmptyLines: false }).data;
    for (const cells of rows) if (onRow({ cells, line: line++ }) === false) return true;
    if (cut < 0) return true;
    start = cut + newline.length;
  }
}

/**
 * The text with every line break written "\n", when its breaks are mixed: a lone "\r" (old Mac,
 * or a line pasted from another program) in a file whose other lines end in "\n" or "\r\n".
 * Papaparse takes one kind of break for the whole file, so the row after a different break was
 * read as the end of the row before it (Ben's row inside Ana's area cell). A file with one kind
 * of break is returned as it is (no copy of a large file). Line numbers do not change: a lone
 * "\r", a "\n" and a "\r\n" each end one line (countBreaks).
 */
export function uniformLineBreaks(text: string): string {
  if (!text.includes("\r")) return text;
  const loneCr = /\r(?!\n)/.test(text);
  const lf = /(?<!\r)\n/.test(text);
  const crlf = text.includes("\r\n");
  return Number(loneCr) + Number(lf) + Number(crlf) > 1 ? text.replace(/\r\n?/g, "\n") : text;
}

/**
 * True for a row whose line holds nothing but quote marks and spaces (a lone `"`): nothing on it
 * can be read, and a quote-mark warning followed by a rejection for an empty name or tie end
 * would hide the cause. The importer rejects it with `LONE_QUOTE_LINE` instead.
 */
export function isLoneQuoteLine(row: CsvRow): boolean {
  // Cheap test first (this runs on every row of a large edge list): a first cell starting with text.
  const first = row.cells[0];
  if (first === undefined) return false;
  const c0 = first.charCodeAt(0);
  if (c0 > 32 && c0 !== 34) return false;
  return row.cells.every((c) => /^[\s"]*$/.test(c)) && row.cells.some((c) => c.includes('"'));
}

/** Why a lone-quote line is rejected, in words (after its `file:line:column`). */
export const LONE_QUOTE_LINE =
  'this line holds only a quote mark ("). In a CSV file a quote mark starts a cell that ends at the next quote mark, and this line has none: the line was skipped and the lines after it read as their own rows. Delete the stray quote mark.';

/** True when every cell of the row is empty or blank (such rows are left out). */
function isBlankRow(row: CsvRow): boolean {
  for (const c of row.cells) if (c.trim() !== "") return false;
  return true;
}

/**
 * True for a blank row that has cells (`,,,` — how a spreadsheet saves a row left empty), as
 * against a blank line: it is a row the organizer sees in the sheet, so the import names it.
 */
function isEmptyCellsRow(row: CsvRow): boolean {
  return row.cells.length > 1;
}

/**
 * A CSV file opened for reading: everything `CsvFile` says but the rows, which `forEachRow` parses
 * and hands over one at a time (the importer reads a large tie list this way, never holding all its
 * rows). Each call parses the file again.
 */
export interface CsvStream extends Omit<CsvFile, "rows"> {
  /** The data rows in file order; blank lines and rows whose cells are all empty are left out. */
  forEachRow(fn: (row: CsvRow) => void): void;
  /**
   * The lines of the rows with cells that are all empty (`,,,`) that the last `forEachRow` left
   * out (blank lines, without a delimiter, are not listed), for the import report to name them.
   */
  readonly emptyRows: readonly number[];
}

/** Decode a CSV file and read its header. Throws ImportError when it is empty or not a CSV. */
export function openCsv(name: string, bytes: Uint8Array): CsvStream {
  const decoded = decodeBytes(name, bytes);
  const { encoding, repairedLines } = decoded;
  const fullText = uniformLineBreaks(decoded.text);
  if (fullText.trim() === "") throw new EmptyFileError(`${name} is empty: it has no header row and no data.`, name);
  const first = fullText.trimStart()[0];
  if (first === "{" || first === "[" || first === "<") {
    const kind = first === "<" ? "a web page or XML document" : "a JSON document";
    throw new ImportError(`${name} is not a CSV file: it looks like ${kind}. Save the sheet as CSV (comma-separated values) and try again.`, name);
  }
  // Excel's `sep=;` line names the delimiter; the table starts on the next line (line numbers stay those of the file).
  const sep = excelSepLine(fullText);
  const text = sep === undefined ? fullText : fullText.slice(sep.length);
  const headerLine = sep === undefined ? 1 : 2;
  const delimiter = sep?.delimiter ?? detectDelimiter(text);
  let headerRow: CsvRow | undefined;
  forEachParsedRow(
    text,
    delimiter,
    (row) => {
      headerRow = row;
      return false;
    },
    headerLine,
  );
  if (!headerRow) throw new EmptyFileError(`${name} is empty: it has no header row and no data.`, name);
  // Trimmed, without the spreadsheet's formula mark (a workbook written back marks a column named `=x` as `'=x`).
  const header = headerRow.cells.map((h, i) => spreadsheetText(i === 0 ? h.replace(/^\uFEFF/, "") : h));
  if (header.every((h) => h === "")) {
    throw new ImportError(`${name}: the first line (the header) is empty; it must name the columns.`, name);
  }
  const emptyRows: number[] = [];
  const forEachRow = (fn: (row: CsvRow) => void): void => {
    let isHeader = true;
    emptyRows.length = 0;
    forEachParsedRow(
      text,
      delimiter,
      (row) => {
        if (isHeader) isHeader = false;
        else if (!isBlankRow(row)) fn(row);
        else if (isEmptyCellsRow(row)) emptyRows.push(row.line);
      },
      headerLine,
    );
  };
  const out: CsvStream = { name, encoding, delimiter, header, forEachRow, emptyRows, repairedLines, headerLine };
  if (headerRow.damaged !== undefined) out.headerDamage = headerRow.damaged;
  if (decoded.nulLines !== undefined) out.nulLines = decoded.nulLines;
  if (decoded.otherCodePage !== undefined) out.otherCodePage = decoded.otherCodePage;
  return out;
}

/** Decode and parse one CSV file. Throws ImportError when it is empty or not a CSV. */
export function readCsv(name: string, bytes: Uint8Array): CsvFile {
  const stream = openCsv(name, bytes);
  const rows: CsvRow[] = [];
  stream.forEachRow((row) => rows.push(row));
  const out: CsvFile = { name, encoding: stream.encoding, delimiter: stream.delimiter, header: stream.header, rows, repairedLines: stream.repairedLines, headerLine: stream.headerLine };
  if (stream.headerDamage !== undefined) out.headerDamage = stream.headerDamage;
  if (stream.nulLines !== undefined) out.nulLines = stream.nulLines;
  if (stream.otherCodePage !== undefined) out.otherCodePage = stream.otherCodePage;
  return out;
}
