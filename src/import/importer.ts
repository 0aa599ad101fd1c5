/**
 * importCoalition: coalition spreadsheets (or a generic Gephi-style edge list) in, one typed
 * graphology graph and an import report out. Every data row is imported, merged into an earlier
 * row, or rejected with file:line:column and a reason.
 *
 * Order of work: organizations, people, node lists, tie lists, needs (each group in the order
 * the files were given), so that people can name their organization and ties can name anyone.
 */
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes } from "../graph/model.js";
import type { CoalitionGraph, EdgeAttributes, Need, NodeAttributes, NodeKind, SourceRef } from "../graph/types.js";
import { isDirectedType, isNegativeType, MEMBERSHIP_TYPE, normalizeTieType } from "../graph/vocabulary.js";
import type { FileReport, FileRole, ImportReport, ImportWarning, MergeRecord, Rejection } from "../graph/import-report.js";
import { COLUMNS, mapColumns, REQUIRED, type ColumnMap } from "./columns.js";
import { readCsv, type CsvFile, type CsvRow } from "./csv.js";
import { ImportError } from "./errors.js";
import { baseName, detectRole, type DetectedRole } from "./roles.js";
import {
  normalizeName,
  normalizeService,
  parseNumber,
  parseSign,
  parseStatus,
  parseYesNo,
  slugify,
  splitList,
  splitTags,
} from "./values.js";

export interface InputFile {
  /** File name (a path is fine; its last part is used to guess the role). */
  name: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  /** Roles given by the caller, keyed by InputFile.name (or its base name with extension). */
  roles?: Record<string, FileRole>;
}

export interface ImportResult {
  graph: CoalitionGraph;
  report: ImportReport;
}

/** Strength of the membership tie created from a person's `organization` column (middle of 1–5). */
export const MEMBERSHIP_STRENGTH = 3;

const ROLE_WORDS: Record<FileRole, string> = {
  people: "people",
  organizations: "organizations",
  connections: "connections",
  needs: "needs (services)",
  nodes: "node list",
  edges: "edge list",
};

const WORKBOOK_ROLES: ReadonlySet<DetectedRole> = new Set(["people", "organizations", "needs"]);

interface LoadedFile {
  csv: CsvFile;
  role: FileRole;
  cols: ColumnMap;
  report: FileReport;
}

/** A row being read: its cells by canonical field, with the column each came from. */
class Row {
  constructor(
    readonly file: LoadedFile,
    readonly row: CsvRow,
  ) {}
  get line(): number {
    return this.row.line;
  }
  /** Trimmed cell of a canonical field; "" when the column is absent or the cell empty. */
  get(field: string): string {
    const i = this.file.cols.fields.get(field);
    return i === undefined ? "" : (this.row.cells[i] ?? "").trim();
  }
  has(field: string): boolean {
    return this.file.cols.fields.has(field);
  }
  /** 1-based column number of a field (or of the first column when absent). */
  col(field: string): number {
    const i = this.file.cols.fields.get(field);
    return i === undefined ? 1 : i + 1;
  }
  colName(field: string): string {
    const i = this.file.cols.fields.get(field);
    return i === undefined ? field : (this.file.csv.header[i] ?? field);
  }
  where(field?: string): string {
    const f = this.file.csv.name;
    if (field === undefined) return `${f}:${this.line}`;
    return `${f}:${this.line}:${this.col(field)} (column "${this.colName(field)}")`;
  }
  /** Unknown columns, by header, non-empty cells only. Cells beyond the header are "column N". */
  extra(): Record<string, string> {
    const out: Record<string, string> = {};
    const { extra } = this.file.cols;
    this.row.cells.forEach((c, i) => {
      const v = c.trim();
      if (v === "") return;
      const key = extra.get(i) ?? (i >= this.file.csv.header.length ? `column ${i + 1}` : undefined);
      if (key !== undefined) out[key] = v;
    });
    return out;
  }
  /** Names of the cells beyond the header that hold something. */
  overflow(): number[] {
    const out: number[] = [];
    for (let i = this.file.csv.header.length; i < this.row.cells.length; i++) {
      if ((this.row.cells[i] ?? "").trim() !== "") out.push(i + 1);
    }
    return out;
  }
}

interface NodeEntry {
  source: SourceRef;
}

