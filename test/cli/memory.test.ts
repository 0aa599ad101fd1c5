/** The CLI's memory release between stages (src/cli/memory.ts). */
import { describe, expect, it } from "vitest";
import { releaseGraph, releaseMemory } from "../../src/cli/memory.js";

describe("releaseMemory", () => {
  it("runs a full collection only when the heap grew past the threshold since the last one", () => {
    expect(releaseMemory(0)).toBe(true); // the first call: one collection (V8's gc is reachable)
    const alive = process.memoryUsage().heapUsed;
    expect(releaseMemory()).toBe(false); // nothing like 256 MB allocated since
    // Garbage of more than what is alive (the heap doubles) and more than 16 MB: arrays of 400 KB.
    const arrays = Math.ceil((Math.max(alive, 16 * 1024 * 1024) + 40 * 1024 * 1024) / 400_000);
    let garbage: number[][] | null = Array.from({ length: arrays }, () => Array.from({ length: 50_000 }, (_, i) => i + 0.5));
    const held = process.memoryUsage().heapUsed;
    expect(garbage.length).toBe(arrays);
    garbage = null;
    expect(releaseMemory(16 * 1024 * 1024)).toBe(true);
    expect(process.memoryUsage().heapUsed).toBeLessThan(held - 40 * 1024 * 1024); // the ≈ 80 MB of arrays were freed
  });
});

describe("releaseGraph", () => {
  it("collects once the heap is large, however little it grew since the last collection", () => {
    releaseMemory(0);
    let held: number[][] | null = Array.from({ length: 700 }, () => Array.from({ length: 50_000 }, (_, i) => i + 0.5)); // ≈ 280 MB
    expect(held.length).toBe(700);
    releaseMemory(0); // collected while still held: the heap stays large
    held = null;
    expect(releaseMemory()).toBe(false); // it did not grow since
    const before = process.memoryUsage().heapUsed;
    expect(releaseGraph()).toBe(true);
    expect(process.memoryUsage().heapUsed).toBeLessThan(before - 200 * 1024 * 1024);
  });
});
