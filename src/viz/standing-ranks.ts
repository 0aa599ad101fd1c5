/**
 * Where every node stands on each measure, prepared once per analysis so that a click answers at
 * once: each measure's values sorted (a node's "higher than 80% of the network" is then two binary
 * searches, not a pass over every node), and the five top brokers of the Details summary (not a
 * sort of every node). Computed in the analysis worker beside each analysis it posts and kept in
 * the page by the report's `nodes` list (`keepRanks`); computed here when an analysis came without
 * them (the shared viewer). At 50,000 people the passes these replace took 0.1–0.7 s of a click
 * and 0.1–0.5 s of the summary (docs/performance.md, stop 16). No DOM here.
 */
import { phraseOf, type MeasureKey } from "./panels/text/measure-words.js";
import { countSorted } from "../graph/utils/count-sorted.js";

/** The measures Details places among everyone's. */
export const RANKED_MEASURES: readonly MeasureKey[] = ["betweenness", "closeness", "pagerank", "eigenvector", "constraint", "effectiveSize"];

/** How many top brokers the Details summary names. */
export const TOP_BROKERS = 5;

/** One measure over every node: its values (nulls and NaNs left out) in ascending order. */
export interface MeasureRank {
  sorted: Float64Array;
  /** How many nodes have a value (not null; NaNs counted, as `measureValues` keeps them). */
  count: number;
}

export interface StandingRanks {
  measures: Record<MeasureKey, MeasureRank>;
  /** The highest betweenness first, ties by id: the first TOP_BROKERS (fewer in a smaller network). */
  topBrokers: string[];
}

/** What is read of a report node. */
export type RankedNode = { id: string } & { [K in MeasureKey]: number | null } & { betweenness: number };

function rankOf(nodes: readonly RankedNode[], key: MeasureKey): MeasureRank {
  const values = new Float64Array(nodes.length);
  let n = 0;
  let count = 0;
  for (const node of nodes) {
    const v = node[key];
    if (v === null) continue;
    count++;
    if (Number.isNaN(v)) continue;
    values[n++] = v;
  }
  const sorted = values.slice(0, n);
  sorted.sort();
  return { sorted, count };
}

/** The Details summary's order of brokers: betweenness descending, then id. */
function brokerOrder(x: RankedNode, y: RankedNode): number {
  return y.betweenness - x.betweenness || (x.id < y.id ? -1 : 1);
}

/** The first `k` nodes in `brokerOrder`, in one pass (the same as sorting every node and taking `k`). */
export function topBrokers(nodes: Iterable<RankedNode>, k = TOP_BROKERS): string[] {
  const top: RankedNode[] = [];
  for (const node of nodes) {
    const last = top[top.length - 1];
    if (top.length >= k && last && brokerOrder(node, last) >= 0) continue;
    let i = top.length;
    while (i > 0) {
      const before = top[i - 1];
      if (!before || brokerOrder(node, before) >= 0) break;
      i--;
    }
    top.splice(i, 0, node);
    if (top.length > k) top.pop();
  }
  return top.map((n) => n.id);
}

/** The ranks of an analysis's report nodes (see the module comment). */
export function standingRanks(nodes: readonly RankedNode[]): StandingRanks {
  // Details reads the standing map (the last record of an id wins): the same here.
  const byId = new Map<string, RankedNode>();
  for (const node of nodes) byId.set(node.id, node);
  const unique = byId.size === nodes.length ? nodes : [...byId.values()];
  const measures = {} as Record<MeasureKey, MeasureRank>;
  for (const key of RANKED_MEASURES) measures[key] = rankOf(unique, key);
  return { measures, topBrokers: topBrokers(unique) };
}

/**
 * How many values are on the weaker side of `value` (below it; above it for constraint, where low
 * is the broker's side) and how many equal it: what `standingPhrase` counts in a pass over all.
 */
export function weakerAndSame(rank: MeasureRank, key: MeasureKey, value: number): { under: number; same: number } {
  if (Number.isNaN(value)) return { under: 0, same: 0 };
  const below = countSorted(rank.sorted, value, true);
  const atMost = countSorted(rank.sorted, value, false);
  return { under: key === "constraint" ? rank.sorted.length - atMost : below, same: atMost - below };
}

/** Where a report's ranks came from: the analysis worker, or computed in this page. */
export type RanksSource = "worker" | "page";

/** Ranks kept by the report's `nodes` list they were made of (one per analysis, refined ones too). */
const kept = new WeakMap<readonly object[], { ranks: StandingRanks; from: RanksSource }>();

/** The worker's ranks for an analysis's report nodes, kept for `ranksOf`. */
export function keepRanks(nodes: readonly object[], ranks: StandingRanks): void {
  kept.set(nodes, { ranks, from: "worker" });
}

/** The ranks of these report nodes: the worker's, or computed once here. */
export function ranksOf(nodes: readonly RankedNode[]): StandingRanks {
  let k = kept.get(nodes);
  if (!k) kept.set(nodes, (k = { ranks: standingRanks(nodes), from: "page" }));
  return k.ranks;
}

/** Where the ranks of these report nodes came from (null: not asked for yet). */
export function ranksSource(nodes: readonly object[]): RanksSource | null {
  return kept.get(nodes)?.from ?? null;
}

/** `standingPhrase(key, value, every node's values)`, from the ranks: "higher than 80% of the network". */
export function rankedPhrase(ranks: StandingRanks, key: MeasureKey, value: number | null): string {
  if (value === null) return "";
  const rank = ranks.measures[key];
  const { under, same } = weakerAndSame(rank, key, value);
  return phraseOf(key, under, same, rank.count);
}
