/**
 * applyEdit(workbook, edit) → a new workbook (pure; the old one is never changed).
 *
 * An edit names nodes by id: the row that defines the node (its first row, and the rows merged
 * into it) is found through the graph of the workbook (`importWorkbook`: each node's `source`,
 * the import report's merges) and edited; a node no list defines (created from a tie) gets a row
 * in the right file. A column the file does not have is appended (its cells empty in the other
 * rows). Ties are written with the ends as the file names them (the id when the lists have ids,
 * else the name). Asks and one-on-ones are appended to activity.csv, created with the header
 * `date,kind,member,person,outcome,notes` when absent (the contract in activity-format).
 */
import { mapColumns } from "../import/columns.js";
import type { FileRole } from "../graph/import-report.js";
import type { CoalitionGraph, EdgeAttributes } from "../graph/types.js";
import { isNegativeType, normalizeTieType } from "../graph/vocabulary.js";
import { normalizeName, slugify } from "../import/values.js";
import type { ImportResult } from "../import/importer.js";
import { ACTIVITY_FILE, ACTIVITY_HEADER, importWorkbook, isActivityTable } from "./import.js";
import { EditError, type Edit, type Table, type TieFields, type TieRef, type Workbook, type WorkbookRow } from "./types.js";
import { breaksIn, nextLine } from "./write.js";

/** The header written for a column an edit appends, by the importer's field name. */
const COLUMN_NAMES: Readonly<Record<string, string>> = {
  id: "id",
  name: "name",
  label: "label",
  kind: "kind",
  status: "status",
  organization: "organization",
  role: "role",
  sector: "sector",
  decisionMaker: "decision_maker",
  livedExperience: "lived_experience",
  area: "area",
  areas: "areas",
  services: "services",
  notes: "notes",
  from: "from",
  to: "to",
  type: "type",
  strength: "strength",
  sign: "sign",
  since: "since",
  joined: "joined",
};

const NODE_ROLES: ReadonlySet<FileRole> = new Set(["people", "organizations", "nodes"]);
const TIE_ROLES: ReadonlySet<FileRole> = new Set(["connections", "edges"]);

/** A plain date the organizer can read back: YYYY-MM-DD, a real day. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * Free text typed in the map, as a cell: trimmed, and marked as text for spreadsheets when it
 * starts with `=`, `+`, `-` or `@` (the `'` csvText would put; the import reads it away, so the
 * map shows what was typed, and a spreadsheet opening the export runs no formula).
 */
export function typed(text: string): string {
  const t = text.trim();
  return /^[=+\-@]/.test(t) ? `'${t}` : t;
}

/** A list cell as the sample writes it ("emergency shelter;counseling"). */
function listCell(values: readonly string[]): string {
  return values.map(typed).filter((v) => v !== "").join(";");
}

/** The edit being made: tables copied on first write, so the workbook given stays as it was. */
class Draft {
  readonly tables: Table[];
  private readonly copied = new Set<number>();
  constructor(
    workbook: Workbook,
    readonly imported: ImportResult,
  ) {
    this.tables = [...workbook.tables];
  }

  get graph(): CoalitionGraph {
    return this.imported.graph;
  }

  result(): Workbook {
    return { tables: this.tables };
  }

  /** The role the import gave a table (undefined: a table the import left out, like an activity log it cannot read). */
  roleOf(name: string): FileRole | undefined {
    return this.imported.report.files.find((f) => f.file === name)?.role;
  }

  indexOf(name: string): number {
    return this.tables.findIndex((t) => t.name === name);
  }

  /** The table to change (copied once). */
  writable(i: number): Table {
    const t = this.tables[i];
    if (t === undefined) throw new EditError("That file is no longer in the workbook.");
    if (this.copied.has(i)) return t;
    const copy: Table = { ...t, header: [...t.header], rows: t.rows.map((r) => ({ cells: [...r.cells], line: r.line })) };
    this.tables[i] = copy;
    this.copied.add(i);
    return copy;
  }

  /** A new table at the end of the workbook. */
  add(name: string, header: readonly string[]): number {
    let unique = name;
    for (let k = 2; this.tables.some((t) => t.name.toLowerCase() === unique.toLowerCase()); k++) unique = name.replace(/\.csv$/i, `-${k}.csv`);
    this.tables.push({ name: unique, header: [...header], rows: [], delimiter: ",", bom: false });
    this.copied.add(this.tables.length - 1);
    return this.tables.length - 1;
  }

