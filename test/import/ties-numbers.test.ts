import { describe, expect, it } from "vitest";
import { importCoalition, readNumber } from "../../src/import/index.js";
import { accountingProblems } from "./accounting.js";
import { csv } from "./helpers.js";

describe("ties that differ in sign or type are never merged", () => {
  for (const order of [["+", "-"], ["-", "+"]]) {
    it(`the same pair in the same direction, ${order.join(" then ")}: both ties kept`, () => {
      const res = importCoalition([csv("edges.csv", `source,target,sign\nA,B,${order[0]}\nA,B,${order[1]}\n`)]);
      expect(accountingProblems(res)).toEqual([]);
      expect(res.report.imported).toBe(2);
      expect(res.graph.size).toBe(2);
      expect(res.graph.mapEdges((_, a) => a.sign).sort()).toEqual([-1, 1]);
    });
  }

  it("a workbook: knows and rivalry between the same two are two ties; a true duplicate is merged", () => {
    const res = importCoalition([csv("people.csv", "name\nAna\nBen\n"), csv("connections.csv", "from,to,type,sign\nAna,Ben,knows,+\nAna,Ben,knows,-\nAna,Ben,rivalry,\nBen,Ana,knows,+\n")]);
    expect(accountingProblems(res)).toEqual([]);
    expect(res.graph.size).toBe(3);
    expect(res.report.merges).toHaveLength(1);
    expect(res.report.merges[0]?.line).toBe(5);
  });
});

describe("numbers are read in the file's locale; ambiguous ones are warned about", () => {
  it("readNumber", () => {
    expect(readNumber("2.5", ",")).toEqual({ value: 2.5 });
    expect(readNumber("2,5", ";")).toEqual({ value: 2.5 });
    expect(readNumber("1,000,000", ",")).toEqual({ value: 1000000 });
    expect(readNumber("1.000,5", ";")).toEqual({ value: 1000.5 });
    expect(readNumber("1,000.5", ",")).toEqual({ value: 1000.5 });
    expect(readNumber("1,000", ",")).toMatchObject({ value: 1000, ambiguous: expect.stringContaining("1") });
    expect(readNumber("2.500", ";")).toMatchObject({ value: 2500, ambiguous: expect.stringContaining("2.5") });
    expect(readNumber("2.500", ",")).toMatchObject({ value: 2.5, ambiguous: expect.stringContaining("2500") });
    expect(readNumber("0.500", ",")).toEqual({ value: 0.5 });
    expect(Number.isNaN(readNumber("1,2,3", ",").value)).toBe(true);
    expect(Number.isNaN(readNumber("abc", ",").value)).toBe(true);
  });

  it('a weight "1,000" in a comma file is 1000 (not 1), with a warning', () => {
    const res = importCoalition([csv("edges.csv", 'source,target,weight\nA,B,"1,000"\n')]);
    expect(res.graph.getEdgeAttribute(res.graph.edges()[0] ?? "", "strength")).toBe(1000);
    expect(res.report.warnings.some((w) => w.line === 2 && /weight "1,000" was read as 1000/.test(w.message))).toBe(true);
  });

  it('a weight "2.500" in a semicolon file is 2500 (the thousands dot), with a warning; "2,5" is 2.5 without one', () => {
    const res = importCoalition([csv("edges.csv", "source;target;weight\nA;B;2.500\nB;C;2,5\n")]);
    const w = res.graph.mapEdges((_, a) => a.strength);
    expect(w).toEqual([2500, 2.5]);
    expect(res.report.warnings.filter((x) => /was read as/.test(x.message)).map((x) => x.line)).toEqual([2]);
  });
});

describe("weights written by other programs, and weights too large or too small to measure with", () => {
  // A weight of 400 digits was read as Infinity and the command stopped with "an unexpected problem";
  // "1e-05" (how Python, R and igraph write small numbers) was "not a number".
  it("scientific notation is a number: 1e-05, 2.5E+3", () => {
    expect(readNumber("1e-05", ",").value).toBe(1e-5);
    expect(readNumber("2.5E+3", ",").value).toBe(2500);
    expect(readNumber("-3e2", ",").value).toBe(-300);
    expect(readNumber("e5", ",").value).toBeNaN();
    expect(readNumber("1e", ",").value).toBeNaN();
    const res = importCoalition([csv("edges.csv", "source,target,weight\na,b,1e-05\nb,c,2.5E+3\n")]);
    expect(accountingProblems(res)).toEqual([]);
    expect(res.graph.mapEdges((_, a) => a.strength)).toEqual([1e-5, 2500]);
  });

  it("a weight too large or too small to measure with is rejected at its cell, in words", () => {
    const big = `1${"0".repeat(400)}`;
    const tiny = `0.${"0".repeat(330)}1`;
    const res = importCoalition([csv("edges.csv", `source,target,weight\na,b,${big}\nb,c,1e309\nc,d,${tiny}\nd,e,1e-200\ne,f,1e200\nf,a,3\n`)]);
    expect(accountingProblems(res)).toEqual([]);
    expect(res.report.rejections.map((x) => [x.line, x.column])).toEqual([[2, 3], [3, 3], [4, 3], [5, 3], [6, 3]]);
    for (const x of res.report.rejections) expect(x.reason).toMatch(/too (large|small)/);
    expect(res.graph.size).toBe(1);
  });
});

describe("a strength outside 1–5 only under the file's own reading", () => {
  // "1.000" in a semicolon file is a thousand there (1.000,5): rejected as "outside 1–5" with no word of
  // why, when the organizer meant 1.
  it("says how it was read and what else it could mean", () => {
    const res = importCoalition([csv("people.csv", "id;name\np1;Ana\np2;Ben\n"), csv("connections.csv", "from;to;strength\np1;p2;1.000\n")]);
    expect(accountingProblems(res)).toEqual([]);
    const two = importCoalition([csv("connections.csv", "from;to;strength\np1;p2;2.500\n")]);
    expect(two.report.rejections[0]?.reason).toContain("but it could also mean 2.5. Write it without a thousands separator (2,5).");
    expect(res.report.rejections[0]?.reason).toBe('connections.csv:2:3 (column "strength"): strength "1.000" was read as 1000 (this file separates cells with semicolons), which is outside 1–5, but it could also mean 1. Write it without a thousands separator (1). Row skipped.');
  });
});
