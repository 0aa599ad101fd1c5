/**
 * A line holding nothing but a quote mark (`"`): one rejection at file:line:column that says what
 * a non-programmer needs — the quote mark opens a cell that this line never closes, the line was
 * skipped, the next lines were read as their own rows — instead of a warning about quotes followed
 * by "the name is empty (id """)" or "the "to" cell is empty".
 */
import { describe, expect, it } from "vitest";
import { importCoalition } from "../../src/import/index.js";
import { accountingProblems, isOneLine } from "./accounting.js";
import { csv, only } from "./helpers.js";

const WHY =
  'this line holds only a quote mark ("). In a CSV file a quote mark starts a cell that ends at the next quote mark, and this line has none: the line was skipped and the lines after it read as their own rows. Delete the stray quote mark.';

describe("a line with only a quote mark", () => {
  it("in a people file: rejected once, with the reason; every other row imported", () => {
    const res = importCoalition([csv("people.csv", 'id,name,area\np1,Ana,North\n"\np2,Ben,South\np3,Cho,East\n'), csv("connections.csv", "from,to\np1,p2\n")]);
    expect(accountingProblems(res)).toEqual([]);
    expect(res.report.files[0]).toMatchObject({ rowsRead: 4, imported: 3, rejected: 1 });
    const r = only(res.report.rejections);
    expect([r.file, r.line, r.column]).toEqual(["people.csv", 3, 1]);
    expect(r.reason).toBe(`people.csv:3:1 (column "id"): ${WHY}`);
    expect(isOneLine(r.reason)).toBe(true);
    // No second message for the same line.
    expect(res.report.warnings.filter((w) => w.file === "people.csv")).toEqual([]);
    expect(res.graph.hasNode("p2") && res.graph.hasNode("p3")).toBe(true);
  });

  it("in a ties file (streamed), in the middle and as the last line without a line break", () => {
    for (const [text, line] of [
      ['from,to,strength\np1,p2,3\n"\np2,p3,2\np1,p3,1\n', 3],
      ['from,to,strength\np1,p2,3\np2,p3,2\n"', 4],
      ['from;to;strength\np1;p2;3\n  "\t\np2;p3;2\n', 3],
    ] as const) {
      const res = importCoalition([csv("people.csv", "id,name\np1,Ana\np2,Ben\np3,Cho\n"), csv("connections.csv", text)]);
      expect(accountingProblems(res)).toEqual([]);
      const r = only(res.report.rejections);
      expect([r.file, r.line, r.column]).toEqual(["connections.csv", line, 1]);
      expect(r.reason).toBe(`connections.csv:${line}:1 (column "from"): ${WHY}`);
      expect(res.report.warnings).toEqual([]);
    }
  });

  it("a quote mark that does open a cell with text stays a quote warning on a row that is read", () => {
    const res = importCoalition([csv("people.csv", 'id,name,notes\np1,Ana,"Chairs the board\np2,Ben,\n')]);
    expect(res.report.rejections).toEqual([]);
    expect(res.report.imported).toBe(2);
    expect(only(res.report.warnings).message).toMatch(/^people\.csv:2:3: a quote mark \("\) opens a cell but never closes it/);
  });
});