  /** First table of a role, or -1. */
  tableWithRole(role: FileRole): number {
    return this.tables.findIndex((t) => this.roleOf(t.name) === role);
  }

  /** The column of a field in a table (appended when absent). */
  column(i: number, role: FileRole, field: string): number {
    const t = this.tables[i];
    if (t === undefined) throw new EditError("That file is no longer in the workbook.");
    const found = mapColumns(t.header, role).fields.get(field);
    if (found !== undefined) return found;
    const w = this.writable(i);
    w.header.push(COLUMN_NAMES[field] ?? field);
    return w.header.length - 1;
  }

  /** Whether a table already has a column for the field. */
  hasColumn(i: number, role: FileRole, field: string): boolean {
    const t = this.tables[i];
    return t !== undefined && mapColumns(t.header, role).fields.has(field);
  }

  setCell(i: number, row: number, col: number, value: string): void {
    const r = this.writable(i).rows[row];
    if (r === undefined) throw new EditError("That row is no longer in the file.");
    while (r.cells.length <= col) r.cells.push("");
    r.cells[col] = value;
  }

  /** Append a row (cells by column) and return its index. */
  appendRow(i: number, values: ReadonlyMap<number, string>): number {
    const t = this.writable(i);
    const width = Math.max(t.header.length, ...[...values.keys()].map((c) => c + 1));
    const cells = Array<string>(width).fill("");
    for (const [c, v] of values) cells[c] = v;
    t.rows.push({ cells, line: nextLine(t) });
    return t.rows.length - 1;
  }

  /** Remove rows (by index) and move the rows after each one up by the lines it took. */
  removeRows(i: number, indices: readonly number[]): void {
    const t = this.writable(i);
    const gone = new Set(indices);
    const kept: WorkbookRow[] = [];
    let shift = 0;
    t.rows.forEach((r, k) => {
      if (gone.has(k)) shift += 1 + breaksIn(r.cells);
      else kept.push({ cells: r.cells, line: r.line - shift });
    });
    t.rows = kept;
  }

  /** The row of a table starting on a line, or -1. */
  rowAt(i: number, line: number): number {
    return this.tables[i]?.rows.findIndex((r) => r.line === line) ?? -1;
  }
}

/** The node, or an EditError naming the id. */
function nodeOf(d: Draft, id: string): ReturnType<CoalitionGraph["getNodeAttributes"]> {
  if (!d.graph.hasNode(id)) throw new EditError(`There is nobody with the id "${id}" in this coalition (any more).`);
  return d.graph.getNodeAttributes(id);
}

/** The rows that define a node: its first row and the rows merged into it (table index, row index). */
function nodeRows(d: Draft, id: string): { table: number; row: number }[] {
  const a = nodeOf(d, id);
  if (a.inferred === true || a.source === undefined) return [];
  const out: { table: number; row: number }[] = [];
  const at = (file: string, line: number) => {
    const table = d.indexOf(file);
    const role = d.roleOf(file);
    if (table < 0 || role === undefined || !NODE_ROLES.has(role)) return;
    const row = d.rowAt(table, line);
    if (row >= 0) out.push({ table, row });
  };
  at(a.source.file, a.source.line);
  for (const m of d.imported.report.merges) if (m.id === id) at(m.file, m.line);
  return out;
}

/** The node the importer's lookup finds for a reference (id, id in another case, then name). */
function resolves(graph: CoalitionGraph, ref: string): string | undefined {
  if (graph.hasNode(ref)) return ref;
  const lower = ref.toLowerCase();
  const byId = graph.findNode((n) => n.toLowerCase() === lower);
  if (byId !== undefined) return byId;
  const name = normalizeName(ref);
  return graph.findNode((_n, a) => normalizeName(a.label) === name);
}

/**
 * How a tie, a person's organization cell or the activity log names a node: the id the lists
 * wrote (files with an id column), else the name when it finds that node, else the id.
 */
function referenceOf(d: Draft, id: string): string {
  const a = nodeOf(d, id);
  const rows = nodeRows(d, id);
  const first = rows[0];
  if (first !== undefined) {
    const t = d.tables[first.table];
    const role = t ? d.roleOf(t.name) : undefined;
    if (t !== undefined && role !== undefined) {
      const idCol = mapColumns(t.header, role).fields.get("id");
      const cell = idCol === undefined ? "" : (t.rows[first.row]?.cells[idCol] ?? "").trim();
      if (cell !== "" && resolves(d.graph, cell) === id) return cell;
    }
  }
  return resolves(d.graph, a.label) === id ? a.label : id;
}

