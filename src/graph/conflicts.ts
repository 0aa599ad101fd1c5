/**
 * Coalition Map — bad history: factions, neutral facilitators and poor askers.
 *
 * In the organizer's words: the people and organizations with bad history (conflict, distrust,
 * rivalry …) fall into factions — who is at odds with whom, and who sticks together. There may be
 * two factions or more. For each knot of bad history we show the factions, the negative ties
 * between them, how many ties do not fit that picture, the people on good terms with two
 * factions and at odds with neither — the neutral facilitators who could convene them — and,
 * listed apart, the people without bad history who lean to one faction. People with bad history
 * are poor askers: an ask carried by them may close doors.
 *
 * Precise definition (generalized structural balance: Cartwright & Harary 1956; clusterability,
 * Davis 1967; the partitioning criterion of Doreian & Mrvar 1996). Involved nodes = every node
 * with a negative tie. Ties are counted once per pair of nodes (parallel ties merged, as in
 * `positiveView` and `conflictView`): a pair with a negative tie is a negative pair, a pair with
 * a positive tie a positive pair (a pair with both counts in both). A group = a connected
 * component of the involved nodes joined by their negative and positive pairs (so two police
 * officers who work together and each have bad history with a grassroots leader form one group).
 * For each group, `signedPartition` (`signed-partition.ts`) splits it into k factions (sides),
 * k = 1 … `maxFactions`, minimizing the number of ties that break the split,
 *
 *   frustration = negativeInside (negative pairs within a faction)
 *               + positiveAcross (positive pairs between factions),
 *
 * each pair counting 1 (the classic frustration index, Harary 1959, generalized to k clusters;
 * NOT signedPartition's α-weighted value, which is half of it). Among partitions with the same
 * frustration, fewer negative pairs within a faction wins (enemies kept apart first — with two
 * factions, exactly the rule of the former two-sided search), then fewer factions. This order is
 * given to signedPartition as α = 1/2 + 1/(8(m + 1)) for a group of m pairs: the α-weighted
 * criterion is then frustration/2 plus a term smaller than 1/4 that counts enmities inside.
 * `tried[k − 1]` = the fewest ties left unexplained with at most k factions (k = 1, 2, …; the
 * search stops at the first k explaining every tie).
 *  - Groups of at most `exactLimit` nodes (default 22): exact branch and bound; larger groups
 *    (or a search over budget): Doreian & Mrvar's relocation heuristic with seeded restarts
 *    (not guaranteed optimal). `exact` is true when every k tried was proven.
 *
 * Sides: larger first (ties: the side holding the smaller id), ids sorted. A side of one is named
 * by its member. A larger side's label is its most common organization (an organization counts for
 * itself, a person for their organization; only when strictly the most common), else — or when
 * that label is already another side's — its member with most negative ties (then smallest id).
 *
 * Neutral facilitators: for every pair of factions (`conflicts-facilitators.ts`). Leaning: a node
 * outside the group's factions with positive ties into them leans to the faction holding
 * strictly the most of its distinct positive ties (`signed-partition-leaning.ts`); shown apart,
 * never counted in a faction. Poor askers: people with at least one negative tie, ranked by the
 * number of distinct people/organizations they have bad history with (descending), then id.
 *
 * References: Cartwright, D. & Harary, F. (1956). Structural balance: a generalization of
 * Heider's theory. Psychological Review 63(5):277-293. Harary, F. (1959). On the measurement of
 * structural balance. Behavioral Science 4(4):316-323. Davis, J. A. (1967). Clustering and
 * structural balance in graphs. Human Relations 20(2):181-187. Doreian, P. & Mrvar, A. (1996).
 * A partitioning approach to structural balance. Social Networks 18(2):149-168.
 */
