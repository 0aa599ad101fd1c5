/**
 * Coalition Map — bad history: factions, neutral facilitators and poor askers.
 *
 * In the organizer's words: the people and organizations with bad history (conflict, distrust,
 * rivalry …) fall into sides — who is at odds with whom, and who sticks together. For each knot
 * of bad history we show the two sides, the negative ties between them, how many ties do not fit
 * that picture, and the people who are on good terms with both sides and at odds with neither —
 * the neutral facilitators who could convene them. People with bad history are poor askers: an
 * ask carried by them may close doors.
 *
 * Precise definition (structural balance, Cartwright & Harary 1956; the frustration index of a
 * signed graph, Harary 1959; Zaslavsky 1987). Involved nodes = every node with a negative tie.
 * Ties are counted once per pair of nodes (parallel ties merged, as in `positiveView` and
 * `conflictView`): a pair with a negative tie is a negative pair, a pair with a positive tie a
 * positive pair (a pair with both counts in both). A group = a connected component of the
 * involved nodes joined by their negative and positive pairs (so two police officers who work
 * together and each have bad history with a grassroots leader form one group). For each group,
 * we look for a 2-way partition (sides) minimizing the frustration = negative pairs inside a side
 * + positive pairs across sides. Ties are unweighted (each pair counts 1), as in the classic
 * frustration index.
 *  - Groups of at most `exactLimit` nodes (default 20): exact, by enumerating all 2^(n−1)
 *    partitions in Gray-code order with O(degree) updates. Among optimal partitions, fewer
 *    negative pairs inside a side wins (enemies kept apart first), then the first in
 *    enumeration order (nodes in id order), so the answer is deterministic.
 *  - Larger groups: a deterministic HEURISTIC (not guaranteed optimal): a BFS signed 2-colouring
 *    (a negative pair puts its ends on opposite sides, a positive pair on the same side; nodes
 *    visited in id order), then greedy single-node moves (nodes in id order, move when it lowers
 *    the frustration) until no move helps. `exact` says which one was used.
 * Two sides per group is the classic structural-balance answer (a balanced signed graph splits
 * into at most two mutually hostile camps); weak balance with more clusters (Davis 1967) is not
 * used.
 *
 * Sides: the larger side first (ties: the side holding the smaller id), ids sorted. A side's
 * label is its most common organization (an organization counts for itself, a person for their
 * organization), else its member with most negative ties.
 *
 * Neutral facilitators of a group: people outside the group's sides with at least one positive
 * tie into each side and no negative tie to anyone on either side, where a side also reaches its
 * members' affiliates (the organization of a person on the side, the staff of an organization
 * on the side — unless claimed by both sides; affiliates are not neutral themselves); ranked by min(ties to side A,
 * ties to side B) descending, then the summed strength of those ties, then the total count,
 * then id. Poor askers: people with at least one negative tie, ranked by the number of distinct
 * people/organizations they have bad history with (descending), then id.
 *
 * References: Cartwright, D. & Harary, F. (1956). Structural balance: a generalization of
 * Heider's theory. Psychological Review 63(5):277-293. Harary, F. (1959). On the measurement of
 * structural balance. Behavioral Science 4(4):316-323.
 */
import { conflictView, positiveView } from "./model.js";
import { staffIndex } from "./services.js";
import { UndirectedGraph } from "graphology";
import { connectedComponents } from "graphology-components";
import type { CoalitionGraph, TieView } from "./types.js";
import { assertCoalitionGraph } from "./utils/assert-coalition-graph.js";
import { compareIds } from "./utils/compare-ids.js";

export interface NegativeTie {
  source: string;
  target: string;
  type: string;
  sourceLabel: string;
  targetLabel: string;
  /** True when the tie runs between the two sides (fits the partition). */
  across: boolean;
}

export interface Facilitator {
  id: string;
  label: string;
  reasons: string[];
  /** The group this facilitator can bridge. */
  group: number;
  /** Positive ties to each side. */
  tiesToSides: [number, number];
  /** Summed strength of those ties. */
  strength: number;
}