/** The table where nodes of a kind are listed (created when the workbook has none). */
function nodeTable(d: Draft, kind: "person" | "organization"): { table: number; role: FileRole } {
  if (d.graph.getAttribute("format") === "generic") {
    const i = d.tableWithRole("nodes");
    return { table: i >= 0 ? i : d.add("nodes.csv", ["id", "label", "kind"]), role: "nodes" };
  }
  const role: FileRole = kind === "person" ? "people" : "organizations";
  const i = d.tableWithRole(role);
  return { table: i >= 0 ? i : d.add(kind === "person" ? "people.csv" : "organizations.csv", ["name"]), role };
}

/** An id for a new node: its name made into an id, not used by any node nor written in any list. */
function freshId(d: Draft, name: string, prefix: string): string {
  const taken = new Set<string>();
  for (const t of d.tables) {
    const role = d.roleOf(t.name);
    if (role === undefined || !NODE_ROLES.has(role)) continue;
    const c = mapColumns(t.header, role).fields.get("id");
    if (c !== undefined) for (const r of t.rows) taken.add((r.cells[c] ?? "").trim());
  }
  const base = `${prefix}${slugify(name)}`;
  const free = (s: string) => !d.graph.hasNode(s) && !taken.has(s);
  if (free(base)) return base;
  for (let k = 2; ; k++) if (free(`${base}-${k}`)) return `${base}-${k}`;
}

/** The prefix the list's ids use ("p-" in p-evelyn-marsh), when every id has the same one. */
function idPrefix(t: Table, col: number): string {
  let prefix: string | undefined;
  for (const r of t.rows) {
    const m = /^([a-z]{1,3}[-_])/.exec((r.cells[col] ?? "").trim());
    const p = m?.[1] ?? "";
    if (prefix === undefined) prefix = p;
    else if (prefix !== p) return "";
  }
  return prefix ?? "";
}

/** Add a node row: fields by importer field name (empty values are left out). */
function addNode(d: Draft, kind: "person" | "organization", name: string, fields: Record<string, string>): void {
  const clean = name.trim();
  if (clean === "") throw new EditError(`A new ${kind} needs a name.`);
  const same = d.graph.findNode((_n, a) => a.kind === kind && normalizeName(a.label) === normalizeName(clean));
  if (same !== undefined) throw new EditError(`There is already ${kind === "person" ? "a person" : "an organization"} called “${d.graph.getNodeAttribute(same, "label")}”.`);
  const { table, role } = nodeTable(d, kind);
  const values = new Map<number, string>();
  if (role === "nodes") {
    values.set(d.column(table, role, "label"), typed(clean));
    values.set(d.column(table, role, "kind"), kind);
    const idCol = d.column(table, role, "id");
    values.set(idCol, freshId(d, clean, ""));
  } else {
    values.set(d.column(table, role, "name"), typed(clean));
    if (d.hasColumn(table, role, "id")) {
      const idCol = d.column(table, role, "id");
      const t = d.tables[table];
      values.set(idCol, freshId(d, clean, t ? idPrefix(t, idCol) : ""));
    }
    for (const [field, v] of Object.entries(fields)) if (v.trim() !== "") values.set(d.column(table, role, field), v.trim());
    // (fields are already cells: free text went through `typed`, references and words are the file's own)
  }
  d.appendRow(table, values);
}

/**
 * Set a field on every row defining the node (a node created from a tie gets a row of its own);
 * `more`: other fields set with it (in the same row).
 */
function setNodeField(d: Draft, id: string, field: string, value: string, what: string, more: readonly [string, string][] = []): void {
  const a = nodeOf(d, id);
  const rows = nodeRows(d, id);
  if (rows.length === 0) {
    const { table, role } = nodeTable(d, a.kind);
    if (role === "nodes") throw new EditError(`This network comes from a plain list of nodes, which has no ${what} column.`);
    const values = new Map<number, string>([[d.column(table, role, "name"), a.label]]);
    if (d.hasColumn(table, role, "id")) values.set(d.column(table, role, "id"), id);
    values.set(d.column(table, role, field), value);
    for (const [f, v] of more) values.set(d.column(table, role, f), v);
    d.appendRow(table, values);
    return;
  }
  for (const { table, row } of rows) {
    const t = d.tables[table];
    const role = t ? d.roleOf(t.name) : undefined;
    if (role === undefined) continue;
    if (role === "nodes") throw new EditError(`This network comes from a plain list of nodes, which has no ${what} column.`);
    d.setCell(table, row, d.column(table, role, field), value);
    for (const [f, v] of more) d.setCell(table, row, d.column(table, role, f), v);
  }
}

