import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { conflictView } from "../../src/graph/model.js";
import { importCoalition, type InputFile } from "../../src/import/index.js";
import { csv, fatal, only, present, raw } from "./helpers.js";

const fixture = (path: string): InputFile => ({
  name: present(path.split("/").pop(), "file name"),
  bytes: new Uint8Array(readFileSync(new URL(`../fixtures/datasets/${path}`, import.meta.url))),
});

describe("generic (Gephi-style) import", () => {
  it("Florentine marriages (Padgett): 16 families, 20 ties, ids kept exactly, Pucci isolated", () => {
    const { graph, report } = importCoalition([
      fixture("florentine_statnet_marriage_edges.csv"),
      fixture("florentine_statnet_vertices.csv"),
    ]);
    expect(graph.getAttribute("format")).toBe("generic");
    expect(report.files.map((f) => f.role)).toEqual(["edges", "nodes"]);
    expect(graph.order).toBe(16);
    expect(graph.size).toBe(20);
    expect(graph.hasNode("Medici")).toBe(true);
    expect(graph.degree("Medici")).toBe(6);
    expect(graph.degree("Pucci")).toBe(0);
    expect(graph.getNodeAttribute("Medici", "extra")).toEqual({ wealth: "103", priorates: "53", totalties: "54" });
    expect(report.warnings).toEqual([]);
    expect(report.rejected).toBe(0);
  });

  it("Gahuku-Gama tribes (Read 1954) import as a signed network: 16 nodes, 58 ties, 29 negative", () => {
    const { graph, report } = importCoalition([
      fixture("gahuku_statnet_edges.csv"),
      fixture("gahuku_statnet_vertices.csv"),
    ]);
    expect(graph.order).toBe(16);
    expect(graph.size).toBe(58);
    expect(graph.nodes().sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
    expect(graph.getNodeAttribute("1", "label")).toBe("Gaveve");
    expect(graph.filterEdges((_, a) => a.sign === -1)).toHaveLength(29);
    expect(conflictView(graph).size).toBe(29);
    expect(report.imported).toBe(58 + 16);
  });

  it("node ids are kept exactly as written (\"0\", \"17\", \"Medici\"), not slugged", () => {
    const { graph } = importCoalition([csv("edges.csv", "source,target\n0,17\n17,Medici\nMedici,St. Mary's\n")]);
    expect(graph.nodes().sort()).toEqual(["0", "17", "Medici", "St. Mary's"]);
    // Nodes known only from the edge list are created with a warning each.
    expect(graph.getNodeAttribute("0", "inferred")).toBe(true);
  });

  it("without a node list, the edge list alone names the nodes; with one, unknown ids are warned about", () => {
    const { graph, report } = importCoalition([csv("nodes.csv", "Id,Label,Kind\na,Alpha,organization\nb,Beta,\n"), csv("edges.csv", "Source,Target,Type,Id,Label,Weight\na,b,Undirected,0,,2.5\nb,c,Directed,1,,1\n")]);
    expect(graph.getNodeAttribute("a", "kind")).toBe("organization");
    expect(graph.getNodeAttribute("b", "kind")).toBe("person");
    const ab = only(graph.edges("a", "b"));
    expect(graph.getEdgeAttributes(ab)).toMatchObject({ strength: 2.5, directed: false, extra: { Id: "0" } });
    expect(graph.isDirected(only(graph.edges("b", "c")))).toBe(true);
    expect(report.warnings.map((w) => [w.file, w.line, w.columnName])).toEqual([["edges.csv", 3, "Target"]]);
    expect(graph.getAttribute("hasStrength")).toBe(true);
  });

  it("weights: any positive number; non-numeric or zero rejected; negative → negative tie", () => {
    const { graph, report } = importCoalition([csv("edges.csv", "source,target,weight\na,b,0.25\na,c,abc\na,d,0\na,e,-2\n")]);
    expect(report.rejections.map((r) => r.reason)).toEqual([
      'edges.csv:3:3 (column "weight"): weight "abc" is not a number; row skipped.',
      'edges.csv:4:3 (column "weight"): weight "0" is zero; a weight must be a positive number. Row skipped.',
    ]);
    expect(graph.getEdgeAttributes(only(graph.edges("a", "e")))).toMatchObject({ sign: -1, strength: 2 });
    expect(report.imported + report.merged + report.rejected).toBe(report.rowsRead);
  });

  it("a bare edge list (no node list) creates its nodes with one note, not a warning per node", () => {
    const { graph, report } = importCoalition([csv("edges.csv", "source,target\nAlice,Bob\nBob,Carol\n")]);
    expect(graph.order).toBe(3);
    expect(report.warnings).toHaveLength(1);
    expect(only(report.warnings).message).toMatch(/^edges\.csv: no node list was given, so the 3 people and organizations named in it were created from the ties/);
  });

  it("with a node list, a tie naming someone not in it is warned about with file:line:column", () => {
    const { report } = importCoalition([csv("nodes.csv", "id,label\nAlice,Alice\n"), csv("edges.csv", "source,target\nAlice,Bob\n")]);
    expect(report.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^edges\.csv:2:2 \(column "target"\): "Bob" is not in the node list/)]);
  });

  it("a node list row with the same id merges, conflicts listed", () => {
    const { report } = importCoalition([csv("nodes.csv", "id,label,size\n1,One,3\n1,Uno,3\n"), csv("edges.csv", "source,target\n1,2\n")]);
    expect(report.merges).toEqual([{ file: "nodes.csv", line: 3, into: { file: "nodes.csv", line: 2 }, id: "1", conflicts: ["label"] }]);
  });
});

