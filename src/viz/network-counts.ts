/**
 * The Details summary's counts of a network: people, organizations, members, negative ties.
 * Computed in the analysis worker with the import and kept in the page by the graph built from it
 * (`keepCounts`), so that showing a big network does not walk its 250,000 ties on the page's thread
 * (67 ms of the task that shows the map at 50,000 people, docs/performance.md stop 16); computed
 * here once per graph otherwise (the shared viewer). The page never changes a data set's nodes or
 * ties (an edit makes a new data set). No DOM here.
 */
export interface NetworkCounts {
  people: number;
  orgs: number;
  members: number;
  negative: number;
}

/** What is read of a graph: each node's kind and status, each tie's sign. */
export interface CountedGraph {
  forEachNode(callback: (node: string, attributes: { kind: string; status: string }) => void): void;
  forEachEdge(callback: (edge: string, attributes: { sign: number }) => void): void;
}

/** The counts of a graph, walked (the worker's, or the page's when it has none kept). */
export function countNetwork(g: CountedGraph): NetworkCounts {
  let people = 0, orgs = 0, members = 0, negative = 0;
  g.forEachNode((_n, a) => {
    if (a.kind === "person") people++;
    else orgs++;
    if (a.status === "core" || a.status === "member") members++;
  });
  g.forEachEdge((_e, a) => {
    if (a.sign < 0) negative++;
  });
  return { people, orgs, members, negative };
}

const kept = new WeakMap<object, NetworkCounts>();

/** The worker's counts for the graph the page built from its parts. */
export function keepCounts(graph: object, counts: NetworkCounts): void {
  kept.set(graph, counts);
}

/** The counts of `g`: kept, or walked once. */
export function networkCounts(g: CountedGraph): NetworkCounts {
  let c = kept.get(g);
  if (!c) kept.set(g, (c = countNetwork(g)));
  return c;
}
