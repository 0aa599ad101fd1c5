/**
 * Coalition Map — turf (organizations that may be competing for the same ground).
 *
 * In the organizer's words: two organizations offering the same service to the same area, with
 * nothing tying them together — likely to see each other as competitors for clients, funding and
 * credit. Turf clusters group those pairs by the communities (see `communities`) the
 * organizations sit in, so a coalition can see which parts of the network are contested.
 *
 * Precise definition. A turf pair is an unordered pair of organizations {a, b} that share at
 * least one (service, area) — services compared after `canonicalService`, areas
 * case-insensitively — and that do NOT coordinate, where "coordinate" means (see
 * `coordinationCheck`): a positive tie of any type between a and b, someone on both staffs (people
 * whose organization is a, or with a member_of tie to a, and the same for b), or a works_with /
 * partner / refers_to tie between a's staff and b or b's staff, or vice versa. A negative tie does not count as coordination (it makes
 * the turf worse, it is reported by `conflictFactions`). Organizations are indexed by
 * (service, area) and compared only within a bucket, so the cost is the sum of bucket sizes
 * squared, not all pairs of organizations.
 *
 * Turf clusters: the communities linked by turf pairs (a pair joins the community of a and the
 * community of b; connected components), each with the organizations in its pairs and the union of their
 * overlapping services and areas. Clusters are ordered by number of pairs (descending), then by
 * their smallest community id; pairs by number of overlapping (service, area) cells
 * (descending), then ids.
 */
import { communities as computeCommunities, type CommunityResult } from "./communities.js";
import { AreaNames, coordinationCheck, providerIndex } from "./services.js";
import { UndirectedGraph } from "graphology";
import { connectedComponents } from "graphology-components";
import type { CoalitionGraph } from "./types.js";
import { assertCoalitionGraph } from "./utils/assert-coalition-graph.js";
import { compareIds } from "./utils/compare-ids.js";
import { pairs as allPairs } from "./utils/pairs.js";

export interface TurfPair {
  /** Organization ids, a < b. */
  a: string;
  b: string;
  aLabel: string;
  bLabel: string;
  /** Overlapping services (canonical names), sorted. */
  services: string[];
  /** Overlapping areas (first spelling seen), sorted case-insensitively. */
  areas: string[];
  /** The overlapping (service, area) cells. */
  cells: { service: string; area: string }[];
  /** Community ids of a and b. */
  communities: [number, number];
}

export interface TurfCluster {
  id: number;
  /** Community ids, ascending. */
  communities: number[];
  communityLabels: string[];
  /** Organization ids in the cluster's pairs, sorted. */
  organizations: string[];
  services: string[];
  areas: string[];
  /** Number of turf pairs in the cluster. */
  pairs: number;
}

export interface TurfResult {
  pairs: TurfPair[];
  clusters: TurfCluster[];
}

export interface TurfOptions {
  /** Precomputed communities (computed with default options when absent). */
  communities?: CommunityResult;
  /** Count staff-to-staff work ties as coordination. Default true. */
  staffTies?: boolean;
}

export const TURF_DEFAULTS = { staffTies: true } as const;

