/**
 * A careless spreadsheet's usual shapes: a title above the column names, names split in a first
 * and a last name column, a totals row at the bottom. The import says what is wrong and what to
 * do, at the line, instead of only "has no name column" or a person called "12".
 */
import { describe, expect, it } from "vitest";
import { importCoalition } from "../../src/import/index.js";
import { csv, fatal } from "./helpers.js";

describe("careless sheets", () => {
  it("a title (and a blank line) above the column names: the error names the line of the column names", () => {
    expect(fatal([csv("people.csv", "Coalition people list 2026,,\n,,\nid,name,organization\np1,Ana,Org A\n")])).toBe(
      'people.csv (the people file) has no "name" or "label" column. The column names seem to be on line 3 ("id", "name", "organization"): delete the 2 lines above them (a title, or notes) and save the file again. Its columns are: "Coalition people list 2026", "", "".',
    );
    // A tie list (read as a stream) too.
    expect(fatal([csv("people.csv", "name\nAna\nBen\n"), csv("connections.csv", "Ties as of March\nfrom,to,strength\nAna,Ben,3\n")])).toContain(
      "The column names seem to be on line 2 (\"from\", \"to\", \"strength\"): delete the line above them",
    );
  });

  it("first and last name columns: the error says to put whole names in one column", () => {
    expect(fatal([csv("people.csv", "id,First Name,Last Name\np1,Ana,Ruiz\n")])).toBe(
      'people.csv (the people file) has no "name" or "label" column. It has "First Name" and "Last Name": put each whole name in one column named "name" (a spreadsheet joins two with =B2&" "&C2). Its columns are: "id", "First Name", "Last Name".',
    );
    expect(fatal([csv("personnes.csv", "prénom,apellido\nAna,Ruiz\n")])).toContain('It has "prénom" and "apellido"');
  });

  it("a totals row: kept, with a warning at its name", () => {
    const { graph, report } = importCoalition([csv("people.csv", "id,name,organization\np1,Ana,Org A\np2,Ben,Org A\nTotal,2,\n,12,\n")]);
    expect(graph.hasNode("Total")).toBe(true);
    const at = (line: number) => report.warnings.find((w) => w.line === line)?.message;
    expect(at(4)).toBe('people.csv:4:2 (column "name"): the name "2" is only a number: is it a sheet\'s totals or count row rather than a person? It was kept as a person; delete the row if it is not one.');
    expect(at(5)).toContain('the name "12" is only a number');
    const named = importCoalition([csv("organizations.csv", "name,services\nHarbor House,shelter\nTotal,\n")]);
    expect(named.report.warnings.map((w) => w.message)).toContain('organizations.csv:3:1 (column "name"): this row is named "Total": is it a sheet\'s totals or count row rather than an organization? It was kept as an organization; delete the row if it is not one.');
  });
});

describe("an empty file", () => {
  it("beside others: skipped with a warning naming it (the import and the workbook both leave it out)", async () => {
    const { readWorkbook } = await import("../../src/workbook/index.js");
    const files = [csv("people.csv", "\n\n"), csv("services.csv", ""), csv("connections.csv", "from,to\nAna,Ben\n")];
    const { graph, report } = importCoalition(files);
    expect(graph.order).toBe(2);
    expect(report.warnings.filter((w) => w.message.includes("is empty")).map((w) => w.message)).toEqual([
      "people.csv is empty (no column names, no rows); it was skipped. If it should hold something, save it again from your spreadsheet.",
      "services.csv is empty (no column names, no rows); it was skipped. If it should hold something, save it again from your spreadsheet.",
    ]);
    expect(readWorkbook(files).tables.map((t) => t.name)).toEqual(["connections.csv"]);
  });

  it("alone, or all of them: the import stops and says so", () => {
    expect(fatal([csv("people.csv", "")])).toBe("people.csv is empty: it has no header row and no data.");
    expect(fatal([csv("people.csv", ""), csv("connections.csv", " \n")])).toBe("people.csv, connections.csv are all empty (no column names, no rows); there is no network to build.");
  });
});
