/**
 * The bundled sample coalition (examples/sample-coalition) loads with exactly the counts its
 * README states, no row is rejected or merged, and the planted people and organizations exist
 * with the attributes the README documents (every number here is one the README states, checked
 * against the README's own text). That the analyses find the nine planted situations, by name,
 * is tested on the command's output in test/cli/sample-planted.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importCoalition } from "../src/import/index.js";
import type { CoalitionGraph, NodeAttributes } from "../src/graph/types.js";
import { SAMPLE_DIR, sampleFiles } from "./helpers/sample.js";

const MESSY = join(import.meta.dirname, "..", "examples", "messy");
const README = readFileSync(join(import.meta.dirname, "..", "examples", "README.md"), "utf8");

const load = (dir: string) => importCoalition(sampleFiles(dir));

/** The number printed in bold right before `label` in the README ("**51** organizations"). */
function stated(label: string): number {
  const m = README.match(new RegExp(`\\*\\*(\\d+)\\*\\* ${label}`));
  if (!m) throw new Error(`README states no count for "${label}"`);
  return Number(m[1]);
}

/** The bold number right after `prefix` in the README. */
function boldAfter(prefix: string): number {
  const i = README.indexOf(prefix);
  const m = i < 0 ? null : README.slice(i + prefix.length).match(/^\*\*(\d+)\*\*/);
  if (!m) throw new Error(`README states no count after "${prefix}"`);
  return Number(m[1]);
}

const { graph, report } = load(SAMPLE_DIR);

function node(g: CoalitionGraph, id: string): NodeAttributes {
  expect(g.hasNode(id), `node ${id}`).toBe(true);
  return g.getNodeAttributes(id);
}
/** Explicit (non-membership) ties between two nodes, in either direction. */
function tiesBetween(a: string, b: string) {
  const keys = [...new Set([...graph.edges(a, b), ...graph.edges(b, a)])].sort();
  return keys.map((e) => graph.getEdgeAttributes(e)).filter((t) => !t.implicit);
}
const peopleOf = (org: string): string[] => graph.filterNodes((_n, a) => a.kind === "person" && a.organization === org);

describe("sample coalition: counts", () => {
  it("matches the numbers the README states", () => {
    // Literal numbers too, so a regenerated sample with different counts cannot pass silently.
    expect(stated("organizations")).toBe(51);
    expect(stated("people")).toBe(199);
    expect(stated("ties")).toBe(710);
    expect(stated("needs")).toBe(60);
    expect(boldAfter("Areas: ")).toBe(5);
    expect(boldAfter("Implicit membership ties (one per person with an `organization`): ")).toBe(190);

    const orgs = graph.filterNodes((_n, a) => a.kind === "organization");
    const people = graph.filterNodes((_n, a) => a.kind === "person");
    expect(orgs.length).toBe(51);
    expect(people.length).toBe(199);
    expect(graph.filterNodes((_n, a) => a.inferred === true)).toEqual([]);

    const explicit = graph.filterEdges((_e, a) => !a.implicit);
    const membership = graph.filterEdges((_e, a) => a.implicit === true);
    expect(explicit.length).toBe(710);
    expect(membership.length).toBe(190);
    expect(graph.order).toBe(stated("nodes"));
    expect(graph.size).toBe(stated("edges"));
    expect(membership.length).toBe(people.filter((p) => graph.getNodeAttribute(p, "organization") !== undefined).length);

    expect(graph.getAttribute("needs").length).toBe(60);
    const areas = new Set(graph.getAttribute("needs").map((n) => n.area));
    expect([...areas].sort()).toEqual(["Downtown", "East", "North", "South", "West"]);
    expect(graph.getAttribute("format")).toBe("workbook");
    expect(graph.getAttribute("hasStrength")).toBe(true);
  });

  it("accounts for every row: nothing rejected, nothing merged, no warnings", () => {
    expect(report.rejections).toEqual([]);
    expect(report.rejected).toBe(0);
    expect(report.merged).toBe(0);
    expect(report.warnings).toEqual([]);
    expect(report.rowsRead).toBe(51 + 199 + 710 + 60 + 25);
    expect(report.imported).toBe(report.rowsRead);
    const byRole = Object.fromEntries(report.files.map((f) => [f.role, f.rowsRead]));
    expect(byRole).toEqual({ organizations: 51, people: 199, connections: 710, needs: 60, activity: 25 });
  });

  it("counts negative ties as the README says (sign '-' and negative types)", () => {
    const negative = graph.filterEdges((_e, a) => a.sign === -1);
    expect(negative.length).toBe(12);
    expect(README).toContain("Negative ties: **12**");
  });
});

