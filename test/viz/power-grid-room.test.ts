/**
 * The power grid keeps the room its boxes' titles take on screen (`GridFrame.room`, graph units):
 * no node of a row is placed inside its row's title band or within a node's radius of the row's
 * lower edge, whatever the influence; without room, the shares of POWER_GRID_DEFAULTS hold.
 */
import { describe, expect, it } from "vitest";
import { gridFrame, gridPositions, influenceY, POWER_GRID_DEFAULTS, thresholdY, type GridPlacement } from "../../src/viz/map/power-grid.js";

const BOX = { x0: -100, y0: -80, x1: 100, y1: 120 };

describe("influenceY with the titles' room", () => {
  const plain = gridFrame(BOX, 0.5);
  const H = plain.grid.y1 - plain.grid.y0;
  const room = { titleBand: { high: 0.3 * H, low: 0.25 * H }, nodeRadius: 0.05 * H };
  const roomy = { ...plain, room };
  const mid = thresholdY(roomy);

  it("keeps every node of the top row under its title band and above the line by a radius", () => {
    for (let i = 0.5; i <= 1; i += 0.05) {
      const y = influenceY(roomy, i);
      expect(y).toBeLessThanOrEqual(roomy.grid.y1 - room.titleBand.high + 1e-9);
      expect(y).toBeGreaterThanOrEqual(mid + room.nodeRadius - 1e-9);
    }
    expect(influenceY(roomy, 1)).toBeCloseTo(roomy.grid.y1 - room.titleBand.high);
  });

  it("keeps every node of the bottom row under its title band (under the line) and above the bottom by a radius", () => {
    for (let i = 0; i < 0.5; i += 0.05) {
      const y = influenceY(roomy, i);
      expect(y).toBeLessThanOrEqual(mid - room.titleBand.low + 1e-9);
      expect(y).toBeGreaterThanOrEqual(roomy.grid.y0 + room.nodeRadius - 1e-9);
    }
  });

  it("a band smaller than the default share changes nothing; more power is still higher", () => {
    const small = { ...plain, room: { titleBand: { high: 0.01 * H, low: 0.01 * H }, nodeRadius: 0 } };
    for (const i of [0, 0.2, 0.49, 0.5, 0.8, 1]) expect(influenceY(small, i)).toBeCloseTo(influenceY(plain, i));
    expect(influenceY(plain, 1)).toBeCloseTo(plain.grid.y1 - POWER_GRID_DEFAULTS.titleBand * H);
    expect(influenceY(roomy, 0.9)).toBeGreaterThan(influenceY(roomy, 0.6));
    expect(influenceY(roomy, 0.4)).toBeGreaterThan(influenceY(roomy, 0.1));
  });

  it("a band too tall for its row still leaves the row's nodes a fifth of it, in order", () => {
    const huge = { ...plain, room: { titleBand: { high: H, low: H }, nodeRadius: 0 } };
    const top = influenceY(huge, 1), bottom = influenceY(huge, 0.5);
    expect(top).toBeGreaterThan(bottom);
    expect(top - bottom).toBeCloseTo(0.2 * (huge.grid.y1 - thresholdY(huge)), 6);
  });

  it("gridPositions follows the room", () => {
    const entries: GridPlacement[] = [{ id: "a", alignment: 0, influence: 1 }, { id: "b", alignment: 1, influence: 0.45 }];
    const p = gridPositions(roomy, entries, []);
    expect(p.get("a")?.y).toBeCloseTo(roomy.grid.y1 - room.titleBand.high);
    expect(p.get("b")?.y).toBeLessThanOrEqual(mid - room.titleBand.low);
  });
});
