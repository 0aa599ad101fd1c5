import { describe, expect, it } from "vitest";
import { DEFAULT_SERVICES, serviceGaps } from "../../src/graph/gaps.js";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes } from "../../src/graph/model.js";
import { canonicalService } from "../../src/graph/services.js";
import type { CoalitionGraph, Need, NodeAttributes } from "../../src/graph/types.js";
import { loadSample } from "../helpers/sample.js";



function org(g: CoalitionGraph, id: string, services: string[], areas: string[], extra: Partial<NodeAttributes> = {}): void {
  g.addNode(id, nodeAttributes({ label: id.toUpperCase(), kind: "organization", services, areas, ...extra }));
}
const tie = (g: CoalitionGraph, a: string, b: string, type = "works_with", directed = false): string =>
  addTie(g, a, b, edgeAttributes({ type, directed }));

const needs = (rows: [string, string, string?][]): Need[] =>
  rows.map(([service, area, priority]) => (priority ? { service, area, priority } : { service, area }));

describe("serviceGaps", () => {
  it("a need with no area is dropped like the importer's rejected row (all dropped → default catalog)", () => {
    const g = createCoalitionGraph({ needs: needs([["hotline", "North"], ["counseling", "  "]]) });
    org(g, "c1", ["counseling"], ["North"]);
    const r = serviceGaps(g);
    expect(r.services[0]).toBe("hotline");
    expect(r.matrix.filter((c) => c.needed).map((c) => `${c.service}/${c.area}`)).toEqual(["hotline/North"]);
    const onlyAreaLess = createCoalitionGraph({ needs: needs([["counseling", ""]]) });
    org(onlyAreaLess, "c1", ["counseling"], ["North"]);
    expect(serviceGaps(onlyAreaLess).needsSource).toBe("default catalog");
  });

  it("missing, thin, duplicated and covered against services.csv needs", () => {
    const g = createCoalitionGraph({
      needs: needs([
        ["Hotline", "North", "high"],
        ["shelter", "North"],
        ["legal aid", "North"],
        ["Counseling", "north"],
      ]),
    });
    org(g, "h1", ["hotline"], ["North"], { status: "member" });
    org(g, "h2", ["crisis line"], ["NORTH"]); // synonym + area case
    org(g, "s1", ["emergency shelter"], ["North"]);
    org(g, "c1", ["counseling"], ["North"]);
    org(g, "c2", ["counselling"], ["North"]);
    tie(g, "c1", "c2", "partner");
    const r = serviceGaps(g);
    expect(r.needsSource).toBe("services.csv");
    expect(r.services).toEqual(["hotline", "emergency shelter", "legal advocacy", "counseling"]);
    expect(r.areas).toEqual(["North"]);
    expect(r.missing).toEqual([{ service: "legal advocacy", area: "North" }]);
    expect(r.thin).toEqual([{ service: "emergency shelter", area: "North", provider: "s1", providerLabel: "S1", member: false }]);
    expect(r.duplicated).toEqual([
      { service: "hotline", area: "North", providers: ["h1", "h2"], uncoordinatedPairs: [["h1", "h2"]], priority: "high" },
    ]);
    expect(r.matrix.map((c) => `${c.service}/${c.area}:${c.status}`)).toEqual([
      "hotline/North:duplicated",
      "emergency shelter/North:thin",
      "legal advocacy/North:missing",
      "counseling/North:covered",
    ]);
    expect(r.matrix[0]!.memberProviders).toEqual(["h1"]);
    expect(r.matrix[0]!.priority).toBe("high");
  });

  // The tie views are cached per graph, so each variant is a fresh graph.
  it("duplicated lists only the uncoordinated pairs", () => {
    const build = (closeTriangle: boolean): CoalitionGraph => {
      const g = createCoalitionGraph({ needs: needs([["housing", "East"]]) });
      org(g, "a", ["housing"], ["East"]);
      org(g, "b", ["housing"], ["East"]);
      org(g, "c", ["housing"], ["East"]);
      tie(g, "a", "b", "knows");
      tie(g, "b", "c", "partner");
      if (closeTriangle) tie(g, "a", "c", "works_with");
      return g;
    };
    const r = serviceGaps(build(false));
    expect(r.duplicated).toHaveLength(1);
    expect(r.duplicated[0]!.uncoordinatedPairs).toEqual([["a", "c"]]);
    expect(serviceGaps(build(true)).duplicated).toEqual([]);
    expect(serviceGaps(build(true)).matrix[0]!.status).toBe("covered");
  });

  it("staff working together coordinate their organizations", () => {
    const g = createCoalitionGraph({ needs: needs([["hotline", "East"]]) });
    org(g, "a", ["hotline"], ["East"]);
    org(g, "b", ["hotline"], ["East"]);
    g.addNode("pa", nodeAttributes({ label: "PA", kind: "person", organization: "a" }));
    g.addNode("pb", nodeAttributes({ label: "PB", kind: "person" }));
    tie(g, "pb", "b", "member_of");
    tie(g, "pa", "pb", "works_with");
    expect(serviceGaps(g).matrix[0]!.status).toBe("covered");
    expect(serviceGaps(g, { staffTies: false }).matrix[0]!.status).toBe("duplicated");
  });

});

