/**
 * The Neo4j export: bulk-import headers, one row per node and per tie, ties that refer to the
 * nodes' `:ID` exactly (ids round-trip), hostile ids (`__proto__`, `=cmd`, `-12`) kept safe,
 * relationship types of safe characters, and the GDS script's conventions (positive ties,
 * undirected, betweenness over length = 1/strength).
 */
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { neo4jExport, relationshipType } from "../../src/graph/exports/neo4j.js";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes } from "../../src/graph/model.js";
import type { CoalitionGraph } from "../../src/graph/types.js";
import { importCoalition } from "../../src/import/index.js";
import { sampleFiles } from "../helpers/sample.js";

/** The CSV as records keyed by header (Neo4j's header names, e.g. ":ID", "strength:float"). */
function records(csv: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** Ties as [start id, end id, type] in Coalition Map's ids, through the nodes' keys. */
function tiesById(nodesCsv: string, tiesCsv: string): [string, string, string][] {
  const idOfKey = new Map(records(nodesCsv).map((n) => [n[":ID"] ?? "", n.id ?? ""]));
  return records(tiesCsv).map((t) => [idOfKey.get(t[":START_ID"] ?? "") ?? "?", idOfKey.get(t[":END_ID"] ?? "") ?? "?", t.type ?? ""]);
}

function small(ids: readonly string[]): CoalitionGraph {
  const g = createCoalitionGraph({ hasStrength: true });
  ids.forEach((id, i) => g.addNode(id, nodeAttributes({ label: `Name ${id}`, kind: i === 0 ? "organization" : "person", areas: ["North", "East"] })));
  for (let i = 1; i < ids.length; i++) addTie(g, ids[i - 1] ?? "", ids[i] ?? "", edgeAttributes({ type: i % 2 ? "works with" : "bad_history", strength: i, sign: i % 2 ? 1 : -1 }));
  return g;
}

describe("neo4jExport", () => {
  it("writes Neo4j's import headers, one row per node and per tie, and ids verbatim when they are safe", () => {
    const g = small(["o-harbor", "p-ana", "Ana Beltrán, Jr.", "p 4"]);
    const { files, generatedKeys } = neo4jExport(g);
    expect(generatedKeys).toBe(false);
    const [nodeHeader] = files["nodes.csv"].split("\n");
    expect(nodeHeader).toBe(":ID,id,label,kind,status,sector,role,organization,areas:string[],services:string[],tags:string[],decisionMaker:boolean,livedExperience:boolean,anchor:boolean,inferred:boolean,notes,:LABEL");
    expect(files["ties.csv"].split("\n")[0]).toBe(":START_ID,:END_ID,:TYPE,type,strength:float,sign:int,directed:boolean,implicit:boolean,since,notes");
    const nodes = records(files["nodes.csv"]);
    expect(nodes).toHaveLength(g.order);
    expect(nodes.map((n) => n[":ID"])).toEqual(g.nodes());
    expect(nodes.map((n) => n[":LABEL"])).toEqual(["Organization", "Person", "Person", "Person"]);
    expect(nodes[0]?.["areas:string[]"]).toBe("North;East");
    const ties = records(files["ties.csv"]);
    expect(ties).toHaveLength(g.size);
    expect(ties.map((t) => [t[":TYPE"], t["strength:float"], t["sign:int"]])).toEqual([["WORKS_WITH", "1", "1"], ["BAD_HISTORY", "2", "-1"], ["WORKS_WITH", "3", "1"]]);
    expect(tiesById(files["nodes.csv"], files["ties.csv"])).toEqual(g.mapEdges((_e, a, s, t) => [s, t, a.type]));
  });

  it("keys the nodes n1…nN when an id would be changed by formula defusing; ids and ties still round-trip", () => {
    const ids = ["__proto__", "=cmd", "'=cmd", "-12", "constructor", "a;@b"];
    const g = small(ids);
    const { files, generatedKeys } = neo4jExport(g);
    expect(generatedKeys).toBe(true);
    const nodes = records(files["nodes.csv"]);
    expect(nodes.map((n) => n[":ID"])).toEqual(ids.map((_id, i) => `n${i + 1}`));
    // Safe ids are stored as they are; a formula-like one carries the writer's leading ' (documented).
    expect(nodes.map((n) => n.id)).toEqual(["__proto__", "'=cmd", "'=cmd", "'-12", "constructor", "a;'@b"]);
    // Two ids that the defusing would have merged ("=cmd" and "'=cmd") stay two nodes.
    expect(new Set(nodes.map((n) => n[":ID"])).size).toBe(ids.length);
    const keys = new Set(nodes.map((n) => n[":ID"]));
    for (const t of records(files["ties.csv"])) {
      expect(keys.has(t[":START_ID"])).toBe(true);
      expect(keys.has(t[":END_ID"])).toBe(true);
    }
    const byKey = new Map(nodes.map((n, i) => [n[":ID"] ?? "", ids[i] ?? ""]));
    const back = records(files["ties.csv"]).map((t) => [byKey.get(t[":START_ID"] ?? ""), byKey.get(t[":END_ID"] ?? "")]);
    expect(back).toEqual(g.mapEdges((_e, _a, s, t) => [s, t]));
    expect(files["README.txt"]).toContain("keyed\nn1, n2");
    // No text cell of either file starts a formula (numbers, such as a sign of -1, are numbers).
    for (const csv of [files["nodes.csv"], files["ties.csv"]]) {
      const cells = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.flat();
      expect(cells.filter((c) => !/^-?\d+(\.\d+)?$/.test(c) && /^[=+\-@]/.test(c))).toEqual([]);
    }
  });

  it("makes relationship types of A–Z, 0–9 and _ only", () => {
    expect(relationshipType("works_with")).toBe("WORKS_WITH");
    expect(relationshipType("works with")).toBe("WORKS_WITH");
    expect(relationshipType("co-chairs (2024)")).toBe("CO_CHAIRS_2024");
    expect(relationshipType("`DROP` {x}:y")).toBe("DROP_X_Y");
    expect(relationshipType("__proto__")).toBe("PROTO");
    expect(relationshipType("café référé")).toBe("CAFE_REFERE");
    expect(relationshipType("2nd degree")).toBe("TIE_2ND_DEGREE");
    expect(relationshipType("名前")).toBe("TIE");
    expect(relationshipType("")).toBe("TIE");
    for (const t of ["=cmd", "a\nb", "x\u0000y", "'quoted'"]) expect(relationshipType(t)).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  it("the GDS script: positive ties, undirected, PageRank 0.85 and Louvain on strength, betweenness on length = 1/strength", () => {
    const { files } = neo4jExport(small(["a", "b", "c"]));
    const cypher = files["analyze.cypher"];
    expect(cypher).toContain("WHERE t.sign = 1 AND elementId(a) < elementId(b)");
    expect(cypher).toContain("sum(t.strength) AS strength");
    expect(cypher).toContain("length: CASE WHEN strength > 0 THEN 1.0 / strength ELSE 1.0 END");
    expect(cypher).toContain("undirectedRelationshipTypes: ['*']");
    expect(cypher).toMatch(/gds\.pageRank\.write\('coalition', \{[^}]*dampingFactor: 0\.85[^}]*relationshipWeightProperty: 'strength'/);
    expect(cypher).toMatch(/gds\.betweenness\.write\('coalition', \{[^}]*relationshipWeightProperty: 'length' \}/);
    expect(cypher).toMatch(/gds\.louvain\.write\('coalition', \{[^}]*relationshipWeightProperty: 'strength' \}/);
    expect(cypher).not.toContain("samplingSize: ");
    // Every statement ends with a semicolon (cypher-shell -f runs them one by one).
    const statements = cypher.split("\n").filter((l) => l.trim() !== "" && !l.trim().startsWith("//")).join("\n").split(";").filter((s) => s.trim() !== "");
    expect(statements).toHaveLength(7);
  });

  it("unweighted data (or --unweighted): no weights in the script; a large network: sampled betweenness", () => {
    const plain = neo4jExport(small(["a", "b", "c"]), { weighted: false }).files["analyze.cypher"];
    expect(plain).not.toContain("relationshipWeightProperty");
    expect(plain).not.toContain("sum(t.strength)");
    // Parallel ties are still merged (aggregated per pair), each pair counting 1.
    expect(plain).toContain("WITH a, b, CASE WHEN count(t) > 0 THEN 1.0 ELSE 0.0 END AS strength");
    const big = neo4jExport(small(["a", "b", "c"]), { exactBetweennessLimit: 2, samplingSize: 500 }).files["analyze.cypher"];
    expect(big).toContain("samplingSize: 500, samplingSeed: 42");
  });

  it("README: the import and the script commands; --multiline-fields only when a value holds a line break", () => {
    const g = small(["a", "b"]);
    expect(neo4jExport(g).files["README.txt"]).toContain("neo4j-admin database import full neo4j --nodes=nodes.csv --relationships=ties.csv\n");
    expect(neo4jExport(g).files["README.txt"]).toContain("cypher-shell -u neo4j -d neo4j -f analyze.cypher");
    g.setNodeAttribute("a", "notes", "two\nlines");
    expect(neo4jExport(g).files["README.txt"]).toContain("--relationships=ties.csv --multiline-fields=true");
  });

  it("the sample coalition: every node and tie, ties point at existing nodes", () => {
    const { graph } = importCoalition(sampleFiles());
    const { files } = neo4jExport(graph);
    expect(records(files["nodes.csv"])).toHaveLength(graph.order);
    expect(records(files["ties.csv"])).toHaveLength(graph.size);
    expect(tiesById(files["nodes.csv"], files["ties.csv"])).toEqual(graph.mapEdges((_e, a, s, t) => [s, t, a.type]));
  });
});
