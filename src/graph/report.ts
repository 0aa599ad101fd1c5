/**
 * Coalition Map — the report document: one JSON-able object describing the imported network
 * (summary, nodes, ties, import accounting), plus a Markdown rendering for the terminal.
 *
 * The analyses' sections are added by `analyzeCoalition` (analyze.ts, from the registry).
 * Determinism: nodes are sorted by id, ties by insertion order, every object is built with a
 * fixed key order, so identical input gives a byte-identical JSON document.
 * The schema is documented in docs/json-schema.md.
 */
import type { ImportReport } from "./import-report.js";
import { graphRecords } from "./model.js";
import { compareIds } from "./utils/compare-ids.js";
import { countWords } from "./utils/count-words.js";
import { DisjointSets } from "./utils/disjoint-sets.js";
import { markdownCell as cell } from "./utils/markdown-cell.js";
import type { CoalitionGraph, CoalitionStatus, EdgeAttributes, NodeAttributes } from "./types.js";

export interface ReportSummary {
  format: "workbook" | "generic";
  /** Whether any tie carried an explicit strength/weight. */
  hasStrength: boolean;
  nodes: number;
  edges: number;
  people: number;
  organizations: number;
  /** Nodes created because a tie or a person's organization named them and no list did. */
  inferredNodes: number;
  /** Nodes per coalition status, keys always core, member, prospect, none. */
  byStatus: Record<CoalitionStatus, number>;
  positiveTies: number;
  negativeTies: number;
  directedTies: number;
  /** Membership ties created from people's organization column. */
  implicitTies: number;
  /** Ties per type, keys sorted. */
  tiesByType: Record<string, number>;
  /** Connected components counting every tie (an isolated node is a component). */
  components: number;
  /** Size of the largest component. */
  largestComponent: number;
  /** Connected components counting positive ties only. */
  positiveComponents: number;
  /** Nodes with no tie at all. */
  isolates: number;
  /** Rows in the needs file (services.csv). */
  needs: number;
}

/** One node: id, label, kind, then its attributes (empty ones left out), and its number of ties. */
export interface ReportNode extends NodeAttributes {
  id: string;
  /** Number of ties (any type or sign, parallel ties counted separately). */
  tieCount: number;
}

/** One tie. `from`/`to` are node ids (for an undirected tie, in the order written). */
export interface ReportTie extends EdgeAttributes {
  key: string;
  from: string;
  to: string;
}

export interface CoalitionReport {
  summary: ReportSummary;
  nodes: ReportNode[];
  ties: ReportTie[];
  import: ImportReport;
}

export interface ReportOptions {
  /** Include the full tie list (default true). */
  includeTies?: boolean;
}

export const REPORT_DEFAULTS: Required<ReportOptions> = { includeTies: true };

/** Keys are user text (tie types, column names): a record without prototype keeps `__proto__` and `constructor` as plain keys. */
function sortedRecord(counts: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const k of [...counts.keys()].sort(compareIds)) out[k] = counts.get(k) ?? 0;
  return out;
}

/** The extra columns of a node or tie without any: one frozen record shared by all of them. */
const NO_EXTRA = Object.freeze(Object.create(null) as Record<string, string>) as Record<string, string>;

function sortedExtra(extra: Record<string, string>): Record<string, string> {
  const keys = Object.keys(extra);
  if (keys.length === 0) return NO_EXTRA;
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const k of keys.sort(compareIds)) out[k] = extra[k] ?? "";
  return out;
}

/**
 * The summary counts of a graph. One pass over graphology's node records and one over its tie
 * records (model.ts `graphRecords`): a tie's ends are numbered records, so the components need no
 * lookup by node key (at 100,000 nodes / 465,000 ties the lookups of both ends were most of the
 * summary's time).
 */
