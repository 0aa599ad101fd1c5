/**
 * "José" written two ways: é as one character (NFC, as most keyboards type it) or as e followed
 * by a combining accent (NFD, as some Mac programs and web forms save it). The two look the same,
 * so as an id, a name or a tie's end they must be one person (with a warning where two rows were
 * read as one), never two people who look alike.
 */
import { describe, expect, it } from "vitest";
import { importCoalition } from "../../src/import/index.js";
import { csv } from "./helpers.js";

const NFC = "jos\u00e9";
const NFD = "jose\u0301";

describe("ids and names that differ only in how their accents are composed", () => {
  it("two people rows with the id written both ways are one person, merged, with a warning at the second row's id", () => {
    const { graph, report } = importCoalition([
      csv("people.csv", `id,name\n${NFC},José A\n${NFD},José A\nana,Ana\n`),
      csv("connections.csv", `from,to\nana,${NFD}\n`),
    ]);
    expect(graph.filterNodes((_n, a) => a.kind === "person").sort()).toEqual(["ana", NFC]);
    expect(report.merges).toEqual([{ file: "people.csv", line: 3, into: { file: "people.csv", line: 2 }, id: NFC, conflicts: [] }]);
    const w = report.warnings.find((x) => x.line === 3 && x.file === "people.csv");
    expect(w?.message).toMatch(/^people\.csv:3:1 \(column "id"\): the id "jos.+" is the id "jos.+" \(people\.csv line 2\) with its accents written another way/);
    // The tie written with the other form goes to the one person, not to a new one.
    expect(graph.hasEdge("ana", NFC)).toBe(true);
    expect(graph.order).toBe(2);
  });

  it("a tie naming an id in the other form is attached to it (no new person)", () => {
    const { graph, report } = importCoalition([csv("people.csv", `id,name\n${NFD},José\nana,Ana\n`), csv("connections.csv", `from,to\n${NFC},ana\n`)]);
    expect(graph.order).toBe(2);
    expect(graph.hasEdge(NFD, "ana")).toBe(true);
    expect(report.rejections).toEqual([]);
  });

  it("a generic node list: the same", () => {
    const { graph, report } = importCoalition([csv("nodes.csv", `id,label\n${NFC},A\n${NFD},A\nb,B\n`), csv("edges.csv", `source,target\n${NFD},b\n`)]);
    expect(graph.nodes().sort()).toEqual(["b", NFC]);
    expect(report.merges.length).toBe(1);
    expect(report.warnings.some((w) => w.message.startsWith("nodes.csv:3:1") && w.message.includes("accents"))).toBe(true);
  });

  it("names (no ids): one person, merged", () => {
    const { graph, report } = importCoalition([csv("people.csv", `name\nJos\u00e9\nJose\u0301\n`)]);
    expect(graph.order).toBe(1);
    expect(report.merges.length).toBe(1);
  });
});