class Importer {
  readonly graph: CoalitionGraph;
  readonly merges: MergeRecord[] = [];
  readonly rejections: Rejection[] = [];
  readonly warnings: ImportWarning[] = [];
  /** normalized name → node ids with that name (first first). */
  private readonly byName = new Map<string, string[]>();
  /** lower-case id → id, for references written in another case. */
  private readonly byLowerId = new Map<string, string>();
  private readonly entries = new Map<string, NodeEntry>();
  /** duplicate-tie key → edge key and the row it came from. */
  private readonly ties = new Map<string, { key: string; source: SourceRef }>();
  private readonly needs = new Map<string, { need: Need; source: SourceRef }>();
  private hasStrength = false;
  /** Only organizations were listed (no people file): invented nodes are organizations. */
  private readonly orgsOnly: boolean;
  /**
   * Whether any node list (people, organizations, nodes) was given. Without one, every node comes
   * from the ties: that is the normal case for a bare edge list, so it gets one note, not a warning per node.
   */
  private readonly hasNodeList: boolean;
  /** Nodes created from a tie list when no node list was given: file → count. */
  private readonly fromTies = new Map<string, number>();

  constructor(
    readonly format: "workbook" | "generic",
    orgsOnly: boolean,
    hasNodeList = true,
  ) {
    this.graph = createCoalitionGraph({ format });
    this.orgsOnly = orgsOnly;
    this.hasNodeList = hasNodeList;
  }

  // ---- accounting -------------------------------------------------------------------------

  reject(r: Row, field: string, reason: string): void {
    r.file.report.rejected++;
    this.rejections.push({
      file: r.file.csv.name,
      line: r.line,
      column: r.col(field),
      columnName: r.colName(field),
      reason: `${r.where(field)}: ${reason}`,
    });
  }

  warn(r: Row, field: string | undefined, message: string): void {
    const w: ImportWarning = { file: r.file.csv.name, line: r.line, message: `${r.where(field)}: ${message}` };
    if (field !== undefined) {
      w.column = r.col(field);
      w.columnName = r.colName(field);
    }
    this.warnings.push(w);
  }

  private merged(r: Row, into: SourceRef, id: string, conflicts: string[]): void {
    r.file.report.merged++;
    this.merges.push({ file: r.file.csv.name, line: r.line, into: { file: into.file, line: into.line }, id, conflicts });
  }

  private checkOverflow(r: Row): void {
    const cols = r.overflow();
    if (cols.length > 0) {
      this.warnings.push({
        file: r.file.csv.name,
        line: r.line,
        column: cols[0],
        columnName: `column ${cols[0]}`,
        message:
          `${r.file.csv.name}:${r.line}:${cols[0]}: this row has more cells than the header has columns; ` +
          `the extra cells were kept as "column ${cols[0]}"${cols.length > 1 ? " etc." : ""}. A missing quote or an unquoted delimiter inside a cell can cause this.`,
      });
    }
  }

  // ---- node registry ----------------------------------------------------------------------

  private register(id: string, label: string, source: SourceRef): void {
    if (!this.entries.has(id)) this.entries.set(id, { source });
    const n = normalizeName(label);
    const list = this.byName.get(n);
    if (list === undefined) this.byName.set(n, [id]);
    else if (!list.includes(id)) list.push(id);
    if (!this.byLowerId.has(id.toLowerCase())) this.byLowerId.set(id.toLowerCase(), id);
  }

  /** Find a node by id, then id in another case, then name (optionally only of one kind). */
  lookup(ref: string, kind?: NodeKind): string | undefined {
    const ok = (id: string) => kind === undefined || this.graph.getNodeAttribute(id, "kind") === kind;
    if (this.graph.hasNode(ref) && ok(ref)) return ref;
    const lower = this.byLowerId.get(ref.toLowerCase());
    if (lower !== undefined && ok(lower)) return lower;
    const named = this.byName.get(normalizeName(ref));
    return named?.find(ok);
  }

  /** A free id: `base`, else `base-2`, `base-3`… */
  private freeId(base: string): string {
    if (!this.graph.hasNode(base)) return base;
    for (let k = 2; ; k++) if (!this.graph.hasNode(`${base}-${k}`)) return `${base}-${k}`;
  }

