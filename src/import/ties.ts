/**
 * Tie rows: connections.csv (workbook) and generic edge lists. Only true duplicates are merged:
 * the same two ends, the same direction (for directed ties), the same type and the same sign.
 */
import { monthNameDate } from "./month-dates.js";
import { addTie } from "../graph/model.js";
import type { EdgeAttributes, NodeKind } from "../graph/types.js";
import { dateKey } from "../graph/utils/date-key.js";
import { isDirectedType, isNegativeType, MEMBERSHIP_TYPE, normalizeTieType, TIE_TYPES } from "../graph/vocabulary.js";
import { quoteAliases } from "./literal-line.js";
import { mergeExtra, type Row } from "./row.js";
import type { ImportState } from "./state.js";
import { shown } from "./text.js";
import { normalizeName, parseSign, readDate, readNumber, type NumberReading } from "./values.js";

/**
 * The widest weights the measures stay finite with: strengths are added up, multiplied together
 * (modularity) and turned into distances (1/weight) along routes; beyond these some sum or
 * product would be infinite.
 */
const MAX_WEIGHT = 1e100;
const MIN_WEIGHT = 1e-100;

/** A tie's strength (workbook: 1–5) or weight (generic: any positive number); a string is a rejection. */
function readStrength(st: ImportState, r: Row, generic: boolean): { strength: number; negative: boolean } | string {
  const sRaw = r.get("strength");
  if (sRaw === "") return { strength: 1, negative: false };
  // Plain digits (most rows of a large list) read as readNumber reads them, without its rules: that
  // number, never ambiguous. The checks below are the same for both.
  const reading: NumberReading = isDigits(sRaw) ? { value: Number(sRaw) } : readNumber(sRaw, r.file.csv.delimiter);
  const n = reading.value;
  if (Number.isNaN(n)) {
    if (reading.problem !== undefined) return `${generic ? "weight" : "strength"} "${shown(sRaw)}" is not a number: ${reading.problem}. Row skipped.`;
    return generic
      ? `weight "${shown(sRaw)}" is not a number; row skipped.`
      : `strength "${shown(sRaw)}" is not a number; use 1 (acquaintance) to 5 (very close). Row skipped.`;
  }
  const strength = Math.abs(n);
  if (generic && strength > MAX_WEIGHT) return `weight "${shown(sRaw)}" is too large to measure with (more than a 1 followed by 100 zeros); divide all the weights by the same number. Row skipped.`;
  // A number so small it reads as 0 (0.000…01 with hundreds of zeros) is too small, not zero.
  const underflow = strength === 0 && /[1-9]/.test(sRaw.replace(/[eE][+-]?\d+$/, ""));
  if (generic && (underflow || (strength !== 0 && strength < MIN_WEIGHT))) return `weight "${shown(sRaw)}" is too small to measure with (less than 0.000…01 with 100 zeros); multiply all the weights by the same number. Row skipped.`;
  if (generic && strength === 0) return `weight "${shown(sRaw)}" is zero; a weight must be a positive number. Row skipped.`;
  const sep = r.file.csv.delimiter === "\t" ? "tabs" : r.file.csv.delimiter === ";" ? "semicolons" : "commas";
  if (!generic && (strength < 1 || strength > 5)) {
    if (reading.ambiguous === undefined) return `strength "${shown(sRaw)}" is outside 1–5; row skipped.`;
    // The other reading ("it could also mean 1"), written as this file writes decimals.
    const other = reading.ambiguous.replace(/^.* /, "");
    const written = r.file.csv.delimiter === ";" ? other.replace(".", ",") : other;
    return `strength "${shown(sRaw)}" was read as ${n} (this file separates cells with ${sep}), which is outside 1–5, but ${reading.ambiguous}. Write it without a thousands separator (${written}). Row skipped.`;
  }
  if (reading.ambiguous !== undefined) {
    const word = generic ? "weight" : "strength";
    st.warn(r, "strength", `${word} "${shown(sRaw)}" was read as ${n} (this file separates cells with ${sep}), but ${reading.ambiguous}. Write it without a thousands separator to be sure.`);
  }
  st.hasStrength = true;
  return { strength, negative: n < 0 };
}

