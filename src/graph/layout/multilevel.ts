/**
 * A multilevel, community-aware layout (in the spirit of Graphviz's sfdp and of FM³, Hachul &
 * Jünger 2004: lay out a coarse graph first, then refine): the first picture of the map, computed
 * in the analysis worker (no DOM here).
 *  1. The community graph (one node per community, ties weighted by the ties between communities)
 *     is laid out with ForceAtlas2, each community a disc sized by its membership
 *     (place-communities.ts).
 *  2. Each community's members are laid out inside its disc with ForceAtlas2 on the ties inside it
 *     (place-members.ts).
 *  3. Small networks only (up to 500 nodes): ForceAtlas2 over the whole network lets the ties
 *     between communities bend the picture, as the first picture always did (refine.ts).
 * Seeded throughout: the same network and communities give the same positions, every time, in
 * whatever order the rows came.
 */
import { positiveView } from "../model.js";
import type { CoalitionGraph } from "../types.js";
import { compareIds } from "../utils/compare-ids.js";
import { communityGraph } from "./community-graph.js";
import { placeCommunities } from "./place-communities.js";
import { type InsideTie, placeMembers } from "./place-members.js";
import { refine } from "./refine.js";
import type { Positions } from "./types.js";

export const MULTILEVEL_DEFAULTS = { seed: 7 } as const;

export interface MultilevelOptions {
  seed?: number;
  /** ForceAtlas2 iterations on the community graph of `communities` communities. */
  communityIterations?: (communities: number) => number;
  /** ForceAtlas2 iterations inside a community of `members` nodes. */
  memberIterations?: (members: number) => number;
  /** ForceAtlas2 iterations over the whole network of `order` nodes, at the end. */
  refineIterations?: (order: number) => number;
}

/**
 * Iterations on the community graph: one iteration costs about communities² / 2 pushes, so 300 up
 * to about 300 communities, then fewer (3 × 10⁷ ÷ communities²), at least 20.
 */
export function communityIterations(communities: number): number {
  return Math.max(20, Math.min(300, Math.round(3e7 / communities ** 2)));
}

/**
 * Iterations inside a community of `members` nodes: one iteration costs about members² / 2
 * pushes, so bigger communities get fewer (about 3,000 ÷ members), between 10 and 150.
 */
export function memberIterations(members: number): number {
  return Math.max(10, Math.min(150, Math.round(3000 / members)));
}

/**
 * Iterations over the whole network at the end: 500 up to 500 nodes (the picture small networks
 * always had), none above. On larger networks a whole-network ForceAtlas2 costs seconds and
 * smears the communities back into one disc (the ties between communities pull every member
 * towards the middle); the live layout (src/viz/layout.ts) stays available for it.
 */
export const REFINE_LIMIT = 500;
export function refineIterations(order: number): number {
  return order <= REFINE_LIMIT ? 500 : 0;
}

/** Positions for every node of `graph`, given each node's community in `assignment`. */
export function multilevelPositions(graph: CoalitionGraph, assignment: Record<string, number>, options: MultilevelOptions = {}): Positions {
  const seed = options.seed ?? MULTILEVEL_DEFAULTS.seed;
  const view = positiveView(graph);
  const nodes = view.nodes().sort(compareIds);
  // Nodes without a community (communities() gives every node one) each get one of their own.
  let spare = 0;
  for (const c of Object.values(assignment)) spare = Math.max(spare, c + 1);
  const communityOf = new Map<string, number>();
  const membersOf = new Map<number, string[]>();
  for (const n of nodes) {
    const c = assignment[n] ?? spare++;
    communityOf.set(n, c);
    const list = membersOf.get(c);
    if (list) list.push(n);
    else membersOf.set(c, [n]);
  }
  const of = (n: string): number => communityOf.get(n) ?? -1;
  const sizes = new Map([...membersOf].map(([c, m]) => [c, m.length]));
  const coarse = communityGraph(view, of, sizes);
  placeCommunities(coarse, seed, (options.communityIterations ?? communityIterations)(coarse.order));

  const insideOf = new Map<number, InsideTie[]>();
  view.forEachEdge((_e, a, s, t) => {
    const c = of(s);
    if (c !== of(t)) return;
    const tie: InsideTie = compareIds(s, t) < 0 ? [s, t, a.weight] : [t, s, a.weight];
    const list = insideOf.get(c);
    if (list) list.push(tie);
    else insideOf.set(c, [tie]);
  });
  const iterationsFor = options.memberIterations ?? memberIterations;
  const out: Positions = {};
  coarse.forEachNode((key, a) => {
    const c = Number(key);
    const members = membersOf.get(c) ?? [];
    const ties = (insideOf.get(c) ?? []).sort((p, q) => compareIds(p[0], q[0]) || compareIds(p[1], q[1]));
    placeMembers(members, ties, { x: a.x, y: a.y, radius: a.size }, seed + c + 1, iterationsFor(members.length), out);
  });
  const iterations = (options.refineIterations ?? refineIterations)(nodes.length);
  return iterations > 0 ? refine(view, out, iterations) : out;
}
