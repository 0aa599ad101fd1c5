/**
 * Coalition Map — communities (who clusters with whom).
 *
 * In the organizer's words: the groups of people and organizations that are more tied to each
 * other than to the rest of the network, each described by its size, its most central members,
 * its dominant sectors, services and areas, and a short readable label such as
 * "Courts & law enforcement · North" (or "Around Medici" for a network without attributes).
 *
 * Precise definition: Louvain modularity maximization (Blondel et al. 2008, graphology-communities-
 * louvain) on the positive-tie view (`positiveView`), weighted by tie strength when weighted (every
 * tie counts 1 otherwise), with a resolution parameter (γ, default 1). Deterministic but not
 * unlucky: Louvain runs on a read-only view of it whose nodes and ties come in sorted id
 * order, `runs` times with seeded random generators (mulberry32(seed + i), default seed 42), and
 * the partition with the highest modularity is kept — so the same graph, whatever its insertion
 * order, gives the same partition, and one unlucky seed does not decide it (on Zachary's karate
 * club a single seed gave Q = 0.4151; the best of 20 reaches the optimum 0.4198). Communities are numbered 0, 1, … by size (largest first), ties broken
 * by their smallest member id (string order). `modularity` is Newman's modularity of the final
 * partition at the same resolution and weights (graphology-metrics `modularity`; 0 when the view
 * has no ties). Isolated nodes form their own one-member communities.
 *
 * Labels are distinct: a label two communities would share gets the community's most central
 * member added ("Shelter · North · around Ana"), then, if still shared, its number.
 *
 * `central`: the up-to-5 members with the highest degree inside their community (number of
 * positive neighbours in the same community), then overall degree, then id — the community's hubs.
 *
 * Reference: Blondel, V. D., Guillaume, J.-L., Lambiotte, R. & Lefebvre, E. (2008). Fast unfolding
 * of communities in large networks. J. Stat. Mech. P10008. Newman, M. E. J. (2006). Modularity and
 * community structure in networks. PNAS 103(23):8577-8582.
 */
import modularity from "graphology-metrics/graph/modularity";
import { asGraph, bestRun, louvainRunner, SortedView, type LouvainTies } from "./louvain-runs.js";
import { positiveView } from "./model.js";
import type { CoalitionGraph, NodeAttributes, TieView } from "./types.js";
import { assertCoalitionGraph } from "./utils/assert-coalition-graph.js";
import { compareIds } from "./utils/compare-ids.js";

export interface Community {
  /** 0-based, by size descending then smallest member id. */
  id: number;
  /** Short readable label, e.g. "Courts & law enforcement · North" or "Around Medici". */
  label: string;
  size: number;
  /** Member node ids, sorted. */
  members: string[];
  /** Up to 5 most central member ids (degree within the community, then overall degree, then id). */
  central: string[];
  /** Sectors of the members, most frequent first (ties by name). */
  sectors: { name: string; count: number }[];
  /** Services offered by the members, most frequent first. */
  services: { name: string; count: number }[];
  /** Areas of the members (case-insensitive; first spelling in member order), most frequent first. */
  areas: { name: string; count: number }[];
}

export interface CommunityResult {
  /** Node id → community id. */
  assignment: Record<string, number>;
  modularity: number;
  communities: Community[];
  /** How many seeded Louvain runs were compared (the best modularity was kept). */
  runs: number;
}

export interface CommunityOptions {
  /** Louvain resolution γ (> 0). Higher → more, smaller communities. Default 1. */
  resolution?: number;
  /** Seed of the random generator Louvain uses. Default 42. */
  seed?: number;
  /** Use tie strengths. Default: the graph's `hasStrength` attribute. */
  weighted?: boolean;
  /**
   * Seeded Louvain runs to compare (the partition with the highest modularity is kept; the first
   * one on a tie). Default: `COMMUNITY_DEFAULTS.runs` (20), fewer on large networks so that the
   * runs together visit about `COMMUNITY_DEFAULTS.workBudget` nodes and ties (at least one run).
   */
  runs?: number;
}

