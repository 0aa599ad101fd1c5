/**
 * Two-mode data: detection (by node kinds, by edge-list columns, declared) and Newman's
 * collaboration-weighted projection, checked against NetworkX on Davis's Southern Women.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes } from "../../src/graph/model.js";
import { modeProjection, twoModeSplit } from "../../src/graph/two-mode.js";
import { importCoalition } from "../../src/import/index.js";

const davis = () => importCoalition([{ name: "davis_southern_women_edges.csv", bytes: new Uint8Array(readFileSync("test/fixtures/datasets/davis_southern_women_edges.csv")) }]).graph;
const reference = JSON.parse(readFileSync("test/fixtures/two-mode/davis-women-projection.json", "utf8")) as { weights: Record<string, number> };

describe("twoModeSplit", () => {
  it("detects Davis's women × events by the edge list's columns", () => {
    const split = twoModeSplit(davis());
    expect(split?.basis).toBe("edge-list columns");
    expect(split?.modes[0]).toHaveLength(18);
    expect(split?.modes[1]).toHaveLength(14);
    expect(split?.modes[1]).toContain("E1");
  });

  it("detects people × organizations by node kinds, and not a workbook with person–person ties", () => {
    const g = createCoalitionGraph();
    for (const p of ["ana", "ben", "cy"]) g.addNode(p, nodeAttributes({ label: p, kind: "person" }));
    for (const o of ["board", "club"]) g.addNode(o, nodeAttributes({ label: o, kind: "organization" }));
    addTie(g, "ana", "board", edgeAttributes({ type: "member_of" }));
    addTie(g, "board", "ben", edgeAttributes({ type: "member_of" }));
    addTie(g, "cy", "club", edgeAttributes({ type: "member_of" }));
    expect(twoModeSplit(g)).toEqual({ basis: "node kinds", modes: [["ana", "ben", "cy"], ["board", "club"]] });
    g.addNode("dee", nodeAttributes({ label: "dee", kind: "person" }));
    expect(twoModeSplit(g)?.modes[0]).toContain("dee");
    addTie(g, "ana", "ben", edgeAttributes({ type: "knows" }));
    expect(twoModeSplit(g)).toBeNull();
  });

  it("is not fooled by a one-mode edge list where a name appears in both columns, and can be turned off", () => {
    const g = createCoalitionGraph({ format: "generic" });
    for (const n of ["a", "b", "c"]) g.addNode(n, nodeAttributes({ label: n, kind: "person" }));
    addTie(g, "a", "b", edgeAttributes({ type: "tie" }));
    addTie(g, "b", "c", edgeAttributes({ type: "tie" }));
    expect(twoModeSplit(g)).toBeNull();
    expect(twoModeSplit(davis(), { twoMode: false })).toBeNull();
  });
});

describe("modeProjection", () => {
  it("gives Newman's collaboration weights, equal to NetworkX's on Davis's women", () => {
    const g = davis();
    const split = twoModeSplit(g);
    if (!split) throw new Error("Davis not detected as two-mode");
    const p = modeProjection(g, split.modes[0]);
    expect(p.order).toBe(18);
    const got: Record<string, number> = {};
    p.forEachEdge((_e, a, s, t) => {
      got[s < t ? `${s}|${t}` : `${t}|${s}`] = a.weight;
    });
    expect(Object.keys(got).sort()).toEqual(Object.keys(reference.weights).sort());
    for (const [k, w] of Object.entries(reference.weights)) expect(got[k], k).toBeCloseTo(w, 12);
    // Events are not in the women's projection.
    expect(p.hasNode("E1")).toBe(false);
  });
});
