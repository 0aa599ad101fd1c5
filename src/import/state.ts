/**
 * The import's shared state: the graph being built, the accounting (merges, rejections,
 * warnings) and the node registry (by id, by id in another case, by normalized name).
 * The readers (nodes.ts, ties.ts, needs.ts) add to it row by row.
 */
import { createCoalitionGraph, nodeAttributes } from "../graph/model.js";
import type { CoalitionGraph, Need, NodeKind, SourceRef } from "../graph/types.js";
import type { ImportWarning, MergeRecord, Rejection } from "../graph/import-report.js";
import type { Row } from "./row.js";
import { oneLine, shown, withoutInvisible } from "./text.js";
import { normalizeName, slugify } from "./values.js";
import { PAIR_BASE, PairTable } from "../graph/utils/pair-table.js";
import { digitsWithoutLeadingZeros } from "../graph/utils/digits-without-leading-zeros.js";

/** Arabic and Hebrew letters: names in these scripts are written with or without their vowel marks. */
const POINTED_SCRIPT = /[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufefc]/;
/** Their optional marks: Arabic harakat, Quranic marks, superscript alef and tatweel; Hebrew points and cantillation. */
const VOWEL_MARKS = /[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]/g;

/** An id of 1–30 digits without its leading zeros (`007` → `7`, `000` → `0`); undefined for any other id. */
/** Only ASCII characters (no accents to compose either way). */
const ASCII = /^[\x00-\x7f]*$/;

function withoutLeadingZeros(id: string): string | undefined {
  return id.length <= 30 && /^\d+$/.test(id) ? digitsWithoutLeadingZeros(id) : undefined;
}

/** The key of a TieIndex group: a tie type, its direction and its sign. */
function groupName(type: string, directed: boolean, sign: 1 | -1): string {
  return `${type}\u0000${directed ? ">" : "-"}\u0000${sign}`;
}

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

/**
 * The ties added so far, by what makes two tie rows the same tie: type, direction, sign and the two
 * ends (either way round for an undirected tie). Each node is numbered when a tie first names it,
 * and a pair of ends is one number (a Map holds at most 2^24 entries, so the numbers stay below
 * 2^24 and a pair below 2^48: exact), looked up in a PairTable (typed arrays, utils/pair-table.ts),
 * one per type, direction and sign — no string, Map entry or boxed number per tie (a 500,000-tie edge
 * list made 500,000 key strings, kept to the end of the import).
 */
export class TieIndex {
  private readonly position = new Map<string, number>();
  /**
   * Node keys by number: the first string met for each. Ties give graphology this one string (its
   * hash and its property-key form made once), not the new copy each row's cell is.
   */
  private readonly names: string[] = [];
  private readonly groups = new Map<string, PairTable>();
  /** Tie keys; the tables hold their positions here. */
  private readonly keys: string[] = [];
  /** The group peekPair looked up last (undefined `ties`: there was none), forgotten when a group is made. */
  private peeked: { type: string; directed: boolean; sign: 1 | -1; ties: PairTable | undefined } | undefined;
  /** The last group used, and what it is for (a tie list's rows are mostly of one type). */
  private last: { type: string; directed: boolean; sign: 1 | -1; ties: PairTable } | undefined;

  private numberOf(id: string): number {
    let i = this.position.get(id);
    if (i === undefined) {
      this.position.set(id, (i = this.position.size));
      this.names.push(id);
    }
    return i;
  }

  /**
   * The two node keys `known` found last, the latest first: a tie list sorted by its first column
   * names the same id on many rows in a row, so a string comparison replaces a Map lookup.
   */
  private latest: string | undefined;
  private before: string | undefined;

  /** The node key `id` as the string first met for it, when a tie has named it already (so it is a node: nodes are never removed). */
  known(id: string): string | undefined {
    const latest = this.latest;
    if (id === latest) return latest;
    const before = this.before;
    let name: string | undefined;
    if (id === before) name = before;
    else {
      const i = this.position.get(id);
      if (i === undefined) return undefined;
      name = this.names[i];
    }
    this.before = latest;
    this.latest = name;
    return name;
  }