export const COMMUNITY_DEFAULTS = {
  resolution: 1,
  seed: 42,
  /** How many central members to list per community. */
  central: 5,
  /** Seeded Louvain runs on a small network. */
  runs: 20,
  /** Nodes + ties visited by all runs together, at most (fewer runs on a large network). */
  workBudget: 2_000_000,
} as const;

/** How many runs: `runs` when given, else 20 capped by the work budget (at least one). */
function runsFor(order: number, size: number, runs: number | undefined): number {
  if (runs !== undefined) return runs;
  return Math.max(1, Math.min(COMMUNITY_DEFAULTS.runs, Math.floor(COMMUNITY_DEFAULTS.workBudget / Math.max(1, order + size))));
}

/**
 * The positive-tie view in sorted order (see SortedView) and the ids of its node keys.
 */
interface SortedCopy {
  /** The view's arrays (what the Louvain runs read, in this thread or another). */
  ties: LouvainTies;
  graph: SortedView;
  /** Position → node id (ids sorted with `compareIds`). */
  ids: string[];
}

/**
 * Nodes in id order, ties in order of (smaller id, larger id); each node's key is its position in
 * that order. Built for each call and not kept.
 */
function sortedCopy(view: TieView, weighted: boolean): SortedCopy {
  const ids = view.nodes().sort(compareIds);
  const n = ids.length;
  const position = new Map<string, number>();
  ids.forEach((id, i) => position.set(id, i));
  // Each tie as one number, smaller position · n + larger position (exact below 2^53: n < 94 million).
  const pairs = new Float64Array(view.size);
  const weights = new Float64Array(view.size);
  let k = 0;
  view.forEachEdge((_e, a, s, t) => {
    const i = position.get(s) ?? 0;
    const j = position.get(t) ?? 0;
    pairs[k] = i < j ? i * n + j : j * n + i;
    weights[k] = weighted ? a.weight : 1;
    k++;
  });
  const order = new Uint32Array(k);
  for (let e = 0; e < k; e++) order[e] = e;
  order.sort((p, q) => (pairs[p] ?? 0) - (pairs[q] ?? 0));
  const first = new Uint32Array(k);
  const second = new Uint32Array(k);
  const sortedWeights = new Float64Array(k);
  order.forEach((e, at) => {
    const pair = pairs[e] ?? 0;
    const x = Math.floor(pair / n);
    first[at] = x;
    second[at] = pair - x * n;
    sortedWeights[at] = weights[e] ?? 1;
  });
  const ties: LouvainTies = { n, first, second, weights: sortedWeights };
  return { ties, graph: new SortedView(ties), ids };
}

/** A sorted copy's node key → the node's id. */
function idAt(copy: SortedCopy, key: string): string {
  return copy.ids[Number(key)] ?? key;
}

/**
 * Newman modularity of a given partition of the positive-tie view, with the same weights and
 * resolution conventions as `communities` (weight = strength when weighted, 1 otherwise).
 * 0 when the view has no ties.
 */
export function partitionModularity(
  graph: CoalitionGraph,
  assignment: Record<string, number | string>,
  options: { weighted?: boolean; resolution?: number } = {},
): number {
  const weighted = options.weighted ?? Boolean(graph.getAttribute("hasStrength"));
  const copy = sortedCopy(positiveView(graph), weighted);
  const g = copy.graph;
  if (g.size === 0) return 0;
  const communityOfId = communityGetter(assignment, "partitionModularity");
  const communityOf = (key: string) => communityOfId(idAt(copy, key));
  g.forEachNode(communityOf); // every node has a community, or a clear error before modularity runs
  return modularity(asGraph(g), {
    getNodeCommunity: communityOf,
    getEdgeWeight: "weight",
    resolution: options.resolution ?? COMMUNITY_DEFAULTS.resolution,
  });
}

