/**
 * Bytes to text. UTF-8 (with or without a byte-order mark) when the bytes are UTF-8; UTF-16
 * when a UTF-16 byte-order mark is present (Excel's "Unicode text"), or when every other byte is
 * zero as in UTF-16 text without one; Windows-1252 (Excel's
 * "CSV" on Western-language Windows) when the file is not UTF-8 — or, when its words read so look
 * like another alphabet's, the code page they are words in (legacy-encoding.ts), said in `otherCodePage`.
 *
 * A UTF-8 file with a few stray Windows-1252 bytes (a line pasted from another program) stays
 * UTF-8: only the bytes that are not UTF-8 are read as Windows-1252, and their lines are listed
 * so the importer can warn about each one.
 */
import { ImportError } from "./errors.js";
import { legacyReading, type LegacyEncoding } from "./legacy-encoding.js";

export type Encoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252" | LegacyEncoding;

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** 1-based physical lines holding bytes that were not UTF-8 (read as Windows-1252). */
  repairedLines: number[];
  /** 1-based physical lines from which stray zero bytes (NUL characters) were removed; absent when none. */
  nulLines?: number[];
  /**
   * Set when the file is in neither UTF-8 nor Windows-1252 by the look of its words
   * (legacy-encoding.ts): the code page it was read in (absent when none fitted: then it was read
   * as Windows-1252 and its names are probably wrong), and a cell at `line` as Windows-1252 showed
   * it (`seen`) and as it was read (`read`).
   */
  otherCodePage?: { encoding?: LegacyEncoding; line: number; seen: string; read?: string; alternatives?: { encoding: LegacyEncoding; read: string }[] };
}

/** Windows-1252 characters for bytes 0x80–0x9F (undefined bytes keep their C1 code point). */
const CP1252_C1 =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** One byte as Windows-1252 (independent of the runtime's TextDecoder, which may mean Latin-1). */
function cp1252(b: number): string {
  return b >= 0x80 && b <= 0x9f ? (CP1252_C1[b - 0x80] ?? String.fromCharCode(b)) : String.fromCharCode(b);
}

/** Length of the valid UTF-8 sequence starting at `i` (0 when the byte there does not start one). */
function utf8Length(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  if (b < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const lo = b === 0xe0 ? 0xa0 : 0x80;
    const hi = b === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const lo = b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** Mixed decoding: UTF-8 where the bytes are UTF-8, Windows-1252 for each byte that is not. */
function decodeMixed(bytes: Uint8Array): { text: string; repairedLines: number[] } {
  const utf8 = new TextDecoder("utf-8");
  const parts: string[] = [];
  const repaired: number[] = [];
  let line = 1;
  let run = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
    const n = utf8Length(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    parts.push(utf8.decode(bytes.subarray(run, i)), cp1252(b));
    if (repaired[repaired.length - 1] !== line) repaired.push(line);
    i++;
    run = i;
  }
  parts.push(utf8.decode(bytes.subarray(run)));
  return { text: parts.join(""), repairedLines: repaired };
}

/**
 * The lines holding UTF-8 letters and no byte that is not UTF-8 (`clean`), and those holding such
 * bytes (`broken`). A UTF-8 file with a few foreign bytes has clean lines, at least a quarter as
 * many as its broken ones (or its foreign bytes read as Western European text); a file in another
 * code page (GBK, Shift_JIS, EUC-KR…) makes a valid UTF-8 sequence now and then by chance, but on
 * lines full of bytes that are not: it was read as "UTF-8" with every line "repaired" into nonsense.
 */
function utf8Lines(bytes: Uint8Array): { clean: number; broken: number } {
  let clean = 0;
  let broken = 0;
  let valid = false;
  let invalid = false;
  const endLine = () => {
    if (invalid) broken++;
    else if (valid) clean++;
    valid = invalid = false;
  };
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    if (b === 0x0a || b === 0x0d) endLine();
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = utf8Length(bytes, i);
    if (n > 1) valid = true;
    else invalid = true;
    i += Math.max(n, 1);
  }
  endLine();
  return { clean, broken };
}

/**
 * Share of bytes that never occur in text (C0 controls other than tab, CR, LF, FF; DEL) above 5%,
 * or more than 8 zero bytes making over 1% of it. A few stray zero bytes in text (a damaged copy, a bad conversion)
 * do not make a file binary: decodeBytes removes them and lists their lines.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let odd = 0;
  let zeros = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) zeros++;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) odd++;
  }
  return n > 0 && (odd / n > 0.05 || (zeros > 8 && zeros / n > 0.01));
}

/** The text without its NUL characters, and the 1-based lines (\n, \r\n or a lone \r end one) they were on. */
function withoutNuls(decoded: Decoded): Decoded {
  const { text } = decoded;
  if (!text.includes("\u0000")) return decoded;
  const nulLines: number[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++;
    else if (c === 0 && nulLines[nulLines.length - 1] !== line) nulLines.push(line);
  }
  return { ...decoded, text: text.replace(/\u0000/g, ""), nulLines };
}

/**
 * UTF-16 written without a byte-order mark (some exports and scripts do): text of mostly Latin
 * letters, digits and punctuation has a zero in every other byte — the odd bytes for little-endian,
 * the even ones for big-endian — and almost never on the other side. Without this check the zeros
 * make the file look binary.
 */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(bytes.length, 65536) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= 0.4 * pairs && evenZeros <= 0.02 * pairs) return "utf-16le";
  if (evenZeros >= 0.4 * pairs && oddZeros <= 0.02 * pairs) return "utf-16be";
  return undefined;
}