  /** The one number for the ends of a tie (either way round when undirected). */
  pair(directed: boolean, s: string, t: string): number {
    const i = this.numberOf(s);
    const j = this.numberOf(t);
    return directed || i < j ? i * PAIR_BASE + j : j * PAIR_BASE + i;
  }

  private group(type: string, directed: boolean, sign: 1 | -1): PairTable {
    const last = this.last;
    if (last !== undefined && last.type === type && last.directed === directed && last.sign === sign) return last.ties;
    const name = groupName(type, directed, sign);
    let ties = this.groups.get(name);
    if (ties === undefined) {
      this.groups.set(name, (ties = new PairTable()));
      this.peeked = undefined; // it may have found no group of this name
    }
    this.last = { type, directed, sign, ties };
    return ties;
  }

  /** The key of the tie already added with this type, direction, sign and ends (`pair`), if any. */
  getPair(type: string, directed: boolean, sign: 1 | -1, pair: number): string | undefined {
    const at = this.group(type, directed, sign).get(pair);
    return at < 0 ? undefined : this.keys[at];
  }

  /** As getPair, but without making the group when there is none, nor making it the last used (a lookup on the side). */
  peekPair(type: string, directed: boolean, sign: 1 | -1, pair: number): string | undefined {
    let peek = this.peeked;
    if (peek === undefined || peek.type !== type || peek.directed !== directed || peek.sign !== sign) {
      // Remembered (a tie list's rows are mostly of one type): no key string made per row.
      peek = { type, directed, sign, ties: this.groups.get(groupName(type, directed, sign)) };
      this.peeked = peek;
    }
    const ties = peek.ties;
    if (ties === undefined) return undefined;
    const at = ties.get(pair);
    return at < 0 ? undefined : this.keys[at];
  }

  /** Record the tie `key` under its type, direction, sign and ends (`pair`). */
  setPair(type: string, directed: boolean, sign: 1 | -1, pair: number, key: string): void {
    const ties = this.group(type, directed, sign);
    const at = ties.get(pair);
    if (at >= 0) this.keys[at] = key;
    else {
      ties.set(pair, this.keys.length);
      this.keys.push(key);
    }
  }

  /** The key of the tie already added with this type, direction, sign and ends, if any. */
  get(type: string, directed: boolean, sign: 1 | -1, s: string, t: string): string | undefined {
    return this.getPair(type, directed, sign, this.pair(directed, s, t));
  }

  /** Record the tie `key` under its type, direction, sign and ends. */
  set(type: string, directed: boolean, sign: 1 | -1, s: string, t: string, key: string): void {
    this.setPair(type, directed, sign, this.pair(directed, s, t), key);
  }
}

