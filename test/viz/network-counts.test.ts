/**
 * The Details summary's counts come from the analysis worker with the import (network-counts.ts):
 * they must equal what the page counts on the graph it builds from the worker's parts — people,
 * organizations, members, negative ties — and the page keeps them as given.
 */
import { describe, expect, it } from "vitest";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes } from "../../src/graph/model.js";
import { pageGraph } from "./page-graph.js";
import { countNetwork, keepCounts, networkCounts } from "../../src/viz/network-counts.js";
import type { CoalitionStatus } from "../../src/graph/types.js";


describe("the summary's counts, computed in the worker", () => {
  it("equal the page's count on the graph it builds, and are kept as given", () => {
    const g = createCoalitionGraph({ format: "workbook", hasStrength: true });
    const statuses: CoalitionStatus[] = ["core", "member", "prospect", "none"];
    for (let i = 0; i < 700; i++) g.addNode(`n${i}`, nodeAttributes({ label: `N ${i}`, kind: i % 5 === 0 ? "organization" : "person", status: statuses[i % 4] ?? "none" }));
    for (let i = 1; i < 700; i++) {
      addTie(g, `n${i}`, `n${(i * 7) % i}`, edgeAttributes({ type: "knows", strength: 1 }));
      if (i % 9 === 0) addTie(g, `n${i}`, `n${(i * 3) % i}`, edgeAttributes({ type: "conflict", strength: 1, sign: -1 }));
    }
    const worker = countNetwork(g);
    const built = pageGraph(g);
    expect(countNetwork(built)).toEqual(worker);
    expect(worker).toEqual({ people: 560, orgs: 140, members: 350, negative: g.filterEdges((_e, a) => a.sign < 0).length });
    expect(worker.negative).toBeGreaterThan(50);
    keepCounts(built, worker);
    expect(networkCounts(built)).toBe(worker);
    // Without kept counts: walked once, then the same object.
    const other = pageGraph(g);
    const walked = networkCounts(other);
    expect(walked).toEqual(worker);
    expect(networkCounts(other)).toBe(walked);
  });
});
