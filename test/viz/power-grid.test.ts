/**
 * The power grid's geometry (src/viz/map/power-grid.ts) on tiny inputs whose answer is known by
 * construction, and the Store's power grid switch (src/viz/state.ts).
 */
import { describe, expect, it } from "vitest";
import { alignmentX, gridFrame, gridPositions, influenceY, thresholdY, type GridPlacement } from "../../src/viz/map/power-grid.js";
import { INITIAL_STATE, reduce } from "../../src/viz/state.js";

const BOX = { x0: -100, y0: -80, x1: 100, y1: 120 };

describe("gridFrame", () => {
  it("lies inside the network's box (the renderer's normalization does not change), strip under the grid", () => {
    const f = gridFrame(BOX, 0.5);
    for (const b of [f.grid, f.strip]) {
      expect(b.x0).toBeGreaterThanOrEqual(BOX.x0);
      expect(b.x1).toBeLessThanOrEqual(BOX.x1);
      expect(b.y0).toBeGreaterThanOrEqual(BOX.y0);
      expect(b.y1).toBeLessThanOrEqual(BOX.y1);
    }
    expect(f.strip.y1).toBeLessThan(f.grid.y0);
  });

  it("a single node (an empty box) still gets a grid of some size", () => {
    const f = gridFrame({ x0: 5, y0: 5, x1: 5, y1: 5 }, 0.5);
    expect(f.grid.x1 - f.grid.x0).toBeGreaterThan(0);
    expect(f.grid.y1 - f.grid.y0).toBeGreaterThan(0);
  });
});

describe("gridPositions", () => {
  const f = gridFrame(BOX, 0.5);

  it("places opposed left of champions and more power higher, the threshold between the rows", () => {
    const entries: GridPlacement[] = [
      { id: "opp", alignment: -2, influence: 0.9 },
      { id: "champ", alignment: 2, influence: 0.1 },
      { id: "mid", alignment: 0, influence: 0.5 },
    ];
    const p = gridPositions(f, entries, []);
    const opp = p.get("opp"), champ = p.get("champ"), mid = p.get("mid");
    expect(opp && champ && mid).toBeTruthy();
    if (!opp || !champ || !mid) return;
    expect(opp.x).toBeLessThan(mid.x);
    expect(mid.x).toBeLessThan(champ.x);
    expect(opp.y).toBeGreaterThan(thresholdY(f));
    expect(champ.y).toBeLessThan(thresholdY(f));
    expect(mid.y).toBeGreaterThanOrEqual(thresholdY(f));
    // Alone in its column, a node sits on the column's centre.
    expect(opp.x).toBeCloseTo(alignmentX(f, -2));
  });

  it("spreads a column's people apart (deterministic jitter) and keeps them in their column", () => {
    const entries: GridPlacement[] = Array.from({ length: 20 }, (_, i) => ({ id: `n${String(i).padStart(2, "0")}`, alignment: 1, influence: 0.8 }));
    const p = gridPositions(f, entries, []);
    const xs = entries.map((e) => p.get(e.id)?.x ?? NaN);
    expect(new Set(xs.map((x) => x.toFixed(6))).size).toBe(20);
    const half = (alignmentX(f, 1) - alignmentX(f, 0)) / 2;
    for (const x of xs) expect(Math.abs(x - alignmentX(f, 1))).toBeLessThan(half);
    for (const e of entries) expect(p.get(e.id)?.y).toBeCloseTo(influenceY(f, 0.8));
    // Same input, same picture.
    expect(gridPositions(f, [...entries].reverse(), [])).toEqual(p);
  });

  it("parks the others (the core) in the strip, in id order", () => {
    const p = gridPositions(f, [{ id: "x", alignment: 0, influence: 0.2 }], ["c2", "c1", "x"]);
    const c1 = p.get("c1"), c2 = p.get("c2");
    expect(c1 && c2).toBeTruthy();
    if (!c1 || !c2) return;
    for (const c of [c1, c2]) {
      expect(c.y).toBeGreaterThanOrEqual(f.strip.y0);
      expect(c.y).toBeLessThanOrEqual(f.strip.y1);
    }
    expect(c1.x).toBeLessThan(c2.x);
    // An entry listed among the others stays on the grid.
    expect(p.get("x")?.y).toBeGreaterThan(f.strip.y1);
  });
});

describe("the power grid switch in the Store", () => {
  it("turns on and off, is a no-op when unchanged, and a new data set shows the network", () => {
    const on = reduce(INITIAL_STATE, { type: "powerGrid", on: true });
    expect(on.powerGrid).toBe(true);
    expect(reduce(on, { type: "powerGrid", on: true })).toBe(on);
    expect(reduce(on, { type: "powerGrid", on: false }).powerGrid).toBe(false);
    expect(reduce(on, { type: "dataset", id: 2 }).powerGrid).toBe(false);
  });
});