  /** Create a node nobody listed, because a tie or a person's organization named it. */
  private inferNode(ref: string, kind: NodeKind, r: Row, field: string, why: string): string {
    const id = this.format === "generic" ? ref : this.freeId(slugify(ref));
    const source = { file: r.file.csv.name, line: r.line };
    this.graph.addNode(id, nodeAttributes({ label: ref, kind, inferred: true, source }));
    this.register(id, ref, source);
    if (!this.hasNodeList && field !== "organization") {
      const file = r.file.csv.name;
      this.fromTies.set(file, (this.fromTies.get(file) ?? 0) + 1);
      return id;
    }
    const listWord = this.format === "generic" ? "the node list" : kind === "person" ? "people.csv" : "organizations.csv";
    this.warn(r, field, `"${ref}" ${why}; added as a new ${kind === "person" ? "person" : "organization"} so nothing is lost. Check the spelling, or add them to ${listWord}.`);
    return id;
  }

  // ---- people and organizations -------------------------------------------------------------

  private readStatus(r: Row): NodeAttributes["status"] {
    const raw = r.get("status");
    const s = parseStatus(raw);
    if (s === undefined) {
      this.warn(r, "status", `status "${raw}" is not one of core, member, prospect (or empty); treated as empty.`);
      return "none";
    }
    return s;
  }

  private readYesNo(r: Row, field: string, what: string): boolean | undefined {
    const raw = r.get(field);
    const v = parseYesNo(raw);
    if (v === "invalid") {
      this.warn(r, field, `${what} "${raw}" is not yes or no; treated as no.`);
      return false;
    }
    return v;
  }

  /** One row of people.csv or organizations.csv. */
  workbookNode(r: Row, kind: NodeKind): void {
    const name = r.get("name");
    const idRaw = r.get("id");
    const what = kind === "person" ? "person" : "organization";
    if (name === "") {
      this.reject(
        r,
        "name",
        idRaw === ""
          ? `the name is empty; row skipped. Every ${what} needs a name.`
          : `the name is empty (id "${idRaw}"); row skipped. Every ${what} needs a name.`,
      );
      return;
    }
    const attrs = nodeAttributes({ label: name, kind, status: this.readStatus(r), extra: r.extra() });
    const source = { file: r.file.csv.name, line: r.line };
    attrs.source = source;
    const sector = r.get("sector").toLowerCase();
    if (sector !== "") attrs.sector = sector;
    const tags = splitTags(r.get("tags"));
    if (tags.length > 0) attrs.tags = tags;
    const notes = r.get("notes");
    if (notes !== "") attrs.notes = notes;
    let orgRef = "";
    if (kind === "person") {
      const role = r.get("role");
      if (role !== "") attrs.role = role;
      const area = r.get("area");
      if (area !== "") attrs.areas = [area];
      attrs.decisionMaker = this.readYesNo(r, "decisionMaker", "decision maker") ?? false;
      attrs.livedExperience = this.readYesNo(r, "livedExperience", "lived experience") ?? false;
      orgRef = r.get("organization");
    } else {
      attrs.services = splitList(r.get("services")).map(normalizeService);
      attrs.areas = splitList(r.get("areas"));
      attrs.anchor = this.readYesNo(r, "anchor", "anchor") ?? false;
    }
    this.checkOverflow(r);

    // Which node is this? An explicit id, else the same name, else an id made from the name.
    let id: string;
    if (idRaw !== "") {
      id = idRaw;
      if (this.graph.hasNode(id)) {
        const other = this.graph.getNodeAttributes(id);
        if (other.kind !== kind) {
          this.reject(r, "id", `id "${id}" is already used by the ${other.kind} "${other.label}" (${this.at(id)}); row skipped. Give each person and organization its own id.`);
          return;
        }
        this.mergeNode(r, id, attrs, orgRef);
        return;
      }
      const same = this.byName.get(normalizeName(name))?.find((o) => this.graph.getNodeAttribute(o, "kind") === kind);
      if (same !== undefined) {
        this.warn(r, "name", `"${name}" has the same name as "${same}" (${this.at(same)}) but a different id; kept as two ${kind === "person" ? "people" : "organizations"}. Ties that give this name (not the id) go to the first one.`);
      }
    } else {
      const same = this.lookup(name, kind);
      if (same !== undefined && normalizeName(this.graph.getNodeAttribute(same, "label")) === normalizeName(name)) {
        this.mergeNode(r, same, attrs, orgRef);
        return;
      }
      id = this.freeId(slugify(name));
    }
    this.graph.addNode(id, attrs);
    this.register(id, name, source);
    r.file.report.imported++;
    if (orgRef !== "") this.joinOrganization(r, id, orgRef);
  }

