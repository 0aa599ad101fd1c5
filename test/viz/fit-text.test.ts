import { describe, expect, it } from "vitest";
import { ELLIPSIS, fitText } from "../../src/viz/map/fit-text.js";

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
