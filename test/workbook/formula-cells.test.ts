/**
 * CSV formula injection in the files Coalition Map writes back (the map's workspace: "Save the
 * files", the workbook in a zip). A name like `=HYPERLINK(…)` or `@SUM(…)` in people.csv must not be
 * written so that a spreadsheet runs it; the values must come back unchanged when Coalition Map reads
 * its own output (a name `=1+1`, `-Ana`, a phone `+44 20…`, `@home`), and a negative number in a
 * numeric column, or a sign `-`, must stay what it is.
 */
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { exportWorkbook, readWorkbook } from "../../src/workbook/index.js";
import { spreadsheetSafe } from "../../src/workbook/write.js";
import { graphJson, importCoalition } from "./helpers.js";

const enc = new TextEncoder();
const file = (name: string, text: string) => ({ name, bytes: enc.encode(text) });

const HOSTILE = [
  file(
    "people.csv",
    'id,name,organization,status,phone,notes,=col\n' +
      'p1,=1+1,Org A,member,+44 20 7946 0000,"=HYPERLINK(""http://x"",""y"")",a\n' +
      "p2,-Ana,Org A,member,-5,\t@SUM(1+1),b\n" +
      "p3,@home,Org A,member,-2.5,plain,c\n" +
      "p4,Plain Name,Org A,member,+1,\"-2+3+cmd|' /C calc'!A0\",d\n",
  ),
  file("connections.csv", "from,to,type,strength,sign\np1,p2,works_with,-3,\np2,p3,works_with,2,-\np1,p3,knows,3,+\np3,p4,knows,1,-1\n"),
];

/** Every cell of a CSV text, parsed as a spreadsheet would. */
function cells(text: string): string[] {
  return Papa.parse<string[]>(text, { header: false }).data.flat();
}

describe("the workbook written back defuses spreadsheet formulas (OWASP: a leading ')", () => {
  it("spreadsheetSafe marks formula-like cells, leaves numbers and signs", () => {
    for (const [cell, out] of [
      ["=1+1", "'=1+1"],
      ["-Ana", "'-Ana"],
      ["+44 20 7946 0000", "'+44 20 7946 0000"],
      ["@home", "'@home"],
      ["\tx", "'\tx"],
      ["\rx", "'\rx"],
      ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
      ["-3", "-3"],
      ["-2,5", "-2,5"],
      ["+1", "+1"],
      ["-", "-"],
      ["+", "+"],
      ["'=already", "'=already"],
      ["Ana", "Ana"],
    ] as const) {
      expect(spreadsheetSafe(cell)).toBe(out);
    }
  });

  it("no written cell starts a formula, except numbers and signs", () => {
    const out = exportWorkbook(readWorkbook(HOSTILE));
    for (const f of out) {
      for (const c of cells(f.text)) {
        if (/^[=+\-@\t\r]/.test(c)) expect(c, `${f.name}: ${JSON.stringify(c)}`).toMatch(/^[+-](\d+([.,]\d+)?)?$/);
      }
    }
    const people = out.find((f) => f.name === "people.csv")?.text ?? "";
    expect(people).toContain("'=1+1");
    expect(people).toContain("'+44 20 7946 0000");
    expect(people).toContain(",-5,");
    expect(people).toContain("'=col");
    const ties = out.find((f) => f.name === "connections.csv")?.text ?? "";
    expect(ties).toContain("p1,p2,works_with,-3,");
    expect(ties).toContain("p2,p3,works_with,2,-");
  });

  it("Coalition Map reads its own output back to the same values, the same graph and the same report", () => {
    const before = importCoalition(HOSTILE);
    const written = exportWorkbook(readWorkbook(HOSTILE)).map((f) => file(f.name, f.text));
    const after = importCoalition(written);
    expect(graphJson(after.graph)).toBe(graphJson(before.graph));
    expect(after.report).toEqual(before.report);
    const label = (id: string) => after.graph.getNodeAttribute(id, "label");
    expect([label("p1"), label("p2"), label("p3")]).toEqual(["=1+1", "-Ana", "@home"]);
    expect(after.graph.getNodeAttribute("p1", "extra")).toEqual({ phone: "+44 20 7946 0000", "=col": "a" });
    expect(after.graph.getNodeAttribute("p2", "extra")).toEqual({ phone: "-5", "=col": "b" });
    expect(after.graph.getNodeAttribute("p1", "notes")).toBe('=HYPERLINK("http://x","y")');
    // -3 is a negative tie of strength 3; "-" and "-1" are negative signs.
    expect(after.graph.mapEdges((_e, a, s, t) => `${s}-${t}:${a.type}:${a.strength}:${a.sign}`).filter((s) => !s.includes("member_of")).sort()).toEqual([
      "p1-p2:works_with:3:-1",
      "p1-p3:knows:3:1",
      "p2-p3:works_with:2:-1",
      "p3-p4:knows:1:-1",
    ]);
    // Written again, the file is the same (the marks are not doubled).
    const twice = exportWorkbook(readWorkbook(written));
    expect(twice.map((f) => f.text)).toEqual(written.map((f) => new TextDecoder().decode(f.bytes)));
  });
});