function requirePerson(d: Draft, id: string, what: string): void {
  if (nodeOf(d, id).kind !== "person") throw new EditError(`Only a person can be marked as ${what}.`);
}

/** The tie named by its ends and type (either direction for an undirected tie). */
function findTie(d: Draft, ref: TieRef): { key: string; attrs: EdgeAttributes } {
  nodeOf(d, ref.from);
  nodeOf(d, ref.to);
  const type = normalizeTieType(ref.type);
  const keys = [...d.graph.edges(ref.from, ref.to), ...d.graph.edges(ref.to, ref.from)];
  for (const key of keys) {
    const attrs = d.graph.getEdgeAttributes(key);
    if (attrs.type === type) return { key, attrs };
  }
  throw new EditError(`There is no “${type.replace(/_/g, " ")}” tie between these two (any more).`);
}

/** The rows of a tie: its row and the rows merged into it. */
function tieRows(d: Draft, attrs: EdgeAttributes): { table: number; row: number }[] {
  const src = attrs.source;
  if (src === undefined) return [];
  const out: { table: number; row: number }[] = [];
  const at = (file: string, line: number) => {
    const table = d.indexOf(file);
    const role = d.roleOf(file);
    if (table < 0 || role === undefined || !TIE_ROLES.has(role)) return;
    const row = d.rowAt(table, line);
    if (row >= 0) out.push({ table, row });
  };
  at(src.file, src.line);
  for (const m of d.imported.report.merges) if (m.into.file === src.file && m.into.line === src.line) at(m.file, m.line);
  return out;
}

/** The tie list new ties go to (created when the workbook has none). */
function tieTable(d: Draft): { table: number; role: FileRole } {
  const generic = d.graph.getAttribute("format") === "generic";
  const role: FileRole = generic ? "edges" : "connections";
  const i = d.tableWithRole(role);
  return { table: i >= 0 ? i : d.add(generic ? "edges.csv" : "connections.csv", ["from", "to"]), role };
}

function checkStrength(strength: number | undefined): void {
  if (strength !== undefined && !(Number.isInteger(strength) && strength >= 1 && strength <= 5)) throw new EditError("A tie's strength is a whole number from 1 (acquaintance) to 5 (very close).");
}

/** The cells of a tie's fields (by importer field). */
function tieCells(f: TieFields): [string, string][] {
  const out: [string, string][] = [];
  if (f.type !== undefined) out.push(["type", normalizeTieType(f.type)]);
  if (f.strength !== undefined) out.push(["strength", String(f.strength)]);
  if (f.sign !== undefined) out.push(["sign", f.sign === -1 ? "-" : "+"]);
  if (f.since !== undefined) out.push(["since", typed(f.since ?? "")]);
  if (f.notes !== undefined) out.push(["notes", typed(f.notes ?? "")]);
  return out;
}

function addTieRow(d: Draft, from: string, to: string, f: TieFields): void {
  if (from === to) throw new EditError("A tie needs two different people or organizations.");
  checkStrength(f.strength);
  const fromRef = typed(referenceOf(d, from));
  const toRef = typed(referenceOf(d, to));
  const { table, role } = tieTable(d);
  const values = new Map<number, string>([
    [d.column(table, role, "from"), fromRef],
    [d.column(table, role, "to"), toRef],
  ]);
  for (const [field, v] of tieCells(f)) {
    // A sign the type already says (+ for most, - for conflict) needs no new column.
    if (field === "sign" && !d.hasColumn(table, role, "sign") && (f.sign === -1) === isNegativeType(normalizeTieType(f.type ?? ""))) continue;
    if (v === "" && !d.hasColumn(table, role, field)) continue;
    values.set(d.column(table, role, field), v);
  }
  d.appendRow(table, values);
}

