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

  it("never says a tied or zero score is higher than anyone's", () => {
    // A person with no ties: betweenness 0, like 19 others out of 21.
    const zeros = [...Array(20).fill(0), 5];
    expect(standingPhrase("betweenness", 0, zeros)).toBe("the lowest in the network, tied with 95% of it");
    expect(standingPhrase("closeness", 0, [0, 1, 2])).toBe("the lowest in the network");
    expect(standingPhrase("constraint", 1, [0.2, 0.5, 1])).toBe("the most boxed in of the network");
    // Tied in the middle: only the strictly lower ones count.
    expect(standingPhrase("pagerank", 2, [1, 2, 2, 2, 3])).toBe("higher than 25% of the network");
    // Not rounded to 100% (or 0%) when it is not literally so.
    const many = [...Array.from({ length: 998 }, (_, i) => i), 999, 999];
    expect(standingPhrase("eigenvector", 999, many)).toBe("higher than 99% of the network");
    expect(standingPhrase("eigenvector", 1, Array.from({ length: 1000 }, (_, i) => i))).toBe("higher than 1% of the network");
  });
});
