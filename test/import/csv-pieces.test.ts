import { describe, expect, it } from "vitest";
import { forEachParsedRow, type CsvRow } from "../../src/import/csv.js";
import { mulberry32 } from "../../src/graph/utils/mulberry32.js";

/** Every row the parser gives, in order (stopping after `stopAfter` rows when given). */
function rows(text: string, delimiter: string, pieceLength: number, firstLine = 1, stopAfter = Infinity): CsvRow[] {
  const out: CsvRow[] = [];
  forEachParsedRow(
    text,
    delimiter,
    (row) => {
      out.push(row);
      return out.length < stopAfter;
    },
    firstLine,
    pieceLength,
  );
  return out;
}

/** A random text of cells, delimiters and line breaks (blank lines, spaces, a final break or not). */
function randomText(rand: () => number, delimiter: string, breaks: readonly string[], quotes: boolean): string {
  const parts: string[] = [];
  const lines = 1 + Math.floor(rand() * 40);
  for (let l = 0; l < lines; l++) {
    const cells = Math.floor(rand() * 5);
    const row: string[] = [];
    for (let c = 0; c < cells; c++) {
      const r = rand();
      row.push(r < 0.2 ? "" : r < 0.3 ? " " : r < 0.4 && quotes ? '"a,b"' : r < 0.45 && quotes ? 'x"y' : `c${Math.floor(rand() * 100)}`);
    }
    parts.push(row.join(delimiter));
    if (l < lines - 1 || rand() < 0.5) parts.push(breaks[Math.floor(rand() * breaks.length)] ?? "\n");
  }
  return parts.join("");
}

describe("forEachParsedRow: quote-free text in pieces reads as row by row", () => {
  const kinds: readonly (readonly string[])[] = [["\n"], ["\r\n"], ["\r"], ["\n", "\r"], ["\r\n", "\n"], ["\r\n", "\r"]];
  it("same cells, lines and count for every piece length, break kind and delimiter", () => {
    const rand = mulberry32(12);
    for (let k = 0; k < 600; k++) {
      const delimiter = [",", ";", "\t"][k % 3] ?? ",";
      const breaks = kinds[k % kinds.length] ?? ["\n"];
      const text = randomText(rand, delimiter, breaks, k % 5 === 4);
      const firstLine = 1 + (k % 2);
      const reference = rows(text, delimiter, 0, firstLine);
      for (const piece of [1, 2, 3, 7, 64, 1 << 16]) {
        expect(rows(text, delimiter, piece, firstLine), JSON.stringify({ text, piece })).toEqual(reference);
      }
    }
  });

  it("ends with the empty row after a final line break, as papaparse does", () => {
    for (const piece of [0, 1, 4, 1 << 16]) {
      expect(rows("a,b\nc,d\n", ",", piece).map((r) => [r.cells, r.line])).toEqual([[["a", "b"], 1], [["c", "d"], 2], [[""], 3]]);
      expect(rows("a\r\n\r\nb", ",", piece).map((r) => [r.cells, r.line])).toEqual([[["a"], 1], [[""], 2], [["b"], 3]]);
    }
  });

  it("stops when asked, in the middle of a piece or at its end", () => {
    const text = Array.from({ length: 50 }, (_, i) => `n${i},m${i}`).join("\n");
    for (const stop of [1, 2, 17, 50]) {
      for (const piece of [0, 1, 10, 1 << 16]) expect(rows(text, ",", piece, 1, stop).map((r) => r.line)).toEqual(Array.from({ length: stop }, (_, i) => i + 1));
    }
  });

  it("a break papaparse keeps inside a cell (a header line longer than a megabyte, then \\r\\n) is read row by row", () => {
    const text = `${"x".repeat(1024 * 1024 + 5)}\r\na,b\r\nc\r\n`;
    expect(rows(text, ",", 1 << 16)).toEqual(rows(text, ",", 0));
  });
});
