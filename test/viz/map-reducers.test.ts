/**
 * The map's reducers draw every node and tie exactly as before their big-map fast paths
 * (docs/performance.md, Stop 15): each node's and tie's look is compared with the reference copy
 * (reducers-reference.ts) in every state that changes a look — filters, a comparison with an
 * earlier round, a highlight (pairs, groups, accents), the power grid, a hovered node or tie —
 * on a small map and on a big one (over BIG_GRAPH nodes), with negative, parallel and directed ties.
 */
import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { Dataset, DisplayEdge, DisplayNode } from "../../src/viz/dataset.js";
import type { CoalitionStatus, GraphAttributes } from "../../src/graph/types.js";
import { BIG_GRAPH, MapView } from "../../src/viz/map/view.js";
import { EMPTY_FILTERS, INITIAL_STATE, type State } from "../../src/viz/state.js";
import type { ComparisonResult } from "../../src/viz/protocol.js";
import { mulberry32 } from "../../src/graph/utils/mulberry32.js";
import { drawOrder, negativeType } from "../../src/viz/map/negative-ties.js";
import { DIM_EDGE, EDGE_NEGATIVE, HIGHLIGHT } from "../../src/viz/colors.js";

// sigma's rendering module (which edge-curve's curvature constant comes with) reads WebGL's
// constants when it loads: Node has none. Any numbers will do here.
const glConstants = new Proxy({}, { get: () => 1 });
Object.assign(globalThis, { WebGL2RenderingContext: glConstants, WebGLRenderingContext: glConstants });
const { edgeReducer, nodeReducer } = await import("../../src/viz/map/reducers.js");
const { referenceEdgeReducer, referenceNodeReducer } = await import("./reducers-reference.js");

const STATUSES: CoalitionStatus[] = ["core", "member", "prospect", "none"];
const TYPES = ["works_with", "bad_history", "refers_to", "funds"];

/**
 * A seeded network of `n` nodes: people and organizations in four sectors, about three ties
 * each; every seventh tie negative, directed ties of two types, and some pairs tied two or three
 * times (the curved ties' places numbered as the page numbers them).
 */
function network(n: number): Dataset {
  const rnd = mulberry32(n);
  const g = new MultiGraph<DisplayNode, DisplayEdge, GraphAttributes>();
  for (let i = 0; i < n; i++) {
    g.addNode(`n${i}`, {
      label: `Node ${i}`,
      kind: i % 9 === 0 ? "organization" : "person",
      status: STATUSES[i % 4] ?? "none",
      sector: ["shelter", "faith", "legal", ""][i % 4] ?? "",
      decisionMaker: i % 13 === 0,
      areas: [],
      services: [],
      tags: [],
      extra: {},
      x: rnd() * 100,
      y: rnd() * 100,
    });
  }
  const pairs = new Map<string, string[]>();
  for (let k = 0; k < n * 3; k++) {
    const a = Math.floor(rnd() * n);
    let b = Math.floor(rnd() * n);
    if (a === b) b = (b + 1) % n;
    const times = k % 11 === 0 ? 3 : k % 5 === 0 ? 2 : 1;
    for (let t = 0; t < times; t++) {
      const type = TYPES[(k + t) % TYPES.length] ?? "works_with";
      const directed = type === "refers_to" || type === "funds";
      const key = `e${k}-${t}`;
      const attrs: DisplayEdge = { type, strength: 1 + ((k + t) % 5), sign: (k + t) % 7 === 0 || type === "bad_history" ? -1 : 1, directed, extra: {} };
      if (directed) g.addDirectedEdgeWithKey(key, `n${a}`, `n${b}`, attrs);
      else g.addUndirectedEdgeWithKey(key, `n${a}`, `n${b}`, attrs);
      const pair = a < b ? `${a}|${b}` : `${b}|${a}`;
      pairs.set(pair, [...(pairs.get(pair) ?? []), key]);
    }
  }
  // Parallel ties: their places, as @sigma/edge-curve's indexParallelEdgesIndex numbers them.
  for (const keys of pairs.values()) {
    if (keys.length < 2) continue;
    keys.forEach((key, i) => g.mergeEdgeAttributes(key, { parallelIndex: i, parallelMinIndex: 0, parallelMaxIndex: keys.length - 1 }));
  }
  const assignment: Record<string, number> = {};
  g.forEachNode((node, _a) => (assignment[node] = Number(node.slice(1)) % 5));
  return {
    id: n,
    files: ["generated.csv"],
    graph: g,
    importReport: {} as Dataset["importReport"],
    communities: { assignment, modularity: 0, communities: [], runs: 0 },
    groups: {},
    analysis: null,
    standing: new Map(),
    searchIndex: [],
    tieTypes: [...TYPES].sort(),
    sectors: [],
  };
}

