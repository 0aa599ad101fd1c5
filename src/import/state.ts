/**
 * The import's shared state: the graph being built, the accounting (merges, rejections,
 * warnings) and the node registry (by id, by id in another case, by normalized name).
 * The readers (nodes.ts, ties.ts, needs.ts) add to it row by row.
 */
import { createCoalitionGraph, nodeAttributes } from "../graph/model.js";
import type { CoalitionGraph, Need, NodeKind, SourceRef } from "../graph/types.js";
import type { ImportWarning, MergeRecord, Rejection } from "../graph/import-report.js";
import type { Row } from "./row.js";
import { oneLine, shown } from "./text.js";
import { normalizeName, slugify } from "./values.js";

/**
 * graphology keeps each node's neighbours in plain objects keyed by node key, so a node key that
 * is an Object.prototype property name (`__proto__`, `constructor`, `toString`…) breaks the graph
 * and can pollute Object.prototype. Such ids are stored under `id_` (the label keeps the name).
 */
export function isUnsafeKey(id: string): boolean {
  return id in Object.prototype;
}

/** A warning about a place that is not a known field (a column number, the file as a whole). */
export function warningAt(file: string, line: number, column: number | undefined, message: string): ImportWarning {
  const w: ImportWarning = { file, line, message: oneLine(message) };
  if (column !== undefined) {
    w.column = column;
    w.columnName = `column ${column}`;
  }
  return w;
}

export class ImportState {
  readonly graph: CoalitionGraph;
  readonly merges: MergeRecord[] = [];
  readonly rejections: Rejection[] = [];
  readonly warnings: ImportWarning[] = [];
  /** normalized name → node ids with that name (first first). */
  private readonly byName = new Map<string, string[]>();
  /** lower-case id → id, for references written in another case. */
  private readonly byLowerId = new Map<string, string>();
  /** node id → the row that listed it first. */
  readonly entries = new Map<string, SourceRef>();
  /** duplicate-tie key → edge key and the row it came from. */
  readonly ties = new Map<string, { key: string; source: SourceRef }>();
  readonly needs = new Map<string, { need: Need; source: SourceRef }>();
  hasStrength = false;
  /** Ids that are property names → the key they are stored under. */
  private readonly escaped = new Map<string, string>();
  /** Nodes created from a tie list when no node list was given: file → count. */
  private readonly fromTies = new Map<string, number>();

  constructor(
    readonly format: "workbook" | "generic",
    /** Only organizations were listed (no people file): invented nodes are organizations. */
    readonly orgsOnly: boolean,
    /**
     * Whether any node list (people, organizations, nodes) was given. Without one, every node comes
     * from the ties: the normal case for a bare edge list, so it gets one note, not a warning per node.
     */
    readonly hasNodeList: boolean,
    /** Ids written explicitly in any node list: generated ids never take them. */
    private readonly explicitIds: ReadonlySet<string>,
  ) {
    this.graph = createCoalitionGraph({ format });
  }

  // ---- accounting -------------------------------------------------------------------------

  reject(r: Row, field: string, reason: string): void {
    r.file.report.rejected++;
    this.rejections.push({
      file: r.file.csv.name,
      line: r.line,
      column: r.col(field),
      columnName: r.colName(field),
      reason: oneLine(`${r.where(field)}: ${reason}`),
    });
  }

  warn(r: Row, field: string | undefined, message: string): void {
    const w: ImportWarning = { file: r.file.csv.name, line: r.line, message: oneLine(`${r.where(field)}: ${message}`) };
    if (field !== undefined) {
      w.column = r.col(field);
      w.columnName = r.colName(field);
    }
    this.warnings.push(w);
  }

  /** A warning about a place that is not a known field (a column number, the file as a whole). */
  warnAt(file: string, line: number, column: number | undefined, message: string): void {
    this.warnings.push(warningAt(file, line, column, message));
  }

  merged(r: Row, into: SourceRef, id: string, conflicts: string[]): void {
    r.file.report.merged++;
    this.merges.push({ file: r.file.csv.name, line: r.line, into: { file: into.file, line: into.line }, id, conflicts });
  }

  checkOverflow(r: Row): void {
    const cols = r.overflow();
    const c = cols[0];
    if (c === undefined) return;
    this.warnAt(
      r.file.csv.name,
      r.line,
      c,
      `${shown(r.file.csv.name)}:${r.line}:${c}: this row has more cells than the header has columns; ` +
        `the extra cells were kept as "column ${c}"${cols.length > 1 ? " etc." : ""}. A missing quote or an unquoted delimiter inside a cell can cause this.`,
    );
  }

  // ---- node registry ----------------------------------------------------------------------

