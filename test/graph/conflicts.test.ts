import { describe, expect, it } from "vitest";
import { conflictsAnalysis } from "../../src/graph/analyses/conflicts.js";
import { conflictFactions } from "../../src/graph/conflicts.js";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes } from "../../src/graph/model.js";
import type { MarkdownContext } from "../../src/graph/registry/types.js";
import type { CoalitionGraph, NodeAttributes } from "../../src/graph/types.js";
import { loadSample } from "../helpers/sample.js";

function node(g: CoalitionGraph, id: string, extra: Partial<NodeAttributes> = {}): void {
  g.addNode(id, nodeAttributes({ label: id.toUpperCase(), kind: "person", ...extra }));
}
const pos = (g: CoalitionGraph, a: string, b: string, type = "works_with", strength = 1): string =>
  addTie(g, a, b, edgeAttributes({ type, strength }));
const neg = (g: CoalitionGraph, a: string, b: string, type = "bad_history"): string =>
  addTie(g, a, b, edgeAttributes({ type, sign: -1 }));

describe("conflictFactions — structural balance", () => {
  it("a perfectly balanced signed graph: frustration 0 and the right sides", () => {
    const g = createCoalitionGraph();
    for (const id of ["p1", "p2", "p3", "g1", "g2"]) node(g, id);
    pos(g, "p1", "p2");
    pos(g, "p2", "p3");
    pos(g, "g1", "g2");
    neg(g, "p1", "g1");
    neg(g, "p3", "g2", "conflict");
    neg(g, "p2", "g2", "distrust");
    const r = conflictFactions(g);
    expect(r.groups).toHaveLength(1);
    const grp = r.groups[0]!;
    expect(grp.frustration).toBe(0);
    expect(grp.exact).toBe(true);
    expect(grp.sides).toEqual([
      ["p1", "p2", "p3"],
      ["g1", "g2"],
    ]);
    expect(r.factions).toEqual([
      ["p1", "p2", "p3"],
      ["g1", "g2"],
    ]);
    expect(grp.negativeTies.map((t) => `${t.source}-${t.target}:${t.type}:${t.across}`)).toEqual([
      "p1-g1:bad_history:true",
      "p2-g2:distrust:true",
      "p3-g2:conflict:true",
    ]);
    expect(grp.negativeTies[0]!.sourceLabel).toBe("P1");
  });

  it("an all-negative triangle: three factions explain it; two sides leave 1 tie unexplained", () => {
    const g = createCoalitionGraph();
    for (const id of ["a", "b", "c"]) node(g, id);
    neg(g, "a", "b");
    neg(g, "b", "c");
    neg(g, "a", "c");
    const grp = conflictFactions(g).groups[0]!;
    expect(grp.sides).toEqual([["a"], ["b"], ["c"]]);
    expect(grp.frustration).toBe(0);
    expect(grp.tried).toEqual([3, 1, 0]);
    expect(grp.negativeTies.every((t) => t.across)).toBe(true);
    const two = conflictFactions(g, { maxFactions: 2 }).groups[0]!;
    expect(two.frustration).toBe(1);
    expect(two.negativeInside).toBe(1);
    expect(two.sides.map((s) => s.length)).toEqual([2, 1]);
    expect(two.tried).toEqual([3, 1]);
  });

  it("only people with bad history are partitioned by default", () => {
    const g = createCoalitionGraph();
    for (const id of ["a", "b", "c"]) node(g, id);
    neg(g, "a", "b");
    pos(g, "b", "c");
    pos(g, "a", "c"); // c has no bad history: outside the sides (and a facilitator)
    const r = conflictFactions(g);
    expect(r.groups[0]!.sides).toEqual([["a"], ["b"]]);
    expect(r.groups[0]!.frustration).toBe(0);
    expect(r.facilitators.map((f) => f.id)).toEqual(["c"]);
    // scope "all" partitions c too: the triangle with one negative tie has frustration 1.
    const all = conflictFactions(g, { scope: "all" });
    expect(all.groups[0]!.frustration).toBe(1);
    expect(all.facilitators).toEqual([]);
  });

  it("a triangle with one negative tie (two positive) has frustration 1", () => {
    const g = createCoalitionGraph();
    for (const id of ["a", "b", "c", "d"]) node(g, id);
    neg(g, "a", "b");
    pos(g, "b", "c");
    pos(g, "a", "c");
    neg(g, "c", "d"); // c has bad history elsewhere, so all of a, b, c are involved
    const grp = conflictFactions(g).groups[0]!;
    expect(grp.sides.flat().sort()).toEqual(["a", "b", "c", "d"]);
    expect(grp.frustration).toBe(1);
    // Tie-break: keep enemies apart first (a positive tie crosses instead).
    expect(grp.negativeInside).toBe(0);
    expect(grp.positiveAcross).toBe(1);
  });

});

