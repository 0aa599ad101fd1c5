/**
 * The JSON report written in pieces (`reportJsonPieces`, what the CLI writes so a large network's
 * report is never held whole) is the same text as `reportToJson`, character for character.
 */
import { describe, expect, it } from "vitest";
import { analyzeCoalition } from "../../src/graph/index.js";
import { reportJsonPieces, reportToJson } from "../../src/graph/report.js";
import { importCoalition } from "../../src/import/index.js";
import { sampleFiles } from "../helpers/sample.js";
import { writePieces } from "../../src/cli/run.js";

const joined = (value: object): string => [...reportJsonPieces(value)].join("");

describe("reportJsonPieces", () => {
  it("gives the sample coalition's whole report exactly as reportToJson, in several pieces", () => {
    const { graph, report } = importCoalition(sampleFiles());
    const full = analyzeCoalition(graph, report, { rotationStart: "2026-01-05" });
    const pieces = [...reportJsonPieces(full)];
    expect(pieces.length).toBeGreaterThan(5); // 826 KB in pieces of about 64 KB
    expect(pieces.join("")).toBe(reportToJson(full));
  });

  it("splits large sections at every depth (a list inside a record, a record of many keys), never one large piece", () => {
    const entries = Array.from({ length: 6_000 }, (_, i) => ({ id: `n${i}`, reasons: ["more central than 50% of the network", `x\ny ${i}`], path: i % 2 ? [] : [`a${i}`, `b${i}`], empty: {} }));
    const assignment = Object.fromEntries(Array.from({ length: 30_000 }, (_, i) => [`n${i}`, i % 7]));
    const doc = { summary: { nodes: 1, nested: { deep: [[1, [2, {}]], []] } }, powerMap: { entries, counts: { allies: 3 }, note: undefined }, communities: { assignment, modularity: 0.5 }, rows: [[1, 2], [3]], last: null };
    const expected = reportToJson(doc);
    expect(expected.length).toBeGreaterThan(1_500_000);
    const pieces = [...reportJsonPieces(doc)];
    expect(pieces.join("")).toBe(expected);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(150_000);
  });

  it("leaves out what JSON.stringify leaves out, and writes long lists in pieces", () => {
    const ties = Array.from({ length: 4_501 }, (_, i) => ({ key: `e${i}`, note: i % 3 === 0 ? undefined : "a\nb \"quoted\"", list: i % 2 === 0 ? [] : [1, undefined, { x: {} }] }));
    const doc = {
      summary: { nodes: 3, nested: { deep: [1, [2, [3]]] } },
      missing: undefined,
      fn: () => 1,
      empty: [],
      emptyObject: {},
      holes: [undefined, null, () => 2, "x"],
      ties,
      last: "end",
    };
    expect(joined(doc)).toBe(reportToJson(doc));
    expect([...reportJsonPieces(doc)].length).toBeGreaterThan(4);
  });

  it("handles an empty document, a null-prototype record and a value that converts itself", () => {
    expect(joined({})).toBe(reportToJson({}));
    expect(joined({ a: undefined })).toBe(reportToJson({ a: undefined }));
    const record = Object.create(null) as Record<string, number>;
    record["__proto__"] = 1;
    record["constructor"] = 2;
    expect(joined({ record })).toBe(reportToJson({ record }));
    const dated = { when: new Date(Date.UTC(2026, 0, 5)), n: [1] };
    expect(joined(dated)).toBe(reportToJson(dated));
  });
});

describe("the CLI's writer of pieces", () => {
  it("writes a short text in one write and a long one piece by piece, the same characters", () => {
    const big = { ties: Array.from({ length: 6_000 }, (_, i) => ({ key: `e${i}`, from: `n${i}`, to: `n${i + 1}`, extra: { note: "x".repeat(200) } })) };
    const expected = reportToJson(big);
    expect(expected.length).toBeGreaterThan(1 << 20);
    const writes: string[] = [];
    writePieces(reportJsonPieces(big), (s) => writes.push(s));
    expect(writes.length).toBeGreaterThan(10);
    expect(writes.join("")).toBe(expected);
    const small: string[] = [];
    writePieces(reportJsonPieces({ a: [1, 2, 3], b: "c" }), (s) => small.push(s));
    expect(small).toEqual([reportToJson({ a: [1, 2, 3], b: "c" })]);
  });
});
