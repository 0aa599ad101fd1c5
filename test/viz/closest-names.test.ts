import { describe, expect, it } from "vitest";
import { closestNames, editDistance } from "../../src/viz/panels/text/closest-names.js";
import { searchKey } from "../../src/viz/search-key.js";

const names = ["Riverbend County Commission", "Riverbend Police Department", "Evelyn Marsh", "José Ramírez", "Commission on Aging"];
const index = names.map((n, i) => [searchKey(n), `n${i}`] as const);

describe("editDistance", () => {
  it("counts inserts, deletes and substitutions", () => {
    expect(editDistance("commision", "commission")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });
});

describe("closestNames", () => {
  it("suggests the commission for a typo with a word left out", () => {
    expect(closestNames(index, "riverbend commision")[0]).toBe("n0");
  });
  it("ignores accents and case, and finds a missing space", () => {
    expect(closestNames(index, "JOSE RAMIRES")).toEqual(["n3"]);
    expect(closestNames(index, "evelynmarsh")).toEqual(["n2"]);
  });
  it("suggests no one for a name far from every name, or a too-short query", () => {
    expect(closestNames(index, "zebra crossing")).toEqual([]);
    expect(closestNames(index, "ev")).toEqual([]);
  });
  it("keeps at most `limit`, nearest first", () => {
    expect(closestNames(index, "riverbend", 1)).toHaveLength(1);
  });
});