import { findFacilitators, type Facilitator } from "./conflicts-facilitators.js";
import { conflictView, positiveView } from "./model.js";
import { staffIndex } from "./staff.js";
import { leaningMembers, type PositivePair } from "./signed-partition-leaning.js";
import { signedPartition, type SignedPair } from "./signed-partition.js";
import { UndirectedGraph } from "graphology";
import { connectedComponents } from "graphology-components";
import type { CoalitionGraph, TieView } from "./types.js";
import { assertCoalitionGraph } from "./utils/assert-coalition-graph.js";
import { compareIds } from "./utils/compare-ids.js";

export type { Facilitator } from "./conflicts-facilitators.js";

export interface NegativeTie {
  source: string;
  target: string;
  type: string;
  sourceLabel: string;
  targetLabel: string;
  /** True when the tie runs between two factions (fits the partition). */
  across: boolean;
}

/** A node without bad history whose positive ties into the group lean to one faction. */
export interface Leaning {
  id: string;
  label: string;
  /** Index into the group's `sides`. */
  faction: number;
}

export interface ConflictGroup {
  id: number;
  /** The k factions (k ≥ 1), larger first, ids sorted. */
  sides: string[][];
  /** One label per side. */
  sideLabels: string[];
  /** The original negative ties inside the group, sorted by source, target, type. */
  negativeTies: NegativeTie[];
  /** Pairs that break the partition: negative pairs inside a faction + positive pairs across. */
  frustration: number;
  negativeInside: number;
  positiveAcross: number;
  /** True when the partition (and the number of factions) is a proven optimum, false for the heuristic. */
  exact: boolean;
  /** tried[k − 1] = the fewest ties left unexplained with at most k factions. */
  tried: number[];
  /** Neutral facilitators of every pair of factions, ranked. */
  facilitators: Facilitator[];
  /** Nodes without bad history leaning to one faction, by faction then id. */
  leaning: Leaning[];
}

export interface PoorAsker {
  id: string;
  label: string;
  /** Number of distinct nodes they have a negative tie with. */
  negativeTies: number;
  /** Those node ids, sorted. */
  with: string[];
}

export interface ConflictResult {
  /** All sides of all groups (group order, then side order), each an array of node ids, sorted. */
  factions: string[][];
  groups: ConflictGroup[];
  /** All groups' facilitators, group order then rank. */
  facilitators: Facilitator[];
  poorAskers: PoorAsker[];
}

export interface ConflictOptions {
  /**
   * Which nodes are partitioned. "involved" (default): only nodes with a negative tie — the
   * coalition question, which leaves everyone else free to be a facilitator. "all": every node
   * in a connected component of the signed graph that contains a negative tie — the classic
   * structural-balance question on a signed network (e.g. Read's Gahuku-Gama tribes).
   */
  scope?: "involved" | "all";
  /** Largest group solved exactly (branch and bound). Default 22, at most 40. */
  exactLimit?: number;
  /** Most factions per group. Default 6. */
  maxFactions?: number;
  /** Most facilitators listed per pair of factions. Default 5. */
  maxFacilitators?: number;
}

export const CONFLICT_DEFAULTS = { exactLimit: 22, maxFactions: 6, maxFacilitators: 5, scope: "involved" } as const;

function resolveOptions(options: ConflictOptions) {
  const o = { ...CONFLICT_DEFAULTS, ...Object.fromEntries(Object.entries(options ?? {}).filter(([, x]) => x !== undefined)) };
  const whole = (key: "exactLimit" | "maxFactions" | "maxFacilitators", min: number, max: number): number => {
    const x = o[key];
    if (typeof x !== "number" || !Number.isInteger(x) || x < min || x > max)
      throw new Error(`conflictFactions: option \`${key}\` must be a whole number from ${min} to ${max}.`);
    return x;
  };
  const scope = o.scope;
  if (scope !== "involved" && scope !== "all") throw new Error('conflictFactions: option `scope` must be "involved" or "all".');
  return { scope, exactLimit: whole("exactLimit", 1, 40), maxFactions: whole("maxFactions", 1, 1000), maxFacilitators: whole("maxFacilitators", 0, 1_000_000) };
}