  private at(id: string): string {
    const s = this.entries.get(id)?.source;
    return s === undefined ? "listed earlier" : `${s.file} line ${s.line}`;
  }

  /** The membership tie from a person's `organization` column (creating the organization if nobody listed it). */
  private joinOrganization(r: Row, personId: string, orgRef: string): void {
    const orgId = this.lookup(orgRef, "organization") ?? this.inferNode(orgRef, "organization", r, "organization", "is not in organizations.csv");
    this.graph.setNodeAttribute(personId, "organization", orgId);
    const source = { file: r.file.csv.name, line: r.line };
    const key = addTie(this.graph, personId, orgId, edgeAttributes({ type: MEMBERSHIP_TYPE, strength: MEMBERSHIP_STRENGTH, implicit: true, source }));
    this.ties.set(this.tieKey(MEMBERSHIP_TYPE, false, personId, orgId), { key, source });
  }

  /** Merge a duplicate node row into the existing node: fill what is empty, list what disagrees. */
  private mergeNode(r: Row, id: string, attrs: NodeAttributes, orgRef: string): void {
    const cur = this.graph.getNodeAttributes(id);
    const conflicts: string[] = [];
    const scalar = (field: keyof NodeAttributes, column: string, empty: unknown = undefined) => {
      const a = cur[field];
      const b = attrs[field];
      if (b === undefined || b === empty) return;
      if (a === undefined || a === empty) this.graph.setNodeAttribute(id, field, b);
      else if (a !== b) conflicts.push(r.colName(column));
    };
    if (normalizeName(cur.label) !== normalizeName(attrs.label)) conflicts.push(r.colName("name"));
    scalar("status", "status", "none");
    scalar("sector", "sector");
    scalar("role", "role");
    scalar("notes", "notes");
    scalar("decisionMaker", "decisionMaker", false);
    scalar("livedExperience", "livedExperience", false);
    scalar("anchor", "anchor", false);
    const union = (field: "areas" | "services" | "tags") => {
      const merged = [...cur[field]];
      for (const v of attrs[field]) if (!merged.some((m) => m.toLowerCase() === v.toLowerCase())) merged.push(v);
      if (merged.length !== cur[field].length) this.graph.setNodeAttribute(id, field, merged);
    };
    // A person has one area: a different one is a conflict. Organizations serve many.
    if (cur.kind === "person" && cur.areas.length > 0 && attrs.areas.length > 0 && cur.areas[0]?.toLowerCase() !== attrs.areas[0]?.toLowerCase()) {
      conflicts.push(r.colName("area"));
    } else union("areas");
    union("services");
    union("tags");
    const extra = { ...cur.extra };
    for (const [k, v] of Object.entries(attrs.extra)) {
      if (extra[k] === undefined) extra[k] = v;
      else if (extra[k] !== v) conflicts.push(k);
    }
    this.graph.setNodeAttribute(id, "extra", extra);
    if (orgRef !== "") {
      const orgId = this.lookup(orgRef, "organization");
      if (cur.organization === undefined) this.joinOrganization(r, id, orgRef);
      else if (orgId !== cur.organization) conflicts.push(r.colName("organization"));
    }
    this.merged(r, this.entries.get(id)?.source ?? { file: r.file.csv.name, line: r.line }, id, conflicts);
  }