export function summarize(graph: CoalitionGraph): ReportSummary {
  const byStatus: Record<CoalitionStatus, number> = { core: 0, member: 0, prospect: 0, none: 0 };
  let people = 0;
  let organizations = 0;
  let inferredNodes = 0;
  let isolates = 0;
  const records = graphRecords(graph);
  for (const { attributes: a, inDegree, outDegree, undirectedDegree } of records.nodes) {
    if (a.kind === "person") people++;
    else organizations++;
    if (a.inferred === true) inferredNodes++;
    byStatus[a.status]++;
    if (inDegree + outDegree + undirectedDegree === 0) isolates++;
  }
  const types = new Map<string, number>();
  let positiveTies = 0;
  let negativeTies = 0;
  let directedTies = 0;
  let implicitTies = 0;
  // Connected components in the same pass over the ties as the counts: counting every tie, and
  // counting positive ties only (the components of the positive-tie view, which has every node).
  // The positive ties' components first; every tie's are those joined by the other ties too (kept
  // aside as pairs of node numbers: a few). Numbers no node holds (nodes dropped from the graph)
  // stay sets of their own: they are taken off the counts.
  const positive = new DisjointSets(records.numbers);
  const unused = records.numbers - graph.order;
  const others: number[] = [];
  for (const { attributes: a, source, target } of records.ties) {
    if (a.sign === 1) {
      positive.union(source.number, target.number);
      positiveTies++;
    } else {
      others.push(source.number, target.number);
      negativeTies++;
    }
    types.set(a.type, (types.get(a.type) ?? 0) + 1);
    if (a.directed) directedTies++;
    if (a.implicit === true) implicitTies++;
  }
  const positiveComponents = positive.count - unused;
  const all = positive;
  for (let k = 0; k + 1 < others.length; k += 2) all.union(others[k] ?? 0, others[k + 1] ?? 0);
  const attrs = graph.getAttributes();
  return {
    format: attrs.format,
    hasStrength: attrs.hasStrength,
    nodes: graph.order,
    edges: graph.size,
    people,
    organizations,
    inferredNodes,
    byStatus,
    positiveTies,
    negativeTies,
    directedTies,
    implicitTies,
    tiesByType: sortedRecord(types),
    components: all.count - unused,
    largestComponent: graph.order === 0 ? 0 : all.largest,
    positiveComponents,
    isolates,
    needs: attrs.needs.length,
  };
}

/**
 * One tie of the report: the fields JSON.stringify writes, in the document's order, and only
 * those that are set (a field left undefined is not written either way; leaving it out saves
 * memory on a large network: 465,000 ties at 100,000 nodes). The source is the graph's own.
 */
function reportTie(key: string, a: EdgeAttributes, from: string, to: string): ReportTie {
  const tie: Omit<ReportTie, "extra"> & { extra?: Record<string, string> } = { key, from, to, type: a.type, strength: a.strength, sign: a.sign, directed: a.directed };
  if (a.since !== undefined) tie.since = a.since;
  if (a.until !== undefined) tie.until = a.until;
  if (a.notes !== undefined) tie.notes = a.notes;
  tie.extra = sortedExtra(a.extra);
  if (a.source !== undefined) tie.source = a.source;
  if (a.implicit !== undefined) tie.implicit = a.implicit;
  if (a.relationship !== undefined) tie.relationship = a.relationship;
  if (a.trust !== undefined) tie.trust = a.trust;
  if (a.value !== undefined) tie.value = a.value;
  if (a.lastContact !== undefined) tie.lastContact = a.lastContact;
  return tie as ReportTie;
}

/** Build the report document for a graph and its import report. */
export function buildReport(graph: CoalitionGraph, importReport: ImportReport, options: ReportOptions = {}): CoalitionReport {
  const opts = { ...REPORT_DEFAULTS, ...options };
  const nodes: ReportNode[] = graph
    .nodes()
    .sort(compareIds)
    .map((id) => {
      const a = graph.getNodeAttributes(id);
      return {
        id,
        label: a.label,
        kind: a.kind,
        status: a.status,
        organization: a.organization,
        role: a.role,
        sector: a.sector,
        decisionMaker: a.decisionMaker,
        livedExperience: a.livedExperience,
        anchor: a.anchor,
        areas: [...a.areas],
        services: [...a.services],
        tags: [...a.tags],
        notes: a.notes,
        extra: sortedExtra(a.extra),
        source: a.source === undefined ? undefined : { file: a.source.file, line: a.source.line },
        inferred: a.inferred,
        joined: a.joined,
        left: a.left,
        tieCount: graph.degree(id),
      };
    });
  const ties: ReportTie[] = [];
  if (opts.includeTies) {
    graph.forEachEdge((key, a, s, t) => ties.push(reportTie(key, a, s, t)));
  }
  return { summary: summarize(graph), nodes, ties, import: importReport };
}

