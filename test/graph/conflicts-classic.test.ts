/**
 * conflictFactions on the classic signed networks (test/fixtures/datasets, see SOURCE.md): Read's
 * Gahuku-Gama highland tribes (three alliance blocs, 2 ties unexplained) and Sampson's monastery
 * (the Young Turks are not merged with the Outcasts). The same answers as signedPartition's own
 * tests (signed-partition.test.ts), reached through the coalition graph.
 */
import { describe, expect, it } from "vitest";
import { conflictFactions } from "../../src/graph/conflicts.js";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes } from "../../src/graph/model.js";
import type { CoalitionGraph } from "../../src/graph/types.js";
import { readCsv } from "../helpers/load-edge-list.js";

/** A signed graph of organizations (tribes) or people (monks) from [source, target, sign] rows. */
function signedGraph(nodes: Iterable<string>, edges: readonly (readonly [string, string, number])[], kind: "organization" | "person"): CoalitionGraph {
  const g = createCoalitionGraph({ format: "generic" });
  for (const n of nodes) g.addNode(n, nodeAttributes({ label: n, kind }));
  for (const [s, t, sign] of edges) addTie(g, s, t, edgeAttributes({ type: sign < 0 ? "hostile" : "knows", sign: sign < 0 ? -1 : 1 }));
  return g;
}

