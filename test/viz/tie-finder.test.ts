/**
 * The tie under the mouse on a big map, found on the CPU (map/tie-finder.ts): against a renderer
 * stand-in whose camera is a plain scale-and-shift (framed graph → viewport: x·100 + 10), the
 * nearest drawn tie within its half-width plus TOLERANCE_PX is found; hidden ties and ties of
 * hidden nodes never are; a curved (parallel) tie is found along its curve, not its chord; the
 * ends are read again when the positions change, a step at a time.
 */
import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { TieFinder, TOLERANCE_PX } from "../../src/viz/map/tie-finder.js";
import type { Renderer } from "../../src/viz/map/types.js";

type Node = { x: number; y: number; hidden?: boolean; size: number };
type Edge = { size: number; hidden?: boolean; curvature?: number; zIndex: number };
const at = (n: Node) => ({ x: n.x, y: n.y });

const SCALE = 100;
const SHIFT = 10;

/** A renderer stand-in: display data from maps, a scale-and-shift camera, sizes as they are. */
function fakeRenderer(nodes: Record<string, Node>, edges: [string, string, string, Edge][]) {
  const g = new MultiGraph();
  // The graph holds the layout's positions; the display data is what the renderer drew.
  for (const [k, n] of Object.entries(nodes)) g.addNode(k, at(n));
  const edgeData = new Map<string, Edge>();
  for (const [k, s, t, e] of edges) {
    g.addEdgeWithKey(k, s, t, { parallelIndex: e.curvature ? 1 : null });
    edgeData.set(k, e);
  }
  const listeners = new Map<string, (() => void)[]>();
  const r = {
    getGraph: () => g,
    getNodeDisplayData: (n: string) => nodes[n],
    getEdgeDisplayData: (e: string) => edgeData.get(e),
    viewportToFramedGraph: (p: { x: number; y: number }) => ({ x: (p.x - SHIFT) / SCALE, y: (p.y - SHIFT) / SCALE }),
    framedGraphToViewport: (p: { x: number; y: number }) => ({ x: p.x * SCALE + SHIFT, y: p.y * SCALE + SHIFT }),
    viewportToGraph: (p: { x: number; y: number }) => ({ x: (p.x - SHIFT) / SCALE, y: (p.y - SHIFT) / SCALE }),
    graphToViewport: (p: { x: number; y: number }) => ({ x: p.x * SCALE + SHIFT, y: p.y * SCALE + SHIFT }),
    scaleSize: (s = 1) => s,
    on: (name: string, f: () => void) => listeners.set(name, [...(listeners.get(name) ?? []), f]),
    off: (name: string, f: () => void) => listeners.set(name, (listeners.get(name) ?? []).filter((x) => x !== f)),
    emit: (name: string) => (listeners.get(name) ?? []).forEach((f) => f()),
  };
  return { r, g, renderer: r as unknown as Renderer, nodes, edgeData };
}

describe("the tie under the mouse, found on the CPU", () => {
  const world = () =>
    fakeRenderer(
      { a: { x: 0, y: 0, size: 3 }, b: { x: 1, y: 0, size: 3 }, c: { x: 0, y: 1, size: 3 }, d: { x: 1, y: 1, size: 3 } },
      [
        ["ab", "a", "b", { size: 2, zIndex: 0 }], // viewport y = 10
        ["cd", "c", "d", { size: 2, zIndex: 0 }], // viewport y = 110
        ["ad", "a", "d", { size: 2, zIndex: 0 }], // the diagonal
      ],
    );

  it("finds the nearest tie within its half-width plus the tolerance, and nothing farther", () => {
    const { renderer } = world();
    const f = new TieFinder(renderer);
    expect(f.tieAt(50, 10)).toBe("ab");
    expect(f.tieAt(50, 10 + 1 + TOLERANCE_PX - 0.01)).toBe("ab");
    expect(f.tieAt(50, 10 + 1 + TOLERANCE_PX + 0.01)).toBeNull();
    expect(f.tieAt(60, 108)).toBe("cd");
    expect(f.tieAt(60, 60)).toBe("ad");
    // Nearer the diagonal than the top tie: the diagonal.
    expect(f.tieAt(14, 13)).toBe("ad");
    expect(f.tieAt(30, 50)).toBeNull();
  });

  it("never finds a hidden tie or a tie of a hidden node, hidden since the last processing or not", () => {
    const { renderer, nodes, edgeData } = world();
    const f = new TieFinder(renderer);
    expect(f.tieAt(50, 10)).toBe("ab");
    const ab = edgeData.get("ab");
    if (ab) ab.hidden = true;
    expect(f.tieAt(50, 10)).toBeNull();
    if (ab) ab.hidden = false;
    const c = nodes.c;
    if (c) c.hidden = true;
    expect(f.tieAt(50, 10)).toBe("ab");
    expect(f.tieAt(60, 110)).toBeNull();
  });

  it("reads the ties' ends again when the positions change", () => {
    const { g, renderer } = world();
    const f = new TieFinder(renderer);
    expect(f.tieAt(50, 10)).toBe("ab");
    g.setNodeAttribute("b", "y", 0.5); // ab now runs from (10, 10) to (110, 60)
    expect(f.tieAt(50, 10)).toBeNull();
    expect(f.tieAt(60, 35)).toBe("ab");
  });

  it("gathers the ties' ends a step at a time, and again from the start when positions change meanwhile", () => {
    const { g, renderer } = world();
    const f = new TieFinder(renderer, 1);
    expect([f.ready(), f.ready(), f.ready()]).toEqual([false, false, false]);
    // A node moves half way: what was gathered is dropped, the gathering starts again.
    g.setNodeAttribute("b", "y", 0.5);
    expect([f.ready(), f.ready(), f.ready(), f.ready()]).toEqual([false, false, false, true]);
    expect(f.tieAt(60, 35)).toBe("ab");
    expect(f.ready()).toBe(true);
  });

  it("follows a curved tie along its curve, not its chord", () => {
    const { renderer } = fakeRenderer(
      { a: { x: 0, y: 0, size: 3 }, b: { x: 1, y: 0, size: 3 } },
      [["curve", "a", "b", { size: 2, zIndex: 0, curvature: 0.25 }]],
    );
    const f = new TieFinder(renderer);
    // Viewport a = (10, 10), b = (110, 10): the control point is 25 px off the middle, across the
    // tie (y − 25), so the curve's middle is 12.5 px off the chord.
    expect(f.tieAt(60, 10)).toBeNull();
    expect(f.tieAt(60, 10 - 12.5)).toBe("curve");
    expect(f.tieAt(60, 10 + 12.5)).toBeNull();
  });

  it("on two ties equally near, takes the one drawn on top (higher draw order)", () => {
    const { renderer } = fakeRenderer(
      { a: { x: 0, y: 0, size: 3 }, b: { x: 1, y: 0, size: 3 } },
      [
        ["under", "a", "b", { size: 2, zIndex: 0 }],
        ["over", "a", "b", { size: 2, zIndex: 1 }],
        ["later", "a", "b", { size: 2, zIndex: 0 }],
      ],
    );
    expect(new TieFinder(renderer).tieAt(50, 10)).toBe("over");
  });
});
