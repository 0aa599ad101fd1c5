/**
 * The neighbour indexes of the imported graph (model.ts, `useDictionaryIndexes`): a mixed graph
 * keeps graphology's small `{}` for each node's `in` and `out` until the first directed tie (and
 * its `undirected` until the first undirected tie), then makes them dictionaries. The answers must be graphology's either way: a large graph built from
 * undirected ties, then given directed ties by every graphology path (add, merge, update, the
 * mixed graph's `addEdge`, import), is compared query by query with the same graph built the old
 * way (all three indexes dictionaries from the start) and with plain graphology (all `{}`).
 */
import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes } from "../../src/graph/model.js";
import type { CoalitionGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from "../../src/graph/types.js";
import { mulberry32 } from "../../src/graph/utils/mulberry32.js";
import { importCoalition } from "../../src/import/index.js";

interface Record3 {
  in?: Record<string, unknown>;
  out?: Record<string, unknown>;
  undirected?: Record<string, unknown>;
  clear(): void;
}

/** An empty dictionary-mode object with Object.prototype (as model.ts makes them). */
function dictionaryObject(): Record<string, unknown> {
  return Object.setPrototypeOf(Object.create(null), Object.prototype) as Record<string, unknown>;
}

/** The graph as it was built before: all three indexes of every node dictionaries from the start. */
function oldWayGraph(): CoalitionGraph {
  const g = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: "mixed", allowSelfLoops: false });
  const holder = g as unknown as { NodeDataClass: new (key: string, attributes: object) => Record3 };
  const Base = holder.NodeDataClass;
  holder.NodeDataClass = class extends Base {
    override clear(): void {
      super.clear();
      this.in = dictionaryObject();
      this.out = dictionaryObject();
      this.undirected = dictionaryObject();
    }
  };
  g.replaceAttributes({ format: "workbook", hasStrength: false, needs: [] });
  return g;
}

/** Plain graphology: every index `{}`. */
function plainGraph(): CoalitionGraph {
  const g = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: "mixed", allowSelfLoops: false });
  g.replaceAttributes({ format: "workbook", hasStrength: false, needs: [] });
  return g;
}

function records(g: CoalitionGraph): Map<string, Record3> {
  return (g as unknown as { _nodes: Map<string, Record3> })._nodes;
}

/** Every answer graphology gives about nodes, ties and pairs, in the order it gives them. */
function answers(g: CoalitionGraph, pairs: [string, string][]): unknown[] {
  const out: unknown[] = [g.order, g.size, g.directedSize, g.undirectedSize, g.export()];
  g.forEachNode((n) => {
    out.push([
      n,
      g.degree(n), g.inDegree(n), g.outDegree(n), g.undirectedDegree(n), g.directedDegree(n),
      g.neighbors(n), g.inNeighbors(n), g.outNeighbors(n), g.undirectedNeighbors(n), g.directedNeighbors(n), g.inboundNeighbors(n), g.outboundNeighbors(n),
      g.edges(n), g.inEdges(n), g.outEdges(n), g.undirectedEdges(n), g.directedEdges(n), g.inboundEdges(n), g.outboundEdges(n),
    ]);
  });
  for (const [s, t] of pairs) {
    out.push([s, t, g.hasEdge(s, t), g.hasDirectedEdge(s, t), g.hasUndirectedEdge(s, t), g.areNeighbors(s, t), g.areInNeighbors(s, t), g.areOutNeighbors(s, t), g.edges(s, t), g.directedEdges(s, t), g.undirectedEdges(s, t), g.inEdges(s, t), g.outEdges(s, t)]);
  }
  g.forEachEdge((e, a, s, t, _sa, _ta, undirected) => out.push([e, s, t, undirected, a.type]));
  return out;
}

const N = 3000;
const TIES = 15000;

