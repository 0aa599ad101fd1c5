import { describe, expect, it } from "vitest";
import { MEASURE_WORDS, shareBelow, standingPhrase } from "../../src/viz/panels/text/measure-words.js";

describe("measure words", () => {
  it("has an organizer's sentence for every measure Details shows", () => {
    for (const k of ["closeness", "eigenvector", "constraint", "effectiveSize", "betweenness", "pagerank"] as const) {
      expect(MEASURE_WORDS[k].length).toBeGreaterThan(30);
      expect(MEASURE_WORDS[k]).not.toMatch(/centrality|eigen/i);
    }
  });
  it("says where a value stands among everyone's", () => {
    expect(shareBelow(3, [1, 2, 3, 4, 5])).toBe(0.5);
    expect(shareBelow(5, [1, 2, 3, 4, 5])).toBe(1);
    expect(shareBelow(1, [1])).toBeNull();
    expect(standingPhrase("closeness", 5, [1, 2, 3, 4, 5])).toBe("the highest in the network");
    // Low constraint is the broker's side.
    expect(standingPhrase("constraint", 1, [1, 2, 3, 4, 5])).toBe("the least boxed in of the network");
    expect(standingPhrase("eigenvector", 2, [1, 2, 3, 4, 5])).toBe("higher than 25% of the network");
    expect(standingPhrase("effectiveSize", null, [1, 2])).toBe("");
  });
});