/** Communities of the coalition graph's positive ties (see the module comment). */
export function communities(graph: CoalitionGraph, options: CommunityOptions = {}): CommunityResult {
  assertCoalitionGraph(graph, "communities");
  const resolution = options.resolution ?? COMMUNITY_DEFAULTS.resolution;
  if (typeof resolution !== "number" || !Number.isFinite(resolution) || resolution <= 0)
    throw new Error("communities: option `resolution` must be a positive number.");
  const seed = options.seed ?? COMMUNITY_DEFAULTS.seed;
  if (typeof seed !== "number" || !Number.isFinite(seed)) throw new Error("communities: option `seed` must be a number.");
  if (options.weighted !== undefined && typeof options.weighted !== "boolean")
    throw new Error("communities: option `weighted` must be true or false.");
  const weighted = options.weighted ?? Boolean(graph.getAttribute("hasStrength"));

  if (options.runs !== undefined && !(Number.isInteger(options.runs) && options.runs >= 1)) throw new Error("communities: option `runs` must be a whole number ≥ 1.");

  const view = positiveView(graph);
  const copy = sortedCopy(view, weighted);
  const g = copy.graph;
  const runs = g.size === 0 ? 0 : runsFor(g.order, g.size, options.runs);

  // Raw Louvain partition, by the copy's positions (isolated nodes / tie-less graphs: one community
  // per node). Runs i = 0 … runs − 1 (mulberry32(seed + i)), in this thread or the host's threads;
  // the highest modularity wins, the earliest run on a tie (so one run is exactly the single seeded run).
  const raw = g.size === 0 ? Int32Array.from({ length: g.order }, (_x, i) => i) : bestRun(louvainRunner()(copy.ties, { resolution, seed, runs }))?.communities;
  const rawOf = (k: string): number => {
    const c = raw?.[Number(k)];
    if (c === undefined || c < 0) throw new Error(`communities: node "${k}" has no community.`);
    return c;
  };

  // Group and renumber: size desc, then smallest member id.
  const groups = new Map<number, string[]>();
  g.forEachNode((k) => {
    const c = rawOf(k);
    let list = groups.get(c);
    if (!list) groups.set(c, (list = []));
    list.push(idAt(copy, k)); // nodes of g are in sorted order, so each list is sorted
  });
  // Each list is non-empty, so its first member is its smallest id.
  const ordered = [...groups.values()].sort((a, b) => b.length - a.length || compareIds(a[0] ?? "", b[0] ?? ""));
  const renumbered: Record<string, number> = {};
  ordered.forEach((members, id) => members.forEach((n) => (renumbered[n] = id)));
  const idOf = communityGetter(renumbered, "communities");
  const assignment: Record<string, number> = {};
  for (const id of copy.ids) assignment[id] = idOf(id); // keys in sorted node order

  const q = g.size === 0 ? 0 : modularity(asGraph(g), { getNodeCommunity: (k: string) => idOf(idAt(copy, k)), getEdgeWeight: "weight", resolution });

  const list = ordered.map((members, id) => describe(view, members, id, assignment));
  distinctLabels(list, (n) => view.getNodeAttribute(n, "label") || n);
  return { assignment, modularity: q, communities: list, runs };
}

/**
 * Labels that tell communities apart: a label two communities share ("Shelter · North" twice) gets
 * its community's most central member added ("Shelter · North · around Ana"); one still shared
 * after that, its community's number ("… (community 7)").
 */
function distinctLabels(list: Community[], nameOf: (id: string) => string): void {
  const shared = (): Set<string> => {
    const seen = new Map<string, number>();
    for (const c of list) seen.set(c.label, (seen.get(c.label) ?? 0) + 1);
    return new Set([...seen].filter(([, k]) => k > 1).map(([l]) => l));
  };
  let twice = shared();
  if (twice.size === 0) return;
  for (const c of list) {
    const lead = c.central[0];
    if (twice.has(c.label) && lead !== undefined && c.size > 1 && !c.label.startsWith("Around ")) c.label = `${c.label} · around ${nameOf(lead)}`;
  }
  twice = shared();
  for (const c of list) if (twice.has(c.label)) c.label = `${c.label} (community ${c.id})`;
}