  /** Register a node under its key, its name, the id the user wrote (when it had to be escaped) and, for a damaged row, the names it may have meant. */
  register(id: string, label: string, source: SourceRef, aliases: readonly string[] = [], userId = id): void {
    if (!this.entries.has(id)) this.entries.set(id, source);
    this.registerName(id, label);
    for (const name of aliases) this.registerName(id, name);
    this.registerLowerId(id, id);
    if (userId !== id) this.registerLowerId(id, userId);
  }

  private registerName(id: string, name: string): void {
    const n = normalizeName(name);
    const list = this.byName.get(n);
    if (list === undefined) this.byName.set(n, [id]);
    else if (!list.includes(id)) list.push(id);
  }

  private registerLowerId(id: string, written: string): void {
    const lower = written.toLowerCase();
    if (!this.byLowerId.has(lower)) this.byLowerId.set(lower, id);
  }

  /**
   * The graph key for an id the user wrote: the id itself, or for a property name its escaped
   * form (with a warning the first time, so the change is never silent).
   */
  nodeKey(id: string, r: Row, field: string): string {
    if (!isUnsafeKey(id)) return id;
    const known = this.escaped.get(id);
    if (known !== undefined) return known;
    const key = this.freeId(`${id}_`);
    this.escaped.set(id, key);
    this.warn(r, field, `the id "${shown(id)}" is a word reserved by the graph library; it is stored as "${shown(key)}" (the name is unchanged).`);
    return key;
  }

  /** Nodes registered under this name (normalized). */
  named(name: string): readonly string[] {
    return this.byName.get(normalizeName(name)) ?? [];
  }

  /** Find a node by id, then id in another case, then name (optionally only of one kind). */
  lookup(ref: string, kind?: NodeKind): string | undefined {
    const direct = this.escaped.size === 0 ? ref : (this.escaped.get(ref) ?? ref);
    if (this.graph.hasNode(direct) && this.isKind(direct, kind)) return direct;
    const lower = this.byLowerId.get(ref.toLowerCase());
    if (lower !== undefined && this.isKind(lower, kind)) return lower;
    for (const id of this.named(ref)) if (this.isKind(id, kind)) return id;
    return undefined;
  }

  /** True when the node is of that kind (any kind when undefined). */
  private isKind(id: string, kind: NodeKind | undefined): boolean {
    return kind === undefined || this.graph.getNodeAttribute(id, "kind") === kind;
  }

  /** A free id: `base`, else `base-2`, `base-3`… never one written explicitly in a node list. */
  freeId(wanted: string): string {
    const base = isUnsafeKey(wanted) ? `${wanted}_` : wanted;
    const taken = (id: string) => this.graph.hasNode(id) || this.explicitIds.has(id) || isUnsafeKey(id);
    if (!taken(base)) return base;
    for (let k = 2; ; k++) if (!taken(`${base}-${k}`)) return `${base}-${k}`;
  }

  /** Where a node was first listed, in words. */
  at(id: string): string {
    const s = this.entries.get(id);
    return s === undefined ? "listed earlier" : `${shown(s.file)} line ${s.line}`;
  }

  /** Create a node nobody listed, because a tie or a person's organization named it. */
  inferNode(ref: string, kind: NodeKind, r: Row, field: string, why: string): string {
    const id = this.format === "generic" && !this.graph.hasNode(ref) ? this.nodeKey(ref, r, field) : this.freeId(slugify(ref));
    const source = { file: r.file.csv.name, line: r.line };
    this.graph.addNode(id, nodeAttributes({ label: ref, kind, inferred: true, source }));
    this.register(id, ref, source, [], ref);
    if (!this.hasNodeList && field !== "organization" && !r.damaged) {
      const file = r.file.csv.name;
      this.fromTies.set(file, (this.fromTies.get(file) ?? 0) + 1);
      return id;
    }
    const listWord = this.format === "generic" ? "the node list" : kind === "person" ? "people.csv" : "organizations.csv";
    const damaged = r.damaged ? " This line's quote marks are broken, so the name may be misread." : "";
    this.warn(r, field, `"${shown(ref)}" ${why}; added as a new ${kind === "person" ? "person" : "organization"} so nothing is lost. Check the spelling, or add them to ${listWord}.${damaged}`);
    return id;
  }

  /** Notes for the whole import, then the graph's own attributes. */
  finish(): void {
    for (const [file, n] of this.fromTies) {
      this.warnAt(
        file,
        1,
        undefined,
        `${shown(file)}: no node list was given, so the ${n} ${n === 1 ? "person or organization" : "people and organizations"} named in it ${n === 1 ? "was" : "were"} created from the ties (add a node list to give them labels, kinds and attributes).`,
      );
    }
    this.graph.setAttribute("hasStrength", this.hasStrength);
    this.graph.setAttribute("needs", [...this.needs.values()].map((n) => n.need));
  }
}