/** The same seeded undirected network (parallel ties included) in each graph. */
function fillUndirected(graphs: CoalitionGraph[]): [string, string][] {
  const rng = mulberry32(12);
  for (const g of graphs) for (let i = 0; i < N; i++) g.addNode(`n${i}`, nodeAttributes({ label: `n${i}`, kind: i % 5 === 0 ? "organization" : "person" }));
  const pairs: [string, string][] = [];
  for (let k = 0; k < TIES; k++) {
    const s = Math.floor(rng() * N);
    let t = Math.floor(rng() * (N - 1));
    if (t >= s) t++;
    pairs.push([`n${s}`, `n${t}`]);
    for (const g of graphs) addTie(g, `n${s}`, `n${t}`, edgeAttributes({ type: k % 3 === 0 ? "works with" : "knows" }));
  }
  return pairs;
}

/** Directed ties by every graphology path, the same in each graph. */
function addDirected(g: CoalitionGraph): void {
  const d = (type: string): EdgeAttributes => edgeAttributes({ type, directed: true });
  addTie(g, "n1", "n2", d("asks")); // addDirectedEdgeWithKey
  addTie(g, "n2", "n1", d("asks")); // the reverse
  addTie(g, "n1", "n2", d("asks again")); // a parallel directed tie
  g.addDirectedEdgeWithKey("k7", "n7", "n1", d("reports to"));
  g.mergeDirectedEdgeWithKey("m1", "n8", "n9", d("merged"));
  g.mergeDirectedEdgeWithKey("m1", "n8", "n9", { ...d("merged"), strength: 3 });
  g.updateDirectedEdgeWithKey("u1", "n10", "n11", (a) => ({ ...d("updated"), ...a }));
  g.addEdgeWithKey("x1", "n12", "n13", d("mixed addEdge"));
  g.import({ edges: [{ key: "i1", source: "n14", target: "n15", undirected: false, attributes: d("imported") }] });
  g.addNode("late", nodeAttributes({ label: "late", kind: "person" }));
  addTie(g, "late", "n1", d("asks"));
  addTie(g, "n3", "late", d("asks"));
  addTie(g, "late", "n4", edgeAttributes({ type: "knows" }));
}