/** The JSON document: 2-space indented, trailing newline, undefined fields left out. */
export function reportToJson(report: CoalitionReport | object): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Array items per piece of `reportJsonPieces` (a piece stays small: about 50,000 characters for ties). */
const ITEMS_PER_PIECE = 100;

/** `reportJsonPieces` joins shorter texts into pieces of about this many characters. */
const PIECE_CHARACTERS = 1 << 16;

/** `JSON.stringify(value, null, 2)` as it reads nested `depth` levels deep (JSON text has no raw line break inside a string). */
function nestedJson(value: unknown, depth: number): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  return text === undefined || depth === 0 ? text : text.replace(/\n/g, `\n${"  ".repeat(depth)}`);
}

/**
 * Items `from` … `to - 1` of a list whose items are `depth` levels deep, as `JSON.stringify`
 * writes them in the document (each item on its own line, ",\n" between them, none after the
 * last): the slice is stringified in one call, wrapped in `depth - 1` one-item lists so that
 * JSON.stringify itself indents it as deep as it is in the document (no second pass over the text
 * to indent it), and the wrappers' brackets are cut off (a missing item reads null, as in any JSON
 * array).
 */
function listItemsJson(list: readonly unknown[], from: number, to: number, depth: number): string {
  let wrapped: unknown = list.slice(from, to);
  for (let d = 1; d < depth; d++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // "[\n" then, per wrapper, "  "·d + "[\n" before the items; "\n" + "  "·(depth-1) + "]" per level after them.
  let head = 2;
  for (let d = 1; d < depth; d++) head += 2 * d + 2;
  let tail = 0;
  for (let d = 0; d < depth; d++) tail += 2 * d + 2;
  return text.slice(head, text.length - tail);
}

/** What JSON.stringify leaves out of an object (and writes as null in a list). */
const isLeftOut = (v: unknown): boolean => v === undefined || typeof v === "function" || typeof v === "symbol";

/** A list or a plain record that does not convert itself: written part by part. */
function isOpen(v: unknown): v is Record<string, unknown> | unknown[] {
  if (v === null || typeof v !== "object" || typeof (v as { toJSON?: unknown }).toJSON === "function") return false;
  if (Array.isArray(v)) return true;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * The text of `value`, `depth` levels deep (its first line not indented), as
 * `JSON.stringify(…, null, 2)` writes it inside the document, in parts: lists 100 items at a
 * time, records key by key (recursively), anything else (numbers, strings, a value that converts
 * itself) whole.
 */
function* valueParts(value: unknown, depth: number): Generator<string> {
  if (isOpen(value)) {
    const closing = "  ".repeat(depth);
    if (Array.isArray(value)) {
      if (value.length > 0) {
        yield "[\n";
        for (let from = 0; from < value.length; from += ITEMS_PER_PIECE) {
          const to = Math.min(value.length, from + ITEMS_PER_PIECE);
          yield listItemsJson(value, from, to, depth + 1);
          yield to < value.length ? ",\n" : "\n";
        }
        yield `${closing}]`;
        return;
      }
    } else {
      const keys = Object.keys(value).filter((k) => !isLeftOut(value[k]));
      if (keys.length > 0) {
        const inner = `${closing}  `;
        yield "{\n";
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i] ?? "";
          yield `${inner}${JSON.stringify(key)}: `;
          yield* valueParts(value[key], depth + 1);
          yield i < keys.length - 1 ? ",\n" : "\n";
        }
        yield `${closing}}`;
        return;
      }
    }
  }
  yield nestedJson(value, depth) ?? "null";
}

/**
 * The same document as `reportToJson`, character for character, in pieces of about 64,000
 * characters: lists are written 100 items at a time and records key by key, at every depth — so a
 * large network's report is written without ever holding its whole text (254 MB at 100,000
 * nodes) or a whole section's (the power map, the rotation…) in memory.
 */
export function* reportJsonPieces(report: CoalitionReport | object): Generator<string> {
  if (Object.values(report).some((v) => v !== null && typeof v === "object" && typeof (v as { toJSON?: unknown }).toJSON === "function")) {
    yield reportToJson(report); // a value that converts itself: left to JSON.stringify whole
    return;
  }
  let piece = "";
  for (const part of valueParts(report, 0)) {
    piece += part;
    if (piece.length >= PIECE_CHARACTERS) {
      yield piece;
      piece = "";
    }
  }
  yield `${piece}\n`;
}

