/**
 * The exact values committed for the bench (test/bench/reference/, reference.ts) are whole and
 * plausible: the stated size, 2·n finite scores in [0, 1], a fingerprint; and a network of another
 * shape is refused rather than given someone else's values. (Whether they are the bench network's is
 * checked by exact-values.ts each time they are used: the fingerprint of the network generated then.)
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { describe, expect, it, vi } from "vitest";
import { plantedPartition } from "./generate.js";
import { networkFingerprint, readReference, referenceDescription } from "./reference.js";

const DIR = join(dirname(fileURLToPath(import.meta.url)), "reference");
const sizes = readdirSync(DIR)
  .map((f) => /^exact-(\d+)\.json$/.exec(f)?.[1])
  .filter((x): x is string => x !== undefined)
  .map(Number);

describe("committed exact values of the bench networks", () => {
  it("includes the 50,000-node network of the issue's accuracy target", () => {
    expect(sizes).toContain(50_000);
  });

  it.each(sizes)("%i nodes: 2·n finite scores in [0, 1] and a fingerprint", (n) => {
    const about = referenceDescription(n);
    expect(about?.n).toBe(n);
    expect(about?.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    const bytes = gunzipSync(readFileSync(join(DIR, `exact-${n}.bin.gz`)));
    expect(bytes.length).toBe(16 * n);
    const values = new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    let outside = 0;
    let positive = 0;
    for (const v of values) {
      if (!(v >= 0 && v <= 1)) outside++;
      if (v > 0) positive++;
    }
    expect(outside).toBe(0);
    expect(positive).toBeGreaterThan(n); // closeness is positive for every connected node, betweenness for most
  });

  it("refuses a network that is not the one the values were computed for", () => {
    const other = plantedPartition({ n: 500, tiesPerNode: 10 });
    const warn = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    expect(readReference(50_000, other)).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("another network"));
    warn.mockRestore();
  });

  it("fingerprints tell networks apart", () => {
    const a = plantedPartition({ n: 300, tiesPerNode: 10 });
    const b = plantedPartition({ n: 300, tiesPerNode: 10, seed: 99 });
    expect(networkFingerprint(a)).toBe(networkFingerprint(plantedPartition({ n: 300, tiesPerNode: 10 })));
    expect(networkFingerprint(a)).not.toBe(networkFingerprint(b));
  });
});
