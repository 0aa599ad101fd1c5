import { describe, expect, it } from "vitest";
import { importCoalition, readCsv } from "../../src/import/index.js";
import { cp1252, csv, raw } from "./helpers.js";

const enc = (s: string) => new TextEncoder().encode(s);

describe("readCsv: delimiters", () => {
  for (const [name, d] of [["comma", ","], ["semicolon", ";"], ["tab", "\t"]] as const) {
    it(`detects the ${name} delimiter and reads cells`, () => {
      const text = ["name", "organization", "role"].join(d) + "\n" + ["Ana Ruiz", "Hope House", "Director, Programs"].map((c) => (c.includes(d) || c.includes(",") ? `"${c}"` : c)).join(d) + "\n";
      const f = readCsv("people.csv", enc(text));
      expect(f.delimiter).toBe(d);
      expect(f.header).toEqual(["name", "organization", "role"]);
      expect(f.rows[0]?.cells).toEqual(["Ana Ruiz", "Hope House", "Director, Programs"]);
    });
  }

  it("a semicolon file with commas inside cells stays semicolon-separated", () => {
    const f = readCsv("orgs.csv", enc("name;services;areas\nHope House;hotline, shelter;North\n"));
    expect(f.delimiter).toBe(";");
    expect(f.rows[0]?.cells).toEqual(["Hope House", "hotline, shelter", "North"]);
  });
});

describe("readCsv: encodings", () => {
  it("UTF-8 without BOM keeps accents", () => {
    const f = readCsv("p.csv", enc("name\nCafé Ñandú\n"));
    expect(f.encoding).toBe("utf-8");
    expect(f.rows[0]?.cells[0]).toBe("Café Ñandú");
  });

  it("UTF-8 with BOM: the BOM is not part of the first header", () => {
    const f = readCsv("p.csv", new Uint8Array([0xef, 0xbb, 0xbf, ...enc("id,name\np1,Café\n")]));
    expect(f.encoding).toBe("utf-8-bom");
    expect(f.header[0]).toBe("id");
    expect(f.rows[0]?.cells).toEqual(["p1", "Café"]);
  });

  it("Windows-1252 as Excel writes it is detected and decoded (é, ’, –)", () => {
    const f = readCsv("orgs.csv", new Uint8Array(cp1252("name,notes\r\nCafé Esperanza,Maria’s group – north\r\n")));
    expect(f.encoding).toBe("windows-1252");
    expect(f.rows[0]?.cells).toEqual(["Café Esperanza", "Maria’s group – north"]);
  });

  it("UTF-16LE with BOM (Excel 'Unicode text', tab-separated)", () => {
    const text = "name\tarea\nCafé\tNorth\n";
    const bytes = [0xff, 0xfe];
    for (const ch of text) bytes.push(ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8);
    const f = readCsv("people.csv", new Uint8Array(bytes));
    expect(f.encoding).toBe("utf-16le");
    expect(f.delimiter).toBe("\t");
    expect(f.rows[0]?.cells).toEqual(["Café", "North"]);
  });

  it("the Windows-1252 label reaches the graph intact", () => {
    const { graph } = importCoalition([raw("organizations.csv", cp1252("id,name\no1,Café Esperanza\n"))]);
    expect(graph.getNodeAttribute("o1", "label")).toBe("Café Esperanza");
  });
});

describe("readCsv: line numbers", () => {
  it("CRLF: rows report their physical lines", () => {
    const f = readCsv("p.csv", enc("name\r\nA\r\nB\r\nC\r\n"));
    expect(f.rows.map((r) => [r.cells[0], r.line])).toEqual([["A", 2], ["B", 3], ["C", 4]]);
  });

  it("a quoted newline makes a row span lines; rows after it keep their real line", () => {
    const text = 'name,notes\nA,"first line\nsecond line\nthird"\nB,"say ""hi"", ok"\r\nC,plain\n';
    const f = readCsv("p.csv", enc(text));
    expect(f.rows.map((r) => [r.cells[0], r.line])).toEqual([["A", 2], ["B", 5], ["C", 6]]);
    expect(f.rows[0]?.cells[1]).toBe("first line\nsecond line\nthird");
    expect(f.rows[1]?.cells[1]).toBe('say "hi", ok');
  });

  it("blank lines and all-empty rows are not rows, and do not shift later line numbers", () => {
    const f = readCsv("p.csv", enc("name,area\nA,North\n\n,\nB,South\n"));
    expect(f.rows.map((r) => [r.cells[0], r.line])).toEqual([["A", 2], ["B", 5]]);
  });

  it("a rejection after a quoted newline names the right line", () => {
    const { report } = importCoalition([
      csv("people.csv", 'name,notes\nAna,"two\nlines"\n,no name here\n'),
    ]);
    expect(report.rejections).toHaveLength(1);
    expect(report.rejections[0]).toMatchObject({ file: "people.csv", line: 4, column: 1, columnName: "name" });
    expect(report.rejections[0]?.reason).toMatch(/^people\.csv:4:1 \(column "name"\): /);
  });
});