/** Turf pairs and turf clusters (see the module comment). */
export function turfClusters(graph: CoalitionGraph, options: TurfOptions = {}): TurfResult {
  assertCoalitionGraph(graph, "turfClusters");
  if (options.staffTies !== undefined && typeof options.staffTies !== "boolean")
    throw new Error("turfClusters: option `staffTies` must be true or false.");
  if (options.communities !== undefined && (typeof options.communities !== "object" || !options.communities.assignment))
    throw new Error("turfClusters: option `communities` must be a CommunityResult.");

  // Organizations by (service, area key) cell, in id order.
  const areas = new AreaNames();
  const { providers: buckets } = providerIndex(graph, areas);

  const coordinated = coordinationCheck(graph, { staffTies: options.staffTies ?? TURF_DEFAULTS.staffTies });
  const verdict = new Map<string, boolean>(); // "a\0b" → coordinated
  const cellsByPair = new Map<string, { a: string; b: string; cells: { service: string; area: string }[] }>();
  for (const [id, members] of [...buckets].sort((p, q) => compareIds(p[0], q[0]))) {
    if (members.length < 2) continue;
    const [service = "", key = ""] = id.split("\u0000");
    // members are in id order, so a < b
    for (const [a, b] of allPairs(members)) {
      const pk = `${a}\u0000${b}`;
      let ok = verdict.get(pk);
      if (ok === undefined) verdict.set(pk, (ok = coordinated(a, b)));
      if (ok) continue;
      let pair = cellsByPair.get(pk);
      if (!pair) cellsByPair.set(pk, (pair = { a, b, cells: [] }));
      pair.cells.push({ service, area: key });
    }
  }

  const comm = cellsByPair.size > 0 ? (options.communities ?? computeCommunities(graph)) : options.communities;
  const communityOf = (n: string): number => comm?.assignment[n] ?? -1;
  const labelOf = (n: string): string => graph.getNodeAttribute(n, "label") ?? n;

  const pairs: TurfPair[] = [];
  for (const { a, b, cells } of cellsByPair.values()) {
    const services = [...new Set(cells.map((c) => c.service))].sort(compareIds);
    const areaKeys = [...new Set(cells.map((c) => c.area))].sort(compareIds);
    pairs.push({
      a,
      b,
      aLabel: labelOf(a),
      bLabel: labelOf(b),
      services,
      areas: areaKeys.map((k) => areas.display(k)),
      cells: cells
        .slice()
        .sort((x, y) => compareIds(x.service, y.service) || compareIds(x.area, y.area))
        .map((c) => ({ service: c.service, area: areas.display(c.area) })),
      communities: [communityOf(a), communityOf(b)],
    });
  }
  pairs.sort((x, y) => y.cells.length - x.cells.length || compareIds(x.a, y.a) || compareIds(x.b, y.b));

  // Group pairs by the communities they link: connected components (graphology-components) of
  // the graph of communities joined by a turf pair; groups in the order of their first pair.
  const linked = new UndirectedGraph();
  for (const p of pairs) {
    const [x, y] = [String(p.communities[0]), String(p.communities[1])];
    linked.mergeNode(x);
    linked.mergeNode(y);
    if (x !== y) linked.mergeEdge(x, y);
  }
  const componentOf = new Map<string, number>();
  connectedComponents(linked).forEach((c, i) => c.forEach((n) => componentOf.set(n, i)));
  const groups = new Map<number, TurfPair[]>();
  for (const p of pairs) {
    const r = componentOf.get(String(p.communities[0])) ?? -1;
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(p);
  }
  const communityLabel = (c: number): string =>
    comm?.communities.find((x) => x.id === c)?.label ?? (c < 0 ? "No community" : `Community ${c}`);
  const clusters: TurfCluster[] = [...groups.values()].map((ps) => {
    const cs = [...new Set(ps.flatMap((p) => p.communities))].sort((x, y) => x - y);
    const areaKeys = [...new Set(ps.flatMap((p) => p.cells.map((c) => c.area)))];
    return {
      id: 0,
      communities: cs,
      communityLabels: cs.map(communityLabel),
      organizations: [...new Set(ps.flatMap((p) => [p.a, p.b]))].sort(compareIds),
      services: [...new Set(ps.flatMap((p) => p.services))].sort(compareIds),
      areas: areaKeys.sort((x, y) => compareIds(x.toLowerCase(), y.toLowerCase()) || compareIds(x, y)),
      pairs: ps.length,
    };
  });
  clusters.sort((x, y) => y.pairs - x.pairs || (x.communities[0] ?? 0) - (y.communities[0] ?? 0));
  clusters.forEach((c, i) => (c.id = i));
  return { pairs, clusters };
}