  /** One row of a generic node list: id (kept exactly as written) and/or label, optional kind. */
  genericNode(r: Row): void {
    const idRaw = r.get("id");
    const label = r.get("label");
    if (idRaw === "" && label === "") {
      this.reject(r, r.has("id") ? "id" : "label", `the node has neither an id nor a label; row skipped.`);
      return;
    }
    const id = idRaw !== "" ? idRaw : label;
    let kind: NodeKind = "person";
    const kindRaw = r.get("kind").toLowerCase();
    if (["organization", "organisation", "org", "agency", "group"].includes(kindRaw)) kind = "organization";
    else if (kindRaw !== "" && !["person", "people", "individual"].includes(kindRaw)) {
      this.warn(r, "kind", `kind "${r.get("kind")}" is neither person nor organization; treated as a person.`);
    }
    const source = { file: r.file.csv.name, line: r.line };
    const attrs = nodeAttributes({ label: label !== "" ? label : id, kind, extra: r.extra(), source });
    this.checkOverflow(r);
    if (this.graph.hasNode(id)) {
      const cur = this.graph.getNodeAttributes(id);
      const conflicts: string[] = [];
      // A node first listed without a label (label = id) takes the label given now.
      if (label !== "" && cur.label === id && label !== id) {
        this.graph.setNodeAttribute(id, "label", label);
        this.register(id, label, source);
      }
      else if (label !== "" && cur.label !== label) conflicts.push(r.colName("label"));
      if (kindRaw !== "" && cur.kind !== kind) conflicts.push(r.colName("kind"));
      const extra = { ...cur.extra };
      for (const [k, v] of Object.entries(attrs.extra)) {
        if (extra[k] === undefined) extra[k] = v;
        else if (extra[k] !== v) conflicts.push(k);
      }
      this.graph.setNodeAttribute(id, "extra", extra);
      this.merged(r, this.entries.get(id)?.source ?? source, id, conflicts);
      return;
    }
    this.graph.addNode(id, attrs);
    this.register(id, attrs.label, source);
    r.file.report.imported++;
  }

  // ---- ties ---------------------------------------------------------------------------------

  private tieKey(type: string, directed: boolean, s: string, t: string): string {
    const [a, b] = directed || s < t ? [s, t] : [t, s];
    return `${type}\u0000${directed ? ">" : "-"}\u0000${a}\u0000${b}`;
  }

  /** One row of connections.csv or of a generic edge list. */
  tie(r: Row): void {
    const generic = r.file.role === "edges" || this.format === "generic";
    const fromRef = r.get("from");
    const toRef = r.get("to");
    if (fromRef === "") return this.reject(r, "from", `the "${r.colName("from")}" cell is empty; a tie needs both ends. Row skipped.`);
    if (toRef === "") return this.reject(r, "to", `the "${r.colName("to")}" cell is empty; a tie needs both ends. Row skipped.`);

    // Type; Gephi's Directed/Undirected "type" column sets the direction only.
    const typeRaw = r.get("type");
    const untyped = generic ? "tie" : "knows";
    let type = normalizeTieType(typeRaw, untyped);
    let gephiDirected: boolean | undefined;
    if (type === "directed" || type === "undirected") {
      gephiDirected = type === "directed";
      type = untyped;
    }

    // Strength (workbook: 1–5) or weight (generic: any positive number). Below zero = negative tie.
    let strength = 1;
    let negativeStrength = false;
    const sRaw = r.get("strength");
    if (sRaw !== "") {
      const word = generic ? "weight" : "strength";
      const n = parseNumber(sRaw);
      if (Number.isNaN(n)) {
        return this.reject(
          r,
          "strength",
          generic
            ? `${word} "${sRaw}" is not a number; row skipped.`
            : `strength "${sRaw}" is not a number; use 1 (acquaintance) to 5 (very close). Row skipped.`,
        );
      }
      negativeStrength = n < 0;
      strength = Math.abs(n);
      if (generic && strength === 0) return this.reject(r, "strength", `weight "${sRaw}" is zero; a weight must be a positive number. Row skipped.`);
      if (!generic && (strength < 1 || strength > 5)) return this.reject(r, "strength", `strength "${sRaw}" is outside 1–5; row skipped.`);
      this.hasStrength = true;
    }

    const signRaw = r.get("sign");
    let sign = parseSign(signRaw);
    if (sign === "invalid") {
      this.warn(r, "sign", `sign "${signRaw}" is not + or -; ignored.`);
      sign = undefined;
    }
    const negative = sign === -1 || isNegativeType(type) || negativeStrength;
    if (sign === 1 && negative) {
      this.warn(r, "sign", `the sign is "+" but the ${isNegativeType(type) ? `type "${type}"` : "negative strength"} says this is a negative tie; counted as negative.`);
    }
    const directed = gephiDirected ?? isDirectedType(type);

    // Ends: self ties are rejected before anyone is invented.
    const found = [this.lookup(fromRef), this.lookup(toRef)];
    const same = found[0] !== undefined ? found[0] === found[1] : found[1] === undefined && (generic ? fromRef === toRef : normalizeName(fromRef) === normalizeName(toRef));
    if (same) return this.reject(r, "to", `"${toRef}" is tied to itself; a tie needs two different people or organizations. Row skipped.`);
    this.checkOverflow(r);
    const why = generic ? "is not in the node list" : "is not in people.csv or organizations.csv";
    const orgSide = !generic && (type === MEMBERSHIP_TYPE || type === "board_of" || type === "funds");
    const guess = (toSide: boolean): NodeKind =>
      (toSide && orgSide) || (!generic && this.orgsOnly) ? "organization" : "person";
    const s = found[0] ?? this.inferNode(fromRef, guess(false), r, "from", why);
    const t = found[1] ?? this.lookup(toRef) ?? this.inferNode(toRef, guess(true), r, "to", why);

    const source = { file: r.file.csv.name, line: r.line };
    const attrs: EdgeAttributes = edgeAttributes({ type, strength, sign: negative ? -1 : 1, directed, extra: r.extra(), source });
    const since = r.get("since");
    if (since !== "") attrs.since = since;
    const notes = r.get("notes");
    if (notes !== "") attrs.notes = notes;

    // In a generic edge list (Gephi's convention: rows are directed statements), a reversed row
    // B→A is its own tie, kept beside A→B; only a repeated row is a duplicate.
    const dupKey = this.tieKey(type, directed || generic, s, t);
    const earlier = this.ties.get(dupKey);
    if (earlier !== undefined) {
      const cur = this.graph.getEdgeAttributes(earlier.key);
      if (cur.implicit === true) {
        // The tie also follows from the person's organization column: this row now defines it.
        this.graph.replaceEdgeAttributes(earlier.key, attrs);
        this.ties.set(dupKey, { key: earlier.key, source });
        r.file.report.imported++;
        return;
      }
      const conflicts: string[] = [];
      if (cur.strength !== attrs.strength && sRaw !== "") conflicts.push(r.colName("strength"));
      if (cur.sign !== attrs.sign) conflicts.push(r.has("sign") ? r.colName("sign") : r.colName("strength"));
      if (attrs.since !== undefined && cur.since !== undefined && cur.since !== attrs.since) conflicts.push(r.colName("since"));
      if (attrs.notes !== undefined && cur.notes !== undefined && cur.notes !== attrs.notes) conflicts.push(r.colName("notes"));
      const extra = { ...cur.extra };
      for (const [k, v] of Object.entries(attrs.extra)) {
        if (extra[k] === undefined) extra[k] = v;
        else if (extra[k] !== v) conflicts.push(k);
      }
      this.graph.mergeEdgeAttributes(earlier.key, {
        extra,
        ...(cur.since === undefined && attrs.since !== undefined ? { since: attrs.since } : {}),
        ...(cur.notes === undefined && attrs.notes !== undefined ? { notes: attrs.notes } : {}),
      });
      const name = (id: string) => this.graph.getNodeAttribute(id, "label") || id;
      this.merged(r, earlier.source, `${name(s)} – ${name(t)} (${type})`, conflicts);
      return;
    }
    const key = addTie(this.graph, s, t, attrs);
    this.ties.set(dupKey, { key, source });
    r.file.report.imported++;
  }

