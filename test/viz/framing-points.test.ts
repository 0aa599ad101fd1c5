/**
 * map/framing-points.ts keeps, of many points, exactly what the camera framing reads of them all:
 * the extent, the largest size, and the biggest few in the order a stable sort by size gives them
 * (sizes repeat a lot: equal sizes keep their order of arrival).
 */
import { describe, expect, it } from "vitest";
import { FramingPoints, type FramePoint } from "../../src/viz/map/framing-points.js";
import { mulberry32 } from "../../src/graph/utils/mulberry32.js";

/** What camera.ts's frameCamera reads of a list of points. */
function framingOf(pts: FramePoint[], biggest: number) {
  return {
    minX: Math.min(...pts.map((p) => p.x)),
    maxX: Math.max(...pts.map((p) => p.x)),
    minY: Math.min(...pts.map((p) => p.y)),
    maxY: Math.max(...pts.map((p) => p.y)),
    maxSize: Math.max(...pts.map((p) => p.size)),
    biggest: [...pts].sort((a, b) => b.size - a.size).slice(0, biggest),
  };
}

describe("framing points", () => {
  it("frames a few kept points as it would frame them all", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const rnd = mulberry32(seed);
      const n = seed === 1 ? 10 : 3000;
      const pts: FramePoint[] = [];
      for (let i = 0; i < n; i++) pts.push({ x: rnd() * 1000 - 200, y: rnd() * 800, size: 2 + Math.floor(rnd() * 6), label: `n${i}` });
      const kept = new FramingPoints(28);
      pts.forEach((p, i) => kept.add(p.x, p.y, p.size, p.label, i));
      const few = kept.points();
      expect(few.length).toBeLessThanOrEqual(32);
      expect(framingOf(few, 28)).toEqual(framingOf(pts, 28));
    }
  });

  it("keeps each point once, in its order of arrival", () => {
    const kept = new FramingPoints(2);
    kept.add(0, 0, 1, "a", 0); // least x and y
    kept.add(5, 5, 9, "b", 1); // greatest x and y, biggest
    kept.add(2, 2, 9, "c", 2); // as big as b, later
    kept.add(3, 3, 9, "d", 3); // as big again: not among the first two
    expect(kept.points().map((p) => p.label)).toEqual(["a", "b", "c"]);
  });
});