describe("conflictFactions — groups and the heuristic", () => {
  it("separate knots of bad history are separate groups", () => {
    const g = createCoalitionGraph();
    for (const id of ["a", "b", "c", "d", "x"]) node(g, id);
    neg(g, "a", "b");
    neg(g, "c", "d");
    pos(g, "a", "x"); // x is not involved: not part of any group
    const r = conflictFactions(g);
    expect(r.groups.map((gr) => gr.sides)).toEqual([
      [["a"], ["b"]],
      [["c"], ["d"]],
    ]);
    expect(r.factions).toEqual([["a"], ["b"], ["c"], ["d"]]);
  });

  it("the heuristic agrees with the exact answer on a balanced graph", () => {
    const g = createCoalitionGraph();
    for (const id of ["p1", "p2", "p3", "g1", "g2", "g3"]) node(g, id);
    pos(g, "p1", "p2");
    pos(g, "p2", "p3");
    pos(g, "g1", "g2");
    pos(g, "g2", "g3");
    neg(g, "p1", "g1");
    neg(g, "p3", "g3");
    neg(g, "p2", "g2");
    const exact = conflictFactions(g).groups[0]!;
    const heur = conflictFactions(g, { exactLimit: 2 }).groups[0]!;
    expect(heur.exact).toBe(false);
    expect(heur.frustration).toBe(0);
    expect(heur.sides).toEqual(exact.sides);
  });

});

