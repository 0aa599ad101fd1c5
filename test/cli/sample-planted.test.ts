/**
 * The nine situations planted in the sample coalition (examples/README.md, scripts/make-sample.ts),
 * found by the whole command (`npm run analyze -- examples/sample-coalition --json`) by name.
 * Each expectation comes from how the sample was built, not from the program's output: a wrong
 * analysis (a missed or an invented pair, the wrong bridge, the wrong asker) fails here.
 */
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { SAMPLE_DIR } from "../helpers/sample.js";

/** The parts of the JSON document these tests read. */
interface Doc {
  nodes: { id: string; status: string; kind: string; betweenness: number }[];
  turf: { pairs: { a: string; b: string; cells: { service: string; area: string }[] }[] };
  conflicts: {
    groups: { sides: string[][]; negativeTies: { source: string; target: string; across: boolean }[] }[];
    factions: string[][];
    facilitators: { id: string; tiesToSides: number[] }[];
    poorAskers: { id: string }[];
  };
  gaps: {
    missing: { service: string; area: string; priority: string }[];
    thin: { service: string; area: string; provider: string }[];
    duplicated: { service: string; area: string; providers: string[]; uncoordinatedPairs: string[][] }[];
    unlinked: { area: string; services: string[]; providers: string[][] }[];
  };
  recruits: { id: string; adds: { communities: number[] } }[];
  composition: {
    brokerage: { top: { id: string }[]; topShare: number };
    livedExperience: { poorlyConnected: { id: string }[] };
  };
  asks: { target: string; decisionMakers: string[]; askers: { id: string; path: string[] }[]; excluded: { id: string; reason: string }[] }[];
}

const COMMISSION = "Riverbend County Commission";
// --quiet: on a loaded machine a stage can pass a second and print a progress line; "cleanly" means no error or note.
const run = cli([SAMPLE_DIR, "--json", "--ask", COMMISSION, "--quiet"]);
const doc = JSON.parse(run.out) as Doc;

const pair = (a: string, b: string): string => [a, b].sort().join(" + ");
const sorted = (xs: Iterable<string>): string[] => [...xs].sort();

// From examples/README.md, situation 2.
const SIDE_A = ["o-pd-svu", "p-angela-ruiz", "p-brian-mercer", "p-daniel-kowalski", "p-kevin-hollister", "p-tom-brandt"];
const SIDE_B = ["o-survivors-collective", "o-tenants-union", "p-curtis-bell", "p-dolores-fuentes", "p-jamal-whitaker", "p-keisha-monroe", "p-marisol-vega", "p-renee-laurent", "p-ty-redcloud"];
const CORE_PROFESSIONALS = ["p-evelyn-marsh", "p-linda-park-hughes", "p-victor-osei", "p-catherine-wu", "p-omar-haddad"];