/** True when the text is one or more ASCII digits (what readNumber reads as a plain whole number). */
function isDigits(s: string): boolean {
  if (s.length === 0 || s.length > 15) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * A decimal comma in a comma-separated file splits the number: `1,5` (one and a half) becomes a
 * strength of 1 and a stray 5 in the next cell, which pushes every later cell one column right.
 * Said when the row has more cells than the header and the strength and the next cell are both
 * whole numbers; the row is kept as read.
 */
function checkSplitDecimal(st: ImportState, r: Row, generic: boolean): void {
  const i = r.file.cols.fields.get("strength");
  if (i === undefined || r.file.csv.delimiter !== "," || r.row.cells.length <= r.file.csv.header.length) return;
  const whole = (r.row.cells[i] ?? "").trim();
  const next = (r.row.cells[i + 1] ?? "").trim();
  if (!/^-?\d+$/.test(whole) || !/^\d+$/.test(next)) return;
  const word = generic ? "weight" : "strength";
  st.warn(r, "strength", `${word} "${shown(whole)}" is followed by "${shown(next)}" and this row has more cells than the header: if it was ${shown(whole)},${shown(next)} written with a decimal comma, the comma split it in two. It was read as ${shown(whole)}; write ${shown(whole)}.${shown(next)}, or put "${shown(whole)},${shown(next)}" in quotes.`);
}

/**
 * A tie end written as an id that is also someone else's name (`ana` is Bob Smith's id, and Ana is
 * listed without one): the tie goes to the id, as documented, but the organizer may have meant the
 * name. Said once per file and id, at its first row.
 */
function checkIdIsName(st: ImportState, r: Row, field: string, ref: string): void {
  const other = st.namedLikeId(ref);
  if (other === undefined) return;
  const once = `${r.file.csv.name}\u0000${ref}`;
  if (st.idNameWarned.has(once)) return;
  st.idNameWarned.add(once);
  const label = (id: string) => shown(st.graph.getNodeAttribute(id, "label"));
  st.warn(
    r,
    field,
    `"${shown(ref)}" is the id of "${label(ref)}" (${st.at(ref)}) and also the name of "${label(other)}" (${st.at(other)}); the tie was attached to "${label(ref)}", by the id (so is every later row of this file that writes "${shown(ref)}"). If "${label(other)}" was meant, write their id, "${shown(other)}".`,
  );
}

/** Why a tie whose two ends are one node is refused, naming both cells when they differ. */
function selfTie(st: ImportState, fromRef: string, toRef: string, found: string | undefined): string {
  const tail = "a tie needs two different people or organizations. Row skipped.";
  if (found === undefined || fromRef === toRef) return `"${shown(toRef)}" is tied to itself; ${tail}`;
  const label = st.graph.getNodeAttribute(found, "label");
  return `"${shown(fromRef)}" and "${shown(toRef)}" are the same ${st.graph.getNodeAttribute(found, "kind")}, "${shown(label)}" (id "${shown(found)}", ${st.at(found)}), so the tie is to itself; ${tail}`;
}

/** Find a tie's end; on a damaged line, also under the names the broken cell may have meant. */
function findEnd(st: ImportState, r: Row, ref: string): string | undefined {
  const found = st.lookup(ref);
  if (found !== undefined || !r.damaged) return found;
  for (const alias of quoteAliases(ref)) {
    const id = st.lookup(alias);
    if (id !== undefined) return id;
  }
  return undefined;
}

/** Two names written in a tie's two cells that lookup would resolve to one node. */
function sameReference(fromRef: string, toRef: string): boolean {
  return fromRef === toRef || fromRef.toLowerCase() === toRef.toLowerCase() || normalizeName(fromRef) === normalizeName(toRef);
}

const WHY_GENERIC = "is not in the node list";
const WHY_WORKBOOK = "is not in people.csv or organizations.csv";

/** The kind of a node a tie names and no list gave: an organization on the organization side of a membership, board or funding tie (or when only organizations were listed). */
function endKind(st: ImportState, generic: boolean, type: string, toSide: boolean): NodeKind {
  const orgSide = !generic && (type === MEMBERSHIP_TYPE || type === "board_of" || type === "funds");
  return (toSide && orgSide) || (!generic && st.orgsOnly) ? "organization" : "person";
}

/** One row of connections.csv or of a generic edge list. */
export function readTie(st: ImportState, r: Row): void {
  const generic = r.file.role === "edges" || st.format === "generic";
  const fromRef = r.get("from");
  const toRef = r.get("to");
  if (fromRef === "") return st.reject(r, "from", `the "${shown(r.colName("from"))}" cell is empty; a tie needs both ends. Row skipped.`);
  if (toRef === "") return st.reject(r, "to", `the "${shown(r.colName("to"))}" cell is empty; a tie needs both ends. Row skipped.`);

  // Type; Gephi's Directed/Undirected "type" column sets the direction only.
  const untyped = generic ? "tie" : "knows";
  const typeRaw = r.get("type");
  let type = typeRaw === "" ? untyped : normalizeTieType(typeRaw, untyped);
  let gephiDirected: boolean | undefined;
  if (type === "directed" || type === "undirected") {
    gephiDirected = type === "directed";
    type = untyped;
  }
  const strength = readStrength(st, r, generic);
  if (typeof strength === "string") return st.reject(r, "strength", strength);
  checkSplitDecimal(st, r, generic);

  const signRaw = r.get("sign");
  let sign = parseSign(signRaw);
  if (sign === "invalid") {
    st.warn(r, "sign", `sign "${shown(signRaw)}" is not + or -; ignored.`);
    sign = undefined;
  }
  const negative = sign === -1 || isNegativeType(type) || strength.negative;
  if (sign === 1 && negative) {
    st.warn(r, "sign", `the sign is "+" but the ${isNegativeType(type) ? `type "${shown(type)}"` : "negative strength"} says this is a negative tie; counted as negative.`);
  }
  const directed = gephiDirected ?? isDirectedType(type);

  // Ends: self ties are rejected before anyone is invented.
  const found0 = findEnd(st, r, fromRef);
  const found1 = findEnd(st, r, toRef);
  // Two unknown names that lookup would resolve to one node (same id ignoring case, or same name)
  // are one node (compared only when neither end is known: normalizing names is costly).
  const same = found0 !== undefined ? found0 === found1 : found1 === undefined && sameReference(fromRef, toRef);
  if (same) return st.reject(r, "to", selfTie(st, fromRef, toRef, found0));
  st.checkOverflow(r);
  if (found0 !== undefined && found0 !== fromRef) st.checkRefForm(r, "from", fromRef, found0, "the tie");
  if (found1 !== undefined && found1 !== toRef) st.checkRefForm(r, "to", toRef, found1, "the tie");
  if (!generic) {
    if (found0 === fromRef) checkIdIsName(st, r, "from", fromRef);
    if (found1 === toRef) checkIdIsName(st, r, "to", toRef);
  }
  const s = found0 ?? st.inferNode(fromRef, endKind(st, generic, type, false), r, "from", generic ? WHY_GENERIC : WHY_WORKBOOK);
  // Looked up again only when a node was just made for the first end (with a known first end nothing changed since).
  const t = found1 ?? (found0 === undefined ? st.lookup(toRef) : undefined) ?? st.inferNode(toRef, endKind(st, generic, type, true), r, "to", generic ? WHY_GENERIC : WHY_WORKBOOK);

  const source = { file: r.file.csv.name, line: r.line };
  // edgeAttributes' fields in its order, written out (one object per tie, no spread copy).
  const attrs: EdgeAttributes = { strength: strength.strength, sign: negative ? -1 : 1, directed, extra: r.extra(), type, source };
  const sinceRaw = r.get("since");
  // A date with its month's name (4 March 2026) is kept as YYYY-MM-DD, so a comparison by date reads it; other text as written.
  const since = sinceRaw === "" || dateKey(sinceRaw) !== undefined ? sinceRaw : (monthNameDate(sinceRaw) ?? sinceRaw);
  if (since !== "") attrs.since = since;
  const notes = r.get("notes");
  if (notes !== "") attrs.notes = notes;
  const until = readDate(st, r, "until", "until");
  if (until !== undefined) {
    attrs.until = until;
    st.warn(r, "until", `this tie ended ("until" ${shown(until)}), but this report still counts it as a tie; a comparison of rounds ("Compare rounds…" on the map, --compare in the command) leaves ended ties out. Remove the row, or keep it for the record.`);
  }
  const sinceKey = since === "" ? undefined : dateKey(since);
  if (until !== undefined && sinceKey !== undefined && (dateKey(until) ?? "") < sinceKey) {
    st.warn(r, "until", `this tie ended ("until" ${shown(until)}) before it began ("since" ${shown(since)}); check the two dates (a comparison of rounds by date would never count it).`);
  }
  if (sign === undefined && !negative) warnUnknownType(st, r, type);
  addOrMergeTie(st, r, s, t, attrs, generic);
}

/**
 * A tie type outside the vocabulary, with no sign to say which way it goes, counts as a positive
 * tie: said once per file and type (at its first row), so that "enemies" or "bad history." is not
 * quietly taken for a friendly tie that ask paths go through.
 */
function warnUnknownType(st: ImportState, r: Row, type: string): void {
  if (Object.hasOwn(TIE_TYPES, type)) return;
  const key = `${r.file.csv.name}\u0000${type}`;
  if (st.unknownTypesWarned.has(key)) return;
  st.unknownTypesWarned.add(key);
  st.warn(
    r,
    "type",
    // Short enough that the advice survives the 300-character cut of a message (oneLine) after the
    // place and a long type: it was cut at 'or put "-" i…' for a 25-character type.
    `the tie type "${shown(type, 40)}" is not one Coalition Map knows: kept as written and counted as a positive tie. ` +
      `For bad history or conflict, write bad_history (or conflict, rivalry, distrust, hostile), or "-" in a "sign" column.`,
  );
}

/** A node's label, or its id when the label is empty. */
function labelOf(st: ImportState, id: string): string {
  return st.graph.getNodeAttribute(id, "label") || id;
}

/**
 * Add the tie, or merge it into the same earlier tie. In a generic edge list (Gephi's convention:
 * rows are directed statements), a reversed row B→A is its own tie, kept beside A→B.
 */
function addOrMergeTie(st: ImportState, r: Row, s: string, t: string, attrs: EdgeAttributes, generic: boolean): void {
  const directed = attrs.directed || generic;
  const pair = st.ties.pair(directed, s, t);
  const earlierKey = st.ties.getPair(attrs.type, directed, attrs.sign, pair);
  if (earlierKey === undefined) {
    // The same type between the same two with the other sign (knows, then knows with "-"): both are kept, as documented, but one of the two rows is likely a mistake.
    const opposite = st.ties.peekPair(attrs.type, directed, attrs.sign === 1 ? -1 : 1, pair);
    if (opposite !== undefined && !isNegativeType(attrs.type)) {
      const o = st.graph.getEdgeAttributes(opposite);
      const at = o.source === undefined ? "an earlier row" : `${shown(o.source.file)} line ${o.source.line}`;
      const field = r.file.cols.fields.has("sign") || !r.file.cols.fields.has("strength") ? "sign" : "strength";
      st.warn(r, field, `this "${shown(attrs.type)}" tie between ${shown(labelOf(st, s))} and ${shown(labelOf(st, t))} is ${attrs.sign === -1 ? "negative" : "positive"}, but the one at ${at} is ${attrs.sign === -1 ? "positive" : "negative"}; both are kept. If one of the two is a mistake, remove it.`);
    }
    st.ties.setPair(attrs.type, directed, attrs.sign, pair, addTie(st.graph, s, t, attrs));
    r.file.report.imported++;
    return;
  }
  const cur = st.graph.getEdgeAttributes(earlierKey);
  if (cur.implicit === true) {
    // The tie also follows from the person's organization column: this row now defines it.
    st.graph.replaceEdgeAttributes(earlierKey, attrs);
    r.file.report.imported++;
    return;
  }
  // The row the earlier tie came from (every tie records it).
  const earlier = { key: earlierKey, source: cur.source ?? { file: r.file.csv.name, line: r.line } };
  const conflicts: string[] = [];
  if (cur.strength !== attrs.strength && r.get("strength") !== "") conflicts.push(r.colName("strength"));
  if (attrs.since !== undefined && cur.since !== undefined && cur.since !== attrs.since) conflicts.push(r.colName("since"));
  if (attrs.notes !== undefined && cur.notes !== undefined && cur.notes !== attrs.notes) conflicts.push(r.colName("notes"));
  if (attrs.until !== undefined && cur.until !== undefined && cur.until !== attrs.until) conflicts.push(r.colName("until"));
  const extra = mergeExtra(cur.extra, attrs.extra, conflicts);
  st.graph.mergeEdgeAttributes(earlier.key, {
    extra,
    ...(cur.since === undefined && attrs.since !== undefined ? { since: attrs.since } : {}),
    ...(cur.notes === undefined && attrs.notes !== undefined ? { notes: attrs.notes } : {}),
    ...(cur.until === undefined && attrs.until !== undefined ? { until: attrs.until } : {}),
  });
  st.merged(r, earlier.source, `${labelOf(st, s)} – ${labelOf(st, t)} (${attrs.type})`, conflicts);
}