describe("conflictFactions — facilitators, determinism and input", () => {
  it("finds a neutral facilitator; a person with bad history with one side is not one", () => {
    const g = createCoalitionGraph();
    node(g, "police", { kind: "organization", label: "Police Unit" });
    node(g, "grass", { kind: "organization", label: "Grassroots Network" });
    node(g, "officer", { organization: "police" });
    node(g, "chief", { organization: "police" });
    node(g, "organizer", { organization: "grass" });
    node(g, "pastor"); // knows both sides, no bad history
    node(g, "nurse"); // knows both sides but has bad history with the officer
    node(g, "clerk"); // knows only one side
    pos(g, "officer", "police", "member_of");
    pos(g, "chief", "police", "member_of");
    pos(g, "organizer", "grass", "member_of");
    neg(g, "officer", "organizer");
    neg(g, "police", "grass", "distrust");
    pos(g, "pastor", "chief", "knows", 3);
    pos(g, "pastor", "organizer", "knows", 2);
    pos(g, "nurse", "chief");
    pos(g, "nurse", "grass");
    neg(g, "nurse", "officer");
    pos(g, "clerk", "officer");
    const r = conflictFactions(g);
    // officer/police vs organizer/grass (nurse has bad history, so is involved too).
    expect(r.groups).toHaveLength(1);
    const grp = r.groups[0]!;
    const policeSide = grp.sides.find((s) => s.includes("officer"))!;
    expect(policeSide).toEqual(expect.arrayContaining(["officer", "police"]));
    expect(policeSide).not.toContain("organizer");
    expect(grp.sides.flat()).not.toContain("chief"); // no bad history: not partitioned …
    expect(grp.sideLabels).toContain("Police Unit side");
    // … but pastor reaches the police side through the chief (police staff).
    expect(grp.facilitators.map((f) => f.id)).toEqual(["pastor"]);
    expect(grp.facilitators[0]!.tiesToSides.slice().sort()).toEqual([1, 1]);
    expect(grp.facilitators[0]!.reasons.join(" ")).toMatch(/CHIEF/);
    expect(r.facilitators.map((f) => f.id)).toEqual(["pastor"]);
    // Poor askers: people with bad history, most first.
    expect(r.poorAskers.map((p) => [p.id, p.negativeTies])).toEqual([
      ["officer", 2],
      ["nurse", 1],
      ["organizer", 1],
    ]);
    expect(r.poorAskers[0]!.with).toEqual(["nurse", "organizer"]);
  });

  it("ranks facilitators by the weaker side first, then strength", () => {
    const g = createCoalitionGraph();
    for (const id of ["a1", "a2", "b1", "b2", "f1", "f2", "f3"]) node(g, id);
    pos(g, "a1", "a2");
    pos(g, "b1", "b2");
    neg(g, "a1", "b1");
    neg(g, "a2", "b2");
    // f1: 2 + 2 ties; f2: 1 + 1 strong; f3: 1 + 1 weak.
    for (const x of ["a1", "a2", "b1", "b2"]) pos(g, "f1", x);
    pos(g, "f2", "a1", "knows", 5);
    pos(g, "f2", "b2", "knows", 5);
    pos(g, "f3", "a2");
    pos(g, "f3", "b1");
    const grp = conflictFactions(g).groups[0]!;
    expect(grp.facilitators.map((f) => f.id)).toEqual(["f1", "f2", "f3"]);
    expect(conflictFactions(g, { maxFacilitators: 1 }).groups[0]!.facilitators).toHaveLength(1);
  });

  it("is deterministic under insertion order", () => {
    const build = (rev: boolean): CoalitionGraph => {
      const g = createCoalitionGraph();
      const ids = ["a", "b", "c", "d", "e"];
      for (const id of rev ? ids.slice().reverse() : ids) node(g, id);
      const ties: [string, string, number][] = [
        ["a", "b", -1],
        ["b", "c", -1],
        ["c", "a", -1],
        ["c", "d", 1],
        ["d", "e", -1],
      ];
      for (const [x, y, s] of rev ? ties.slice().reverse() : ties) (s < 0 ? neg : pos)(g, x, y);
      return g;
    };
    expect(JSON.stringify(conflictFactions(build(false)))).toBe(JSON.stringify(conflictFactions(build(true))));
  });

  it("no negative ties: empty result", () => {
    const g = createCoalitionGraph();
    node(g, "a");
    node(g, "b");
    pos(g, "a", "b");
    expect(conflictFactions(g)).toEqual({ factions: [], groups: [], facilitators: [], poorAskers: [] });
  });

  it("rejects bad input and options with a message naming the function", () => {
    expect(() => conflictFactions(null as unknown as CoalitionGraph)).toThrow(/conflictFactions/);
    expect(() => conflictFactions(createCoalitionGraph(), { exactLimit: 0 })).toThrow(/conflictFactions/);
    expect(() => conflictFactions(createCoalitionGraph(), { maxFactions: 0 })).toThrow(/conflictFactions: option `maxFactions`/);
    expect(() => conflictFactions(createCoalitionGraph(), { scope: "some" as "all" })).toThrow(/conflictFactions: option `scope`/);
  });
});