/** The states that change a look, on `ds` (a few of its nodes and ties named in them); with `withHover`, the hover and selection ones too. */
function states(ds: Dataset, withHover: boolean): [string, State][] {
  const g = ds.graph;
  const edges = g.edges();
  const e = (i: number) => edges[i % edges.length] ?? "";
  const ends = (i: number): [string, string] => [g.source(e(i)), g.target(e(i))];
  const comparison: ComparisonResult = {
    change: {} as ComparisonResult["change"],
    newNodes: ["n1", "n2", "n3"],
    goneNodes: ["n4", "n5"],
    newEdges: [e(1), e(2), e(3)],
    lostEdges: [e(4), e(5)],
    lostTies: [],
    ghosts: [],
    dates: [],
  };
  const highlight: State["highlight"] = {
    source: "details",
    label: "A path",
    nodes: [...ends(10), ...ends(11), "n7", "n8"],
    pairs: [ends(10), ends(11)],
    accent: [ends(10)[0]],
    labels: ["n7"],
    groups: [{ name: "One side", color: "#123456", nodes: ["n8"] }],
  };
  const nodesOnly: State["highlight"] = { source: "details", label: "A group", nodes: ["n7", "n8", "n9", ...ends(12)], pairs: [], accent: [] };
  const base: State = { ...INITIAL_STATE, dataset: ds.id, analyzed: true };
  const list: [string, State][] = [
    ["nothing", base],
    ["tie types hidden", { ...base, filters: { ...EMPTY_FILTERS, tieTypes: ["funds"] } }],
    ["kinds, statuses, sectors and communities hidden", { ...base, filters: { ...EMPTY_FILTERS, kinds: ["organization"], statuses: ["none"], sectors: ["(none)"], communities: [2] } }],
    ["a comparison", { ...base, comparison: { label: "earlier", date: null, result: comparison } }],
    ["a highlight with pairs, groups and accents", { ...base, highlight }],
    ["a highlight of nodes only", { ...base, highlight: nodesOnly }],
    ["a conflict's highlight (only the pairs' negative ties)", { ...base, highlight: { ...highlight, pairTies: "negative" } }],
    ["the power grid", { ...base, powerGrid: true }],
    ["the power grid with a highlight and a selection", { ...base, powerGrid: true, highlight, selected: "n3" }],
  ];
  if (withHover)
    list.push(
      ["a selection", { ...base, selected: "n3" }],
      ["a hovered node", { ...base, hovered: ends(20)[0] }],
      ["a hovered node in a highlight", { ...base, highlight, hovered: ends(10)[1], selected: "n7" }],
      ["a hovered node in a comparison", { ...base, comparison: { label: "earlier", date: null, result: comparison }, hovered: ends(2)[0] }],
    );
  return list;
}

/** Every node's and tie's look from the reducers and from the reference, in one state. */
function looks(ds: Dataset, s: State, hoveredEdge: string | null) {
  const view = new MapView(s);
  view.setDataset(ds);
  view.hoveredEdge = hoveredEdge;
  const g = ds.graph;
  const now = { nodes: g.mapNodes((n, a) => nodeReducer(view, n, { ...a })), edges: g.mapEdges((e, a) => edgeReducer(view, e, { ...a })) };
  const before = { nodes: g.mapNodes((n, a) => referenceNodeReducer(view, n, { ...a })), edges: g.mapEdges((e, a) => referenceEdgeReducer(view, e, { ...a })) };
  return { now, before, view };
}

