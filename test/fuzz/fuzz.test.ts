/**
 * The short, seeded fuzz run inside `npm test` (the long one is `npm run fuzz`). A failing seed
 * is reproduced with `npm run fuzz -- --seed N --cases 1`.
 */
import { describe, expect, it } from "vitest";
import { fuzzCase } from "./workbooks.js";

const SEED = 20261130;
const CASES = 1500;
const BUDGET_MS = 20000;

describe("fuzzer: mutated workbooks keep every promise", () => {
  it(`${CASES} seeded cases (or ${BUDGET_MS / 1000} s): no uncaught error, no hang, one-line messages, full accounting`, () => {
    const start = performance.now();
    const failures: string[] = [];
    let slowest = 0;
    let ran = 0;
    for (let i = 0; i < CASES && performance.now() - start < BUDGET_MS; i++, ran++) {
      const out = fuzzCase(SEED + i);
      slowest = Math.max(slowest, out.ms);
      if (out.problems.length > 0) failures.push(`seed ${out.seed}: ${out.problems.join("; ")}`);
    }
    expect(failures).toEqual([]);
    expect(ran).toBeGreaterThan(20);
    expect(slowest).toBeLessThan(10000);
  }, 40000);
});