describe("sample coalition: planted nodes", () => {
  it("1 and 4: the turf shelters and the duplicated hotlines, with no tie between them or their people", () => {
    for (const id of ["o-harbor-house", "o-new-dawn"]) {
      const a = node(graph, id);
      expect(a.kind).toBe("organization");
      expect(a.services).toContain("emergency shelter");
      expect(a.areas).toEqual(["North"]);
    }
    expect(node(graph, "o-harbor-house").label).toBe("Harbor House");
    expect(node(graph, "o-new-dawn").label).toBe("New Dawn Shelter");
    expect(node(graph, "o-crisis-line").services).toEqual(["hotline"]);
    expect(node(graph, "o-helping-hands").areas).toEqual(["Downtown", "West"]);
    for (const [x, y] of [
      ["o-harbor-house", "o-new-dawn"],
      ["o-crisis-line", "o-helping-hands"],
      ["o-willow-creek", "o-west-legal"],
    ] as const) {
      const X = [x, ...peopleOf(x)];
      const Y = [y, ...peopleOf(y)];
      expect(X.length).toBeGreaterThan(2);
      for (const a of X) for (const b of Y) expect(tiesBetween(a, b), `${a} – ${b}`).toEqual([]);
    }
  });

  it("2: the two factions, their negative ties and the facilitator", () => {
    expect(node(graph, "o-pd-svu").label).toBe("Riverbend PD Special Victims Unit");
    expect(node(graph, "o-survivors-collective").sector).toBe("grassroots");
    expect(node(graph, "p-daniel-kowalski").organization).toBe("o-pd-svu");
    expect(node(graph, "p-keisha-monroe").livedExperience).toBe(true);
    expect(node(graph, "p-renee-laurent").label).toBe("Renée Laurent");
    expect(tiesBetween("p-daniel-kowalski", "p-keisha-monroe").map((t) => [t.type, t.sign])).toEqual([["bad_history", -1]]);
    expect(tiesBetween("o-pd-svu", "o-survivors-collective").map((t) => t.notes)).toEqual(['Dispute over the 2022 "Safe Streets" sweep, never resolved']);
    // a sign '-' on a positive type
    expect(tiesBetween("p-tom-brandt", "p-curtis-bell").map((t) => [t.type, t.sign])).toEqual([["knows", -1]]);

    const miriam = "p-miriam-adeyemi";
    expect(node(graph, miriam).role).toBe("Community Mediator");
    const neighbors = graph.neighbors(miriam);
    const sideA = ["p-daniel-kowalski", "p-brian-mercer", "p-kevin-hollister"];
    const sideB = ["p-keisha-monroe", "p-jamal-whitaker", "p-marisol-vega"];
    for (const n of [...sideA, ...sideB]) expect(neighbors).toContain(n);
    expect(graph.edges(miriam).filter((e) => graph.getEdgeAttribute(e, "sign") === -1)).toEqual([]);
  });

  it("3: interpretation is needed (high) in the East and nobody offers it there", () => {
    expect(graph.getAttribute("needs")).toContainEqual({ service: "interpretation", area: "East", priority: "high" });
    const providers = graph.filterNodes((_n, a) => a.services.includes("interpretation"));
    expect(providers.sort()).toEqual(["o-language-bridge", "o-open-door", "o-welcome-center"]);
    for (const p of providers) expect(node(graph, p).areas).not.toContain("East");
  });

  it("6: Pastor Grace Okafor, the only bridge into the East community", () => {
    const g = node(graph, "p-grace-okafor");
    expect(g).toMatchObject({ label: "Grace Okafor", role: "Pastor", status: "prospect", decisionMaker: true, organization: "o-new-covenant" });
    const cafe = node(graph, "o-cafe-esperanza");
    expect(cafe.label).toBe("Café Esperanza");
    expect(node(graph, "p-jose-ramirez").label).toBe("José Ramírez");
    // Removing Grace disconnects the East community from Riverbend Safe Haven.
    const seen = new Set<string>(["o-cafe-esperanza"]);
    const queue = ["o-cafe-esperanza"];
    while (queue.length) {
      const n = queue.shift() as string;
      for (const m of graph.neighbors(n)) if (m !== "p-grace-okafor" && !seen.has(m)) (seen.add(m), queue.push(m));
    }
    expect(seen.has("o-safe-haven")).toBe(false);
    expect(seen.size).toBe(24);
    expect(seen.has("p-mariama-diallo")).toBe(true);
  });

  it("7: members with lived experience and only 1–2 ties", () => {
    for (const [id, deg] of [
      ["p-tanya-brooks", 2],
      ["p-rafael-ortega", 1],
      ["p-mei-ling-chou", 1],
      ["p-aaliyah-grant", 2],
    ] as const) {
      const a = node(graph, id);
      expect(a.livedExperience, id).toBe(true);
      expect(a.status, id).toBe("member");
      expect(graph.neighbors(id).length, id).toBe(deg);
    }
  });

  it("8: five core professionals", () => {
    for (const id of ["p-evelyn-marsh", "p-linda-park-hughes", "p-victor-osei", "p-catherine-wu", "p-omar-haddad"]) {
      const a = node(graph, id);
      expect(a.status, id).toBe("core");
      expect(a.decisionMaker, id).toBe(true);
      expect(graph.neighbors(id).length, id).toBeGreaterThan(30);
    }
  });

  it("9: the County Commission, its decision maker, the best asker and the excluded member", () => {
    expect(node(graph, "o-county-commission")).toMatchObject({ status: "prospect", sector: "government" });
    expect(node(graph, "o-county-commission").notes).toContain("\n");
    const dms = peopleOf("o-county-commission").filter((p) => graph.getNodeAttribute(p, "decisionMaker"));
    expect(dms).toEqual(["p-harold-whitfield"]);
    expect(tiesBetween("p-linda-park-hughes", "p-harold-whitfield").map((t) => [t.type, t.strength, t.sign])).toEqual([["knows", 5, 1]]);
    // Both of Frank Dolan's ties with Whitfield survive as separate edges.
    const dolan = tiesBetween("p-frank-dolan", "p-harold-whitfield").map((t) => [t.type, t.strength, t.sign]).sort();
    expect(dolan).toEqual([
      ["bad_history", 4, -1],
      ["works_with", 5, 1],
    ]);
    expect(node(graph, "p-frank-dolan").status).toBe("member");
  });

  it("every organization has one or two decision makers; contacts are obviously fake", () => {
    graph.forEachNode((n, a) => {
      if (a.kind !== "organization") return;
      const dms = peopleOf(n).filter((p) => graph.getNodeAttribute(p, "decisionMaker")).length;
      expect(dms, n).toBeGreaterThanOrEqual(1);
      expect(dms, n).toBeLessThanOrEqual(2);
    });
    graph.forEachNode((n, a) => {
      if (a.kind !== "person") return;
      expect(a.extra["email"], n).toMatch(/@example\.org$/);
      const phone = a.extra["phone"] ?? "";
      if (phone !== "") expect(phone, n).toMatch(/^555-01\d\d$/);
    });
  });
});