/** The activity log (created with the contract's header when absent). */
function activityTable(d: Draft): number {
  const i = d.tables.findIndex((t) => isActivityTable(t));
  return i >= 0 ? i : d.add(ACTIVITY_FILE, ACTIVITY_HEADER);
}

function logRow(d: Draft, cells: Record<(typeof ACTIVITY_HEADER)[number], string>): void {
  const table = activityTable(d);
  const t = d.writable(table);
  const values = new Map<number, string>();
  for (const [col, v] of Object.entries(cells)) {
    let c = t.header.findIndex((h) => h.trim().toLowerCase() === col);
    if (c < 0) {
      t.header.push(col);
      c = t.header.length - 1;
    }
    values.set(c, v);
  }
  d.appendRow(table, values);
}

function checkLog(d: Draft, date: string, member: string, person: string): void {
  if (!isIsoDate(date)) throw new EditError(`“${date}” is not a date written as year-month-day (2026-03-14).`);
  nodeOf(d, member);
  nodeOf(d, person);
  if (member === person) throw new EditError("The member and the other person must be two different people.");
}

/** A member's status (core or member): they count in the coalition. */
const isMemberStatus = (s: string): boolean => s === "core" || s === "member";

/** A date an edit carries for `joined`: YYYY-MM-DD, or an EditError. */
function joinedDate(date: string | undefined): string | undefined {
  if (date === undefined || date === "") return undefined;
  if (!isIsoDate(date)) throw new EditError(`“${date}” is not a date written as year-month-day (2026-03-14).`);
  return date;
}

/** Whether a node that becomes a member on `date` gets it as `joined`: none is written yet, and its list can hold one. */
function joinsOn(d: Draft, id: string, date: string | undefined): date is string {
  return date !== undefined && nodeOf(d, id).joined === undefined && d.graph.getAttribute("format") !== "generic";
}