describe("neighbour indexes made dictionaries at the first directed tie", () => {
  it("answers as the old build and plain graphology, before and after directed ties, drops and clears", () => {
    const lazy = createCoalitionGraph();
    const old = oldWayGraph();
    const plain = plainGraph();
    const pairs = fillUndirected([lazy, old, plain]);
    const probe: [string, string][] = [...pairs.slice(0, 400), ["n1", "n2"], ["n2", "n1"], ["n7", "n1"], ["n1", "n7"], ["n8", "n9"], ["n14", "n15"], ["n15", "n14"], ["n0", "n2999"]];
    expect(answers(lazy, probe)).toEqual(answers(old, probe));

    // Before any directed tie the in/out objects of the lazy graph are still graphology's own.
    const before = new Map([...records(lazy)].map(([k, r]) => [k, [r.in, r.out, r.undirected]] as const));
    for (const g of [lazy, old, plain]) addDirected(g);
    const probe2: [string, string][] = [...probe, ["late", "n1"], ["n1", "late"], ["n3", "late"], ["late", "n4"], ["n10", "n11"], ["n12", "n13"]];
    const expected = answers(old, probe2);
    expect(answers(lazy, probe2)).toEqual(expected);
    expect(answers(plain, probe2)).toEqual(expected);
    // Every node's in/out were replaced (the switch happened), its undirected index kept.
    for (const [k, [i, o, u]] of before) {
      const r = records(lazy).get(k);
      expect(r?.in).not.toBe(i);
      expect(r?.out).not.toBe(o);
      expect(r?.undirected).toBe(u);
    }
    // What the first directed tie's ends held before the switch is kept, in order.
    expect(lazy.outEdges("n1")).toEqual(old.outEdges("n1"));
    expect(lazy.inNeighbors("n1")).toEqual(["n2", "n7", "late"]);

    // Drops, then a cleared graph filled again (with directed ties from its first tie).
    for (const g of [lazy, old, plain]) {
      g.dropNode("n2");
      g.dropEdge("m1");
      g.dropEdge("e17");
    }
    const probe3 = probe2.filter(([s, t]) => s !== "n2" && t !== "n2");
    expect(answers(lazy, probe3)).toEqual(answers(old, probe3));
    for (const g of [lazy, old, plain]) {
      g.clearEdges();
      for (let k = 0; k < 500; k++) {
        const [s, t] = probe3[k % probe3.length] ?? ["n0", "n1"];
        if (k % 2 === 0) g.addDirectedEdgeWithKey(`c${k}`, s, t, edgeAttributes({ type: "asks", directed: true }));
        else g.addUndirectedEdgeWithKey(`c${k}`, t, s, edgeAttributes({ type: "knows" }));
      }
    }
    expect(answers(lazy, probe3)).toEqual(answers(old, probe3));
    for (const g of [lazy, old, plain]) {
      g.clear();
      fillUndirected([g]);
      addDirected(g);
    }
    expect(answers(lazy, probe2)).toEqual(answers(old, probe2));
    expect(answers(plain, probe2)).toEqual(answers(old, probe2));
  });

  it("a graph whose first tie is directed, and an imported tie list with directed rows", () => {
    const lazy = createCoalitionGraph();
    const old = oldWayGraph();
    let undirectedBefore: unknown[] = [];
    for (const g of [lazy, old]) {
      for (const n of ["a", "b", "c", "d"]) g.addNode(n, nodeAttributes({ label: n, kind: "person" }));
      addTie(g, "a", "b", edgeAttributes({ type: "asks", directed: true }));
      if (g === lazy) undirectedBefore = [...records(g).values()].map((r) => r.undirected);
      addTie(g, "b", "c", edgeAttributes({ type: "knows" }));
      g.addNode("e", nodeAttributes({ label: "e", kind: "person" }));
      addTie(g, "e", "a", edgeAttributes({ type: "asks", directed: true }));
      addTie(g, "c", "e", edgeAttributes({ type: "knows" }));
    }
    const pairs: [string, string][] = [["a", "b"], ["b", "a"], ["e", "a"], ["a", "e"], ["c", "e"], ["d", "a"]];
    expect(answers(lazy, pairs)).toEqual(answers(old, pairs));
    // The undirected indexes were replaced at the first undirected tie.
    expect([...records(lazy).values()].slice(0, 4).map((r) => r.undirected).every((u, i) => u !== undirectedBefore[i])).toBe(true);

    // Directed ties only: the undirected indexes are never needed, the answers are the same.
    const onlyDirected = createCoalitionGraph();
    const oldDirected = oldWayGraph();
    for (const g of [onlyDirected, oldDirected]) {
      for (let i = 0; i < 300; i++) g.addNode(`d${i}`, nodeAttributes({ label: `d${i}`, kind: "person" }));
      for (let i = 0; i < 900; i++) addTie(g, `d${i % 300}`, `d${(i * 17 + 1) % 300}`, edgeAttributes({ type: "refers_to", directed: true }));
    }
    const dpairs: [string, string][] = [["d1", "d18"], ["d18", "d1"], ["d0", "d1"], ["d5", "d86"]];
    expect(answers(onlyDirected, dpairs)).toEqual(answers(oldDirected, dpairs));

    // The import: undirected rows first, a directed row later (the switch in the middle of a file).
    const rows = ["from,to,type"];
    for (let i = 0; i < 200; i++) rows.push(`p${i},p${(i * 7 + 3) % 200},knows`);
    rows.push("p5,p9,refers_to", "p9,p5,refers_to", "p150,p151,knows", "p151,p5,funds");
    const bytes = new TextEncoder().encode(rows.join("\n") + "\n");
    const { graph } = importCoalition([{ name: "connections.csv", bytes }]);
    expect(graph.directedSize).toBe(3);
    const copy = oldWayGraph();
    copy.import(graph.export());
    const probe: [string, string][] = [["p5", "p9"], ["p9", "p5"], ["p151", "p5"], ["p5", "p151"], ["p150", "p151"], ["p0", "p3"]];
    expect(answers(graph, probe)).toEqual(answers(copy, probe));
    expect(graph.inNeighbors("p5")).toEqual(["p9", "p151"]);
    expect(graph.outNeighbors("p5")).toEqual(["p9"]);
  });
});