/** The distinct signed pairs among a group's nodes (a pair with both signs gives both). */
function groupPairs(nodes: readonly string[], neg: TieView, pos: TieView): SignedPair[] {
  const inGroup = new Set(nodes);
  const pairs: SignedPair[] = [];
  for (const x of nodes) {
    const add = (y: string, sign: 1 | -1): void => {
      if (!inGroup.has(y)) {
        if (sign < 0) throw new Error(`conflictFactions: "${y}" has a negative tie into the group but is not in it.`);
      } else if (compareIds(x, y) < 0) pairs.push({ u: x, v: y, sign });
    };
    if (neg.hasNode(x)) neg.forEachNeighbor(x, (y) => add(y, -1));
    pos.forEachNeighbor(x, (y) => add(y, 1));
  }
  return pairs;
}

/**
 * The groups: connected components (graphology-components) over the negative ties plus the
 * positive ties among involved nodes (`scope` "involved") or all positive ties (`scope` "all"),
 * keeping those with an involved node; members in id order, groups by their smallest involved
 * member.
 */
function conflictGroups(neg: TieView, pos: TieView, involved: string[], scope: "involved" | "all"): string[][] {
  const involvedSet = new Set(involved);
  const h = new UndirectedGraph();
  for (const n of involved) h.addNode(n);
  neg.forEachEdge((_e, _a, s, t) => {
    h.mergeEdge(s, t);
  });
  pos.forEachEdge((_e, _a, s, t) => {
    if (scope === "all" || (involvedSet.has(s) && involvedSet.has(t))) h.mergeEdge(s, t);
  });
  const firstInvolved = (members: string[]): string => members.find((n) => involvedSet.has(n)) ?? "";
  return connectedComponents(h)
    .filter((c) => c.some((n) => involvedSet.has(n)))
    .map((c) => c.sort(compareIds))
    .sort((p, q) => compareIds(firstInvolved(p), firstInvolved(q)));
}

/** The group's original negative ties, each marked `across` when its ends are in different factions. */
function negativeTiesOf(graph: CoalitionGraph, nodes: readonly string[], factionOf: Map<string, number>): NegativeTie[] {
  const label = (n: string): string => graph.getNodeAttribute(n, "label") ?? n;
  const out: NegativeTie[] = [];
  for (const x of nodes)
    graph.forEachEdge(x, (_e, a, s, t) => {
      if (a.sign !== -1 || s !== x) return;
      out.push({ source: s, target: t, type: a.type, sourceLabel: label(s), targetLabel: label(t), across: factionOf.get(s) !== factionOf.get(t) });
    });
  return out.sort((p, q) => compareIds(p.source, q.source) || compareIds(p.target, q.target) || compareIds(p.type, q.type));
}

/** Outsiders of the group leaning to one faction (no chains: only direct positive ties). */
function leaningOf(graph: CoalitionGraph, sides: readonly string[][], pos: TieView): Leaning[] {
  const inGroup = new Set(sides.flat());
  const pairs: PositivePair[] = [];
  for (const m of inGroup)
    pos.forEachNeighbor(m, (y) => {
      if (!inGroup.has(y)) pairs.push({ u: m, v: y });
    });
  return leaningMembers(sides, pairs)
    .flatMap((l) => (l.cluster === null ? [] : [{ id: l.id, label: graph.getNodeAttribute(l.id, "label") ?? l.id, faction: l.cluster }]))
    .sort((p, q) => p.faction - q.faction || compareIds(p.id, q.id));
}

