import { describe, expect, it } from "vitest";
import { measureValues, standingPhrase, type MeasureKey } from "../../src/viz/panels/text/measure-words.js";
import { keepRanks, rankedPhrase, ranksOf, RANKED_MEASURES, standingRanks, topBrokers, type RankedNode } from "../../src/viz/standing-ranks.js";
import type { NodeStanding } from "../../src/graph/standing.js";
import { mulberry32 } from "../../src/graph/utils/mulberry32.js";

/** A seeded generator: the same nodes every run. */
const rng = mulberry32;

type Node = RankedNode & NodeStanding;

/** Nodes whose values tie often (a few levels), with zeros, -0, nulls (isolates) and the odd NaN (closeness, PageRank). */
function nodes(n: number, seed: number): Node[] {
  const r = rng(seed);
  const value = (nan = false): number => {
    const x = r();
    if (x < 0.25) return 0;
    if (x < 0.3) return -0;
    if (x < 0.6) return Math.floor(r() * 5) / 4;
    if (nan && x < 0.601) return Number.NaN;
    return r();
  };
  const out: Node[] = [];
  for (let i = 0; i < n; i++) {
    const isolate = r() < 0.1;
    out.push({
      id: `n${Math.floor(r() * n * 3)}_${i}`,
      degree: 1,
      strength: 1,
      betweenness: r() < 0.3 ? 0 : Math.floor(r() * 8) / 8,
      closeness: value(true),
      pagerank: value(true),
      eigenvector: value(),
      constraint: isolate ? null : value(),
      effectiveSize: isolate ? null : value(),
    });
  }
  // One node above everyone (and below everyone on constraint): "the highest", "the least boxed in".
  const top = out[Math.floor(n / 2)];
  if (top && n > 2) Object.assign(top, { closeness: 10, pagerank: 10, eigenvector: 10, effectiveSize: 10, constraint: -5 });
  return out;
}

/** What Details said before the ranks: a pass over every value per measure, a sort for the brokers. */
function before(list: Node[]): { phrase: (key: MeasureKey, value: number | null) => string; top: string[] } {
  const standing = new Map(list.map((n) => [n.id, n]));
  const values = new Map(RANKED_MEASURES.map((k) => [k, measureValues(standing, k)]));
  const top = [...standing.values()]
    .sort((x, y) => y.betweenness - x.betweenness || (x.id < y.id ? -1 : 1))
    .slice(0, 5)
    .map((n) => n.id);
  return { phrase: (key, value) => standingPhrase(key, value, values.get(key) ?? []), top };
}

describe("standing ranks", () => {
  for (const [n, seed] of [[0, 1], [1, 2], [2, 3], [7, 4], [300, 5], [3000, 6]] as const) {
    it(`say the same as a pass over every node (${n} nodes)`, () => {
      const list = nodes(n, seed);
      const old = before(list);
      // As posted by the worker: a structured clone.
      const ranks = structuredClone(standingRanks(list));
      let phrases = 0;
      for (const node of list)
        for (const key of RANKED_MEASURES) {
          expect(rankedPhrase(ranks, key, node[key])).toBe(old.phrase(key, node[key]));
          phrases++;
        }
      // Values that nobody has (between, below and above the others') are placed the same too.
      for (const key of RANKED_MEASURES) for (const v of [-1, 0.1, 0.3, 0.5, 2, Infinity, -Infinity, Number.NaN]) expect(rankedPhrase(ranks, key, v)).toBe(old.phrase(key, v));
      expect(ranks.topBrokers).toEqual(old.top);
      expect(phrases).toBe(n * RANKED_MEASURES.length);
    });
  }

  it("phrases cover every case somewhere (highest, lowest, tied lowest, percentages)", () => {
    const list = nodes(3000, 6);
    const ranks = standingRanks(list);
    const said = new Set(list.flatMap((node) => RANKED_MEASURES.map((k) => rankedPhrase(ranks, k, node[k]).replace(/\d+%/g, "N%"))));
    for (const p of ["the highest in the network", "the least boxed in of the network", "the lowest in the network, tied with N% of it", "the most boxed in of the network, tied with N% of it", "higher than N% of the network", "less boxed in than N% of the network", ""]) expect(said).toContain(p);
  });

  it("duplicate ids count once, the last record winning (as the page's standing map)", () => {
    const list = nodes(50, 9);
    const twice = [...list, { ...list[3]!, betweenness: 99, closeness: 5 }];
    const old = before(twice);
    const ranks = standingRanks(twice);
    expect(ranks.topBrokers).toEqual(old.top);
    expect(ranks.topBrokers[0]).toBe(list[3]!.id);
    for (const key of RANKED_MEASURES) for (const node of twice) expect(rankedPhrase(ranks, key, node[key])).toBe(old.phrase(key, node[key]));
  });

  it("top brokers in one pass equal the sort's first k", () => {
    const list = nodes(500, 11);
    for (const k of [1, 3, 5, 20]) {
      const sorted = [...list].sort((x, y) => y.betweenness - x.betweenness || (x.id < y.id ? -1 : 1)).slice(0, k).map((n) => n.id);
      expect(topBrokers(list, k)).toEqual(sorted);
    }
  });

  it("keeps the worker's ranks by the report's nodes, and computes them once otherwise", () => {
    const list = nodes(20, 12);
    const mine = standingRanks(list);
    keepRanks(list, mine);
    expect(ranksOf(list)).toBe(mine);
    const other = nodes(20, 13);
    const made = ranksOf(other);
    expect(ranksOf(other)).toBe(made);
    expect(made.topBrokers).toEqual(before(other).top);
  });
});
