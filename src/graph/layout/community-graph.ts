/**
 * The coarse level of the multilevel layout: one node per community (key: the community's number,
 * attribute `members`: how many nodes it has), one tie between two communities whose members are
 * tied, weighted by the sum of those ties' weights. Ties inside a community are left out (they do
 * not move communities). Communities and ties are added in a fixed order (community number, then
 * the two ends), so a layout of it is the same every time.
 */
import { UndirectedGraph } from "graphology";
import type { TieView } from "../types.js";

export type CommunityGraph = UndirectedGraph<{ x: number; y: number; members: number; size: number }, { weight: number }>;

/** `communityOf(node)` gives each node's community; `members` how many nodes each community has. */
export function communityGraph(view: TieView, communityOf: (node: string) => number, members: ReadonlyMap<number, number>): CommunityGraph {
  const weights = new Map<string, { a: number; b: number; weight: number }>();
  view.forEachEdge((_e, attr, s, t) => {
    const cs = communityOf(s);
    const ct = communityOf(t);
    if (cs === ct) return;
    const [a, b] = cs < ct ? [cs, ct] : [ct, cs];
    const key = `${a} ${b}`;
    const w = weights.get(key);
    if (w) w.weight += attr.weight;
    else weights.set(key, { a, b, weight: attr.weight });
  });
  const g: CommunityGraph = new UndirectedGraph();
  for (const c of [...members.keys()].sort((p, q) => p - q)) g.addNode(String(c), { x: 0, y: 0, members: members.get(c) ?? 0, size: 1 });
  const list = [...weights.values()].sort((p, q) => p.a - q.a || p.b - q.b);
  for (const { a, b, weight } of list) g.addEdge(String(a), String(b), { weight });
  return g;
}
