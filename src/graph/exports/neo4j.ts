/**
 * Coalition Map — the network for Neo4j: bulk-import CSV for `neo4j-admin database import full`
 * and a Cypher script that measures it with Graph Data Science (GDS 2.x) under Coalition Map's
 * conventions. For networks too large for one machine (docs/neo4j.md); the CLI's `--neo4j DIR`.
 *
 * Files (header format: Neo4j Operations Manual, "Import → CSV header format"):
 *  - nodes.csv: `:ID`, then properties (`id`, `label`, `kind`, …; arrays `areas:string[]` with
 *    Neo4j's default array delimiter `;`), then `:LABEL` (Person or Organization).
 *  - ties.csv: `:START_ID,:END_ID,:TYPE`, then `type` (the tie type as written), `strength:float`,
 *    `sign:int`, `directed:boolean`, `implicit:boolean`, `since`, `notes`. One row per tie.
 *  - analyze.cypher: the GDS script (positive ties, undirected, parallel ties merged with summed
 *    strength; PageRank and Louvain weighted by strength, betweenness over length = 1/strength).
 *  - README.txt: the two commands to run.
 *
 * Ids. Every cell goes through `csvText`, the project's one CSV writer, which defuses spreadsheet
 * formulas by putting `'` before a leading `=`, `+`, `-`, `@` (also after `,` `;` tab inside a
 * cell). That would change an id such as `=cmd` or `-12`, and not injectively (`=cmd` and `'=cmd`
 * both become `'=cmd`), while Neo4j matches ties to nodes by the exact `:ID` text. So: when every
 * id passes through unchanged, the `:ID` is the id itself; otherwise every node gets a generated
 * key `n1…nN` (in graph order) — safe, unique, never defused — and ties refer to those keys. In
 * both cases the `id` property holds Coalition Map's id (defused like any text cell: an id that a
 * spreadsheet would read as a formula is stored with a leading `'`). The `:ID` column has no
 * property name, so the key itself is not stored. Relationship types are made from the tie type:
 * ASCII letters, digits and `_` only, upper-cased (`works with` → `WORKS_WITH`, `__proto__` →
 * `PROTO`, an empty or all-symbol type → `TIE`); the type as written stays in `type`.
 */
import Papa from "papaparse";
import type { CoalitionGraph, NodeAttributes } from "../types.js";
import { csvText, type CsvValue } from "../utils/csv-text.js";

export interface Neo4jOptions {
  /** Use tie strengths in the script (as the analysis does). Default: when the data has them. */
  weighted?: boolean;
  /** Above this many nodes, the script's betweenness is a sampled estimate (exact = all sources). */
  exactBetweennessLimit?: number;
  /** Sources sampled for the estimate above the limit. */
  samplingSize?: number;
}

export const NEO4J_DEFAULTS = { exactBetweennessLimit: 50_000, samplingSize: 10_000 } as const;

/** The files, by name, and how the ids were written. */
export interface Neo4jExport {
  files: { "nodes.csv": string; "ties.csv": string; "analyze.cypher": string; "README.txt": string };
  /** True when ids were replaced by generated keys `n1…nN` (see the module comment). */
  generatedKeys: boolean;
}

/** nodes.csv's header, exactly (the importer recognises the file by its first column, src/import/own-outputs.ts). */
export const NODE_HEADER = [":ID", "id", "label", "kind", "status", "sector", "role", "organization", "areas:string[]", "services:string[]", "tags:string[]", "decisionMaker:boolean", "livedExperience:boolean", "anchor:boolean", "inferred:boolean", "notes", ":LABEL"] as const;
/** ties.csv's header, exactly (the importer recognises the file by its first two columns). */
export const TIE_HEADER = [":START_ID", ":END_ID", ":TYPE", "type", "strength:float", "sign:int", "directed:boolean", "implicit:boolean", "since", "notes"] as const;

