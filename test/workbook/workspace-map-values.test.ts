/**
 * A workspace file's saved places of the nodes and saved view of the map (camera), damaged or
 * hostile: "x": "abc", null, 1e400 (JSON reads it as Infinity), 1e300, a place that is not an
 * object. Before, they were taken as they were: a null place stopped the map's placing with
 * "Cannot read properties of null", a string or Infinity camera put NaN into the view (a blank
 * map), and a huge number placed the new nodes beside it at NaN. Now each is left out and said in
 * words; the rest of the workspace opens.
 */
import { describe, expect, it } from "vitest";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes } from "../../src/graph/model.js";
import { MAX_COORDINATE, migrateWorkspace, parseWorkspaceFile } from "../../src/viz/workspace/format.js";
import { keptPositions } from "../../src/viz/workspace/place.js";

/** A version 2 workspace file's text with these `positions` and `camera` (JSON text, written as is). */
const file = (positions: string, camera = "null"): string => `{"formatVersion": 2, "name": "x", "tables": [], "edits": [], "positions": ${positions}, "camera": ${camera}}`;

const allFinite = (p: Record<string, { x: number; y: number }>): boolean => Object.values(p).every((q) => Number.isFinite(q.x) && Number.isFinite(q.y));

describe("a workspace file's saved places", () => {
  it("keeps the places that are numbers and leaves out the others, said once in words", () => {
    const notes: string[] = [];
    const r = parseWorkspaceFile(
      file(`{"a": {"x": 1.5, "y": -2}, "b": {"x": "abc", "y": 0}, "c": null, "d": {"x": 1e400, "y": 0}, "e": {"x": 1e300, "y": 0}, "f": [1, 2], "g": {"x": 3}, "h": {"x": 0, "y": -0, "z": "kept out"}}`),
      notes,
    );
    expect(r.positions).toEqual({ a: { x: 1.5, y: -2 }, h: { x: 0, y: -0 } });
    expect(Object.keys(r.positions.h ?? {})).toEqual(["x", "y"]);
    expect(notes).toEqual(['6 saved places on the map were not pairs of numbers the map can use (the first: "b": x is "abc") and were left out: those nodes are placed again beside their ties.']);
  });

  it("one bad place: said in the singular, with what it was", () => {
    const notes: string[] = [];
    parseWorkspaceFile(file(`{"a": {"x": 1, "y": 1e400}}`), notes);
    expect(notes).toEqual(['1 saved place on the map was not a pair of numbers the map can use ("a": y is Infinity) and was left out: that node is placed again beside its ties.']);
    const null1: string[] = [];
    parseWorkspaceFile(file(`{"a": null}`), null1);
    expect(null1[0]).toContain('("a": its place is null)');
  });

  it("places that are not a list of places are all left out, in words", () => {
    const notes: string[] = [];
    expect(parseWorkspaceFile(file(`"abc"`), notes).positions).toEqual({});
    expect(notes).toEqual(["The saved places of the map were damaged (not a list of places) and were left out: the map is laid out again."]);
  });

  it("a node called __proto__ is a place like any other (no object's prototype changed)", () => {
    const r = parseWorkspaceFile(file(`{"__proto__": {"x": 1, "y": 2}, "b": {"x": 3, "y": 4}}`));
    expect(Object.hasOwn(r.positions, "__proto__")).toBe(true);
    expect(r.positions["__proto__"]).toEqual({ x: 1, y: 2 });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("an older version's layout is checked the same way", () => {
    const notes: string[] = [];
    const r = migrateWorkspace({ formatVersion: 1, name: "v1", files: [], edits: [], layout: { a: { x: 1, y: 2 }, b: { x: Number.NaN, y: 0 } } }, notes);
    expect(r.positions).toEqual({ a: { x: 1, y: 2 } });
    expect(notes).toHaveLength(1);
  });

  it("what is kept places every node of the map at a number, new ones beside them (before: a null place stopped the placing; a huge one put the new nodes at NaN)", () => {
    const g = createCoalitionGraph();
    for (const id of ["a", "b", "c", "new"]) g.addNode(id, nodeAttributes({ label: id, kind: "person" }));
    addTie(g, "new", "c", edgeAttributes({ type: "knows" }));
    const r = parseWorkspaceFile(file(`{"a": {"x": 0, "y": 0}, "b": null, "c": {"x": -1e300, "y": 1e300}, "d": {"x": 5, "y": 5}}`));
    const placed = keptPositions(g, r.positions);
    expect(placed).not.toBeNull();
    expect(Object.keys(placed ?? {}).sort()).toEqual(["a", "b", "c", "new"]);
    expect(allFinite(placed ?? {})).toBe(true);
    expect(Object.values(placed ?? {}).every((q) => Math.abs(q.x) <= MAX_COORDINATE && Math.abs(q.y) <= MAX_COORDINATE)).toBe(true);
  });
});

describe("a workspace file's saved view of the map", () => {
  it("is kept when its four values are numbers the map can use, without a note", () => {
    const notes: string[] = [];
    expect(parseWorkspaceFile(file("{}", `{"x": 0.4, "y": 0.6, "ratio": 0.7, "angle": 0, "extra": 1}`), notes).camera).toEqual({ x: 0.4, y: 0.6, ratio: 0.7, angle: 0 });
    expect(notes).toEqual([]);
  });

  it.each([
    [`{"x": "abc", "y": 0.5, "ratio": 1, "angle": 0}`],
    [`{"x": null, "y": 0.5, "ratio": 1, "angle": 0}`],
    [`{"x": 0.5, "y": 0.5, "ratio": 1e400, "angle": 0}`],
    [`{"x": 0.5, "y": 0.5, "ratio": 0, "angle": 0}`],
    [`{"x": 0.5, "y": 0.5, "ratio": -1, "angle": 0}`],
    [`{"x": 0.5, "y": 0.5, "ratio": 1}`],
    [`"abc"`],
    [`[0.5, 0.5, 1, 0]`],
  ])("%s is left out: the map shows the whole network, and says so", (camera) => {
    const notes: string[] = [];
    const r = parseWorkspaceFile(file(`{"a": {"x": 1, "y": 2}}`, camera), notes);
    expect(r.camera).toBeNull();
    expect(r.positions).toEqual({ a: { x: 1, y: 2 } });
    expect(notes).toEqual(["The saved view of the map (its zoom and position) was damaged and was left out: the map shows the whole network."]);
  });
});
