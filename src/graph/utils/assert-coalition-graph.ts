import type { CoalitionGraph } from "../types.js";

/**
 * The input check every analysis runs first: throws an Error naming the function (`fnName`) and
 * the problem when `graph` is not a graphology graph, e.g.
 * `standing: expected a CoalitionGraph (graphology graph), got null.`
 */
export function assertCoalitionGraph(graph: unknown, fnName: string): asserts graph is CoalitionGraph {
  if (graph !== null && typeof graph === "object" && typeof (graph as { forEachNode?: unknown }).forEachNode === "function") return;
  const got = graph === null ? "null" : Array.isArray(graph) ? "an array" : typeof graph;
  throw new Error(`${fnName}: expected a CoalitionGraph (graphology graph), got ${got}.`);
}
