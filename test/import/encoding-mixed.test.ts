import { describe, expect, it } from "vitest";
import { importCoalition, readCsv } from "../../src/import/index.js";
import { accountingProblems } from "./accounting.js";
import { raw } from "./helpers.js";

const enc = (s: string) => [...new TextEncoder().encode(s)];
const BOM = [0xef, 0xbb, 0xbf];

describe("one Windows-1252 byte in a UTF-8 file", () => {
  for (const bom of [true, false]) {
    it(`stays UTF-8${bom ? " with its BOM" : ""}; the stray byte is decoded on its own line, with a warning naming that line`, () => {
      // Line 3 holds é as the single Windows-1252 byte E9; line 2 and 4 are real UTF-8.
      const bytes = [...(bom ? BOM : []), ...enc("id,name\np1,José Ramírez\np2,Ren"), 0xe9, ...enc("e Côté\np3,Zoë\n")];
      const f = readCsv("people.csv", new Uint8Array(bytes));
      expect(f.encoding).toBe(bom ? "utf-8-bom" : "utf-8");
      expect(f.header).toEqual(["id", "name"]);
      expect(f.rows.map((r) => r.cells[1])).toEqual(["José Ramírez", "Renée Côté", "Zoë"]);
      const res = importCoalition([raw("people.csv", bytes), raw("connections.csv", enc("from,to\np1,p3\n"))]);
      expect(accountingProblems(res)).toEqual([]);
      expect(res.graph.order).toBe(3); // ties by id find their people: no duplicates
      const w = res.report.warnings.filter((x) => /not UTF-8/.test(x.message));
      expect(w).toHaveLength(1);
      expect(w[0]).toMatchObject({ file: "people.csv", line: 3 });
      expect(w[0]?.message).toMatch(/^people\.csv:3: /);
    });
  }

  it("a file with no UTF-8 at all is still Windows-1252 as a whole", () => {
    const f = readCsv("p.csv", new Uint8Array([...enc("name\nCaf"), 0xe9, 0x0a]));
    expect(f.encoding).toBe("windows-1252");
    expect(f.rows[0]?.cells[0]).toBe("Café");
  });

  it("binary input says so in one line", () => {
    const bytes = new Uint8Array(400);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 37 + 11) % 256;
    expect(() => importCoalition([{ name: "people.csv", bytes }])).toThrow(/not a CSV file \(it looks binary\)/);
  });
});
