/**
 * Coalition Map — connectors to recruit.
 *
 * In the organizer's words: the people and organizations outside the coalition who would extend
 * its reach the most — who would bring communities, sectors and areas we cannot reach today within
 * a couple of introductions — preferring brokers who link otherwise separate groups, and flagging
 * influential community members (faith leaders, business owners, policy makers, …).
 *
 * Precise definition.
 *  - Items: every community (`communities()` id), sector (lower-cased) and area (case-insensitive).
 *    Each node carries its community, its sector and its areas.
 *  - Reach of a set S of nodes: the nodes within two steps of S on the positive ties (S included).
 *    Its value is Σ over items of the SHARE of the item's nodes reached — a community of 25 of whom
 *    7 are reached counts 7/25. Equivalently, each reached node is worth Σ 1/|item| over its items,
 *    so rare communities, sectors and areas weigh more. (Counting an item as reached as soon as one
 *    of its nodes is within two steps saturates at once on small-world networks: a coalition that
 *    knows one pastor would "reach" the whole faith community.)
 *  - The coalition is its members (status core/member). Candidates: non-members (status prospect
 *    or none; `kinds` restricts to people or organizations) with a direct positive tie to a member
 *    or to an earlier pick — the coalition can only recruit people it can talk to, and each pick
 *    makes its own contacts recruitable (so the bridge into a community comes before the people
 *    inside it). No members → no recruits.
 *  - Greedy selection of k candidates (Nemhauser–Wolsey–Fisher 1978: for this coverage objective
 *    the greedy choice is within 1 − 1/e of the best): each round picks the candidate whose own
 *    two-step reach adds the most value not yet reached (`gain`, rounded to 4 decimals), ties
 *    broken by higher betweenness, then lower Burt constraint (isolates last), then id; the nodes
 *    it reaches then count as reached. When no candidate adds anything, the remaining places go to
 *    the best brokers (gain 0).
 *  - `adds`: the items of which the pick newly reaches at least a quarter of the nodes, or which
 *    were not reached at all before.
 *  - Influential: `influenceKind` from groups.ts (sector/role text, a person's organization's sector).
 *
 * Cost: one breadth-first pass of depth 2 from all members, plus one per candidate (capped at
 * `maxNeighbourhood` nodes for hubs), each keeping only the items the coalition does not yet reach.
 * No all-pairs data.
 *
 * Reference: Nemhauser, G. L., Wolsey, L. A. & Fisher, M. L. (1978). An analysis of approximations
 * for maximizing submodular set functions. Mathematical Programming 14:265-294.
 */
import { communities as computeCommunities, type CommunityResult } from "./communities.js";
import { influenceKind, type InfluenceKind } from "./groups.js";
import { isMember, positiveView } from "./model.js";
import { standing as computeStanding, type NodeStanding } from "./standing.js";
import type { CoalitionGraph, NodeAttributes, NodeKind, TieView } from "./types.js";
import { assertCoalitionGraph } from "./utils/assert-coalition-graph.js";
import { compareIds } from "./utils/compare-ids.js";
import { round } from "./utils/round.js";

export interface Recruit {
  id: string;
  label: string;
  kind: NodeKind;
  /** What they add at the moment they are picked (beyond the coalition and earlier picks). */
  adds: { communities: number[]; sectors: string[]; areas: string[] };
  /** Reach value added (Σ over items of the share of the item's nodes newly reached). */
  gain: number;
  /** Number of nodes newly brought within two steps of the coalition. */
  newlyReached: number;
  betweenness: number;
  constraint: number | null;
  influential: boolean;
  influenceKind?: InfluenceKind;
  reasons: string[];
}

export interface RecruitOptions {
  /** How many to pick. Default 10. */
  k?: number;
  /** Restrict candidates to people or organizations. Default both. */
  kinds?: NodeKind[];
  /** Precomputed standing; computed if absent. */
  standing?: Record<string, NodeStanding>;
  /** Precomputed communities; computed if absent. */
  communities?: CommunityResult;
  /** Largest two-step neighbourhood explored per candidate. Default 5000. */
  maxNeighbourhood?: number;
}