export class ImportState {
  readonly graph: CoalitionGraph;
  readonly merges: MergeRecord[] = [];
  readonly rejections: Rejection[] = [];
  readonly warnings: ImportWarning[] = [];
  /** kind + name without Arabic/Hebrew vowel marks (normalized) → the first node listed so (checkVowelMarks). */
  private readonly byUnpointed = new Map<string, string>();
  /** normalized name → node ids with that name (first first). */
  private readonly byName = new Map<string, string[]>();
  /** lower-case id → id, for references written in another case. */
  private readonly byLowerId = new Map<string, string>();
  /** A non-ASCII id in its composed form (Unicode NFC) → id, for the same id written with its accents composed the other way. */
  private readonly byComposedId = new Map<string, string>();
  /** An id of digits without its leading zeros → id (`7` → `007`), for references a spreadsheet wrote as a number. */
  private readonly byNumber = new Map<string, string>();
  /** node id → the row that listed it first. */
  readonly entries = new Map<string, SourceRef>();
  /** The ties already added, by what makes two rows the same tie (see TieIndex). */
  readonly ties = new TieIndex();
  readonly needs = new Map<string, { need: Need; source: SourceRef }>();
  hasStrength = false;
  /** "file\u0000type" for each tie type outside the vocabulary already warned about (once per file). */
  readonly unknownTypesWarned = new Set<string>();
  /** "file\u0000id" for each tie end written as an id that is another node's name, already warned about (once per file). */
  readonly idNameWarned = new Set<string>();
  /** Ids that are property names → the key they are stored under. */
  private readonly escaped = new Map<string, string>();
  /** The other way: the key an id that is a property name is stored under → the id as written. */
  private readonly writtenIds = new Map<string, string>();
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
    if (r.row.cells.length <= r.file.csv.header.length) return;
    const cols = r.overflow();
    const c = cols[0];
    if (c === undefined) return;
    this.warnAt(
      r.file.csv.name,
      r.line,
      c,
      `${shown(r.file.csv.name)}:${r.line}:${c}: this row has more cells than the header has columns; ` +
        `the extra ${cols.length > 1 ? "cells were" : "cell was"} kept as "column ${c}"${cols.length > 1 ? ` and ${cols.length - 1} more` : ""}. A missing quote or an unquoted delimiter inside a cell can cause this.`,
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

  /** The name `normalized` read last, and its form: a new node's name is normalized when it is looked up, then again when it is registered. */
  private lastName: string | undefined;
  private lastNormalized = "";

  /** normalizeName, remembering the last answer. */
  private normalized(name: string): string {
    if (name !== this.lastName) {
      this.lastNormalized = normalizeName(name);
      this.lastName = name;
    }
    return this.lastNormalized;
  }

  private registerName(id: string, name: string): void {
    const n = this.normalized(name);
    const list = this.byName.get(n);
    if (list === undefined) this.byName.set(n, [id]);
    else if (!list.includes(id)) list.push(id);
  }

  private registerLowerId(id: string, written: string): void {
    const lower = written.toLowerCase();
    if (!this.byLowerId.has(lower)) this.byLowerId.set(lower, id);
    if (!ASCII.test(written)) {
      const composed = written.normalize("NFC");
      if (!this.byComposedId.has(composed)) this.byComposedId.set(composed, id);
    }
    const number = withoutLeadingZeros(written);
    if (number !== undefined && !this.byNumber.has(number)) this.byNumber.set(number, id);
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
    this.writtenIds.set(key, id);
    this.warn(r, field, `the id "${shown(id)}" is a word reserved by the graph library; it is stored as "${shown(key)}" (the name is unchanged).`);
    return key;
  }

  /**
   * Warn when a new id differs from an earlier one only in upper/lower case (`P1` after `p1`):
   * both are kept (ids are exact), but a tie that writes the id in a third way goes to the first.
   */
  checkIdCase(r: Row, field: string, id: string, kind: NodeKind): void {
    const what = kind === "person" ? "people" : "organizations";
    const other = this.byLowerId.get(id.toLowerCase());
    if (other !== undefined && other !== id && this.graph.hasNode(other)) {
      this.warn(r, field, `the id "${shown(id)}" differs from "${shown(this.writtenIds.get(other) ?? other)}" (${this.at(other)}) only in upper/lower case; kept as two ${what}. If they are the same, write the id the same way in both rows.`);
      return;
    }
    const number = withoutLeadingZeros(id);
    const same = number === undefined ? undefined : this.byNumber.get(number);
    if (same !== undefined && same !== id && this.graph.hasNode(same)) {
      this.warn(r, field, `the id "${shown(id)}" differs from "${shown(same)}" (${this.at(same)}) only in its leading zeros; kept as two ${what}. A spreadsheet drops the zeros of a number: if they are the same, format the id column as text and write the id the same way in both rows.`);
    }
  }

  /**
   * The node whose id is `id` written with its accents composed the other way (`é` as one
   * character, or as `e` followed by a combining accent: two programs or keyboards write the same
   * letters either way, and they look the same); undefined when there is none.
   */
  composedSame(id: string): string | undefined {
    if (this.byComposedId.size === 0 || ASCII.test(id)) return undefined;
    const other = this.byComposedId.get(id.normalize("NFC"));
    return other !== undefined && other !== id && this.graph.hasNode(other) ? other : undefined;
  }

  /**
   * The key to store a node listed with the id `idRaw` under: its own (nodeKey), or the key of an
   * id listed earlier that is the same letters with the accents composed the other way — then the
   * row is the same node as that one (and merged into it), with a warning saying why.
   */
  listedKey(idRaw: string, r: Row, field: string): string {
    const key = this.nodeKey(idRaw, r, field);
    if (this.graph.hasNode(key)) return key;
    const same = this.composedSame(idRaw);
    if (same === undefined) return key;
    this.warn(r, field, `the id "${shown(idRaw)}" is the id "${shown(this.writtenIds.get(same) ?? same)}" (${this.at(same)}) with its accents written another way (as a letter followed by a separate accent mark, or as one letter); they look the same, so they were read as one id.`);
    return same;
  }

  /** The id `ref` names when it is an id of digits with its leading zeros dropped (`7` for `007`), as a spreadsheet writes it; undefined otherwise. */
  byDigits(ref: string, kind?: NodeKind): string | undefined {
    const number = withoutLeadingZeros(ref);
    if (number === undefined) return undefined;
    const id = this.byNumber.get(number);
    return id !== undefined && id !== ref && this.isKind(id, kind) ? id : undefined;
  }

  /**
   * Warn when a reference in a row (a tie's end, the member of an ask, a survey's partner) found
   * its node by an id written in another case (`P2` for the id `p2`) or without the leading zeros
   * a spreadsheet drops (`7` for `007`), not by the id or the name: ids are otherwise exact, and
   * `P2` may be meant as someone else. `what` is what was attached ("the tie", "the ask"…).
   */
  checkRefForm(r: Row, field: string, ref: string, found: string, what: string): void {
    if (found === ref) return;
    const visible = withoutInvisible(ref);
    if (visible !== ref && this.lookup(visible) === found && this.lookup(ref) === found && !this.named(ref).includes(found)) {
      this.warn(r, field, `"${shown(ref)}" holds a character that shows as nothing (as text pasted from a web page brings); ${what} was attached to "${shown(this.writtenIds.get(found) ?? found)}" (${this.at(found)}). Remove the character from the cell.`);
      return;
    }
    if (this.byDigits(ref) === found) {
      this.warn(r, field, `"${shown(ref)}" is not an id, but "${shown(found)}" (${this.at(found)}) is the same number with leading zeros, which a spreadsheet drops; ${what} was attached to "${shown(found)}". Format the id column as text in both files.`);
      return;
    }
    // An id stored under another key (`constructor` as `constructor_`, isUnsafeKey) is compared as the user wrote it.
    const written = this.writtenIds.get(found) ?? found;
    if (written === ref || written.toLowerCase() !== ref.toLowerCase()) return;
    if (normalizeName(this.graph.getNodeAttribute(found, "label")) === normalizeName(ref)) return;
    this.warn(r, field, `"${shown(ref)}" is not an id, but "${shown(written)}" (${this.at(found)}) is the same in another upper/lower case; ${what} was attached to "${shown(written)}". Write the id the same way in both files.`);
  }

  /**
   * Warn when a new node's Arabic or Hebrew name differs from an earlier one's only in its vowel
   * marks (مُحَمَّد and محمد): they are kept as two (the marks may tell two names apart), but
   * the organizer may have written one person twice. Then remember the name.
   */
  checkVowelMarks(r: Row, field: string, id: string, name: string, kind: NodeKind): void {
    if (!POINTED_SCRIPT.test(name)) return;
    const key = `${kind}\u0000${normalizeName(name.replace(VOWEL_MARKS, ""))}`;
    const other = this.byUnpointed.get(key);
    if (other === undefined) {
      this.byUnpointed.set(key, id);
      return;
    }
    if (!this.graph.hasNode(other)) return;
    const otherName = this.graph.getNodeAttribute(other, "label");
    if (normalizeName(otherName) === normalizeName(name)) return;
    const what = kind === "person" ? "people" : "organizations";
    this.warn(r, field, `"${shown(name)}" differs from "${shown(otherName)}" (${this.at(other)}) only in its vowel marks; kept as two ${what}. If they are the same, write the name the same way in both rows.`);
  }

  /** Nodes registered under this name (normalized). */
  named(name: string): readonly string[] {
    return this.byName.get(this.normalized(name)) ?? [];
  }

  /**
   * Find a node by id, then name, then id in another case, then an id of digits written without its
   * leading zeros (optionally only of one kind). A name
   * comes before an id in another case: `Ana` is the person named Ana, not the one whose id is
   * `ana` (docs/json-schema.md: an id in another case is used only when no one is named so).
   */
  lookup(ref: string, kind?: NodeKind): string | undefined {
    const direct = this.escaped.size === 0 ? ref : (this.escaped.get(ref) ?? ref);
    if (kind === undefined) {
      // Most lookups of a tie list: an id a tie named before (no graphology lookup; its first string).
      const tied = this.ties.known(direct);
      if (tied !== undefined) return tied;
    }
    if (this.graph.hasNode(direct) && this.isKind(direct, kind)) return direct;
    const composed = this.composedSame(ref);
    if (composed !== undefined && this.isKind(composed, kind)) return composed;
    for (const id of this.named(ref)) if (this.isKind(id, kind)) return id;
    const lower = this.byLowerId.get(ref.toLowerCase());
    if (lower !== undefined && this.isKind(lower, kind)) return lower;
    const digits = this.byDigits(ref, kind);
    if (digits !== undefined) return digits;
    // A reference with a character that shows as nothing (a zero-width space pasted from a web page): the id it shows (checkRefForm says so).
    const visible = withoutInvisible(ref);
    return visible !== ref && visible !== "" ? this.lookup(visible, kind) : undefined;
  }

  /** Explicit id → another node whose name is that id (made on first use, after the node lists). */
  private idsThatAreNames: Map<string, string> | undefined;

  /**
   * The node, other than the one whose id `id` is, that is named `id` (`ana` is Bob Smith's id and
   * Ana's name): a tie that writes `ana` goes to the id, and the reader should be told. Only ids
   * written in a node list are checked, once each, when the first tie asks.
   */
  namedLikeId(id: string): string | undefined {
    let map = this.idsThatAreNames;
    if (map === undefined) {
      map = new Map();
      for (const written of this.explicitIds) {
        const key = this.escaped.get(written) ?? written;
        if (!this.graph.hasNode(key)) continue;
        const other = this.named(written).find((o) => o !== key);
        if (other !== undefined) map.set(written, other);
      }
      this.idsThatAreNames = map;
    }
    return map.size === 0 ? undefined : map.get(id);
  }

  /** True when the node is of that kind (any kind when undefined). */
  private isKind(id: string, kind: NodeKind | undefined): boolean {
    return kind === undefined || this.graph.getNodeAttribute(id, "kind") === kind;
  }

  /** A free id: `base`, else `base-2`, `base-3`… never one written explicitly in a node list. */
  freeId(wanted: string): string {
    const base = isUnsafeKey(wanted) ? `${wanted}_` : wanted;
    if (!this.isTaken(base)) return base;
    for (let k = 2; ; k++) if (!this.isTaken(`${base}-${k}`)) return `${base}-${k}`;
  }

  /** True when an id is a node's, written in a node list, or a property name (a method, not a closure made per call). */
  private isTaken(id: string): boolean {
    return this.graph.hasNode(id) || this.explicitIds.has(id) || isUnsafeKey(id);
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
