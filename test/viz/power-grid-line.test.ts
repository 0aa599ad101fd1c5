/**
 * The power grid's line between much and little power (src/viz/map/power-grid.ts) stays halfway
 * up whatever the threshold: the power map's default threshold became 0.67 (the top third), and at
 * the line's old place — the threshold's share of the height — the row of much power shrank to a
 * third of the grid, too low on a small window for its titles and its people (test/e2e/polish).
 */
import { describe, expect, it } from "vitest";
import { placedInfluence } from "../../src/graph/power-map-rule.js";
import { gridFrame, influenceY, thresholdY } from "../../src/viz/map/power-grid.js";

const BOX = { x0: -100, y0: -80, x1: 100, y1: 120 };

describe("the power grid's line", () => {
  it("is halfway up for 0.67 as for 0.5, each row spreading its own range of influence", () => {
    for (const t of [0.5, 0.67, 0.8]) {
      const f = gridFrame(BOX, t);
      const half = (f.grid.y0 + f.grid.y1) / 2;
      expect(thresholdY(f)).toBeCloseTo(half, 9);
      expect(influenceY(f, t)).toBeGreaterThan(half);
      expect(influenceY(f, t - 0.01)).toBeLessThan(half);
      expect(influenceY(f, 1)).toBeGreaterThan(influenceY(f, t));
    }
  });

  it("someone shown with power 0.67 (0.6667) in a box of much power is drawn above the 0.67 line", () => {
    const f = gridFrame(BOX, 0.67);
    expect(influenceY(f, placedInfluence({ influence: 0.6667, quadrant: "champions" }, 0.67))).toBeGreaterThan(thresholdY(f));
    expect(influenceY(f, placedInfluence({ influence: 0.6, quadrant: "allies" }, 0.67))).toBeLessThan(thresholdY(f));
  });
});
