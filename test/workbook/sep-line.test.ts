/**
 * A file that began with Excel's `sep=;` line is written back with it: Excel (in a locale whose
 * own separator is a comma) still splits the cells at ";", and the import reads the written file
 * exactly as the original — the same delimiter whatever the header holds, every row on the line it
 * had (no blank line after the header), the same graph and report. Edits add rows after the last.
 */
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/import/index.js";
import { applyEdit, exportWorkbook, readWorkbook, workbookFiles } from "../../src/workbook/index.js";
import { graphJson, importCoalition } from "./helpers.js";

const enc = new TextEncoder();
const file = (name: string, text: string) => ({ name, bytes: enc.encode(text) });

// The people header has as many commas as semicolons: without the `sep=;` line the import would
// take the comma for the delimiter (and find no "name" column).
const FILES = [
  file("people.csv", "sep=;\nid;name;Area, county, or region\np1;Ana Ruiz;North, Lake county\n\np2;Ben Ode;South\n"),
  file("connections.csv", "\uFEFFsep=;\r\nfrom;to;strength;notes\r\np1;p2;2,5;\"Met at the 2024 fair; close\"\r\n"),
];

describe("Excel's sep= line is written back", () => {
  it("the written files start with the sep= line (after the byte-order mark), the header on line 2, rows on their lines", () => {
    const out = exportWorkbook(readWorkbook(FILES));
    expect(out.map((f) => f.text)).toEqual([
      "sep=;\nid;name;Area, county, or region\np1;Ana Ruiz;North, Lake county\n\np2;Ben Ode;South\n",
      '\uFEFFsep=;\nfrom;to;strength;notes\np1;p2;2,5;"Met at the 2024 fair; close"\n',
    ]);
  });

  it("import → write back → import gives the same graph and the same report", () => {
    const original = importCoalition(FILES);
    expect(original.report.rejections).toEqual([]);
    expect(original.graph.getNodeAttribute("p1", "extra")).toEqual({ "Area, county, or region": "North, Lake county" });
    const again = importCoalition(workbookFiles(readWorkbook(FILES)));
    expect(graphJson(again.graph)).toBe(graphJson(original.graph));
    const dataOnly = (r: typeof original.report) => ({ ...r, files: r.files.map((f) => ({ ...f, encoding: "" })) });
    expect(dataOnly(again.report)).toEqual(dataOnly(original.report));
    // A second round writes the very same text.
    const texts = exportWorkbook(readWorkbook(FILES));
    expect(exportWorkbook(readWorkbook(texts.map((f) => file(f.name, f.text))))).toEqual(texts);
  });

  it("the written file is read with its delimiter and the header on line 2", () => {
    const people = exportWorkbook(readWorkbook(FILES))[0];
    const csv = readCsv("people.csv", enc.encode(people?.text ?? ""));
    expect([csv.delimiter, csv.headerLine]).toEqual([";", 2]);
    expect(csv.header).toEqual(["id", "name", "Area, county, or region"]);
    expect(csv.rows.map((r) => r.line)).toEqual([3, 5]);
  });

  it("a person added by an edit goes on the line after the last row, and the import finds them there", () => {
    const wb = applyEdit(readWorkbook(FILES), { kind: "addPerson", name: "Cho Lee" });
    const text = exportWorkbook(wb)[0]?.text ?? "";
    expect(text.split("\n")[5]).toContain("Cho Lee");
    const { graph } = importCoalition(workbookFiles(wb));
    const cho = graph.findNode((_n, a) => a.label === "Cho Lee");
    expect(cho === undefined ? undefined : graph.getNodeAttribute(cho, "source")).toEqual({ file: "people.csv", line: 6 });
  });
});