describe("conflictFactions — sample coalition (examples/README.md, situation 2)", () => {
  const r = conflictFactions(loadSample());
  const police = ["o-pd-svu", "p-angela-ruiz", "p-brian-mercer", "p-daniel-kowalski", "p-kevin-hollister", "p-tom-brandt"];
  const grassroots = [
    "o-survivors-collective",
    "o-tenants-union",
    "p-curtis-bell",
    "p-dolores-fuentes",
    "p-jamal-whitaker",
    "p-keisha-monroe",
    "p-marisol-vega",
    "p-renee-laurent",
    "p-ty-redcloud",
  ];
  it("splits the police unit and the grassroots groups with nothing breaking the partition", () => {
    const grp = r.groups.find((g) => g.sides.flat().includes("o-pd-svu"))!;
    expect(grp.frustration).toBe(0);
    expect(grp.sides.map((s) => s.slice().sort()).sort()).toEqual([grassroots, police].sort());
    expect(grp.negativeTies).toHaveLength(11);
    expect(grp.negativeTies.every((t) => t.across)).toBe(true);
    expect(grp.sideLabels).toContain("Riverbend PD Special Victims Unit side");
  });
  it("names Miriam Adeyemi as the first neutral facilitator, Evelyn Marsh second", () => {
    const grp = r.groups.find((g) => g.sides.flat().includes("o-pd-svu"))!;
    expect(grp.facilitators.map((f) => f.label)).toEqual(["Miriam Adeyemi", "Evelyn Marsh"]);
    expect(grp.facilitators[0]!.tiesToSides).toEqual([3, 3]);
  });
  it("keeps the Dolan–Whitfield bad history as its own group, two sides (enemies kept apart on a tie)", () => {
    expect(r.groups).toHaveLength(2);
    const dw = r.groups.find((g) => g.sides.flat().includes("p-frank-dolan"))!;
    // They also work together: one faction or two leave 1 tie unexplained; enemies apart wins.
    expect(dw.sides).toEqual([["p-frank-dolan"], ["p-harold-whitfield"]]);
    expect(dw.tried).toEqual([1, 1]);
    expect([dw.negativeInside, dw.positiveAcross]).toEqual([0, 1]);
  });
  it("two factions, proven; the facilitators bridge factions 0 and 1; leaning people are outside both", () => {
    const grp = r.groups.find((g) => g.sides.flat().includes("o-pd-svu"))!;
    expect(grp.sides).toHaveLength(2);
    expect(grp.tried).toEqual([11, 0]);
    expect(grp.exact).toBe(true);
    expect(grp.facilitators.map((f) => f.factions)).toEqual([[0, 1], [0, 1]]);
    const inside = new Set(grp.sides.flat());
    expect(grp.leaning.length).toBeGreaterThan(0);
    for (const l of grp.leaning) expect(inside.has(l.id), l.id).toBe(false);
    expect(grp.leaning.map((l) => l.id)).not.toContain("p-miriam-adeyemi"); // 3 ties to each: leans nowhere
  });
  it("lists every person on either side and Frank Dolan as poor askers", () => {
    const people = [...police, ...grassroots].filter((n) => n.startsWith("p-"));
    const askers = r.poorAskers.map((p) => p.id);
    for (const p of [...people, "p-frank-dolan"]) expect(askers).toContain(p);
    expect(askers).not.toContain("p-miriam-adeyemi");
  });
});

/** Blocs of people: a chain of positive ties in each bloc; every member has one negative tie to each other bloc. */
function hostileBlocs(sizes: number[]): { g: CoalitionGraph; blocs: string[][] } {
  const g = createCoalitionGraph();
  const blocs = sizes.map((n, b) => Array.from({ length: n }, (_x, i) => `${String.fromCharCode(97 + b)}${i}`));
  for (const bloc of blocs) {
    for (const id of bloc) node(g, id);
    bloc.forEach((id, i) => {
      if (i > 0) pos(g, bloc[i - 1]!, id);
    });
  }
  blocs.forEach((x, i) =>
    blocs.forEach((y, j) => {
      if (j <= i) return;
      for (let t = 0; t < Math.max(x.length, y.length); t++) neg(g, x[t % x.length]!, y[t % y.length]!);
    }),
  );
  return { g, blocs };
}