export const RECRUIT_DEFAULTS = {
  k: 10,
  maxNeighbourhood: 5000,
} as const;


/** The items a node contributes to reach: "c:<community>", "s:<sector>", "a:<area>". */
function itemsOf(a: NodeAttributes, community: number | undefined, out: Set<string>): void {
  if (community !== undefined) out.add(`c:${community}`);
  const s = (a.sector ?? "").trim().toLowerCase();
  if (s) out.add(`s:${s}`);
  for (const x of a.areas) {
    const k = x.trim().toLowerCase();
    if (k) out.add(`a:${k}`);
  }
}

/** Nodes within two steps of `sources` (sources included), at most `cap` nodes when capped. */
function twoStep(view: TieView, sources: string[], cap: number): { nodes: string[]; capped: boolean } {
  const seen = new Set<string>(sources);
  let frontier = [...sources];
  for (let d = 0; d < 2; d++) {
    const next: string[] = [];
    for (const v of frontier) {
      for (const w of view.neighbors(v).sort(compareIds)) {
        if (seen.has(w)) continue;
        if (seen.size >= cap) return { nodes: [...seen], capped: true };
        seen.add(w);
        next.push(w);
      }
    }
    frontier = next;
  }
  return { nodes: [...seen], capped: false };
}

/** Members and recruitable candidates (non-members of the wanted kinds with a positive tie), in id order. */
function membersAndCandidates(graph: CoalitionGraph, view: TieView, kinds: ReadonlySet<NodeKind>): { members: string[]; candidates: string[] } {
  const members: string[] = [];
  const candidates: string[] = [];
  graph.forEachNode((id, a) => {
    if (isMember(a)) members.push(id);
    else if (kinds.has(a.kind) && view.degree(id) > 0) candidates.push(id);
  });
  return { members: members.sort(compareIds), candidates: candidates.sort(compareIds) };
}

/** Area (lower-cased, trimmed) → its first spelling in the data. */
function areaNames(graph: CoalitionGraph): Map<string, string> {
  const areaName = new Map<string, string>();
  graph.forEachNode((_id, a) => {
    for (const x of a.areas) {
      const key = x.trim().toLowerCase();
      if (key && !areaName.has(key)) areaName.set(key, x.trim());
    }
  });
  return areaName;
}

/** Each node's items, each item's size (nodes having it), and a node's weight Σ 1/|item| over its items. */
function itemWeights(
  view: TieView,
  comms: CommunityResult,
): { nodeItems: (n: string) => string[]; sizeOf: (x: string) => number; weight: (n: string) => number } {
  const itemSize = new Map<string, number>();
  const nodeItems = (n: string): string[] => {
    const out = new Set<string>();
    itemsOf(view.getNodeAttributes(n), comms.assignment[n], out);
    return [...out];
  };
  view.forEachNode((n) => {
    for (const x of nodeItems(n)) itemSize.set(x, (itemSize.get(x) ?? 0) + 1);
  });
  const sizeOf = (x: string): number => {
    const size = itemSize.get(x);
    if (size === undefined) throw new Error(`recruits: item "${x}" was not counted.`);
    return size;
  };
  return { nodeItems, sizeOf, weight: (n) => nodeItems(n).reduce((w, x) => w + 1 / sizeOf(x), 0) };
}

/**
 * The items a pick opens up: newly reached, or grown by at least a quarter of their size; the
 * largest share gained first, then communities, sectors, areas ("c", "s", "a" items), then id.
 */
function itemsAdded(
  before: ReadonlyMap<string, number>,
  after: ReadonlyMap<string, number>,
  sizeOf: (item: string) => number,
): { item: string; gained: number; size: number; before: number }[] {
  const added: { item: string; gained: number; size: number; before: number }[] = [];
  for (const [x, now] of after) {
    const was = before.get(x) ?? 0;
    if (now === was) continue;
    const size = sizeOf(x);
    if (was === 0 || (now - was) * 4 >= size) added.push({ item: x, gained: now - was, size, before: was });
  }
  const kindOrder = (x: string): number => "csa".indexOf(x.charAt(0));
  return added.sort(
    (p, q) => q.gained / q.size - p.gained / p.size || kindOrder(p.item) - kindOrder(q.item) || compareIds(p.item, q.item),
  );
}