describe("the sample coalition's planted situations, found by the command", () => {
  it("runs cleanly", () => {
    expect(run.code).toBe(0);
    expect(run.err).toBe("");
  });

  it("1 and 4: the only turf pairs are the North shelters and the duplicated hotlines", () => {
    const pairs = Object.fromEntries(doc.turf.pairs.map((p) => [pair(p.a, p.b), p.cells.map((c) => `${c.service} × ${c.area}`).sort()]));
    expect(pairs).toEqual({
      [pair("o-harbor-house", "o-new-dawn")]: ["emergency shelter × North"],
      [pair("o-crisis-line", "o-helping-hands")]: ["hotline × Downtown", "hotline × West"],
    });
  });

  it("2: two factions, police and grassroots, every negative tie between them", () => {
    const group = doc.conflicts.groups.find((g) => g.sides.flat().includes("o-pd-svu"));
    expect(group).toBeDefined();
    const sides = (group?.sides ?? []).map(sorted).sort((x, y) => x.length - y.length);
    expect(sides).toEqual([sorted(SIDE_A), sorted(SIDE_B)]);
    expect(group?.negativeTies.length).toBe(11);
    for (const t of group?.negativeTies ?? []) expect(t.across, `${t.source} – ${t.target}`).toBe(true);
    // The one negative pair outside the factions stands alone (situation 9).
    expect(doc.conflicts.groups).toHaveLength(2);
    const other = doc.conflicts.groups.find((g) => g !== group);
    expect(sorted(other?.sides.flat() ?? [])).toEqual(["p-frank-dolan", "p-harold-whitfield"]);
  });

  it("2: Miriam Adeyemi is the facilitator (3 ties to each side); only Evelyn Marsh also reaches both", () => {
    const [first, ...rest] = doc.conflicts.facilitators;
    expect(first?.id).toBe("p-miriam-adeyemi");
    expect(first?.tiesToSides).toEqual([3, 3]);
    expect(rest.map((f) => f.id)).toEqual(["p-evelyn-marsh"]);
  });

  it("2 and 9: everyone on either side and Frank Dolan are poor askers; no one else but Whitfield", () => {
    const poor = new Set(doc.conflicts.poorAskers.map((p) => p.id));
    for (const id of [...SIDE_A, ...SIDE_B, "p-frank-dolan"].filter((n) => n.startsWith("p-"))) expect(poor.has(id), id).toBe(true);
    const expected = new Set([...SIDE_A, ...SIDE_B, "p-frank-dolan", "p-harold-whitfield"]);
    for (const id of poor) expect(expected.has(id), id).toBe(true);
  });

  it("3: interpretation in the East, high priority, is the only missing need", () => {
    expect(doc.gaps.missing).toEqual([{ service: "interpretation", area: "East", priority: "high" }]);
  });

  it("4: hotline is duplicated in Downtown and West, thin elsewhere (Crisis Line only); the North shelters too", () => {
    const dup = Object.fromEntries(doc.gaps.duplicated.map((d) => [`${d.service} × ${d.area}`, d.uncoordinatedPairs.map(([a, b]) => pair(a ?? "", b ?? ""))]));
    expect(dup).toEqual({
      "hotline × Downtown": [pair("o-crisis-line", "o-helping-hands")],
      "hotline × West": [pair("o-crisis-line", "o-helping-hands")],
      "emergency shelter × North": [pair("o-harbor-house", "o-new-dawn")],
    });
    const thinHotline = doc.gaps.thin.filter((t) => t.service === "hotline");
    expect(thinHotline.map((t) => t.area).sort()).toEqual(["East", "North", "South"]);
    for (const t of thinHotline) expect(t.provider).toBe("o-crisis-line");
  });

  it("5: the only unlinked hand-off is Willow Creek Shelter and West County Legal Advocates", () => {
    expect(doc.gaps.unlinked).toHaveLength(1);
    const [u] = doc.gaps.unlinked;
    expect(u?.area).toBe("West");
    expect(sorted(u?.services ?? [])).toEqual(["emergency shelter", "legal advocacy"]);
    expect(sorted(u?.providers.flat() ?? [])).toEqual(["o-west-legal", "o-willow-creek"]);
  });

  it("6: Grace Okafor is the top recruit, brings a community nobody else does, and is the top non-member broker", () => {
    const [first, ...rest] = doc.recruits;
    expect(first?.id).toBe("p-grace-okafor");
    expect(first?.adds.communities.length).toBeGreaterThan(0);
    for (const r of rest) expect(r.adds.communities, r.id).toEqual([]);
    const outsiders = doc.nodes.filter((n) => n.status === "none" || n.status === "prospect");
    const top = outsiders.reduce((a, b) => (b.betweenness > a.betweenness ? b : a));
    expect(top.id).toBe("p-grace-okafor");
  });

  it("7: the poorly connected members with lived experience are exactly the four planted", () => {
    expect(sorted(doc.composition.livedExperience.poorlyConnected.map((p) => p.id))).toEqual(["p-aaliyah-grant", "p-mei-ling-chou", "p-rafael-ortega", "p-tanya-brooks"]);
  });

  it("8: the five core professionals are the top brokers and hold most of the members' brokerage", () => {
    expect(sorted(doc.composition.brokerage.top.map((t) => t.id))).toEqual(sorted(CORE_PROFESSIONALS));
    expect(doc.composition.brokerage.topShare).toBeGreaterThan(0.5);
  });

  it("9: for the County Commission, ask Harold Whitfield through Linda Park-Hughes; never through Frank Dolan", () => {
    const ask = doc.asks.find((a) => a.target === "o-county-commission");
    expect(ask?.decisionMakers).toEqual(["p-harold-whitfield"]);
    expect(ask?.askers[0]?.path).toEqual(["p-linda-park-hughes", "p-harold-whitfield"]);
    expect(ask?.excluded.map((x) => x.id)).toEqual(["p-frank-dolan"]);
    expect(ask?.excluded[0]?.reason).toMatch(/bad history with Harold Whitfield/);
    for (const a of ask?.askers ?? []) expect(a.path, a.id).not.toContain("p-frank-dolan");
    // Linda's tie is so strong that others' warmest path runs through her (README, situation 9).
    const paths = new Map((ask?.askers ?? []).map((a) => [a.id, a.path]));
    expect(paths.get("p-catherine-wu")).toEqual(["p-catherine-wu", "p-linda-park-hughes", "p-harold-whitfield"]);
  });
});
