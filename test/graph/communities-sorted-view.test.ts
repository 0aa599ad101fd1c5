/**
 * Louvain and modularity read the positive-tie view through a read-only sorted view over typed
 * arrays (communities.ts, SortedView), not a graphology copy. These tests rebuild the graphology
 * copy the view replaces (nodes "0", "1", … in id order, ties in order of (smaller, larger) position)
 * and check that the libraries give exactly the same partitions and modularity on both — so an
 * upgrade of graphology-communities-louvain or graphology-metrics that reads the graph differently
 * shows here.
 */
import { describe, expect, it } from "vitest";
import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import modularity from "graphology-metrics/graph/modularity";
import { communities, COMMUNITY_DEFAULTS, partitionModularity } from "../../src/graph/communities.js";
import { positiveView } from "../../src/graph/model.js";
import { compareIds } from "../../src/graph/utils/compare-ids.js";
import { mulberry32 } from "../../src/graph/utils/mulberry32.js";
import type { CoalitionGraph } from "../../src/graph/types.js";
import { plantedPartition } from "../bench/generate.js";

/** The graphology copy communities() used to build (see the file comment). */
function graphologyCopy(graph: CoalitionGraph, weighted: boolean): { g: UndirectedGraph; ids: string[] } {
  const view = positiveView(graph);
  const ids = view.nodes().sort(compareIds);
  const position = new Map(ids.map((id, i) => [id, i]));
  const g = new UndirectedGraph();
  ids.forEach((_id, i) => g.addNode(String(i)));
  const ties: [number, number, number][] = [];
  view.forEachEdge((_e, a, s, t) => {
    const i = position.get(s) ?? 0;
    const j = position.get(t) ?? 0;
    ties.push([Math.min(i, j), Math.max(i, j), weighted ? a.weight : 1]);
  });
  ties.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  for (const [i, j, w] of ties) g.addEdge(String(i), String(j), { weight: w });
  return { g, ids };
}

describe("communities: the sorted view gives Louvain what a graphology copy gave", () => {
  for (const weighted of [true, false]) {
    it(`the same best-of-runs partition and modularity (${weighted ? "weighted" : "unweighted"}, 600 nodes)`, () => {
      const graph = plantedPartition({ n: 600, tiesPerNode: 6, seed: 3 });
      const { g, ids } = graphologyCopy(graph, weighted);
      const runs = 4;
      let best: Record<string, number> = {};
      let bestQ = -Infinity;
      for (let i = 0; i < runs; i++) {
        const run = louvain.detailed(g, { getEdgeWeight: "weight", resolution: 1, rng: mulberry32(COMMUNITY_DEFAULTS.seed + i) });
        if (run.modularity > bestQ + 1e-12) {
          bestQ = run.modularity;
          best = run.communities;
        }
      }
      const result = communities(graph, { weighted, runs });
      // Same grouping: two nodes share a community in one exactly when they do in the other.
      const byOld = new Map<number, number>();
      ids.forEach((id, i) => {
        const old = best[String(i)] ?? -1;
        const now = result.assignment[id] ?? -2;
        if (!byOld.has(old)) byOld.set(old, now);
        expect(byOld.get(old)).toBe(now);
      });
      expect(new Set(byOld.values()).size).toBe(byOld.size);
      const q = modularity(g, { getNodeCommunity: (k: string) => result.assignment[ids[Number(k)] ?? ""] ?? -1, getEdgeWeight: "weight", resolution: 1 });
      expect(result.modularity).toBe(q);
      expect(partitionModularity(graph, result.assignment, { weighted })).toBe(q);
    });
  }
});