/** Connectors to recruit (see the module comment). */
export function recruits(graph: CoalitionGraph, options: RecruitOptions = {}): Recruit[] {
  assertCoalitionGraph(graph, "recruits");
  const k = options.k ?? RECRUIT_DEFAULTS.k;
  if (!Number.isInteger(k) || k < 0) throw new Error("recruits: option `k` must be a whole number ≥ 0.");
  const cap = options.maxNeighbourhood ?? RECRUIT_DEFAULTS.maxNeighbourhood;
  if (!Number.isInteger(cap) || cap < 1) throw new Error("recruits: option `maxNeighbourhood` must be a whole number ≥ 1.");
  const kinds = new Set<NodeKind>(options.kinds ?? ["person", "organization"]);

  const view = positiveView(graph);
  const { members, candidates } = membersAndCandidates(graph, view, kinds);
  if (members.length === 0) return []; // no coalition: no one is recruitable (nothing below would be picked)
  const comms = options.communities ?? computeCommunities(graph);
  const st = options.standing ?? computeStanding(graph);
  const commLabel = new Map(comms.communities.map((c) => [c.id, c] as const));
  const areaName = areaNames(graph);
  const { nodeItems, sizeOf, weight } = itemWeights(view, comms);

  const reached = new Set<string>(twoStep(view, members, Number.POSITIVE_INFINITY).nodes);
  const itemReached = new Map<string, number>();
  const markReached = (n: string): void => {
    reached.add(n);
    for (const x of nodeItems(n)) itemReached.set(x, (itemReached.get(x) ?? 0) + 1);
  };
  for (const n of [...reached]) {
    reached.delete(n);
    markReached(n);
  }

  // Each candidate's two-step nodes the coalition does not reach yet (computed when first needed).
  const fresh = new Map<string, string[]>();
  const capped = new Set<string>();
  const weights = new Map<string, number>();
  const freshOf = (c: string): string[] => {
    let list = fresh.get(c);
    if (list === undefined) {
      const r = twoStep(view, [c], cap);
      if (r.capped) capped.add(c);
      list = r.nodes.filter((n) => !reached.has(n)).sort(compareIds);
      for (const n of list) if (!weights.has(n)) weights.set(n, weight(n));
      fresh.set(c, list);
    }
    return list;
  };

  // Recruitable now: candidates with a direct positive tie to the coalition (members, then picks).
  const candidateSet = new Set(candidates);
  const eligible = new Set<string>();
  const openUp = (n: string): void => {
    view.forEachNeighbor(n, (w) => {
      if (candidateSet.has(w)) eligible.add(w);
    });
  };
  for (const m of members) openUp(m);

  // Broker order among non-member candidates (higher betweenness, then lower constraint, then id;
  // for the reasons and the ties between equal gains). Each candidate's two figures are read once.
  const bets = Float64Array.from(candidates, (id) => st[id]?.betweenness ?? 0);
  const cons = Float64Array.from(candidates, (id) => st[id]?.constraint ?? Number.POSITIVE_INFINITY);
  const brokerOrder = Array.from(candidates, (_id, i) => i)
    .sort((a, b) => (bets[b] ?? 0) - (bets[a] ?? 0) || (cons[a] ?? 0) - (cons[b] ?? 0) || compareIds(candidates[a] ?? "", candidates[b] ?? ""))
    .map((i) => candidates[i] ?? "");
  const brokerRank = new Map(brokerOrder.map((id, i) => [id, i + 1] as const));

  const picked: Recruit[] = [];
  const remaining = new Set(candidates);
  const gainOf = (c: string): number => {
    let g = 0;
    for (const n of freshOf(c)) if (!reached.has(n)) g += weights.get(n) ?? weight(n);
    return round(g);
  };
  // A candidate's gain only falls as the reach grows (the same weights, fewer of them, summed in the
  // same order, then rounded), so its last gain bounds it: one whose bound cannot beat the best gain
  // of the round so far is not recomputed — the same picks as recomputing every gain every round.
  const bound = new Map<string, number>();
  while (picked.length < k && remaining.size > 0) {
    let best: string | undefined;
    let bestGain = -1;
    for (const c of brokerOrder) {
      if (!remaining.has(c) || !eligible.has(c)) continue;
      if ((bound.get(c) ?? Number.POSITIVE_INFINITY) <= bestGain) continue;
      const gain = gainOf(c);
      bound.set(c, gain);
      if (gain > bestGain) {
        bestGain = gain;
        best = c;
      }
    }
    if (best === undefined) break;
    // Nobody left adds reach or brokers between anyone: stop rather than list people who add nothing.
    if (bestGain <= 0 && (st[best]?.betweenness ?? 0) <= 0) break;
    remaining.delete(best);
    openUp(best);
    const newNodes = freshOf(best).filter((n) => !reached.has(n));
    const before = new Map(itemReached);
    for (const n of newNodes) markReached(n);
    const added = itemsAdded(before, itemReached, sizeOf);
    picked.push(describe(graph, best, bestGain, newNodes.length, added, st, commLabel, areaName, brokerRank.get(best) ?? 0, capped.has(best)));
  }
  return picked;
}

