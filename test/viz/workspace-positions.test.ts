/**
 * The workspace's positions are stored packed (db.ts: the ids in a list, x and y in a typed array,
 * which IndexedDB copies at once): read back, they are the positions that were saved — ids that
 * are numbers or `__proto__`, negative zero, far and tiny numbers — and a record stored before
 * (one object per node) is read as it is.
 */
import { describe, expect, it } from "vitest";
import { packPositions, unpackPositions } from "../../src/viz/workspace/db.js";

function record(entries: [string, number, number][]) {
  const out = Object.create(null) as Record<string, { x: number; y: number }>;
  for (const [id, x, y] of entries) out[id] = { x, y };
  return out;
}

describe("workspace positions, packed", () => {
  it("read back as saved, through a structured copy (as IndexedDB stores them)", () => {
    const saved = record([
      ["p1", 0.5, -3.25],
      ["__proto__", 1, 2],
      ["constructor", -0, 0],
      ["12", 1e-300, -1e300],
      ["Zoë", Number.MAX_VALUE, Number.MIN_VALUE],
      ["", 7, 8],
    ]);
    const stored = structuredClone(packPositions(saved));
    expect(stored.xy).toBeInstanceOf(Float64Array);
    const back = unpackPositions(stored);
    expect(Object.getPrototypeOf(back)).toBeNull();
    expect(Object.keys(back)).toEqual(Object.keys(saved));
    for (const id of Object.keys(saved)) {
      expect(Object.is(back[id]?.x, saved[id]?.x), id).toBe(true);
      expect(Object.is(back[id]?.y, saved[id]?.y), id).toBe(true);
    }
    expect(Object.prototype.hasOwnProperty.call(back, "__proto__")).toBe(true);
  });

  it("an empty layout, and 50,000 positions", () => {
    expect(Object.keys(unpackPositions(structuredClone(packPositions(record([])))))).toEqual([]);
    const many = record(Array.from({ length: 50_000 }, (_, i) => [`n${i}`, i * 0.1, -i] as [string, number, number]));
    expect(unpackPositions(structuredClone(packPositions(many)))).toEqual(many);
  });

  it("a record stored before (one object per node) is read as it is", () => {
    const old = record([["a", 1, 2]]);
    expect(unpackPositions(old)).toBe(old);
    // A node whose id is "packed" in an old record is not taken for a packed value.
    const odd = record([["packed", 1, 1], ["ids", 2, 2], ["xy", 3, 3]]);
    expect(unpackPositions(odd)).toBe(odd);
  });
});

describe("workspace positions, packed as they are read", () => {
  it("a packed form kept with the positions is stored as it is, and reads back as the positions (integer-like ids in any order)", async () => {
    const { keepPacked } = await import("../../src/viz/workspace/db.js");
    // The graph's order: integer-like ids after others; the record lists them first, as any object does.
    const order: [string, number, number][] = [["b", 1, 1], ["10", 2, 2], ["a", 3, 3], ["2", 4, 4], ["__proto__", 5, 5]];
    const positions = record(order);
    const packed = { packed: 1 as const, ids: order.map(([id]) => id), xy: new Float64Array(order.flatMap(([, x, y]) => [x, y])) };
    keepPacked(positions, packed);
    expect(packPositions(positions)).toBe(packed);
    const back = unpackPositions(structuredClone(packed));
    expect(Object.keys(back)).toEqual(Object.keys(positions));
    expect(back).toEqual(positions);
  });
});