export interface MarkdownOptions {
  /** At most this many rejections/warnings/merges are listed; the rest are counted (default 50). */
  maxListed?: number;
}

const DELIMITER_NAMES: Record<string, string> = { ",": "comma", ";": "semicolon", "\t": "tab" };

/** A readable summary in Markdown (fine in a terminal): the network, then the import report. */
export function renderMarkdown(report: CoalitionReport, options: MarkdownOptions = {}): string {
  const max = options.maxListed ?? 50;
  const s = report.summary;
  const imp = report.import;
  const out: string[] = [];
  out.push("# Coalition Map — network summary", "");
  out.push(
    `${countWords(s.nodes, "node", "nodes")} (${countWords(s.people, "person", "people")}, ${countWords(s.organizations, "organization", "organizations")}) ` +
      `and ${countWords(s.edges, "tie", "ties")} (${s.positiveTies} positive, ${s.negativeTies} negative).`,
    "",
  );
  out.push(`Format: ${s.format === "workbook" ? "coalition workbook" : "generic network (edge list)"}` + (s.hasStrength ? ", ties have strengths." : ", no tie strengths given (every tie counts 1)."));
  if (s.inferredNodes > 0) out.push(`${countWords(s.inferredNodes, "node was", "nodes were")} added because a tie or a person's organization named them but no list did (see warnings).`);
  out.push("");
  out.push("## Nodes by kind and status", "");
  out.push("| kind | count |", "|---|---:|", `| people | ${s.people} |`, `| organizations | ${s.organizations} |`, "");
  out.push("| status | count |", "|---|---:|");
  for (const k of ["core", "member", "prospect", "none"] as const) out.push(`| ${k} | ${s.byStatus[k]} |`);
  out.push("");
  out.push("## Ties by type", "");
  if (s.edges === 0) out.push("No ties.");
  else {
    out.push("| type | count |", "|---|---:|");
    for (const [t, n] of Object.entries(s.tiesByType)) out.push(`| ${cell(t)} | ${n} |`);
  }
  if (s.implicitTies > 0) out.push("", `${countWords(s.implicitTies, "membership tie comes", "membership ties come")} from people's organization column.`);
  out.push("");
  out.push("## Components", "");
  out.push(
    `${countWords(s.components, "connected component", "connected components")} (largest: ${s.largestComponent} of ${s.nodes}); ` +
      `${s.positiveComponents} counting positive ties only; ${countWords(s.isolates, "node has", "nodes have")} no tie at all.`,
  );
  if (s.needs > 0) out.push("", `Needs file: ${countWords(s.needs, "service need", "service needs")}.`);
  out.push("");
  out.push("## Import", "");
  out.push(`${imp.rowsRead} rows read: ${imp.imported} imported, ${imp.merged} merged into earlier rows, ${imp.rejected} rejected.`, "");
  out.push("| file | role | encoding | delimiter | rows | imported | merged | rejected |", "|---|---|---|---|---:|---:|---:|---:|");
  for (const f of imp.files) {
    out.push(`| ${cell(f.file)} | ${f.role} | ${f.encoding} | ${DELIMITER_NAMES[f.delimiter] ?? f.delimiter} | ${f.rowsRead} | ${f.imported} | ${f.merged} | ${f.rejected} |`);
  }
  const list = (title: string, items: string[]) => {
    if (items.length === 0) return;
    out.push("", `### ${title} (${items.length})`, "");
    // Messages quote the files' own cells: escaped like table cells, so a value is never HTML, a link or emphasis.
    for (const it of items.slice(0, max)) out.push(`- ${cell(it)}`);
    if (items.length > max) out.push(`- … and ${items.length - max} more (use --json for the full list).`);
  };
  list("Rejected rows", imp.rejections.map((r) => r.reason));
  list(
    "Merged duplicates",
    imp.merges.map(
      (m) =>
        `${m.file}:${m.line} merged into ${m.into.file}:${m.into.line} ("${m.id}")` +
        (m.conflicts.length > 0 ? `; kept the earlier value of ${m.conflicts.map((c) => `"${c}"`).join(", ")}` : ""),
    ),
  );
  list("Warnings", imp.warnings.map((w) => w.message));
  list("Changes from the activity log", (imp.info ?? []).map((w) => w.message));
  out.push("");
  return out.join("\n");
}
