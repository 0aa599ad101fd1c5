import { describe, expect, it } from "vitest";
import { liveLayoutSettings, tiePull } from "../../src/viz/forces.js";

describe("live layout settings", () => {
  it("keep plain attraction for small networks and LinLog above 500 nodes; Barnes-Hut above 2,000", () => {
    expect(liveLayoutSettings(250)).toMatchObject({ linLogMode: false, barnesHutOptimize: false, edgeWeightInfluence: 1 });
    expect(liveLayoutSettings(500).linLogMode).toBe(false);
    expect(liveLayoutSettings(501).linLogMode).toBe(true);
    expect(liveLayoutSettings(10_000)).toMatchObject({ linLogMode: true, barnesHutOptimize: true });
  });
  it("pull only along positive ties, by strength", () => {
    expect(tiePull({ sign: 1, strength: 4 })).toBe(4);
    expect(tiePull({ sign: -1, strength: 4 })).toBe(0);
  });
});
