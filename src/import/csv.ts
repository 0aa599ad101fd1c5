/**
 * Reading one CSV file from bytes: encoding detection, delimiter detection, parsing with
 * papaparse, and the physical line number of every row.
 */
import Papa from "papaparse";
import { ImportError } from "./errors.js";

export type Encoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";

export interface CsvRow {
  /** The cells, as strings (not trimmed). */
  cells: string[];
  /** 1-based physical line where the row starts (the header is line 1). */
  line: number;
}

export interface CsvFile {
  name: string;
  encoding: Encoding;
  delimiter: "," | ";" | "\t";
  /** Header cells, trimmed, BOM removed. */
  header: string[];
  /** Data rows; blank lines and rows whose cells are all empty are left out. */
  rows: CsvRow[];
}

/**
 * Decode bytes to text. UTF-8 (with or without a byte-order mark) when the bytes are valid
 * UTF-8; UTF-16 when a UTF-16 byte-order mark is present (Excel's "Unicode text"); otherwise
 * Windows-1252, the encoding Excel uses for "CSV" on Western-language Windows.
 */
export function decodeBytes(name: string, bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw new ImportError(
      `${name} is not a CSV file: it looks like an Excel workbook or another zipped file. ` +
        `Open it in your spreadsheet program and save each sheet with "Save as… CSV".`,
      name,
    );
  }
  if (bytes.includes(0)) {
    throw new ImportError(
      `${name} is not a CSV file: it contains binary data. Save the sheet as CSV (comma-separated values) and try again.`,
      name,
    );
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { text, encoding: bom ? "utf-8-bom" : "utf-8" };
  } catch {
    return { text: fixC1(new TextDecoder("windows-1252").decode(bytes)), encoding: "windows-1252" };
  }
}

/** Windows-1252 characters for bytes 0x80–0x9F (undefined bytes keep their C1 code point). */
const CP1252_C1 =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/**
 * Some runtimes (Node 20) decode "windows-1252" as Latin-1, turning Excel's curly quotes,
 * dashes and € into invisible control characters. Map them to what the bytes mean.
 */
function fixC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c);
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
  const counts: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const c of header) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c in counts) counts[c] = (counts[c] ?? 0) + 1;
  }
  let best: "," | ";" | "\t" = ",";
  for (const d of [";", "\t"] as const) if ((counts[d] ?? 0) > (counts[best] ?? 0)) best = d;
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

/** Decode and parse one CSV file. Throws ImportError when it is empty or not a CSV. */
export function readCsv(name: string, bytes: Uint8Array): CsvFile {
  const { text, encoding } = decodeBytes(name, bytes);
  if (text.trim() === "") throw new ImportError(`${name} is empty: it has no header row and no data.`, name);
  const first = text.trimStart()[0];
  if (first === "{" || first === "[" || first === "<") {
    const kind = first === "<" ? "a web page or XML document" : "a JSON document";
    throw new ImportError(`${name} is not a CSV file: it looks like ${kind}. Save the sheet as CSV (comma-separated values) and try again.`, name);
  }
  const delimiter = detectDelimiter(text);
  const raw: CsvRow[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    header: false,
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const cursor = result.meta.cursor;
      raw.push({ cells: result.data, line });
      line += countBreaks(text, start, cursor);
      start = cursor;
    },
  });
  const headerRow = raw.shift();
  if (!headerRow) throw new ImportError(`${name} is empty: it has no header row and no data.`, name);
  const header = headerRow.cells.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, "") : h).trim());
  if (header.every((h) => h === "")) {
    throw new ImportError(`${name}: the first line (the header) is empty; it must name the columns.`, name);
  }
  const rows = raw.filter((r) => r.cells.some((c) => c.trim() !== ""));
  return { name, encoding, delimiter, header, rows };
}
