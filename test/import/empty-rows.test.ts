/**
 * Rows whose cells are all empty (`,,,` — how a spreadsheet saves a row left empty) hold nothing:
 * they are skipped, but never silently — the import report names them (one warning per file, at
 * the first such line, listing their lines). Blank lines are not rows and are not named.
 */
import { describe, expect, it } from "vitest";
import { importCoalition } from "../../src/import/index.js";
import { accountingProblems } from "./accounting.js";
import { csv, only } from "./helpers.js";

describe("rows of only delimiters", () => {
  it("a people file: the empty rows are named by line; the accounting holds over the other rows", () => {
    const res = importCoalition([
      csv("people.csv", "id,name,area\np1,Ana,North\n,,\np2,Ben,South\n\n , ,\np3,Cho,East\n,,\n"),
      csv("connections.csv", "from,to\np1,p2\n"),
    ]);
    expect(accountingProblems(res)).toEqual([]);
    expect(res.report.files[0]).toMatchObject({ file: "people.csv", rowsRead: 3, imported: 3, rejected: 0 });
    const w = only(res.report.warnings.filter((x) => x.file === "people.csv"));
    expect(w.line).toBe(3);
    expect(w.message).toBe(
      "people.csv:3: 3 rows have only empty cells (lines 3, 6, 8), as a spreadsheet saves rows left empty; they hold nothing and were skipped (not counted as rows read).",
    );
  });

  it("a streamed tie list (semicolons): one empty row is named at its line", () => {
    const res = importCoalition([csv("edges.csv", "source;target;weight\nA;B;2\n;;\nB;C;1\n")]);
    expect(accountingProblems(res)).toEqual([]);
    expect(res.report.rowsRead).toBe(2);
    const w = only(res.report.warnings.filter((x) => /empty cells/.test(x.message)));
    expect(res.report.warnings.filter((x) => /empty cells/.test(x.message))).toHaveLength(1);
    expect([w.file, w.line]).toEqual(["edges.csv", 3]);
    expect(w.message).toBe("edges.csv:3: this row has only empty cells, as a spreadsheet saves a row left empty; it holds nothing and was skipped (not counted as a row read).");
  });

  it("many empty rows at the end of an export: one warning, the first lines listed and the rest counted", () => {
    const res = importCoalition([csv("edges.csv", `source,target\nA,B\n${",\n".repeat(20)}`)]);
    const empty = res.report.warnings.filter((x) => /empty cells/.test(x.message));
    expect(empty).toHaveLength(1);
    expect(only(empty).message).toContain("20 rows have only empty cells (lines 3, 4, 5, 6, 7, 8, 9, 10 and 12 more)");
  });

  it("blank lines and a last line break are not rows and are not named", () => {
    const res = importCoalition([csv("edges.csv", "source,target\n\nA,B\n\n\nB,C\n\n")]);
    expect(res.report.rowsRead).toBe(2);
    expect(res.report.warnings.filter((x) => /empty|blank/.test(x.message))).toEqual([]);
  });
});
