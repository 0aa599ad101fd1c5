/**
 * The analysis crosses from the worker to the page as JSON text in parts (report-transfer.ts): the
 * page's report must be the worker's report as its JSON reads (what the CLI's --json prints), every
 * long list whole and in order, each part small, and user text as keys kept as plain keys.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { communities as findCommunities } from "../../src/graph/communities.js";
import { importCoalition } from "../../src/import/index.js";
import { analyzeForMap } from "../../src/viz/analyze.js";
import type { MapAnalysis } from "../../src/viz/protocol.js";
import { PIECE_CHARS, postReportParts, ReportAssembler, type ReportPart } from "../../src/viz/report-transfer.js";
import { plantedPartition } from "../bench/generate.js";

const sample = (name: string) => ({ name, bytes: readFileSync(`examples/sample-coalition/${name}`) });

function transfer(analysis: MapAnalysis): { parts: ReportPart[]; arrived: MapAnalysis } {
  const parts: ReportPart[] = [];
  const packed = structuredClone(postReportParts(3, analysis, (p) => parts.push(structuredClone(p))));
  const a = new ReportAssembler();
  for (const p of parts) a.add(p);
  return { parts, arrived: a.finish(packed) };
}

const asJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

describe("the analysis sent in parts", () => {
  it("arrives whole on the sample coalition: the report reads as the worker's JSON", () => {
    const { graph, report } = importCoalition(["people.csv", "organizations.csv", "connections.csv", "services.csv"].map(sample));
    const analysis = analyzeForMap(graph, report, findCommunities(graph), () => {});
    const { arrived } = transfer(analysis);
    expect(JSON.stringify(arrived.report, null, 2)).toBe(JSON.stringify(analysis.report, null, 2));
    expect(arrived.outreachCsv).toBe(analysis.outreachCsv);
    expect(arrived.timings).toEqual(analysis.timings);
    expect("lists" in arrived).toBe(false);
  });

  it("sends a large network's long lists as small parts, the ties parsed only when read", () => {
    const graph = plantedPartition({ n: 3000, tiesPerNode: 10 });
    const empty = { files: [], rowsRead: 0, imported: 0, merged: 0, rejected: 0, merges: [], rejections: [], warnings: [] };
    const analysis = analyzeForMap(graph, empty, findCommunities(graph), () => {});
    const { parts, arrived } = transfer(analysis);
    const paths = new Set(parts.map((p) => p.path.join(".")));
    expect(paths.has("nodes")).toBe(true);
    expect(paths.has("ties")).toBe(true);
    // Each part is a little over PIECE_CHARS at most (the last item that crossed the line).
    for (const p of parts) expect(p.text.length).toBeLessThan(PIECE_CHARS + 10_000);
    expect(parts.filter((p) => p.path[0] === "nodes").length).toBeGreaterThan(1);
    const ties = Object.getOwnPropertyDescriptor(arrived.report, "ties");
    expect(typeof ties?.get).toBe("function");
    expect(Object.keys(arrived.report)).toEqual(Object.keys(analysis.report));
    expect(arrived.report.nodes).toEqual(asJson(analysis.report.nodes));
    expect(arrived.report.ties.length).toBe(analysis.report.ties.length);
    expect(JSON.stringify(arrived.report)).toBe(JSON.stringify(analysis.report));
  });

  it("keeps a list under a key that is user text (such as __proto__) as a plain key", () => {
    const people = Array.from({ length: 600 }, (_, i) => ({ id: `p${i}` }));
    const report = { summary: { n: 1 }, nodes: [], ties: [], byArea: Object.assign(Object.create(null) as Record<string, unknown>, { __proto__: people, constructor: people.slice(0, 2) }) };
    Object.defineProperty(report.byArea, "__proto__", { value: people, enumerable: true });
    const analysis = { report, outreachCsv: "", timings: {} } as unknown as MapAnalysis;
    const { parts, arrived } = transfer(analysis);
    expect(parts.some((p) => p.path[0] === "byArea" && p.path[1] === "__proto__")).toBe(true);
    const byArea = (arrived.report as unknown as { byArea: Record<string, unknown> }).byArea;
    expect(Object.getPrototypeOf(byArea)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(byArea, "__proto__")?.value).toEqual(people);
    expect(byArea.constructor).toEqual(people.slice(0, 2));
  });

  it("refuses a report whose parts did not all arrive", () => {
    const graph = plantedPartition({ n: 1500, tiesPerNode: 10 });
    const empty = { files: [], rowsRead: 0, imported: 0, merged: 0, rejected: 0, merges: [], rejections: [], warnings: [] };
    const analysis = analyzeForMap(graph, empty, findCommunities(graph), () => {});
    const parts: ReportPart[] = [];
    const packed = postReportParts(3, analysis, (p) => parts.push(p));
    const a = new ReportAssembler();
    for (const p of parts.filter((p, i) => !(p.path[0] === "nodes" && i === 0))) a.add(p);
    expect(() => a.finish(packed)).toThrow(/incomplete/);
  });
});
