/**
 * The workbook's promise: files read into a workbook and written back (no edit) re-import to
 * the identical graph and the identical report, on the sample, the messy workbook and the
 * fixtures' generic edge lists.
 */
import { describe, expect, it } from "vitest";
import { analyzeCoalition } from "../../src/graph/analyze.js";
import { reportToJson } from "../../src/graph/report.js";
import type { ImportReport } from "../../src/graph/import-report.js";
import { readCsv } from "../../src/import/index.js";
import { exportWorkbook, readWorkbook, workbookFiles } from "../../src/workbook/index.js";
import { folderFiles, graphJson, importCoalition } from "./helpers.js";

/**
 * What only describes the bytes read, not the data: the encoding, and the warnings about how the
 * bytes were read (broken quote marks, characters that were not UTF-8). The written file is
 * clean UTF-8 with proper quoting, so those warnings are not repeated once it is written back.
 */
function dataOnly(r: ImportReport): ImportReport {
  const reading = /quote mark|not UTF-8/;
  return { ...r, files: r.files.map((f) => ({ ...f, encoding: "utf-8" })), warnings: r.warnings.filter((w) => !reading.test(w.message)) };
}

const CASES: { name: string; files: ReturnType<typeof folderFiles> }[] = [
  { name: "the sample coalition", files: folderFiles("examples/sample-coalition") },
  { name: "the messy workbook (Windows-1252, semicolons, BOM, CRLF, broken quotes)", files: folderFiles("examples/messy") },
  { name: "Florentine families (generic edges + vertices)", files: folderFiles("test/fixtures/datasets", (n) => n.startsWith("florentine_statnet")) },
  { name: "Emon Texas (generic edges + vertices)", files: folderFiles("test/fixtures/datasets", (n) => n.startsWith("emon_Texas")) },
  { name: "Sampson (a bare edge list)", files: folderFiles("test/fixtures/datasets", (n) => n === "sampson_esna_affect_T3_edges.csv") },
];

describe("a workbook written back without edits re-imports to the same graph and report", () => {
  for (const c of CASES) {
    it(c.name, () => {
      const original = importCoalition(c.files);
      const wb = readWorkbook(c.files);
      const again = importCoalition(workbookFiles(wb));
      expect(graphJson(again.graph)).toBe(graphJson(original.graph));
      expect(dataOnly(again.report)).toEqual(dataOnly(original.report));
      const reportA = reportToJson(analyzeCoalition(original.graph, dataOnly(original.report)));
      const reportB = reportToJson(analyzeCoalition(again.graph, dataOnly(again.report)));
      expect(reportB).toBe(reportA);
      // And a second round changes nothing at all (written text included).
      const enc = new TextEncoder();
      const texts = exportWorkbook(wb);
      const wb2 = readWorkbook(texts.map((f) => ({ name: f.name, bytes: enc.encode(f.text) })));
      expect(exportWorkbook(wb2)).toEqual(texts);
    });
  }

  it("the sample's files are written back byte for byte", () => {
    const files = folderFiles("examples/sample-coalition");
    const dec = new TextDecoder();
    for (const f of exportWorkbook(readWorkbook(files))) {
      const orig = files.find((x) => x.name === f.name);
      expect(f.text).toBe(dec.decode(orig?.bytes));
    }
  });

  it("the messy workbook keeps its delimiter, its byte-order mark and its unknown columns in order", () => {
    const files = folderFiles("examples/messy");
    const out = exportWorkbook(readWorkbook(files));
    const people = out.find((f) => f.name === "people.csv");
    expect(people?.text.startsWith("\uFEFF")).toBe(true);
    const csv = readCsv("people.csv", new TextEncoder().encode(people?.text ?? ""));
    expect(csv.delimiter).toBe(";");
    expect(csv.header).toEqual(readCsv("people.csv", files.find((f) => f.name === "people.csv")?.bytes ?? new Uint8Array()).header);
  });
});