/** One group: its factions, the ties they leave unexplained, facilitators and leaning people. */
function conflictGroup(
  graph: CoalitionGraph,
  gid: number,
  nodes: string[],
  views: { neg: TieView; pos: TieView; staff: Map<string, string[]> },
  o: ReturnType<typeof resolveOptions>,
): ConflictGroup {
  const pairs = groupPairs(nodes, views.neg, views.pos);
  // α just above 1/2: fewest unexplained ties first, then fewest enmities inside (module comment).
  const alpha = 0.5 + 1 / (8 * (pairs.length + 1));
  const split = signedPartition(nodes, pairs, { alpha, maxClusters: o.maxFactions, exactLimit: o.exactLimit });
  const sides = split.clusters;
  const factionOf = new Map<string, number>();
  sides.forEach((members, i) => members.forEach((n) => factionOf.set(n, i)));
  const sideLabels = sideLabelsOf(graph, sides, views.neg);
  return {
    id: gid,
    sides,
    sideLabels,
    negativeTies: negativeTiesOf(graph, nodes, factionOf),
    frustration: split.negativeInside + split.positiveAcross,
    negativeInside: split.negativeInside,
    positiveAcross: split.positiveAcross,
    exact: split.exact,
    tried: split.tried.map((t) => t.negativeInside + t.positiveAcross),
    facilitators: findFacilitators(graph, gid, sides, sideLabels, views.staff, o.maxFacilitators),
    leaning: leaningOf(graph, sides, views.pos),
  };
}

/** Bad-history factions, neutral facilitators and poor askers (see the module comment). */
export function conflictFactions(graph: CoalitionGraph, options: ConflictOptions = {}): ConflictResult {
  assertCoalitionGraph(graph, "conflictFactions");
  const o = resolveOptions(options);
  const neg = conflictView(graph);
  const pos = positiveView(graph);
  const involved = neg.nodes().sort(compareIds);
  const staff = involved.length > 0 ? staffIndex(graph) : new Map<string, string[]>();
  const groups = conflictGroups(neg, pos, involved, o.scope).map((nodes, gid) => conflictGroup(graph, gid, nodes, { neg, pos, staff }, o));

  const poorAskers: PoorAsker[] = involved
    .filter((n) => graph.getNodeAttribute(n, "kind") === "person")
    .map((n) => {
      const others = neg.neighbors(n).sort(compareIds);
      return { id: n, label: graph.getNodeAttribute(n, "label") ?? n, negativeTies: others.length, with: others };
    })
    .sort((p, q) => q.negativeTies - p.negativeTies || compareIds(p.id, q.id));

  return {
    factions: groups.flatMap((g) => g.sides.filter((s) => s.length > 0).map((s) => s.slice())),
    groups,
    facilitators: groups.flatMap((g) => g.facilitators),
    poorAskers,
  };
}

/** The member with most negative ties (ties: smallest id). */
function mostAtOdds(members: readonly string[], neg: TieView): string | undefined {
  const d = (n: string): number => (neg.hasNode(n) ? neg.degree(n) : 0);
  return members.slice().sort((p, q) => d(q) - d(p) || compareIds(p, q))[0];
}

/**
 * The most common organization of a side (an organization counts for itself), if one is strictly
 * the most common: with one member of each of two organizations, neither names the side.
 */
function commonOrganization(graph: CoalitionGraph, members: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of members) {
    const a = graph.getNodeAttributes(m);
    const org = a.kind === "organization" ? m : a.organization;
    if (org && graph.hasNode(org)) counts.set(org, (counts.get(org) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestC = 0;
  let tied = false;
  for (const [org, c] of counts)
    if (c > bestC) {
      best = org;
      bestC = c;
      tied = false;
    } else if (c === bestC) tied = true;
  return tied ? undefined : best;
}

/**
 * One label per side (see the module comment). A one-member side is named by its member: a person
 * alone in a faction is not their organization's faction. A label already used falls back to a
 * member.
 */
function sideLabelsOf(graph: CoalitionGraph, sides: readonly string[][], neg: TieView): string[] {
  const used = new Set<string>();
  return sides.map((members) => {
    if (members.length === 0) return "(nobody)";
    const name = (n: string): string => graph.getNodeAttribute(n, "label") ?? n;
    const org = members.length === 1 ? undefined : commonOrganization(graph, members);
    let label = org === undefined ? undefined : `${name(org)} side`;
    if (label === undefined || used.has(label)) {
      const m = mostAtOdds(members, neg);
      if (m === undefined) throw new Error("conflictFactions: a side has no member.");
      label = members.length === 1 ? name(m) : `${name(m)} side`;
    }
    used.add(label);
    return label;
  });
}