/**
 * Decode one file's bytes. Throws ImportError for binary files and zipped workbooks. Stray zero
 * bytes are removed, their lines listed in `nulLines` for the importer to warn about.
 */
export function decodeBytes(name: string, bytes: Uint8Array): Decoded {
  return withoutNuls(decodeText(name, bytes));
}

/**
 * What a zipped file renamed .csv is, from the names in its first bytes (a zip lists each entry's
 * name before its data): an Excel workbook (`[Content_Types].xml`, `xl/`), an OpenDocument
 * spreadsheet (its first entry `mimetype` says `opendocument.spreadsheet`), an Apple Numbers file
 * (`Index/…iwa`), or another zipped file.
 */
function zippedKind(bytes: Uint8Array): string {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 65536));
  if (head.includes("opendocument.spreadsheet")) return "an OpenDocument (LibreOffice) spreadsheet";
  if (head.includes(".iwa") || head.includes("Index/Document")) return "an Apple Numbers spreadsheet";
  if (head.includes("xl/") || head.includes("[Content_Types].xml")) return "an Excel workbook";
  return "an Excel workbook or another zipped file";
}

function decodeText(name: string, bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le", repairedLines: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be", repairedLines: [] };
  }
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw new ImportError(
      `${name} is not a CSV file: it looks like ${zippedKind(bytes)}. ` +
        `Open it in your spreadsheet program and save each sheet with "Save as… CSV".`,
      name,
    );
  }
  if (bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new ImportError(`${name} is not a CSV file: it looks like an older Excel workbook (.xls). Open it in your spreadsheet program and save each sheet with "Save as… CSV".`, name);
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== undefined) {
    // Kept only when the result reads as text: no control character but tab and line breaks, no broken pair.
    const text = new TextDecoder(utf16).decode(bytes);
    if (!/[\u0000-\u0008\u000b-\u001f\u007f\ufffd]/.test(text)) return { text, encoding: utf16, repairedLines: [] };
  }
  if (looksBinary(bytes)) {
    throw new ImportError(`${name} is not a CSV file (it looks binary). Save the sheet as CSV (comma-separated values) and try again.`, name);
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: bom ? "utf-8-bom" : "utf-8", repairedLines: [] };
  } catch {
    // Not entirely UTF-8. A BOM or any real UTF-8 sequence says the file is UTF-8 with a few
    // foreign bytes; otherwise the whole file is Windows-1252.
    const mixed = (): Decoded => {
      const { text, repairedLines } = decodeMixed(body);
      return { text, encoding: bom ? "utf-8-bom" : "utf-8", repairedLines };
    };
    const { clean, broken } = utf8Lines(body);
    if (bom || (clean > 0 && clean * 4 >= broken)) return mixed();
    const text = Array.from(body, cp1252).join("");
    const other = legacyReading(body, text);
    // Many lines pasted from a Windows program into a UTF-8 file (no other code page fits it): still UTF-8 where it is.
    if (clean > 0 && other?.encoding === undefined) return mixed();
    if (other === undefined) return { text, encoding: "windows-1252", repairedLines: [] };
    const { encoding, line, seen, read, alternatives } = other;
    const otherCodePage = { ...(encoding === undefined ? {} : { encoding }), line, seen, ...(read === undefined ? {} : { read }), ...(alternatives === undefined ? {} : { alternatives }) };
    return { text: other.text, encoding: encoding ?? "windows-1252", repairedLines: [], otherCodePage };
  }
}
