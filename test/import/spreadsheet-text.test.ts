/**
 * The `'` a spreadsheet (or our own CSV writer) puts before a formula-like cell is read back as
 * the text the user meant: an exported and re-imported workbook keeps its negative ties.
 */
import { describe, expect, it } from "vitest";
import { spreadsheetText } from "../../src/import/spreadsheet-text.js";
import { importCoalition } from "../../src/import/index.js";
import { csvText } from "../../src/graph/utils/csv-text.js";
import { csv } from "./helpers.js";

describe("spreadsheetText", () => {
  it.each([
    ["'-", "-"],
    ["'+", "+"],
    ["'=SUM(A1)", "=SUM(A1)"],
    ["'@home", "@home"],
    ["  'x ", "'x"],
    ["O'Brien", "O'Brien"],
    ["'quoted'", "'quoted'"],
    // csvText's marks inside a cell (after a comma, semicolon or tab) are read away too.
    ["a,'=b", "a,=b"],
    ["x;'-y;'@z", "x;-y;@z"],
    ["a, '=b", "a, '=b"],
    ["'\t@SUM(1)", "@SUM(1)"],
  ])("%j → %j", (cell, text) => expect(spreadsheetText(cell)).toBe(text));

  it("a tie written by the CSV writer with sign '-' is negative again when read back", () => {
    const ties = csvText(["from", "to", "type", "strength", "sign"], [["Ana", "Ben", "knows", 2, "-"], ["Ben", "=Cy", "knows", 3, "+"]]);
    expect(ties).toContain("'-");
    const { graph } = importCoalition([csv("people.csv", "name\nAna\nBen\n=Cy\n"), csv("connections.csv", ties)]);
    const signs = graph.mapEdges((_e, a) => a.sign).sort();
    expect(signs).toEqual([-1, 1]);
    expect(graph.someNode((_n, a) => a.label === "=Cy")).toBe(true);
  });

  it("every cell csvText writes (outreach plan, rotation, redacted copy, Neo4j) reads back as it was", () => {
    const names = ["=1+1", "-Ana", "+44 20 7946 0000", "@home", "Smith,=cmd", "a;-b", "x\t=y", "=HYPERLINK(\"http://x\",\"y\")"];
    const text = csvText(["name", "notes"], names.map((n) => [n, n]));
    const { graph } = importCoalition([csv("people.csv", text)]);
    expect(graph.mapNodes((_n, a) => [a.label, a.notes])).toEqual(names.map((n) => [n, n]));
  });
});