describe("conflictFactions — more than two factions", () => {
  it("three mutually hostile blocs: 3 factions, nothing unexplained (two sides leave 3 ties)", () => {
    const { g, blocs } = hostileBlocs([4, 3, 3]);
    const grp = conflictFactions(g).groups[0]!;
    expect(grp.sides).toEqual(blocs);
    expect(grp.frustration).toBe(0);
    expect(grp.exact).toBe(true);
    expect(grp.tried).toEqual([11, 3, 0]); // 11 enmities; two sides keep B–C's 3 inside
    expect(grp.sideLabels).toEqual(["A0 side", "B0 side", "C0 side"]);
    expect(grp.negativeTies.every((t) => t.across)).toBe(true);
    expect(conflictFactions(g).factions).toEqual(blocs);
  });

  it("four mutually hostile blocs: 4 factions, nothing unexplained; at most 3 leave some", () => {
    const { g, blocs } = hostileBlocs([3, 3, 3, 3]);
    const grp = conflictFactions(g).groups[0]!;
    expect(grp.sides).toEqual(blocs);
    expect(grp.frustration).toBe(0);
    expect(grp.tried).toEqual([18, 6, 3, 0]); // 3 enmities between every two blocs
    const three = conflictFactions(g, { maxFactions: 3 }).groups[0]!;
    expect(three.sides).toHaveLength(3);
    expect(three.frustration).toBe(3);
    expect(three.negativeTies.filter((t) => !t.across)).toHaveLength(3);
  });

  it("the heuristic (exactLimit 2) finds the same blocs", () => {
    const { g, blocs } = hostileBlocs([4, 3, 3]);
    const grp = conflictFactions(g, { exactLimit: 2 }).groups[0]!;
    expect(grp.exact).toBe(false);
    expect(grp.sides).toEqual(blocs);
  });

  it("names neutral facilitators for every pair of factions, ranked by the weaker faction first", () => {
    const { g } = hostileBlocs([3, 3, 3]);
    for (const id of ["fab", "fac", "fbc", "all", "one"]) node(g, id);
    // fab: A and B; fac: A and C; fbc: B and C (two ties to C).
    const ties = { fab: ["a1", "b1"], fac: ["a1", "c1"], fbc: ["b1", "c1", "c2"] };
    for (const [f, to] of Object.entries(ties)) for (const x of to) pos(g, f, x);
    for (const x of ["a1", "a2", "b1", "b2", "c1", "c2"]) pos(g, "all", x, "knows", 2);
    pos(g, "one", "a0"); // one faction only: not a facilitator
    const grp = conflictFactions(g).groups[0]!;
    const byPair = (i: number, j: number): string[] => grp.facilitators.filter((f) => f.factions[0] === i && f.factions[1] === j).map((f) => f.id);
    expect(byPair(0, 1)).toEqual(["all", "fab"]);
    expect(byPair(0, 2)).toEqual(["all", "fac"]);
    expect(byPair(1, 2)).toEqual(["all", "fbc"]);
    // One ranking over the group: 2 ties to each first, then strength (fbc: 3), then id.
    expect(grp.facilitators.map((f) => `${f.id}:${f.factions.join("-")}`)).toEqual(["all:0-1", "all:0-2", "all:1-2", "fbc:1-2", "fab:0-1", "fac:0-2"]);
    const fbc = grp.facilitators.find((f) => f.id === "fbc")!;
    expect(fbc.tiesToSides).toEqual([1, 2]);
    expect(fbc.reasons[0]).toMatch(/on B0 side: B1$/);
    expect(conflictFactions(g, { maxFacilitators: 1 }).groups[0]!.facilitators.map((f) => f.id)).toEqual(["all", "all", "all"]);
  });

  it("a faction reaches its members' organization: a facilitator through it", () => {
    const { g } = hostileBlocs([3, 3, 3]);
    node(g, "org", { kind: "organization", label: "Org" });
    node(g, "p");
    g.setNodeAttribute("c1", "organization", "org");
    pos(g, "p", "a1");
    pos(g, "p", "org"); // C1's organization (labels its faction): no bad history, so not in the group
    const grp = conflictFactions(g).groups[0]!;
    expect(grp.sides.flat()).not.toContain("org");
    expect(grp.facilitators.map((f) => [f.id, f.factions, f.tiesToSides])).toEqual([["p", [0, 2], [1, 1]]]);
    expect(grp.facilitators[0]!.reasons[1]).toBe("Positive ties to 1 on Org side: Org");
  });

  it("people without bad history lean to the faction holding most of their good ties, listed apart", () => {
    const { g } = hostileBlocs([3, 3, 3]);
    for (const id of ["x", "y", "z"]) node(g, id);
    pos(g, "x", "a0");
    pos(g, "x", "a1");
    pos(g, "x", "b0");
    pos(g, "y", "a0");
    pos(g, "y", "c0"); // as many ties to A as to C: leans nowhere
    pos(g, "z", "c2");
    pos(g, "z", "c2", "knows"); // a second tie to the same person counts once
    const grp = conflictFactions(g).groups[0]!;
    expect(grp.leaning).toEqual([
      { id: "x", label: "X", faction: 0 },
      { id: "z", label: "Z", faction: 2 },
    ]);
    expect(grp.sides.flat()).not.toContain("x");
  });
});

