import { describe, expect, it } from "vitest";
import { ELLIPSIS, fitText, wrapText } from "../../src/viz/map/fit-text.js";

/** One pixel per code point: the cut is exact and easy to check. */
const perChar = (s: string) => Array.from(s).length;

describe("fitText", () => {
  it("leaves a text that fits unchanged", () => {
    expect(fitText("Dana Ruiz", 9, perChar)).toBe("Dana Ruiz");
  });
  it("cuts a long text to the width, ellipsis included", () => {
    const long = "x".repeat(5000);
    const cut = fitText(long, 240, perChar);
    expect(cut).toBe(`${"x".repeat(239)}${ELLIPSIS}`);
    expect(perChar(cut)).toBe(240);
  });
  it("measures a few times only (binary search)", () => {
    let calls = 0;
    fitText("y".repeat(5000), 100, (s) => (calls++, perChar(s)));
    expect(calls).toBeLessThanOrEqual(15);
  });
  it("never splits a surrogate pair and drops the space before the ellipsis", () => {
    expect(fitText("😀😀😀😀", 3, perChar)).toBe(`😀😀${ELLIPSIS}`);
    expect(fitText("ab cd", 4, perChar)).toBe(`ab${ELLIPSIS}`);
  });
  it("gives the ellipsis alone when nothing else fits", () => {
    expect(fitText("abc", 1, perChar)).toBe(ELLIPSIS);
  });
});

describe("wrapText", () => {
  const within = (lines: string[], max: number) => lines.every((l) => perChar(l) <= max);
  it("leaves a text that fits on one line unchanged (spaces too)", () => {
    expect(wrapText("Dana  Ruiz", 10, 3, perChar)).toEqual(["Dana  Ruiz"]);
  });
  it("breaks between words, greedily, at most `lines` lines, the last one cut", () => {
    expect(wrapText("Influential allies · 12", 12, 3, perChar)).toEqual(["Influential", "allies · 12"]);
    const three = wrapText(Array.from({ length: 30 }, () => "word").join(" "), 14, 3, perChar);
    expect(three).toEqual(["word word word", "word word word", `word word wor${ELLIPSIS}`]);
    expect(within(three, 14)).toBe(true);
  });
  it("breaks a first word too wide for a line inside it, instead of letting it overflow (the grid's titles did)", () => {
    const lines = wrapText(`${"x".repeat(25)} · 7`, 10, 3, perChar);
    expect(lines).toEqual(["x".repeat(10), "x".repeat(10), `xxxxx · 7`]);
    expect(within(lines, 10)).toBe(true);
  });
  it("breaks a later word too wide for a line too, and cuts what the last line can't hold", () => {
    const lines = wrapText(`Mid ${"y".repeat(30)} end`, 10, 3, perChar);
    expect(lines).toEqual(["Mid", "y".repeat(10), `${"y".repeat(9)}${ELLIPSIS}`]);
  });
  it("keeps every line of a long word on two lines within the width (the PNG legend's entries: wrapTwo)", () => {
    const two = wrapText("x".repeat(50), 20, 2, perChar);
    expect(two).toEqual(["x".repeat(20), `${"x".repeat(19)}${ELLIPSIS}`]);
  });
  it("never splits a surrogate pair when it breaks a word", () => {
    const lines = wrapText("😀".repeat(5), 2, 3, perChar);
    expect(lines).toEqual(["😀😀", "😀😀", "😀"]);
  });
  it("one line is fitText's cut; a width under one code point puts one on each line", () => {
    expect(wrapText("abc def", 4, 1, perChar)).toEqual([`abc${ELLIPSIS}`]);
    expect(wrapText("abc def", 4, 0, perChar)).toEqual([`abc${ELLIPSIS}`]);
    expect(wrapText("ab", 0.5, 3, perChar)).toEqual(["a", "b"]);
  });
  it("measures about log2(length) times per line for a long word (binary search)", () => {
    let calls = 0;
    wrapText("z".repeat(5000), 100, 3, (s) => (calls++, perChar(s)));
    expect(calls).toBeLessThanOrEqual(60);
  });
});