export interface ConflictGroup {
  id: number;
  sides: [string[], string[]];
  sideLabels: string[];
  /** The original negative ties inside the group, sorted by source, target, type. */
  negativeTies: NegativeTie[];
  /** Pairs that break the partition: negative pairs inside a side + positive pairs across. */
  frustration: number;
  negativeInside: number;
  positiveAcross: number;
  /** True when the partition is a proven minimum (enumeration), false for the heuristic. */
  exact: boolean;
  facilitators: Facilitator[];
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
  /** Largest group solved exactly by enumeration (2^(n−1) partitions). Default 20, max 26. */
  exactLimit?: number;
  /** Most facilitators listed per group. Default 5. */
  maxFacilitators?: number;
}

export const CONFLICT_DEFAULTS = { exactLimit: 20, maxFacilitators: 5, scope: "involved" } as const;

/** A signed simple graph over a group's nodes, indexed 0..n−1 (nodes in id order). */
interface SignedGroup {
  nodes: string[];
  /** adjacency: [neighbour index, sign(+1|-1)] — a pair with both signs appears twice. */
  adj: [number, 1 | -1][][];
}

/** The signed ties of node `i` of a group (throws for an index outside the group: a bug). */
function tiesOf(g: SignedGroup, i: number): [number, 1 | -1][] {
  const list = g.adj[i];
  if (list === undefined) throw new Error(`conflictFactions: node index ${i} is outside its group.`);
  return list;
}

/** The signed group of `nodes`: their negative ties and the positive ties among them, by index. */
function signedGroup(nodes: string[], neg: TieView, pos: TieView): SignedGroup {
  const index = new Map(nodes.map((n, i) => [n, i]));
  const adj = nodes.map((x) => {
    const list: [number, 1 | -1][] = [];
    const add = (y: string, sign: 1 | -1): void => {
      const j = index.get(y);
      if (j !== undefined) list.push([j, sign]);
      else if (sign < 0) throw new Error(`conflictFactions: "${y}" has a negative tie into the group but is not in it.`);
    };
    if (neg.hasNode(x)) neg.forEachNeighbor(x, (y) => add(y, -1));
    pos.forEachNeighbor(x, (y) => add(y, 1));
    return list.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  });
  return { nodes, adj };
}

/** Frustration pieces of a side assignment. */
function score(g: SignedGroup, side: Uint8Array): { negInside: number; posAcross: number } {
  let negInside = 0;
  let posAcross = 0;
  g.adj.forEach((list, i) => {
    for (const [j, s] of list) {
      if (j <= i) continue;
      const same = side[i] === side[j];
      if (s < 0 && same) negInside++;
      if (s > 0 && !same) posAcross++;
    }
  });
  return { negInside, posAcross };
}

/** Exact minimum by Gray-code enumeration; node 0 stays on side 0. */
function exactPartition(g: SignedGroup): Uint8Array {
  const n = g.nodes.length;
  const side = new Uint8Array(n);
  let { negInside, posAcross } = score(g, side);
  let best = side.slice();
  let bestF = negInside + posAcross;
  let bestNeg = negInside;
  const total = 2 ** (n - 1);
  for (let k = 1; k < total; k++) {
    // Gray code: flip the bit of the lowest set bit of k; bit b ↔ node b+1.
    let b = 0;
    while (((k >> b) & 1) === 0) b++;
    const v = b + 1;
    for (const [j, s] of tiesOf(g, v)) {
      const sameBefore = side[v] === side[j];
      if (s < 0) negInside += sameBefore ? -1 : 1;
      else posAcross += sameBefore ? 1 : -1;
    }
    side[v] = side[v] === 0 ? 1 : 0;
    const f = negInside + posAcross;
    if (f < bestF || (f === bestF && negInside < bestNeg)) {
      bestF = f;
      bestNeg = negInside;
      best = side.slice();
    }
  }
  return best;
}

