/**
 * Coalition Map — two-mode data: people × the things they belong to.
 *
 * In the organizer's words: some spreadsheets do not say who knows whom, only who belongs to
 * what — people × committees, people × organizations, Davis's women × the events they attended.
 * Measured as one network, the committees and events become the top "brokers" and Burt's
 * measures say nothing (everyone's contacts look unconnected). Such data is measured the way
 * affiliation networks are: two people are tied by the affiliations they share, weighted so that
 * sharing a small committee counts more than sharing a large assembly.
 *
 * Precisely. A two-mode split of the positive ties is detected
 *  - by node kinds: every positive tie joins a person and an organization (no person–person or
 *    organization–organization tie at all): modes = people, organizations; or
 *  - by columns, in a generic edge list: no name appears both in the first (source) and in the
 *    second (target) column of the positive ties: modes = the first column's names, the second's;
 * and can be declared (`twoMode: true` forces the column split when there is one; `false` turns
 * detection off). Nodes with no positive tie join their kind's mode (by kinds) or the first mode
 * (by columns), as isolates.
 * Each mode is measured on its projection (Newman 2001, "collaboration" weights): nodes i, j of a
 * mode are tied when they share at least one affiliation p, with weight Σ_p 1/(n_p − 1), n_p the
 * number of members of p (affiliations with a single member add nothing). The tie strengths of
 * the affiliation ties are not used (membership is yes/no), as in Newman's definition and
 * NetworkX's `collaboration_weighted_projected_graph`.
 *
 * Reference: Newman, M. E. J. (2001). Scientific collaboration networks. II. Shortest paths,
 * weighted networks, and centrality. Physical Review E 64, 016132.
 */
import { UndirectedGraph } from "graphology";
import type { StandingMethod } from "./paths/path-measures.js";
import { standingWithMethod, type NodeStanding, type StandingOptions } from "./standing.js";
import type { CoalitionGraph, NodeAttributes, TieView, ViewEdgeAttributes } from "./types.js";
import { compareIds } from "./utils/compare-ids.js";

/** How the two modes were told apart. */
export type TwoModeBasis = "node kinds" | "edge-list columns";

export interface TwoModeSplit {
  basis: TwoModeBasis;
  /** The first mode (people, or the first column's names) and the second, ids sorted. */
  modes: [string[], string[]];
}

export interface TwoModeOptions {
  /** `true`: use the column split even when it was not detected for a workbook; `false`: never two-mode. Default: detect. */
  twoMode?: boolean;
}

/** The two-mode split of a graph's positive ties, or null when it is one-mode data. */
export function twoModeSplit(graph: CoalitionGraph, options: TwoModeOptions = {}): TwoModeSplit | null {
  if (options.twoMode === false) return null;
  const columnsAllowed = graph.getAttribute("format") === "generic" || options.twoMode === true;
  let ties = 0;
  let crossKinds = true;
  // A name in both columns rules the column split out; once it and the kinds are both ruled out,
  // the answer is known and the remaining ties are not read (a large one-mode network stops at once).
  let bothColumns = false;
  const sources = new Set<string>();
  const targets = new Set<string>();
  const oneMode = graph.someEdge((_e, a, s, t, sa, ta) => {
    if (a.sign !== 1 || s === t) return false;
    ties++;
    if (sa.kind === ta.kind) crossKinds = false;
    if (!bothColumns) {
      sources.add(s);
      targets.add(t);
      bothColumns = targets.has(s) || sources.has(t);
    }
    return !crossKinds && (bothColumns || !columnsAllowed);
  });
  if (oneMode || ties === 0) return null;
  const sorted = (ids: Iterable<string>) => [...ids].sort(compareIds);
  if (crossKinds) {
    const people: string[] = [];
    const orgs: string[] = [];
    graph.forEachNode((n, a) => (a.kind === "person" ? people : orgs).push(n));
    return { basis: "node kinds", modes: [sorted(people), sorted(orgs)] };
  }
  // Nodes with no positive tie (from a node list) join the first mode, as isolates.
  const first = graph.filterNodes((n) => !targets.has(n));
  return { basis: "edge-list columns", modes: [sorted(first), sorted(targets)] };
}

/**
 * The projection of one mode (Newman's collaboration weights, see the module comment): the mode's
 * nodes only, as the tie view standing measures — `weight` = the collaboration weight, `types` =
 * ["shared affiliation"], `edges` = []. Measures normalized by the number of nodes (betweenness,
 * closeness, PageRank) are then relative to the mode, as NetworkX computes them on a projection.
 * Cost: Σ over affiliations of (members choose 2) ties — a very large affiliation makes a large clique.
 */
export function modeProjection(graph: CoalitionGraph, mode: readonly string[]): TieView {
  const inMode = new Set(mode);
  const view = new UndirectedGraph<NodeAttributes, ViewEdgeAttributes, Record<string, never>>();
  for (const n of mode) view.addNode(n, graph.getNodeAttributes(n));
  // Each affiliation p (a node of the other mode) → its members in this mode, once each.
  const members = new Map<string, Set<string>>();
  graph.forEachEdge((_e, a, s, t) => {
    if (a.sign !== 1 || s === t) return;
    const [m, p] = inMode.has(s) ? [s, t] : inMode.has(t) ? [t, s] : [undefined, undefined];
    if (m === undefined || p === undefined || inMode.has(p)) return;
    let set = members.get(p);
    if (!set) members.set(p, (set = new Set()));
    set.add(m);
  });
  for (const p of [...members.keys()].sort(compareIds)) {
    const group = [...(members.get(p) ?? [])].sort(compareIds);
    if (group.length < 2) continue;
    const w = 1 / (group.length - 1);
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const u = group[i] ?? "";
        const v = group[j] ?? "";
        const e = view.edge(u, v);
        if (e === undefined) view.addEdge(u, v, { weight: w, types: ["shared affiliation"], edges: [] });
        else view.updateEdgeAttribute(e, "weight", (x) => (x ?? 0) + w);
      }
    }
  }
  return view;
}

/**
 * Standing of two-mode data: each mode measured on its own projection (`modeProjection`), the
 * results put together (every node of the graph is in exactly one mode).
 */
export function twoModeStanding(graph: CoalitionGraph, split: TwoModeSplit, options: Omit<StandingOptions, "view"> = {}): { measures: Record<string, NodeStanding>; method: StandingMethod } {
  const measures: Record<string, NodeStanding> = {};
  let method: StandingMethod | undefined;
  for (const mode of split.modes) {
    const one = standingWithMethod(graph, { ...options, weighted: true, view: modeProjection(graph, mode) });
    Object.assign(measures, one.measures);
    // The first mode's method, unless the other was estimated and the first was not.
    if (method === undefined || (method.kind === "exact" && one.method.kind === "estimate")) method = one.method;
  }
  return { measures, method: method ?? { kind: "exact", description: "Betweenness and closeness are exact (every shortest path between every pair)." } };
}
