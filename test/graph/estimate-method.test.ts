/**
 * The guaranteed estimate's description (src/graph/paths/path-measures.ts `estimateMethod`): the
 * smaller margin of lower scores is said only when it differs, as written, from the headline
 * margin (at 100,000 people both round to ±0.011: "lower scores within less, down to ±0.011" said
 * nothing).
 */
import { describe, expect, it } from "vitest";
import { estimateMethod } from "../../src/graph/paths/path-measures.js";

const base = { sources: 8333, blockSize: 12, closenessMargin: 0.0318, delta: 0.01 };

describe("the guaranteed estimate's description", () => {
  it("names the lower scores' smaller margin when it is smaller as written", () => {
    const m = estimateMethod({ ...base, margin: 0.0105, smallestMargin: 0.002 });
    expect(m.description).toMatch(/within ±0\.01\d* of its exact value, all at once, with 99% confidence \(lower scores within less, down to ±0\.002\); each person's/);
  });
  it("leaves it out when it reads the same as the headline margin", () => {
    const m = estimateMethod({ ...base, margin: 0.01104, smallestMargin: 0.01101 });
    expect(m.description).not.toMatch(/lower scores/);
    expect(m.description).toMatch(/with 99% confidence; each person's average distance/);
    expect(m.smallestMargin).toBe(0.01101); // the number itself is still in the JSON
  });
});
