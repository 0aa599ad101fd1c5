/**
 * The one CSV writer: RFC 4180 quoting, and no part of a cell that a spreadsheet could split off
 * at a comma, semicolon or tab may start a formula (=, +, -, @, tab, CR). Every CSV Coalition Map
 * writes (outreach plan, redacted workbook, Neo4j files — CLI and map) goes through it.
 */
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvText } from "../../src/graph/utils/csv-text.js";

const HOSTILE = ["x;=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "a,=1", "a\t@b", "ok; +x", 'quote " inside', "line\nbreak"];

/** Every piece of a cell a spreadsheet in any locale could split off. */
function pieces(cell: string): string[] {
  return cell.split(/[,;\t]/);
}

describe("csvText", () => {
  it("no piece of any written cell starts a formula, split on comma, semicolon or tab", () => {
    const text = csvText(["name"], HOSTILE.map((h) => [h]));
    const cells = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.slice(1).map((r) => r[0] ?? "");
    expect(cells).toHaveLength(HOSTILE.length);
    for (const c of cells) for (const p of pieces(c)) expect(p, JSON.stringify(c)).not.toMatch(/^[=+\-@\t\r]/);
    // Read back, each cell is the original with only the ' marks added.
    cells.forEach((c, i) => expect(c.replace(/'(?=[=+\-@\t\r])/g, "")).toBe(HOSTILE[i]));
  });

  it("the semicolon-locale bypass of the old guard is closed: the part after ';' is marked", () => {
    const line = csvText(["name"], [["x;=cmd|' /C calc'!A0"]]).split("\n")[1] ?? "";
    expect(line).toContain(";'=cmd");
    for (const p of line.split(";")) expect(p.replace(/^"/, "")).not.toMatch(/^[=+\-@]/);
  });

  it("quotes what RFC 4180 needs, writes numbers as they are, ends with one newline", () => {
    expect(csvText(["a", "b"], [["x,y", 3], ['say "hi"', -2.5]])).toBe('a,b\n"x,y",3\n"say ""hi""",-2.5\n');
  });
});
