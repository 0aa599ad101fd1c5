/**
 * Standing's options that are the user's choice: `directed` (NetworkX's directed conventions for
 * betweenness, closeness and PageRank, checked against NetworkX on EMON Texas and on the karate
 * club with every tie both ways), `weighted: false`, and a two-mode projection as the view
 * (checked against NetworkX on Davis's Southern Women).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes } from "../../src/graph/model.js";
import { standing, standingWithMethod } from "../../src/graph/standing.js";
import { twoModeSplit, twoModeStanding } from "../../src/graph/two-mode.js";
import type { CoalitionGraph } from "../../src/graph/types.js";
import { importCoalition } from "../../src/import/index.js";
import { plantedPartition } from "../bench/generate.js";
import { loadRecipe, type Recipe } from "../helpers/load-edge-list.js";

type Measures = Record<string, Record<string, number | null>>;
const json = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;
const recipe = (name: string) => json<{ recipe: Recipe }>(`test/fixtures/networkx/${name}.json`).recipe;

function expectClose(got: Record<string, { betweenness: number; closeness: number; pagerank: number }>, want: Measures, keys: readonly string[]) {
  for (const [node, m] of Object.entries(want)) {
    for (const k of keys) expect(got[node]?.[k as "betweenness"], `${node} ${k}`).toBeCloseTo(Number(m[k]), 6);
  }
}

describe("standing with directed ties", () => {
  for (const name of ["emon-texas", "karate"]) {
    const ref = json<{ weighted: Measures; unweighted: Measures }>(`test/fixtures/directed/${name}.json`);
    const graph = (): CoalitionGraph => {
      const g = loadRecipe(recipe(name));
      if (name === "karate") return g; // undirected ties: two arcs each
      return g;
    };
    it(`${name}: weighted betweenness, closeness (incoming) and PageRank equal NetworkX's DiGraph values`, () => {
      expectClose(standing(graph(), { directed: true, weighted: true }), ref.weighted, ["betweenness", "closeness", "pagerank"]);
    });
    it(`${name}: unweighted too`, () => {
      expectClose(standing(graph(), { directed: true, weighted: false }), ref.unweighted, ["betweenness", "closeness", "pagerank"]);
    });
  }

  it("a reciprocal pair of refers_to ties is not one tie of double strength when directed", () => {
    const g = createCoalitionGraph({ hasStrength: true });
    for (const n of ["a", "b", "c"]) g.addNode(n, nodeAttributes({ label: n, kind: "organization" }));
    addTie(g, "a", "b", edgeAttributes({ type: "refers_to", strength: 3, directed: true }));
    addTie(g, "b", "a", edgeAttributes({ type: "refers_to", strength: 3, directed: true }));
    addTie(g, "b", "c", edgeAttributes({ type: "refers_to", strength: 3, directed: true }));
    const d = standing(g, { directed: true });
    const u = standing(g);
    // c refers no one: nobody is reached from c, so c's incoming closeness comes from a and b only.
    expect(d.c?.closeness).toBeGreaterThan(0);
    expect(d.a?.pagerank).not.toBeCloseTo(u.a?.pagerank ?? 0, 6);
    expect(u.a?.strength).toBe(6); // undirected view: merged, summed (the default, unchanged)
  });
});

describe("standing on a two-mode projection", () => {
  it("equals NetworkX on Davis's women (collaboration weights; paths on 1/weight)", () => {
    const g = importCoalition([{ name: "davis.csv", bytes: new Uint8Array(readFileSync("test/fixtures/datasets/davis_southern_women_edges.csv")) }]).graph;
    const split = twoModeSplit(g);
    if (!split) throw new Error("not two-mode");
    const st = twoModeStanding(g, split).measures;
    expect(Object.keys(st)).toHaveLength(g.order);
    const ref = json<{ weighted: Measures }>("test/fixtures/two-mode/davis-women-projection.json").weighted;
    for (const [node, m] of Object.entries(ref)) {
      for (const k of ["degree", "strength", "betweenness", "closeness", "eigenvector", "pagerank", "constraint"] as const) expect(st[node]?.[k], `${node} ${k}`).toBeCloseTo(Number(m[k]), 6);
      expect(st[node]?.effectiveSize, `${node} effective size`).toBeCloseTo(Number(m.effective_size), 6);
    }
  });
});

describe("how standing says it was computed", () => {
  /** A path of 40 nodes: with 5 pivots per component, anything but exact is an estimate. */
  function path(): CoalitionGraph {
    const g = createCoalitionGraph();
    for (let i = 0; i < 40; i++) g.addNode(`n${String(i).padStart(2, "0")}`, nodeAttributes({ label: `n${i}`, kind: "person" }));
    for (let i = 1; i < 40; i++) addTie(g, `n${String(i - 1).padStart(2, "0")}`, `n${String(i).padStart(2, "0")}`, edgeAttributes({ type: "knows" }));
    return g;
  }
  it("exact under the limit; an asked-for estimate carries its guarantee in words; the quick estimate says it has none", () => {
    expect(standingWithMethod(path()).method.kind).toBe("exact");
    // however small: one source per 2 at least, the (wide) margin stated
    const guaranteed = standingWithMethod(path(), { exact: false, samples: 5 }).method;
    expect(guaranteed).toMatchObject({ kind: "estimate", confidence: 0.99, blockSize: 2, sources: 20 });
    expect(guaranteed.description).toMatch(/within ±[\d.]+ of its exact value, all at once, with 99% confidence/);
    const larger = standingWithMethod(plantedPartition({ n: 1_500, tiesPerNode: 8 }), { exact: false, epsilon: 0.2 }).method;
    expect(larger).toMatchObject({ kind: "estimate", confidence: 0.99, blockSize: 2 });
    const quick = standingWithMethod(path(), { exact: false, samples: 5, guaranteed: false }).method;
    expect(quick.kind).toBe("estimate");
    expect(quick.description).toMatch(/no score carries a guarantee/);
  });
});

describe("two-mode data above the exact limit", () => {
  // 1,200 people in 2 of 200 groups each (a chain of groups, so each side is one connected group
  // larger than the 512 people a quick estimate samples)
  const rows = ["source,target"];
  for (let i = 0; i < 1200; i++) rows.push(`p${i},g${i % 200}`, `p${i},g${(i + 1) % 200}`);
  const g = importCoalition([{ name: "affiliations_edges.csv", bytes: new TextEncoder().encode(`${rows.join("\n")}\n`) }]).graph;
  const split = twoModeSplit(g);

  it("gets the estimate with a stated margin when asked (the report's default), the quick one otherwise", () => {
    if (!split) throw new Error("not two-mode");
    const guaranteed = twoModeStanding(g, split, { guaranteed: true, autoExactLimit: 100 }).method;
    expect(guaranteed.kind).toBe("estimate");
    expect(guaranteed.betweennessMargin).toBeGreaterThan(0);
    const quick = twoModeStanding(g, split, { autoExactLimit: 100 }).method;
    expect(quick.kind).toBe("estimate");
    expect(quick.betweennessMargin).toBeUndefined();
    expect(twoModeStanding(g, split).method.kind).toBe("exact"); // 1,400 nodes: below the default limit
  });
});