/** `n` → its community in `partition`; throws, naming `fnName`, for a node without one. */
function communityGetter<C extends number | string>(partition: Record<string, C>, fnName: string): (n: string) => C {
  return (n) => {
    const c = partition[n];
    if (c === undefined) throw new Error(`${fnName}: node "${n}" has no community.`);
    return c;
  };
}

function countTop(counts: Map<string, { name: string; count: number }>): { name: string; count: number }[] {
  return [...counts.values()].sort((a, b) => b.count - a.count || compareIds(a.name, b.name));
}

function bump(counts: Map<string, { name: string; count: number }>, key: string, name: string): void {
  const c = counts.get(key);
  if (c) c.count++;
  else counts.set(key, { name, count: 1 });
}

function describe(view: TieView, members: string[], id: number, assignment: Record<string, number>): Community {
  const sectors = new Map<string, { name: string; count: number }>();
  const services = new Map<string, { name: string; count: number }>();
  const areas = new Map<string, { name: string; count: number }>();
  const scored: { id: string; inside: number; degree: number }[] = [];
  for (const m of members) {
    const a: NodeAttributes = view.getNodeAttributes(m);
    const sector = (a.sector ?? "").trim().toLowerCase();
    if (sector) bump(sectors, sector, sector);
    for (const s of new Set(a.services.map((x) => x.trim().toLowerCase()).filter(Boolean))) bump(services, s, s);
    const seen = new Set<string>();
    for (const area of a.areas) {
      const key = area.trim().toLowerCase();
      if (!key || seen.has(key)) continue;
      seen.add(key);
      bump(areas, key, area.trim());
    }
    let inside = 0;
    view.forEachNeighbor(m, (nb) => {
      if (assignment[nb] === id) inside++;
    });
    scored.push({ id: m, inside, degree: view.degree(m) });
  }
  scored.sort((x, y) => y.inside - x.inside || y.degree - x.degree || compareIds(x.id, y.id));
  const central = scored.slice(0, COMMUNITY_DEFAULTS.central).map((s) => s.id);
  const result: Community = {
    id,
    label: "",
    size: members.length,
    members,
    central,
    sectors: countTop(sectors),
    services: countTop(services),
    areas: countTop(areas),
  };
  result.label = communityLabel(result, (n) => view.getNodeAttribute(n, "label") || n);
  return result;
}

/** "Courts & law enforcement" from ["courts", "law enforcement"]. */
function sentenceCase(parts: string[]): string {
  const text = parts.join(" & ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A short readable label: dominant sector (plus the second one when it is nearly as common, i.e.
 * at least half as many members) and the dominant area when at least 40% of the members share it;
 * "Around <most central member>" when the members have no sector; a lone node is just its name.
 */
export function communityLabel(c: Pick<Community, "size" | "central" | "sectors" | "areas">, nameOf: (id: string) => string): string {
  const lead = c.central[0];
  if (c.size === 1 && lead !== undefined) return nameOf(lead);
  const parts: string[] = [];
  const [s1, s2] = c.sectors;
  if (s1) {
    const names = [s1.name];
    if (s2 && s2.count * 2 >= s1.count) names.push(s2.name);
    parts.push(sentenceCase(names));
  }
  const a1 = c.areas[0];
  if (a1 && a1.count * 5 >= c.size * 2 && (c.areas[1]?.count ?? 0) < a1.count) parts.push(a1.name);
  if (parts.length === 0 || !s1) {
    const around = lead !== undefined ? `Around ${nameOf(lead)}` : "Empty";
    return parts.length === 0 ? around : `${around} · ${parts.join(" · ")}`;
  }
  return parts.join(" · ");
}