describe("fatal errors: ImportError with one clear message naming the file", () => {

  it("no files", () => expect(fatal([])).toMatch(/No input files/));
  it("a JSON or web page file", () => {
    expect(fatal([csv("package.json", '{ "name": "x" }\n')])).toBe("package.json is not a CSV file: it looks like a JSON document. Save the sheet as CSV (comma-separated values) and try again.");
    expect(fatal([csv("people.csv", "<html><body>hi</body></html>")])).toMatch(/^people\.csv is not a CSV file: it looks like a web page/);
  });
  it("binary data", () => expect(fatal([raw("people.csv", [0x00, 0x01, 0x02, 0x41])])).toMatch(/^people\.csv is not a CSV file/));
  it("an Excel workbook renamed .csv", () => expect(fatal([raw("people.csv", [0x50, 0x4b, 0x03, 0x04, 1, 2])])).toMatch(/people\.csv is not a CSV file: it looks like an Excel workbook/));
  it("an empty file", () => expect(fatal([csv("people.csv", "  \n")])).toMatch(/people\.csv is empty/));
  it("a required column missing", () => {
    expect(fatal([csv("people.csv", "id,organization\np1,Hope\n")])).toBe(
      'people.csv (the people file) has no "name" or "label" column. Its columns are: "id", "organization".',
    );
    expect(fatal([csv("connections.csv", "who,whom\na,b\n")])).toMatch(/^connections\.csv \(the connections file\) has no "from" or "source" column/);
  });
  it("a file whose role cannot be told", () => expect(fatal([csv("stuff.csv", "alpha,beta\n1,2\n")])).toMatch(/can't tell what stuff\.csv holds/));
  it("no node or tie file (only needs)", () => expect(fatal([csv("services.csv", "service,area\nhotline,North\n")])).toMatch(/No people, organizations or connections file/));
});

describe("generic edge lists are directed statements (Gephi's convention)", () => {
  it("a reversed row is kept as its own tie; a repeated row is merged with readable names", () => {
    const { graph, report } = importCoalition([csv("edges.csv", "source,target,weight\nA,B,2\nB,A,5\nA,B,2\n")]);
    expect(graph.edges("A", "B")).toHaveLength(2);
    expect(report.imported).toBe(2);
    expect(report.merges).toEqual([{ file: "edges.csv", line: 4, into: { file: "edges.csv", line: 2 }, id: "A – B (tie)", conflicts: [] }]);
    expect(report.imported + report.merged + report.rejected).toBe(report.rowsRead);
  });
});