/** Heuristic: signed BFS colouring, then greedy single-node moves until none helps. */
function heuristicPartition(g: SignedGroup): Uint8Array {
  const n = g.nodes.length;
  const side = new Uint8Array(n);
  const seen = new Uint8Array(n);
  for (let start = 0; start < n; start++) {
    if (seen[start]) continue;
    seen[start] = 1;
    const queue = [start];
    for (const i of queue) {
      // Neighbours in index (= id) order; negative pairs first decide.
      const list = tiesOf(g, i).slice().sort((x, y) => x[1] - y[1] || x[0] - y[0]);
      const si = side[i] ?? 0;
      for (const [j, s] of list) {
        if (seen[j]) continue;
        seen[j] = 1;
        side[j] = s < 0 ? 1 - si : si;
        queue.push(j); // the loop visits it: an array iterator sees pushed elements
      }
    }
  }
  let improved = true;
  while (improved) {
    improved = false;
    for (let i = 0; i < n; i++) {
      let bad = 0;
      let good = 0;
      for (const [j, s] of tiesOf(g, i)) {
        const same = side[i] === side[j];
        if ((s < 0 && same) || (s > 0 && !same)) bad++;
        else good++;
      }
      if (bad > good) {
        side[i] = side[i] === 0 ? 1 : 0;
        improved = true;
      }
    }
  }
  return side;
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

/** Bad-history factions, neutral facilitators and poor askers (see the module comment). */
export function conflictFactions(graph: CoalitionGraph, options: ConflictOptions = {}): ConflictResult {
  assertCoalitionGraph(graph, "conflictFactions");
  const exactLimit = options.exactLimit ?? CONFLICT_DEFAULTS.exactLimit;
  if (!Number.isInteger(exactLimit) || exactLimit < 1 || exactLimit > 26)
    throw new Error("conflictFactions: option `exactLimit` must be an integer from 1 to 26.");
  const maxFacilitators = options.maxFacilitators ?? CONFLICT_DEFAULTS.maxFacilitators;
  if (!Number.isInteger(maxFacilitators) || maxFacilitators < 0)
    throw new Error("conflictFactions: option `maxFacilitators` must be a whole number ≥ 0.");

  const scope = options.scope ?? CONFLICT_DEFAULTS.scope;
  if (scope !== "involved" && scope !== "all") throw new Error('conflictFactions: option `scope` must be "involved" or "all".');
  const neg = conflictView(graph);
  const pos = positiveView(graph);
  const label = (n: string): string => graph.getNodeAttribute(n, "label") ?? n;
  const involved = neg.nodes().sort(compareIds);
  const staff = involved.length > 0 ? staffIndex(graph) : new Map<string, string[]>();

  const groupNodes = conflictGroups(neg, pos, involved, scope);

  const groups: ConflictGroup[] = groupNodes.map((nodes, gid) => {
    const sg = signedGroup(nodes, neg, pos);
    const exact = nodes.length <= exactLimit;
    const side = exact ? exactPartition(sg) : heuristicPartition(sg);
    const { negInside, posAcross } = score(sg, side);
    let s0 = nodes.filter((_n, i) => side[i] === 0);
    let s1 = nodes.filter((_n, i) => side[i] === 1);
    const [first0, first1] = [s0[0], s1[0]];
    if (s1.length > s0.length || (first0 !== undefined && first1 !== undefined && s1.length === s0.length && compareIds(first1, first0) < 0))
      [s0, s1] = [s1, s0];
    const sides: [string[], string[]] = [s0, s1];
    const sideOf = new Map<string, number>();
    s0.forEach((n) => sideOf.set(n, 0));
    s1.forEach((n) => sideOf.set(n, 1));

    const negativeTies: NegativeTie[] = [];
    for (const x of nodes)
      graph.forEachEdge(x, (_e, a, s, t) => {
        if (a.sign !== -1 || s !== x) return;
        negativeTies.push({
          source: s,
          target: t,
          type: a.type,
          sourceLabel: label(s),
          targetLabel: label(t),
          across: sideOf.get(s) !== sideOf.get(t),
        });
      });
    negativeTies.sort((p, q) => compareIds(p.source, q.source) || compareIds(p.target, q.target) || compareIds(p.type, q.type));

    const sideLabels = sides.map((m) => sideLabel(graph, m, neg));
    return {
      id: gid,
      sides,
      sideLabels,
      negativeTies,
      frustration: negInside + posAcross,
      negativeInside: negInside,
      positiveAcross: posAcross,
      exact,
      facilitators: findFacilitators(graph, gid, sides, sideLabels, sideOf, staff, maxFacilitators),
    };
  });

  const poorAskers: PoorAsker[] = involved
    .filter((n) => graph.getNodeAttribute(n, "kind") === "person")
    .map((n) => {
      const others = neg.neighbors(n).sort(compareIds);
      return { id: n, label: label(n), negativeTies: others.length, with: others };
    })
    .sort((p, q) => q.negativeTies - p.negativeTies || compareIds(p.id, q.id));

  return {
    factions: groups.flatMap((g) => g.sides.filter((s) => s.length > 0).map((s) => s.slice())),
    groups,
    facilitators: groups.flatMap((g) => g.facilitators),
    poorAskers,
  };
}

function sideLabel(graph: CoalitionGraph, members: string[], neg: ReturnType<typeof conflictView>): string {
  if (members.length === 0) return "(nobody)";
  const counts = new Map<string, number>();
  for (const m of members) {
    const a = graph.getNodeAttributes(m);
    const org = a.kind === "organization" ? m : a.organization;
    if (org && graph.hasNode(org)) counts.set(org, (counts.get(org) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestC = 0;
  for (const [org, c] of [...counts].sort((p, q) => compareIds(p[0], q[0])))
    if (c > bestC) {
      best = org;
      bestC = c;
    }
  if (best === undefined) {
    const d = (n: string): number => (neg.hasNode(n) ? neg.degree(n) : 0);
    best = members.slice().sort((p, q) => d(q) - d(p) || compareIds(p, q))[0];
  }
  if (best === undefined) throw new Error("conflictFactions: a side has no member.");
  const name = graph.getNodeAttribute(best, "label") ?? best;
  return members.length === 1 ? name : `${name} side`;
}

function findFacilitators(
  graph: CoalitionGraph,
  gid: number,
  sides: [string[], string[]],
  sideLabels: string[],
  sideOf: Map<string, number>,
  staff: Map<string, string[]>,
  max: number,
): Facilitator[] {
  if (max === 0 || sides[0].length === 0 || sides[1].length === 0) return [];
  const pos = positiveView(graph);
  const neg = conflictView(graph);
  // A side reaches its members and their affiliates: the organization of a person on the side,
  // the staff of an organization on the side (not claimed by both sides, not in the group).
  const reach = new Map<string, number>(sideOf);
  const affiliateSide = new Map<string, number>();
  const claim = (n: string, side: number): void => {
    if (sideOf.has(n) || !graph.hasNode(n)) return;
    const prev = affiliateSide.get(n);
    affiliateSide.set(n, prev === undefined || prev === side ? side : -1);
  };
  sides.forEach((members, side) => {
    for (const m of members) {
      const org = graph.getNodeAttribute(m, "organization");
      if (org) claim(org, side);
      for (const p of staff.get(m) ?? []) claim(p, side);
    }
  });
  for (const [n, side] of affiliateSide) if (side >= 0) reach.set(n, side);
  const candidates = new Set<string>();
  for (const n of [...reach.keys()].sort(compareIds))
    pos.forEachNeighbor(n, (y) => {
      if (!reach.has(y) && !affiliateSide.has(y)) candidates.add(y);
    });
  const out: Facilitator[] = [];
  for (const c of [...candidates].sort(compareIds)) {
    const a = graph.getNodeAttributes(c);
    if (a.kind !== "person") continue;
    if (neg.hasNode(c) && neg.neighbors(c).some((y) => reach.has(y))) continue;
    const names: [string[], string[]] = [[], []];
    let strength = 0;
    pos.forEachEdge(c, (_e, ea, src, tgt) => {
      const y = src === c ? tgt : src;
      const s = reach.get(y);
      if (s === undefined) return;
      names[s as 0 | 1].push(graph.getNodeAttribute(y, "label") ?? y);
      strength += ea.weight;
    });
    if (names[0].length === 0 || names[1].length === 0) continue;
    const reasons = names.map((ns, i) => {
      const sorted = ns.slice().sort(compareIds);
      const shown = sorted.slice(0, 3).join(", ") + (sorted.length > 3 ? ` and ${sorted.length - 3} more` : "");
      return `Positive ties to ${ns.length} on ${sideLabels[i] ?? `side ${i + 1}`}: ${shown}`;
    });
    reasons.push("No bad history with anyone on either side");
    out.push({ id: c, label: a.label, reasons, group: gid, tiesToSides: [names[0].length, names[1].length], strength });
  }
  out.sort(
    (p, q) =>
      Math.min(q.tiesToSides[0], q.tiesToSides[1]) - Math.min(p.tiesToSides[0], p.tiesToSides[1]) ||
      q.strength - p.strength ||
      q.tiesToSides[0] + q.tiesToSides[1] - (p.tiesToSides[0] + p.tiesToSides[1]) ||
      compareIds(p.id, q.id),
  );
  return out.slice(0, max);
}