  // ---- needs --------------------------------------------------------------------------------

  need(r: Row): void {
    const service = normalizeService(r.get("service"));
    const area = r.get("area");
    if (service === "") return this.reject(r, "service", `the service is empty; row skipped.`);
    if (area === "") return this.reject(r, "area", `the area is empty; say where "${service}" is needed. Row skipped.`);
    this.checkOverflow(r);
    const need: Need = { service, area };
    const priority = r.get("priority");
    if (priority !== "") need.priority = priority;
    const key = `${service}\u0000${area.toLowerCase()}`;
    const earlier = this.needs.get(key);
    if (earlier !== undefined) {
      const conflicts: string[] = [];
      if (need.priority !== undefined) {
        if (earlier.need.priority === undefined) earlier.need.priority = need.priority;
        else if (earlier.need.priority !== need.priority) conflicts.push(r.colName("priority"));
      }
      this.merged(r, earlier.source, `${service} @ ${earlier.need.area}`, conflicts);
      return;
    }
    this.needs.set(key, { need, source: { file: r.file.csv.name, line: r.line } });
    r.file.report.imported++;
  }

  finish(): void {
    for (const [file, n] of this.fromTies) {
      this.warnings.push({
        file,
        line: 1,
        message: `${file}: no node list was given, so the ${n} ${n === 1 ? "person or organization" : "people and organizations"} named in it ${n === 1 ? "was" : "were"} created from the ties (add a node list to give them labels, kinds and attributes).`,
      });
    }
    this.graph.setAttribute("hasStrength", this.hasStrength);
    this.graph.setAttribute("needs", [...this.needs.values()].map((n) => n.need));
  }
}

