/**
 * Lists as large as a statewide network are never spread as function arguments: 130,000 arguments
 * already overflow Node's stack, and a browser worker's is smaller (a 100,000-node network stopped
 * the map's analysis at "balance": Maximum call stack size exceeded).
 */
import { describe, expect, it } from "vitest";
import { degreeCentralization } from "../../src/graph/composition.js";

describe("large lists", () => {
  it("degree centralization of 300,000 degrees", () => {
    const degrees = new Array<number>(300_000).fill(2);
    degrees[0] = 300_000 - 1;
    expect(degreeCentralization(degrees)).toBeCloseTo(((300_000 - 1) * (300_000 - 3)) / ((300_000 - 1) * (300_000 - 2)), 9);
  });
});
