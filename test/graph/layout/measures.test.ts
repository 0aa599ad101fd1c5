import { describe, expect, it } from "vitest";
import { medianClearance } from "../../../src/graph/layout/median-clearance.js";
import { ownCentreShare } from "../../../src/graph/layout/own-centre-share.js";
import { regionRadius } from "../../../src/graph/layout/region-radius.js";
import { tieLengths } from "../../../src/graph/layout/tie-lengths.js";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes } from "../../../src/graph/model.js";

/** a1—a2 (length 3), b1—b2 (length 1), a1—b1 (length 10), a2—b2 twice (merged: counted once, length 10). */
function fourNodes() {
  const g = createCoalitionGraph();
  for (const id of ["a1", "a2", "b1", "b2"]) g.addNode(id, nodeAttributes({ label: id, kind: "person" }));
  addTie(g, "a1", "a2", edgeAttributes({ type: "knows" }));
  addTie(g, "b1", "b2", edgeAttributes({ type: "knows" }));
  addTie(g, "a1", "b1", edgeAttributes({ type: "knows" }));
  addTie(g, "a2", "b2", edgeAttributes({ type: "knows" }));
  addTie(g, "b2", "a2", edgeAttributes({ type: "works_with" }));
  addTie(g, "a1", "b2", edgeAttributes({ type: "conflict", sign: -1 }));
  const positions = { a1: { x: 0, y: 0 }, a2: { x: 0, y: 3 }, b1: { x: 10, y: 0 }, b2: { x: 10, y: 1 } };
  return { g, positions };
}

describe("tieLengths", () => {
  it("averages the drawn length of positive ties inside and between groups, parallel ties once", () => {
    const { g, positions } = fourNodes();
    const r = tieLengths(g, positions, (n) => n[0] ?? "");
    expect(r.insideTies).toBe(2);
    expect(r.betweenTies).toBe(2);
    expect(r.inside).toBeCloseTo(2, 12);
    expect(r.between).toBeCloseTo((10 + Math.hypot(10, 2)) / 2, 12);
    expect(r.ratio).toBeCloseTo(r.inside / r.between, 12);
  });
  it("gives no ratio without ties of both kinds, and names a node without a position", () => {
    const { g, positions } = fourNodes();
    expect(tieLengths(g, positions, () => 1).ratio).toBeNaN();
    expect(() => tieLengths(g, { a1: { x: 0, y: 0 } }, () => 1)).toThrow(/tieLengths: no position for "(a2|b1|b2)"/);
  });
});

describe("ownCentreShare", () => {
  it("counts the nodes closer to their own group's centre than to any other", () => {
    // Group a centred at (0,0), group b at (10,0); a3 sits at (8,0): nearer b's centre.
    const positions = { a1: { x: -1, y: 0 }, a2: { x: 1, y: 0 }, a3: { x: 8, y: 0 }, b1: { x: 9, y: 0 }, b2: { x: 11, y: 0 }, a4: { x: -8, y: 0 } };
    // a's centre: (-1+1+8-8)/4 = 0; b's: 10. a3 is 8 from its own centre, 2 from b's → not own.
    expect(ownCentreShare(positions, (n) => n[0] ?? "")).toBeCloseTo(5 / 6, 12);
  });
  it("is 1 for one group and for no nodes", () => {
    expect(ownCentreShare({ x: { x: 1, y: 1 }, y: { x: 5, y: 5 } }, () => 0)).toBe(1);
    expect(ownCentreShare({}, () => 0)).toBe(1);
  });
});

describe("medianClearance", () => {
  it("is the median over discs of nearest-centre distance ÷ the two radii", () => {
    // Radii 1: a and b 4 apart (clearance 2), c 10 from b (5): per disc 2, 2, 5 → median 2.
    expect(medianClearance([{ x: 0, y: 0, size: 1 }, { x: 4, y: 0, size: 1 }, { x: 14, y: 0, size: 1 }])).toBeCloseTo(2, 12);
    expect(medianClearance([{ x: 0, y: 0, size: 1 }])).toBe(1);
  });
});

describe("regionRadius", () => {
  it("gives a community an area that grows with its membership", () => {
    expect(regionRadius(1)).toBeGreaterThan(0);
    expect(regionRadius(400)).toBeGreaterThan(regionRadius(100));
    // Area per member levels off: 4× the members → about 4× the area.
    expect(regionRadius(40_000) ** 2 / regionRadius(10_000) ** 2).toBeCloseTo(4, 1);
  });
});