describe("conflicts — the Markdown section", () => {
  it("one line per faction, why that many, facilitators per pair of factions, leaning people; no empty noise", () => {
    const { g } = hostileBlocs([3, 3, 3]);
    for (const id of ["fab", "x"]) node(g, id);
    pos(g, "fab", "a1");
    pos(g, "fab", "b1");
    pos(g, "x", "c0");
    const label = (id: string): string => g.getNodeAttribute(id, "label");
    const md: MarkdownContext = { max: 10, summary: {} as MarkdownContext["summary"], nodes: [], name: label, names: (ids) => ids.map(label).join(", ") };
    const lines = conflictsAnalysis.markdown(conflictFactions(g), md);
    const section = lines.slice(0, lines.indexOf("People whose bad history makes them poor askers:"));
    expect(section).toEqual([
      "### Conflict 1: A0 side vs B0 side vs C0 side",
      "",
      "- Faction 1 (A0 side): A0, A1, A2",
      "- Faction 2 (B0 side): B0, B1, B2",
      "- Faction 3 (C0 side): C0, C1, C2",
      "- 9 negative ties; the 3 factions explain all of them.",
      "- Why 3 factions: ties that would not fit with fewer — 1 faction: 9, 2 factions: 3.",
      "- Neutral facilitators between A0 side and B0 side: FAB (ties: 1 and 1)",
      "- No neutral facilitator between A0 side and C0 side; B0 side and C0 side.",
      "- Leaning (no bad history; most of their good ties go to one faction): towards C0 side: X",
      "",
    ]);
    expect(lines).toContain("- A0: 2 negative ties, with B0, C0");
  });
});

describe("conflictFactions — faction labels name who is in the faction", () => {
  /** Xavier and Xena (both Org X) have bad history; Xavier also with Yuri (Org Y). */
  function splitOrg(): CoalitionGraph {
    const g = createCoalitionGraph();
    node(g, "ox", { kind: "organization", label: "Org X" });
    node(g, "oy", { kind: "organization", label: "Org Y" });
    node(g, "x1", { label: "Xavier", organization: "ox" });
    node(g, "x2", { label: "Xena", organization: "ox" });
    node(g, "y1", { label: "Yuri", organization: "oy" });
    pos(g, "x1", "ox", "member_of");
    pos(g, "x2", "ox", "member_of");
    pos(g, "y1", "oy", "member_of");
    neg(g, "x1", "x2");
    neg(g, "x2", "x1"); // the same bad history entered both ways: one pair
    neg(g, "x1", "y1", "conflict");
    return g;
  }

  it("a one-person faction is named by the person, not by their organization (which is not in the conflict)", () => {
    const grp = conflictFactions(splitOrg()).groups[0]!;
    expect(grp.sides).toEqual([["x2", "y1"], ["x1"]]);
    expect(grp.frustration).toBe(0);
    expect(grp.sideLabels[1]).toBe("Xavier");
  });

  it("no organization is the most common of a faction (one each): the faction is named by a member, not by the first organization's id", () => {
    const grp = conflictFactions(splitOrg()).groups[0]!;
    // "Org X side" would say the faction is Org X's while Org X's Xavier is the other faction.
    expect(grp.sideLabels[0]).toBe("Xena side");
  });

  it("an organization that is most common in a faction still names it", () => {
    const g = splitOrg();
    node(g, "x3", { label: "Xander", organization: "ox" });
    pos(g, "x3", "ox", "member_of");
    neg(g, "x3", "x1");
    pos(g, "x3", "x2", "knows");
    const grp = conflictFactions(g).groups[0]!;
    expect(grp.sides).toEqual([["x2", "x3", "y1"], ["x1"]]);
    expect(grp.sideLabels).toEqual(["Org X side", "Xavier"]);
  });

  it("sample: the Dolan–Whitfield factions are Frank Dolan and Harold Whitfield (as docs/analyses.md says), not their agencies", () => {
    const dw = conflictFactions(loadSample()).groups.find((gr) => gr.sides.flat().includes("p-frank-dolan"))!;
    expect(dw.sideLabels).toEqual(["Frank Dolan", "Harold Whitfield"]);
  });
});