function roleFor(file: InputFile, csv: CsvFile, roles: Record<string, FileRole> | undefined): DetectedRole {
  const given = roles?.[file.name] ?? roles?.[file.name.split(/[\\/]/).pop() ?? file.name];
  if (given !== undefined) return given;
  const detected = detectRole(file.name, csv.header);
  if (detected === undefined) {
    throw new ImportError(
      `Coalition Map can't tell what ${file.name} holds (columns: ${csv.header.map((h) => `"${h}"`).join(", ")}). ` +
        `Rename it (people.csv, organizations.csv, connections.csv, services.csv) or say which it is.`,
      file.name,
    );
  }
  return detected;
}

/**
 * Import coalition spreadsheets (people, organizations, connections, services) or a generic
 * edge list (+ optional node list) into one graph, with a report accounting for every row.
 * Throws ImportError for problems that stop the import (no file, not a CSV, a required column
 * missing, no file holding people, organizations or ties).
 */
export function importCoalition(files: InputFile[], options: ImportOptions = {}): ImportResult {
  if (files.length === 0) {
    throw new ImportError("No input files were given. Give the folder holding your CSV files, or the files themselves.");
  }
  const parsed = files.map((f) => {
    const csv = readCsv(f.name, f.bytes);
    return { csv, detected: roleFor(f, csv, options.roles) };
  });
  const workbook = parsed.some(
    (p) => WORKBOOK_ROLES.has(p.detected) || p.detected === "connections" || (p.detected === "ties" && /^(connection|ties?\b|ties_|relationship)/i.test(baseName(p.csv.name))),
  );
  const format = workbook ? "workbook" : "generic";
  const loaded: LoadedFile[] = parsed.map(({ csv, detected }) => {
    const role: FileRole = detected === "ties" ? (workbook ? "connections" : "edges") : detected;
    const cols = mapColumns(csv.header, role);
    for (const group of REQUIRED[role]) {
      if (!group.some((f) => cols.fields.has(f))) {
        const names = group.flatMap((f) => (COLUMNS[role][f] ?? []).slice(0, 2)).map((n) => `"${n}"`);
        throw new ImportError(
          `${csv.name} (the ${ROLE_WORDS[role]} file) has no ${names.join(" or ")} column. ` +
            `Its columns are: ${csv.header.map((h) => `"${h}"`).join(", ")}.`,
          csv.name,
        );
      }
    }
    const report: FileReport = {
      file: csv.name,
      role,
      encoding: csv.encoding,
      delimiter: csv.delimiter,
      rowsRead: csv.rows.length,
      imported: 0,
      merged: 0,
      rejected: 0,
    };
    return { csv, role, cols, report };
  });
  if (!loaded.some((f) => f.role !== "needs")) {
    throw new ImportError(
      `No people, organizations or connections file was found among ${loaded.map((f) => f.csv.name).join(", ")}; there is no network to build.`,
    );
  }

  const imp = new Importer(
    format,
    loaded.some((f) => f.role === "organizations") && !loaded.some((f) => f.role === "people"),
    loaded.some((f) => f.role === "people" || f.role === "organizations" || f.role === "nodes"),
  );
  const each = (role: FileRole, fn: (r: Row) => void) => {
    for (const f of loaded) if (f.role === role) for (const row of f.csv.rows) fn(new Row(f, row));
  };
  each("organizations", (r) => imp.workbookNode(r, "organization"));
  each("people", (r) => imp.workbookNode(r, "person"));
  each("nodes", (r) => imp.genericNode(r));
  each("connections", (r) => imp.tie(r));
  each("edges", (r) => imp.tie(r));
  each("needs", (r) => imp.need(r));
  imp.finish();

  const fileReports = loaded.map((f) => f.report);
  const sum = (k: "rowsRead" | "imported" | "merged" | "rejected") => fileReports.reduce((a, f) => a + f[k], 0);
  const report: ImportReport = {
    files: fileReports,
    rowsRead: sum("rowsRead"),
    imported: sum("imported"),
    merged: sum("merged"),
    rejected: sum("rejected"),
    merges: imp.merges,
    rejections: imp.rejections,
    warnings: imp.warnings,
  };
  return { graph: imp.graph, report };
}