/** Unexplained ties of a partition, counted directly: negative pairs inside + positive pairs across. */
function unexplained(edges: readonly (readonly [string, string, number])[], factionOf: (id: string) => number): number {
  const seen = new Set<string>();
  let count = 0;
  for (const [s, t, sign] of edges) {
    const key = `${[s, t].sort().join("|")}|${sign < 0 ? "-" : "+"}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const same = factionOf(s) === factionOf(t);
    if ((sign < 0 && same) || (sign > 0 && !same)) count++;
  }
  return count;
}

const lookup = (sides: string[][]) => (id: string) => sides.findIndex((s) => s.includes(id));

describe("conflictFactions — Gahuku-Gama tribes (Read 1954)", () => {
  const names = new Map(readCsv("gahuku_statnet_vertices.csv").map((r) => [r.id!, r.label!]));
  const edges = readCsv("gahuku_statnet_edges.csv").map((r) => [names.get(r.source!)!, names.get(r.target!)!, Number(r.sign)] as const);
  const g = signedGraph(names.values(), edges, "organization");
  const published = [
    ["Alikadzuha", "Asarodzuha", "Gahuku", "Gehamo", "Masilakidzuha", "Ove", "Ukudzuha"],
    ["Kohika", "Nagamidzuha", "Notohana", "Seu've", "Uheto"],
    ["Gama", "Gaveve", "Kotuni", "Nagamiza"],
  ];

  it("has 58 signed ties, 29 of each sign", () => {
    expect(edges).toHaveLength(58);
    expect(edges.filter((e) => e[2] < 0)).toHaveLength(29);
  });

  it("every tribe (scope all): the three published alliance blocs, 2 ties unexplained, proven", () => {
    const grp = conflictFactions(g, { scope: "all" }).groups[0]!;
    expect(grp.sides).toEqual(published);
    expect(grp.exact).toBe(true);
    expect([grp.frustration, grp.negativeInside, grp.positiveAcross]).toEqual([2, 0, 2]);
    expect(unexplained(edges, lookup(grp.sides))).toBe(2);
    // Why three: one bloc leaves the 29 enmities, two sides 7, a fourth bloc explains nothing more.
    expect(grp.tried).toEqual([29, 7, 2, 2, 2, 2]);
    expect(grp.negativeTies.every((t) => t.across)).toBe(true);
  });

  it("two sides only: 7 unexplained (what the two-sided search reported)", () => {
    const grp = conflictFactions(g, { scope: "all", maxFactions: 2 }).groups[0]!;
    expect(grp.sides).toHaveLength(2);
    expect(grp.frustration).toBe(7);
    expect(unexplained(edges, lookup(grp.sides))).toBe(7);
  });

  it("default scope: the 15 tribes with an enmity form 3 blocs explaining every tie; Masilakidzuha leans to the first", () => {
    const grp = conflictFactions(g).groups[0]!;
    expect(grp.sides).toEqual(published.map((b) => b.filter((n) => n !== "Masilakidzuha")));
    expect(grp.frustration).toBe(0);
    expect(grp.tried).toEqual([29, 7, 0]);
    expect(grp.leaning).toEqual([{ id: "Masilakidzuha", label: "Masilakidzuha", faction: 0 }]);
  });

  it("the relocation heuristic alone (exactLimit 4) finds the same blocs", () => {
    const grp = conflictFactions(g, { scope: "all", exactLimit: 4 }).groups[0]!;
    expect(grp.exact).toBe(false);
    expect(grp.sides).toEqual(published);
  });
});

describe("conflictFactions — Sampson's monastery (like/dislike, three top choices each)", () => {
  const romauld = (s: string): string => (s === "Romauld" ? "Ramuald" : s);
  const group = new Map(readCsv("sampson_statnet_samplk3_vertices.csv").map((r) => [romauld(r.label!), r.group!]));
  const members = (x: string): string[] => [...group].filter(([, y]) => y === x).map(([n]) => n).sort();
  const [youngTurks, loyal, outcasts] = [members("Turks"), members("Loyal"), members("Outcasts")];
  const load = (file: string) => readCsv(file).map((r) => [r.source!, r.target!, Number(r.value)] as const);

  it("T3: the Young Turks, the Loyal Opposition and the Outcasts; enemies kept apart on a tie (Amand with the Outcasts)", () => {
    const edges = load("sampson_esna_affect_T3_edges.csv");
    const g = signedGraph(group.keys(), edges, "person");
    const grp = conflictFactions(g, { scope: "all" }).groups[0]!;
    expect(grp.sides).toEqual([youngTurks, [...loyal, "Ramuald", "Victor"].sort(), [...outcasts, "Amand"].sort()]);
    expect(grp.exact).toBe(true);
    // 13 unexplained with three factions, as few as signedPartition finds, with 1 enmity inside (not 2).
    expect([grp.frustration, grp.negativeInside, grp.positiveAcross]).toEqual([13, 1, 12]);
    expect(unexplained(edges, lookup(grp.sides))).toBe(13);
    expect(grp.tried).toEqual([40, 18, 13, 13, 13, 13]);
    // Default scope: Bonaventure (no dislike given or received) is not in a faction; he leans to the Loyal Opposition.
    const involved = conflictFactions(g).groups[0]!;
    expect(involved.sides.flat()).not.toContain("Bonaventure");
    expect(involved.leaning).toEqual([{ id: "Bonaventure", label: "Bonaventure", faction: involved.sides.findIndex((s) => s.includes("Peter")) }]);
  });

  it("T4 (Table D13): three factions; the Young Turks and the Outcasts are not merged", () => {
    const edges = load("sampson_esna_affect_T4_edges.csv");
    const grp = conflictFactions(signedGraph(group.keys(), edges, "person"), { scope: "all" }).groups[0]!;
    expect(grp.sides).toHaveLength(3);
    expect([grp.frustration, grp.negativeInside, grp.positiveAcross]).toEqual([10, 0, 10]);
    const of = lookup(grp.sides);
    const turks = of("Gregory");
    expect(outcasts.every((n) => of(n) !== turks)).toBe(true);
    expect(new Set(outcasts.map(of)).size).toBe(1);
    expect(new Set(loyal.map(of)).size).toBe(1);
    expect(of("Peter")).not.toBe(turks);
    expect(grp.tried.slice(0, 3)).toEqual([38, 13, 10]);
    // Two sides only: the Young Turks and the Outcasts end up together.
    const two = conflictFactions(signedGraph(group.keys(), edges, "person"), { scope: "all", maxFactions: 2 }).groups[0]!;
    const side = lookup(two.sides);
    expect(new Set([...youngTurks.filter((n) => n !== "John Bosco"), ...outcasts].map(side)).size).toBe(1);
  });
});