describe("messy workbook (examples/messy/README.md)", () => {
  const { graph: g, report: r } = load(MESSY);
  const at = (xs: { file: string; line: number }[]) => xs.map((x) => `${x.file}:${x.line}`).sort();

  it("detects the encodings and delimiters", () => {
    const files = Object.fromEntries(r.files.map((f) => [f.file, [f.encoding, f.delimiter, f.rowsRead, f.imported, f.merged, f.rejected]]));
    expect(files).toEqual({
      "people.csv": ["windows-1252", ";", 8, 6, 1, 1],
      "organizations.csv": ["utf-8", ",", 4, 4, 0, 0],
      "connections.csv": ["utf-8-bom", ",", 9, 6, 1, 2],
    });
    expect(g.getNodeAttribute("jose-ramirez", "label")).toBe("José Ramírez");
    expect(g.getNodeAttribute("o-cafe-esperanza", "label")).toBe("Café Esperanza");
    expect(g.getNodeAttribute("tom-oneill", "label")).toBe("Tom O’Neill");
    expect(g.getNodeAttribute("mariama-diallo", "notes")).toBe("Speaks French; Wolof");
  });

  it("accounts for each row as documented", () => {
    expect([r.rowsRead, r.imported, r.merged, r.rejected]).toEqual([21, 16, 2, 3]);
    expect(r.rejections.map((x) => `${x.file}:${x.line}:${x.column}`).sort()).toEqual([
      "connections.csv:5:4",
      "connections.csv:6:2",
      "people.csv:6:1",
    ]);
    expect(r.merges.map((m) => [`${m.file}:${m.line}`, `${m.into.file}:${m.into.line}`, m.conflicts])).toEqual([
      ["people.csv:5", "people.csv:2", ["role"]],
      ["connections.csv:8", "connections.csv:2", ["strength"]],
    ]);
    expect(at(r.warnings)).toEqual(["connections.csv:4", "people.csv:7", "people.csv:8", "people.csv:9"]);
    expect(g.getNodeAttribute("jose-ramirez", "role")).toBe("Owner");
  });

  it("builds the documented graph", () => {
    expect(g.order).toBe(12);
    expect(g.size).toBe(12);
    expect(g.filterNodes((_n, a) => a.inferred === true).sort()).toEqual(["maria-dialo", "riverside-clinic"]);
    expect(g.filterEdges((_e, a) => a.sign === -1).length).toBe(2);
    const priya = [...new Set([...g.edges("priya-shah", "o-harbor-house")])].map((e) => g.getEdgeAttribute(e, "type")).sort();
    expect(priya).toEqual(["bad_history", "works_with"]);
  });
});
