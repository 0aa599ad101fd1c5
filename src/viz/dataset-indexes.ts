/**
 * What the page keeps beside a data set's graph to answer at once: the search index (every name's
 * search key with its id, sorted), the tie types present and the sectors with their counts. Computed
 * in the analysis worker with the import and posted with it, so the page's main thread does not walk
 * a big network for them (0.14–0.23 s at 50,000 people in Node, more in a page; docs/performance.md,
 * stop 15); the shared viewer computes them itself. No DOM here.
 */
import { searchKey } from "./search-key.js";

export interface DatasetIndexes {
  /** Search index: [searchKey(label), id], sorted by key, then id. */
  searchIndex: [string, string][];
  /** Tie types present, sorted. */
  tieTypes: string[];
  /** Sectors present with their counts, most frequent first (no sector: "(none)"). */
  sectors: { name: string; count: number }[];
}

/** What is read of the graph: nodes with a `label` and a `sector`, ties with a `type` (the import's graph or the page's). */
export interface IndexedGraph {
  mapNodes<T>(callback: (node: string, attributes: { label: string; sector?: string | undefined }) => T): T[];
  forEachNode(callback: (node: string, attributes: { label: string; sector?: string | undefined }) => void): void;
  forEachEdge(callback: (edge: string, attributes: { type: string }) => void): void;
}

/** The indexes of a graph (see the module comment). */
export function datasetIndexes(graph: IndexedGraph): DatasetIndexes {
  const searchIndex: [string, string][] = graph.mapNodes((n, a) => [searchKey(a.label), n] as [string, string]);
  searchIndex.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
  const types = new Set<string>();
  graph.forEachEdge((_e, a) => types.add(a.type));
  const sectorCounts = new Map<string, number>();
  graph.forEachNode((_n, a) => {
    const s = a.sector || "(none)";
    sectorCounts.set(s, (sectorCounts.get(s) ?? 0) + 1);
  });
  const sectors = [...sectorCounts].map(([name, count]) => ({ name, count }));
  sectors.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
  return { searchIndex, tieTypes: [...types].sort(), sectors };
}