describe("serviceGaps — unlinked handoffs", () => {
  it("unlinked: shelter and legal advocacy in the same area with no referral tie", () => {
    const build = (...ties: [string, string, string, boolean][]): CoalitionGraph => {
      const g = createCoalitionGraph({ needs: needs([["emergency shelter", "West"], ["legal advocacy", "West"]]) });
      org(g, "shelter", ["shelter"], ["West"]);
      org(g, "legal", ["legal advocacy"], ["West"]);
      for (const [a, b, type, directed] of ties) tie(g, a, b, type, directed);
      return g;
    };
    const r = serviceGaps(build());
    expect(r.unlinked).toEqual([{ area: "West", services: ["emergency shelter", "legal advocacy"], providers: [["shelter"], ["legal"]] }]);
    // "knows" is not a referral tie …
    expect(serviceGaps(build(["shelter", "legal", "knows", false])).unlinked).toHaveLength(1);
    // … a refers_to tie (directed, either way) is.
    expect(serviceGaps(build(["legal", "shelter", "refers_to", true])).unlinked).toEqual([]);
  });

  it("unlinked: an organization offering both services hands off internally; other areas are separate", () => {
    const g = createCoalitionGraph({ needs: needs([["hotline", "A"], ["emergency shelter", "A"], ["hotline", "B"], ["emergency shelter", "B"]]) });
    org(g, "both", ["hotline", "emergency shelter"], ["A"]);
    org(g, "hb", ["hotline"], ["B"]);
    org(g, "sb", ["emergency shelter"], ["B"]);
    const r = serviceGaps(g);
    expect(r.unlinked).toEqual([{ area: "B", services: ["hotline", "emergency shelter"], providers: [["hb"], ["sb"]] }]);
  });

});

describe("serviceGaps — default catalog, determinism, names and input", () => {
  it("default catalog × every area in the data when there are no needs", () => {
    const g = createCoalitionGraph();
    org(g, "x", ["hotline", "youth mentoring"], ["South"]);
    org(g, "y", ["housing"], ["north"]);
    g.addNode("p", nodeAttributes({ label: "P", kind: "person", areas: ["North"] }));
    const r = serviceGaps(g);
    expect(r.needsSource).toBe("default catalog");
    expect(r.services.slice(0, DEFAULT_SERVICES.length)).toEqual([...DEFAULT_SERVICES]);
    expect(r.services.at(-1)).toBe("youth mentoring"); // offered, not in the catalog
    expect(r.areas).toEqual(["North", "South"]); // first spelling seen, nodes in id order (p before y)
    expect(r.matrix).toHaveLength(r.services.length * 2);
    expect(r.missing).toHaveLength(DEFAULT_SERVICES.length * 2 - 2);
    expect(r.thin.map((t) => `${t.service}/${t.area}`)).toEqual(["hotline/South", "housing/North"]);
    expect(r.matrix.find((c) => c.service === "youth mentoring" && c.area === "South")).toMatchObject({
      needed: false,
      status: "not needed",
      providers: ["x"],
    });
  });

  it("is deterministic and insertion-order independent", () => {
    const build = (rev: boolean): CoalitionGraph => {
      const g = createCoalitionGraph({ needs: needs([["hotline", "A"], ["counseling", "B"]]) });
      const specs: [string, string[], string[]][] = [
        ["a", ["hotline"], ["A", "B"]],
        ["b", ["hotline", "counseling"], ["A"]],
        ["c", ["counseling"], ["B"]],
        ["d", ["counseling"], ["B"]],
      ];
      for (const [id, s, ar] of rev ? specs.slice().reverse() : specs) org(g, id, s, ar);
      return g;
    };
    expect(JSON.stringify(serviceGaps(build(true)))).toBe(JSON.stringify(serviceGaps(build(false))));
  });

  it("normalizes service names", () => {
    expect(canonicalService("  SANE   Exam ")).toBe("medical/forensic exam");
    expect(canonicalService("Legal Aid")).toBe("legal advocacy");
    expect(canonicalService("Shelter")).toBe("emergency shelter");
    expect(canonicalService("Youth  Mentoring")).toBe("youth mentoring");
  });

  it("rejects bad input with a message naming the function", () => {
    expect(() => serviceGaps(undefined as unknown as CoalitionGraph)).toThrow(/serviceGaps/);
  });
});

describe("serviceGaps — sample coalition (examples/README.md, situations 3, 4, 5)", () => {
  const r = serviceGaps(loadSample());
  it("uses services.csv: 12 services × 5 areas", () => {
    expect(r.needsSource).toBe("services.csv");
    expect(r.services).toEqual([...DEFAULT_SERVICES]);
    expect(r.areas).toEqual(["North", "South", "East", "West", "Downtown"]);
    expect(r.matrix).toHaveLength(60);
  });
  it("finds interpretation missing in East, and nothing else missing", () => {
    expect(r.missing).toEqual([{ service: "interpretation", area: "East", priority: "high" }]);
  });
  it("finds the duplicated hotlines (Downtown, West) and the North shelters, and nothing else", () => {
    expect(r.duplicated.map((d) => `${d.service} × ${d.area}: ${d.providers.join(" ")}`).sort()).toEqual([
      "emergency shelter × North: o-harbor-house o-new-dawn",
      "hotline × Downtown: o-crisis-line o-helping-hands",
      "hotline × West: o-crisis-line o-helping-hands",
    ]);
  });
  it("finds the unlinked shelter / legal advocacy pair in the West, and nothing else", () => {
    expect(r.unlinked).toEqual([
      { area: "West", services: ["emergency shelter", "legal advocacy"], providers: [["o-willow-creek"], ["o-west-legal"]] },
    ]);
  });
  it("thin cells match the README's coverage table (hotline thin in North, South, East)", () => {
    const thin = new Set(r.thin.map((t) => `${t.service}/${t.area}`));
    for (const a of ["North", "South", "East"]) expect(thin.has(`hotline/${a}`)).toBe(true);
    expect(r.thin.find((t) => t.service === "hotline")!.providerLabel).toBe("Riverbend County Crisis Line");
    // README table: cells with exactly one provider.
    expect(r.thin).toHaveLength(21);
  });
});