/** Apply one edit: a new workbook. Throws EditError (plain words) when it cannot be made. */
export function applyEdit(workbook: Workbook, edit: Edit): Workbook {
  const d = new Draft(workbook, importWorkbook(workbook));
  switch (edit.kind) {
    case "addPerson": {
      const fields: Record<string, string> = {};
      if (edit.organization !== undefined && edit.organization !== "") {
        if (nodeOf(d, edit.organization).kind !== "organization") throw new EditError("A person's organization must be an organization.");
        fields.organization = typed(referenceOf(d, edit.organization));
      }
      if (edit.role !== undefined) fields.role = typed(edit.role);
      if (edit.status !== undefined) fields.status = edit.status;
      if (edit.area !== undefined) fields.area = typed(edit.area);
      if (edit.decisionMaker === true) fields.decisionMaker = "yes";
      if (edit.livedExperience === true) fields.livedExperience = "yes";
      if (edit.notes !== undefined) fields.notes = typed(edit.notes);
      const joined = joinedDate(edit.date);
      if (joined !== undefined && isMemberStatus(edit.status ?? "")) fields.joined = joined;
      addNode(d, "person", edit.name, fields);
      break;
    }
    case "addOrganization": {
      const fields: Record<string, string> = {};
      if (edit.sector !== undefined) fields.sector = typed(edit.sector);
      if (edit.services !== undefined) fields.services = listCell(edit.services);
      if (edit.areas !== undefined) fields.areas = listCell(edit.areas);
      if (edit.status !== undefined) fields.status = edit.status;
      if (edit.notes !== undefined) fields.notes = typed(edit.notes);
      const joined = joinedDate(edit.date);
      if (joined !== undefined && isMemberStatus(edit.status ?? "")) fields.joined = joined;
      addNode(d, "organization", edit.name, fields);
      break;
    }
    case "addTie": {
      nodeOf(d, edit.from);
      nodeOf(d, edit.to);
      const { kind: _k, from, to, ...fields } = edit;
      addTieRow(d, from, to, fields);
      break;
    }
    case "changeTie": {
      const { kind: _k, tie, ...fields } = edit;
      checkStrength(fields.strength);
      const found = findTie(d, tie);
      if (found.attrs.implicit === true || tieRows(d, found.attrs).length === 0) {
        // The tie comes from the person's organization cell (or is derived, as from the log of
        // one-on-ones): a row in the tie list now defines it.
        const [from, to] = d.graph.extremities(found.key);
        addTieRow(d, from, to, { type: found.attrs.type, strength: found.attrs.strength, ...fields });
        break;
      }
      for (const { table, row } of tieRows(d, found.attrs)) {
        const t = d.tables[table];
        const role = t ? d.roleOf(t.name) : undefined;
        if (role === undefined) continue;
        for (const [field, v] of tieCells(fields)) d.setCell(table, row, d.column(table, role, field), v);
      }
      break;
    }
    case "removeTie": {
      const found = findTie(d, edit.tie);
      if (found.attrs.implicit === true) {
        const [person] = d.graph.extremities(found.key);
        const p = d.graph.getNodeAttributes(person).kind === "person" ? person : d.graph.extremities(found.key)[1];
        for (const { table, row } of nodeRows(d, p)) {
          const t = d.tables[table];
          const role = t ? d.roleOf(t.name) : undefined;
          if (role !== undefined && d.hasColumn(table, role, "organization")) d.setCell(table, row, d.column(table, role, "organization"), "");
        }
        break;
      }
      const rows = tieRows(d, found.attrs);
      if (rows.length === 0) throw new EditError("This tie is not written in the connections file (it comes from the log of asks and one-on-ones): change that log instead.");
      const byTable = new Map<number, number[]>();
      for (const { table, row } of rows) byTable.set(table, [...(byTable.get(table) ?? []), row]);
      for (const [table, list] of byTable) d.removeRows(table, list);
      break;
    }
    case "setStatus": {
      const joined = joinedDate(edit.date);
      const a = nodeOf(d, edit.node);
      const generic = d.graph.getAttribute("format") === "generic";
      // Made a member (from prospect or no status): they joined that day, unless a joined date is
      // written. A member the log made one (a yes, dated by the ask) keeps that date, now written:
      // with "member" in the list, the log no longer makes them one.
      const date = !isMemberStatus(edit.status) || generic ? undefined : (a.joined ?? (isMemberStatus(a.status) ? undefined : joined));
      setNodeField(d, edit.node, "status", edit.status, "status", date !== undefined ? [["joined", date]] : []);
      break;
    }
    case "setDecisionMaker":
      requirePerson(d, edit.node, "a decision maker");
      setNodeField(d, edit.node, "decisionMaker", edit.value ? "yes" : "no", "decision maker");
      break;
    case "setLivedExperience":
      requirePerson(d, edit.node, "having lived experience");
      setNodeField(d, edit.node, "livedExperience", edit.value ? "yes" : "no", "lived experience");
      break;
    case "setArea": {
      const person = nodeOf(d, edit.node).kind === "person";
      if (person && edit.areas.filter((a) => a.trim() !== "").length > 1) throw new EditError("A person has one area.");
      setNodeField(d, edit.node, person ? "area" : "areas", listCell(edit.areas), "area");
      break;
    }
    case "setServices":
      if (nodeOf(d, edit.node).kind !== "organization") throw new EditError("Only an organization offers services.");
      setNodeField(d, edit.node, "services", listCell(edit.services), "services");
      break;
    case "logAsk": {
      checkLog(d, edit.date, edit.member, edit.person);
      const status = nodeOf(d, edit.person).status;
      // A yes makes a prospect (or someone without a status) a member at import (src/import/activity.ts,
      // which also dates it): they joined on the ask's date, written in their row of the list — a
      // person no list names yet (created from a tie) gets no row for it.
      if (edit.outcome === "yes" && (status === "prospect" || status === "none") && joinsOn(d, edit.person, edit.date) && nodeRows(d, edit.person).length > 0)
        setNodeField(d, edit.person, "joined", edit.date, "joined");
      logRow(d, { date: edit.date, kind: "ask", member: typed(referenceOf(d, edit.member)), person: typed(referenceOf(d, edit.person)), outcome: edit.outcome, notes: typed(edit.notes ?? "") });
      break;
    }
    case "logOneOnOne":
      checkLog(d, edit.date, edit.member, edit.person);
      logRow(d, { date: edit.date, kind: "one-on-one", member: typed(referenceOf(d, edit.member)), person: typed(referenceOf(d, edit.person)), outcome: "", notes: typed(edit.notes ?? "") });
      break;
  }
  return d.result();
}

/** Apply edits in order. */
export function applyEdits(workbook: Workbook, edits: readonly Edit[]): Workbook {
  let wb = workbook;
  for (const e of edits) wb = applyEdit(wb, e);
  return wb;
}
