/**
 * Standing's eigenvector and PageRank on the compact adjacency (src/graph/power-iteration.ts) give
 * graphology-metrics' numbers to the last bit, and fail to converge as it does.
 */
import eigenvectorCentrality from "graphology-metrics/centrality/eigenvector";
import pagerank from "graphology-metrics/centrality/pagerank";
import { describe, expect, it } from "vitest";
import { toCsr } from "../../src/graph/csr.js";
import { positiveView } from "../../src/graph/model.js";
import { adjacencyEigenvector, adjacencyPagerank, powerIteration } from "../../src/graph/power-iteration.js";
import { plantedPartition } from "../bench/generate.js";

const graph = plantedPartition({ n: 300, tiesPerNode: 4, seed: 3 }); // a few isolates and small components
const view = positiveView(graph);
const csr = toCsr(view, (_e, a) => a.weight);

describe("power iterations on the compact adjacency", () => {
  for (const tolerance of [1e-10, 1e-6]) {
    it(`eigenvector equals graphology-metrics bit for bit (tolerance ${tolerance})`, () => {
      const want = eigenvectorCentrality(view, { getEdgeWeight: "weight", tolerance, maxIterations: 10_000 });
      const got = adjacencyEigenvector(csr, tolerance, 10_000);
      csr.nodes.forEach((node, i) => expect(got[i]).toBe(want[node]));
    });
    it(`PageRank equals graphology-metrics bit for bit (tolerance ${tolerance})`, () => {
      const want = pagerank(view, { getEdgeWeight: "weight", alpha: 0.85, tolerance, maxIterations: 10_000 });
      const got = adjacencyPagerank(csr, 0.85, tolerance, 10_000);
      csr.nodes.forEach((node, i) => expect(got[i]).toBe(want[node]));
      expect(got.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    });
  }

  it("fails to converge as graphology does, and powerIteration then gives the fallback", () => {
    expect(() => adjacencyEigenvector(csr, 1e-15, 3)).toThrow(/converge/);
    expect(() => adjacencyPagerank(csr, 0.85, 1e-15, 3)).toThrow(/converge/);
    const fallback = new Float64Array(1).fill(Number.NaN);
    expect(powerIteration(() => adjacencyEigenvector(csr, 1e-15, 3), fallback)).toBe(fallback);
  });
});