/** A Neo4j relationship type made of safe characters from a tie type (see the module comment). */
export function relationshipType(tieType: string): string {
  const ascii = tieType.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  const safe = ascii.toUpperCase().replace(/[^A-Z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  if (safe === "") return "TIE";
  return /^[0-9]/.test(safe) ? `TIE_${safe}` : safe;
}

/**
 * Whether `csvText` writes every id unchanged: the ids are written as one column and read back
 * (one pass, whatever the writer's rules are).
 */
function idsPassUnchanged(ids: readonly string[]): boolean {
  const back = Papa.parse<string[]>(csvText(["id"], ids.map((id) => [id])), { newline: "\n" }).data;
  return ids.every((id, i) => back[i + 1]?.length === 1 && back[i + 1]?.[0] === id);
}

const flag = (b: boolean | undefined): string => (b === true ? "true" : b === false ? "false" : "");

function nodeRow(key: string, id: string, a: NodeAttributes): CsvValue[] {
  return [key, id, a.label, a.kind, a.status, a.sector ?? "", a.role ?? "", a.organization ?? "", a.areas.join(";"), a.services.join(";"), a.tags.join(";"), flag(a.decisionMaker), flag(a.livedExperience), flag(a.anchor), flag(a.inferred), a.notes ?? "", a.kind === "organization" ? "Organization" : "Person"];
}

/** The keys Neo4j matches on: the ids themselves when they pass unchanged, else `n1…nN`. */
function nodeKeys(graph: CoalitionGraph): { keys: Map<string, string>; generated: boolean } {
  const ids = graph.nodes();
  const generated = !idsPassUnchanged(ids);
  return { keys: new Map(ids.map((id, i) => [id, generated ? `n${i + 1}` : id])), generated };
}

/** The bulk-import files and the GDS script for `graph` (see the module comment). */
export function neo4jExport(graph: CoalitionGraph, options: Neo4jOptions = {}): Neo4jExport {
  const weighted = options.weighted ?? graph.getAttribute("hasStrength");
  const limit = options.exactBetweennessLimit ?? NEO4J_DEFAULTS.exactBetweennessLimit;
  const samplingSize = options.samplingSize ?? NEO4J_DEFAULTS.samplingSize;
  const { keys, generated } = nodeKeys(graph);
  const key = (id: string): string => keys.get(id) ?? id;
  const nodeRows: CsvValue[][] = graph.mapNodes((id, a) => nodeRow(key(id), id, a));
  const tieRows: CsvValue[][] = graph.mapEdges((_e, a, s, t) => [key(s), key(t), relationshipType(a.type), a.type, a.strength, a.sign, flag(a.directed), flag(a.implicit ?? false), a.since ?? "", a.notes ?? ""]);
  const nodesCsv = csvText(NODE_HEADER, nodeRows);
  const tiesCsv = csvText(TIE_HEADER, tieRows);
  const multiline = [...nodeRows, ...tieRows].some((r) => r.some((v) => typeof v === "string" && /[\r\n]/.test(v)));
  const sampled = graph.order > limit ? samplingSize : null;
  return {
    files: { "nodes.csv": nodesCsv, "ties.csv": tiesCsv, "analyze.cypher": gdsScript({ weighted, sampled }), "README.txt": readme({ multiline, generated, nodes: graph.order, ties: graph.size }) },
    generatedKeys: generated,
  };
}

/** The Cypher script (GDS 2.x on Neo4j 5), commented in plain words. */
function gdsScript(o: { weighted: boolean; sampled: number | null }): string {
  const strength = o.weighted ? "sum(t.strength)" : "CASE WHEN count(t) > 0 THEN 1.0 ELSE 0.0 END";
  const weightOf = (p: string) => (o.weighted ? `, relationshipWeightProperty: '${p}'` : "");
  const sampling = o.sampled === null ? "" : `, samplingSize: ${o.sampled}, samplingSeed: 42`;
  return `// Coalition Map — measure the network with Neo4j Graph Data Science (GDS 2.x, Neo4j 5).
// Run after the import: cypher-shell -d neo4j -f analyze.cypher
// Results are written onto the nodes as properties: pagerank, betweenness, community.
// Conventions are Coalition Map's: only positive ties count; a pair joined by several ties is
// joined once, ${o.weighted ? "with the strengths added up" : "every pair counting 1 (the data has no strengths, or --unweighted)"}; direction is ignored.

// 0. Start clean: forget an earlier projection of the same name (no error if there is none).
CALL gds.graph.drop('coalition', false) YIELD graphName RETURN count(graphName) AS dropped;

// 1. The network to measure, held in GDS's memory as 'coalition'. Every node is kept (also
//    those without positive ties). Each tie is read once (the pair in one order only), bad
//    history and other negative ties (sign -1) and ties from a node to itself are left out.
//    strength: how close the pair is (heavier = closer). length = 1/strength: the same tie as a
//    distance, so that a strong tie is a SHORT step on a path (for betweenness).
MATCH (a)
OPTIONAL MATCH (a)-[t]-(b)
WHERE t.sign = 1 AND elementId(a) < elementId(b)
WITH a, b, ${strength} AS strength
WITH gds.graph.project('coalition', a, b,
  { relationshipProperties: { strength: toFloat(strength), length: CASE WHEN strength > 0 THEN 1.0 / strength ELSE 1.0 END } },
  { undirectedRelationshipTypes: ['*'] }) AS g
RETURN g.graphName AS graph, g.nodeCount AS nodes, g.relationshipCount AS ties;

// 2. PageRank (damping 0.85${o.weighted ? ", weighted by strength" : ""}): whose contacts are well connected.
//    GDS's scores are on another scale than Coalition Map's (which add up to 1): divide each
//    score by the sum of all scores to compare.
CALL gds.pageRank.write('coalition', { writeProperty: 'pagerank', dampingFactor: 0.85, maxIterations: 100, tolerance: 1e-7${weightOf("strength")} })
YIELD nodePropertiesWritten, ranIterations, didConverge
RETURN nodePropertiesWritten, ranIterations, didConverge;

// 3. Betweenness: who sits on the shortest routes between others (brokers).${o.weighted ? `
//    GDS reads a weight as a DISTANCE here, so it gets length = 1/strength (a strong tie is
//    short), as Coalition Map does.` : ""}
//    GDS counts each pair once on this undirected network; Coalition Map divides by the number
//    of pairs of other nodes, (n-1)(n-2)/2: do the same to compare.
${o.sampled === null ? "//    Exact: every node is a source. On a very large network add samplingSize (e.g. 10000) for an estimate." : `//    ESTIMATE: ${o.sampled} sampled source nodes (the network is too large for the exact value
//    in reasonable time); remove samplingSize and samplingSeed for the exact value.`}
CALL gds.betweenness.write('coalition', { writeProperty: 'betweenness'${weightOf("length")}${sampling} })
YIELD nodePropertiesWritten, centralityDistribution
RETURN nodePropertiesWritten, centralityDistribution.max AS highest;

// 4. Communities (Louvain${o.weighted ? ", weighted by strength" : ""}): groups that are more tied among themselves than to
//    the rest. Coalition Map keeps the best of several seeded runs at resolution 1; GDS runs
//    once, so the groups can differ in detail — compare the modularity.
CALL gds.louvain.write('coalition', { writeProperty: 'community'${weightOf("strength")} })
YIELD communityCount, modularity
RETURN communityCount, modularity;

// 5. Free GDS's memory.
CALL gds.graph.drop('coalition') YIELD graphName RETURN graphName;

// 6. The twenty top brokers.
MATCH (n) RETURN n.id AS id, n.label AS name, n.betweenness AS betweenness, n.pagerank AS pagerank, n.community AS community
ORDER BY betweenness DESC, id LIMIT 20;
`;
}

/** README.txt: the two commands, in order. */
function readme(o: { multiline: boolean; generated: boolean; nodes: number; ties: number }): string {
  const multiline = o.multiline ? " --multiline-fields=true" : "";
  return `Coalition Map — this network for Neo4j (${o.nodes} nodes, ${o.ties} ties)

nodes.csv       people (label Person) and organizations (label Organization)
ties.csv        one relationship per tie; its type from the tie type (WORKS_WITH, …)
analyze.cypher  PageRank, betweenness and communities with Graph Data Science (GDS 2.x)

Two commands, run in this folder (Neo4j 5 with the GDS plugin; NEO4J_HOME is where Neo4j is):

1. Import (stop Neo4j first; the database must be empty — add --overwrite-destination=true
   to replace an existing one, which deletes its data):

   $NEO4J_HOME/bin/neo4j-admin database import full neo4j --nodes=nodes.csv --relationships=ties.csv${multiline}

2. Start Neo4j, then measure:

   $NEO4J_HOME/bin/cypher-shell -u neo4j -d neo4j -f analyze.cypher

(Neo4j before 5.19 wants the database name last: ... import full --nodes=... --relationships=... neo4j)

${o.generated ? `
Some ids would read as spreadsheet formulas (they start with = + - or @), so the nodes are keyed
n1, n2, … for the import; each node's own id is in its "id" property.

` : ""}Text that a spreadsheet would read as a formula is written with a ' in front (as in every CSV
Coalition Map writes); Neo4j keeps that '.
`;
}