describe("the map's reducers", () => {
  for (const [size, n] of [
    ["a small map", 300],
    ["a big map", BIG_GRAPH + 100],
  ] as const) {
    const ds = network(n);
    const g = ds.graph;
    // A big map draws the hovered and the selected node, their ties and the hovered tie on a layer
    // of its own (the focus layer): the hover, selection and hovered tie are compared on the small map.
    const small = size === "a small map";
    for (const [name, s] of states(ds, small)) {
      it(`${size}, ${name}: every node and tie drawn as before`, () => {
        const { now, before, view } = looks(ds, s, null);
        expect(view.big).toBe(size === "a big map");
        expect(now.nodes).toEqual(before.nodes);
        // A big map without a comparison, the power grid or a highlight draws its negative ties by
        // programs of their own, over the positive ones, instead of at z-index 1 (negative-ties.ts).
        const ownPrograms = view.big && !view.comparing && !s.powerGrid && !s.highlight;
        const expected = before.edges.map((e, i) =>
          ownPrograms && g.getEdgeAttribute(g.edges()[i] ?? "", "sign") < 0 ? { ...e, type: negativeType(String(e.type)), zIndex: 0 } : e,
        );
        expect(now.edges).toEqual(expected);
        // … in the same order as the reference's z-indexes: one drawing place per z-index, in its order
        const places = new Map<number, Set<number>>();
        before.edges.forEach((e, i) => {
          const d = now.edges[i];
          if (e.hidden || !d) return;
          const at = places.get(e.zIndex ?? 0) ?? new Set<number>();
          at.add(drawOrder(d.type, d.zIndex ?? 0));
          places.set(e.zIndex ?? 0, at);
        });
        const ordered = [...places.entries()].sort((a, b) => a[0] - b[0]).map(([, at]) => [...at]);
        for (const at of ordered) expect(at).toHaveLength(1);
        for (let k = 1; k < ordered.length; k++) expect(ordered[k]![0]!).toBeGreaterThan(ordered[k - 1]![0]!);
        if (ownPrograms) expect(new Set(now.edges.map((e) => e.zIndex)).size).toBe(1); // nothing for sigma to sort
      });
    }
    if (small)
      it(`${size}, a hovered tie: drawn as before`, () => {
        const { now, before } = looks(ds, { ...INITIAL_STATE, dataset: ds.id }, g.edges()[7] ?? null);
        expect(now.edges).toEqual(before.edges);
      });
  }

  it("the test network has what the fast paths skip: negative, parallel and directed ties, looks that differ by state", () => {
    const ds = network(300);
    const g = ds.graph;
    expect(g.filterEdges((_e, a) => a.sign < 0).length).toBeGreaterThan(50);
    expect(g.filterEdges((_e, a) => a.parallelIndex !== undefined).length).toBeGreaterThan(50);
    expect(g.filterEdges((e) => g.isDirected(e)).length).toBeGreaterThan(50);
    const all = new Map(states(ds, false));
    const looksIn = (name: string) => {
      const s = all.get(name);
      if (!s) throw new Error(`no state named ${name}`);
      return looks(ds, s, null).now;
    };
    const plain = looksIn("nothing");
    const highlighted = looksIn("a highlight with pairs, groups and accents");
    const grid = looksIn("the power grid");
    const filtered = looksIn("kinds, statuses, sectors and communities hidden");
    const compared = looksIn("a comparison");
    const count = (xs: Record<string, unknown>[], test: (x: Record<string, unknown>) => boolean) => xs.filter(test).length;
    // Each state changes some looks (so a fast path that skipped it would fail the comparisons above).
    expect(count(plain.edges, (x) => x.hidden === true)).toBe(0);
    expect(count(plain.edges, (x) => x.type === "curvedArrow")).toBeGreaterThan(0);
    expect(count(plain.edges, (x) => x.zIndex === 1)).toBeGreaterThan(50);
    expect(count(highlighted.edges, (x) => x.zIndex === 3)).toBeGreaterThan(0);
    expect(count(highlighted.nodes, (x) => x.color === "#123456")).toBe(1);
    expect(count(grid.edges, (x) => x.hidden === true)).toBe(g.size);
    expect(count(filtered.nodes, (x) => x.hidden === true)).toBeGreaterThan(100);
    expect(count(compared.edges, (x) => x.zIndex === 2)).toBe(3);
    expect(count(compared.nodes, (x) => x.forceLabel === true)).toBeGreaterThan(0);
  });

  it("a conflict's highlight draws its pairs' negative ties as bad history, not their positive ones", () => {
    // Two people who work together and have bad history: two ties between them.
    const g = new MultiGraph<DisplayNode, DisplayEdge, GraphAttributes>();
    const node = (label: string, x: number): DisplayNode => ({ label, kind: "person", status: "member", sector: "", decisionMaker: false, areas: [], services: [], tags: [], extra: {}, x, y: 0 });
    g.addNode("a", node("A", 0));
    g.addNode("b", node("B", 1));
    g.addNode("c", node("C", 2));
    g.addUndirectedEdgeWithKey("work", "a", "b", { type: "works_with", strength: 3, sign: 1, directed: false, extra: {}, parallelIndex: 0, parallelMinIndex: 0, parallelMaxIndex: 1 });
    g.addUndirectedEdgeWithKey("bad", "a", "b", { type: "bad_history", strength: 3, sign: -1, directed: false, extra: {}, parallelIndex: 1, parallelMinIndex: 0, parallelMaxIndex: 1 });
    g.addUndirectedEdgeWithKey("other", "b", "c", { type: "knows", strength: 3, sign: 1, directed: false, extra: {}, });
    const ds: Dataset = { ...network(3), graph: g };
    const conflict: State["highlight"] = { source: "conflicts", label: "Bad history", nodes: ["a", "b"], pairs: [["a", "b"]], accent: [], pairTies: "negative" };
    for (const powerGrid of [false, true]) {
      const view = new MapView({ ...INITIAL_STATE, dataset: ds.id, analyzed: true, highlight: conflict, powerGrid });
      view.setDataset(ds);
      const look = (e: string) => edgeReducer(view, e, { ...g.getEdgeAttributes(e) });
      expect(look("bad").color).toBe(EDGE_NEGATIVE);
      expect(look("bad").zIndex).toBe(3);
      if (powerGrid) expect(look("work").hidden).toBe(true);
      else {
        expect(look("work").color).toBe(DIM_EDGE);
        expect(look("work").color).not.toBe(HIGHLIGHT);
        expect(look("work").zIndex).toBe(0);
      }
      // The same pair in a path's highlight (every tie of the pair): the positive tie is highlighted.
      const path = new MapView({ ...INITIAL_STATE, dataset: ds.id, analyzed: true, highlight: { ...conflict, pairTies: "all" }, powerGrid });
      path.setDataset(ds);
      expect(edgeReducer(path, "work", { ...g.getEdgeAttributes("work") }).color).toBe(HIGHLIGHT);
    }
  });
});