function describe(
  graph: CoalitionGraph,
  id: string,
  gain: number,
  newlyReached: number,
  addedItems: { item: string; gained: number; size: number; before: number }[],
  st: Record<string, NodeStanding>,
  commLabel: Map<number, { label: string; size: number }>,
  areaName: Map<string, string>,
  brokerRank: number,
  capped: boolean,
): Recruit {
  const a = graph.getNodeAttributes(id);
  const added = addedItems.map((x) => x.item);
  const org = a.kind === "person" && a.organization && graph.hasNode(a.organization) ? graph.getNodeAttributes(a.organization) : undefined;
  const adds = {
    communities: added.filter((x) => x.startsWith("c:")).map((x) => Number(x.slice(2))).sort((p, q) => p - q),
    sectors: added.filter((x) => x.startsWith("s:")).map((x) => x.slice(2)),
    areas: added.filter((x) => x.startsWith("a:")).map((x) => areaName.get(x.slice(2)) ?? x.slice(2)),
  };
  const kind = influenceKind(a, org);
  const s = st[id];
  const betweenness = s?.betweenness ?? 0;
  const constraint = s?.constraint ?? null;
  const reasons: string[] = [];
  const name = (item: string): string => {
    const key = item.slice(2);
    if (item.startsWith("c:")) {
      const info = commLabel.get(Number(key));
      return info ? `the "${info.label}" community` : `community ${key}`;
    }
    if (item.startsWith("s:")) return `the ${key} sector`;
    return `area ${areaName.get(key) ?? key}`;
  };
  if (newlyReached > 0) {
    const parts = addedItems
      .slice(0, 4)
      .map((x) => `${x.gained} of the ${x.size} in ${name(x.item)}${x.before === 0 ? " (none reached today)" : ""}`);
    reasons.push(
      `brings ${newlyReached === 1 ? "1 more person or organization" : `${newlyReached} more people and organizations`} within two steps of the coalition` +
        (parts.length ? `: ${parts.join("; ")}` : ""),
    );
  } else {
    reasons.push("adds no one the coalition cannot already reach in two steps; chosen as a broker");
  }
  reasons.push(`broker score ${betweenness.toFixed(3)} (betweenness: how often they sit between others), #${brokerRank} among non-members`);
  if (constraint !== null && constraint < 0.5) reasons.push(`ties into groups that do not know each other (constraint ${constraint.toFixed(2)}: low = free to broker)`);
  if (kind) reasons.push(`influential community member: ${kind}${a.role ? ` (${a.role})` : ""}`);
  if (a.status === "prospect") reasons.push("already on the prospect list");
  if (capped) reasons.push("very large neighbourhood: only part of it was examined");
  const r: Recruit = {
    id,
    label: a.label || id,
    kind: a.kind,
    adds,
    gain,
    newlyReached,
    betweenness,
    constraint,
    influential: kind !== undefined,
    reasons,
  };
  if (kind) r.influenceKind = kind;
  return r;
}
