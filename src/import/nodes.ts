/**
 * Node rows: people.csv and organizations.csv (workbook), and generic node lists.
 * Which node a row is: an explicit id, else the same name, else an id made from the name
 * that no explicit id uses.
 */
import { addTie, edgeAttributes, nodeAttributes } from "../graph/model.js";
import type { NodeAttributes, NodeKind } from "../graph/types.js";
import { dateKey } from "../graph/utils/date-key.js";
import { MEMBERSHIP_TYPE } from "../graph/vocabulary.js";
import { quoteAliases } from "./literal-line.js";
import { noteServices } from "./service-names.js";
import { mergeExtra, type Row } from "./row.js";
import type { ImportState } from "./state.js";
import { shown } from "./text.js";
import { normalizeName, normalizeService, parseStatus, parseYesNo, readDate, slugify, splitList, splitTags } from "./values.js";

/** Strength of the membership tie created from a person's `organization` column (middle of 1–5). */
export const MEMBERSHIP_STRENGTH = 3;

function readStatus(st: ImportState, r: Row): NodeAttributes["status"] {
  const raw = r.get("status");
  const s = parseStatus(raw);
  if (s === undefined) {
    st.warn(r, "status", `status "${shown(raw)}" is not one of core, member, prospect (or empty); treated as empty.`);
    return "none";
  }
  return s;
}

function readYesNo(st: ImportState, r: Row, field: string, what: string): boolean | undefined {
  const raw = r.get(field);
  const v = parseYesNo(raw);
  if (v === "invalid") {
    st.warn(r, field, `${what} "${shown(raw)}" is not yes or no; treated as no.`);
    return false;
  }
  return v;
}

/** The attributes of a people.csv / organizations.csv row, and the organization it names. */
function workbookAttributes(st: ImportState, r: Row, kind: NodeKind, name: string): { attrs: NodeAttributes; orgRef: string } {
  const attrs = nodeAttributes({ label: name, kind, status: readStatus(st, r), extra: r.extra() });
  attrs.source = { file: r.file.csv.name, line: r.line };
  const sector = r.get("sector").toLowerCase();
  if (sector !== "") attrs.sector = sector;
  const tags = splitTags(r.get("tags"));
  if (tags.length > 0) attrs.tags = tags;
  const notes = r.get("notes");
  if (notes !== "") attrs.notes = notes;
  const joined = readDate(st, r, "joined", "joined");
  if (joined !== undefined) attrs.joined = joined;
  const left = readDate(st, r, "left", "left");
  if (left !== undefined) {
    attrs.left = left;
    st.warn(r, "left", `"left" ${shown(left)}: this report still counts them (and their ties); a comparison of rounds ("Compare rounds…" on the map, --compare in the command) leaves those who left out.`);
  }
  if (joined !== undefined && left !== undefined && (dateKey(left) ?? "") < (dateKey(joined) ?? "")) {
    st.warn(r, "left", `"left" ${shown(left)} is before "joined" ${shown(joined)}; check the two dates (a comparison of rounds by date would never count them).`);
  }
  let orgRef = "";
  if (kind === "person") {
    const role = r.get("role");
    if (role !== "") attrs.role = role;
    const area = r.get("area");
    if (area !== "") attrs.areas = [area];
    attrs.decisionMaker = readYesNo(st, r, "decisionMaker", "decision maker") ?? false;
    attrs.livedExperience = readYesNo(st, r, "livedExperience", "lived experience") ?? false;
    orgRef = r.get("organization");
  } else {
    attrs.services = splitList(r.get("services")).map(normalizeService);
    noteServices(st, r, attrs.services);
    attrs.areas = splitList(r.get("areas"));
    attrs.anchor = readYesNo(st, r, "anchor", "anchor") ?? false;
  }
  return { attrs, orgRef };
}

/** One row of people.csv or organizations.csv. */
export function workbookNode(st: ImportState, r: Row, kind: NodeKind): void {
  const name = r.get("name");
  const idRaw = r.get("id");
  const what = kind === "person" ? "person" : "organization";
  if (name === "") {
    const idNote = idRaw === "" ? "" : ` (id "${shown(idRaw)}")`;
    st.reject(r, "name", `the name is empty${idNote}; row skipped. Every ${what} needs a name.`);
    return;
  }
  const { attrs, orgRef } = workbookAttributes(st, r, kind, name);
  st.checkOverflow(r);
  checkTotalsRow(st, r, name, idRaw, kind);

  let id: string;
  if (idRaw !== "") {
    id = st.listedKey(idRaw, r, "id");
    if (st.graph.hasNode(id)) {
      const other = st.graph.getNodeAttributes(id);
      if (other.kind !== kind) {
        st.reject(r, "id", `id "${shown(id)}" is already used by the ${other.kind} "${shown(other.label)}" (${st.at(id)}); row skipped. Give each person and organization its own id.`);
        return;
      }
      mergeNode(st, r, id, attrs, orgRef);
      return;
    }
    st.checkIdCase(r, "id", idRaw, kind);
    const same = st.named(name).find((o) => st.graph.getNodeAttribute(o, "kind") === kind);
    if (same !== undefined) {
      st.warn(r, "name", `"${shown(name)}" has the same name as "${shown(same)}" (${st.at(same)}) but a different id; kept as two ${kind === "person" ? "people" : "organizations"}. Ties that give this name (not the id) go to the first one.`);
    }
  } else {
    const same = st.lookup(name, kind);
    if (same !== undefined && normalizeName(st.graph.getNodeAttribute(same, "label")) === normalizeName(name)) {
      mergeNode(st, r, same, attrs, orgRef);
      return;
    }
    id = st.freeId(slugify(name));
  }
  st.checkVowelMarks(r, "name", id, name, kind);
  checkOtherKindNamed(st, r, name, kind);
  st.graph.addNode(id, attrs);
  st.register(id, name, { file: r.file.csv.name, line: r.line }, r.damaged ? quoteAliases(name) : [], idRaw !== "" ? idRaw : id);
  r.file.report.imported++;
  if (orgRef !== "") joinOrganization(st, r, id, orgRef);
}

/** Words a spreadsheet's totals row starts with (English, Spanish, French), normalized. */
const TOTAL_WORDS: ReadonlySet<string> = new Set(["total", "totals", "grand total", "subtotal", "sum", "count", "suma", "totales", "somme", "sous total"]);

/**
 * A row that looks like a sheet's totals or count row (`Total,12,`) rather than a person or an
 * organization: its name is only a number, or its id or name is "Total". Kept (it may be a real
 * name), with a warning at its name.
 */
function checkTotalsRow(st: ImportState, r: Row, name: string, idRaw: string, kind: NodeKind): void {
  const word = (s: string) => s.toLowerCase().replace(/[\s_:.-]+/g, " ").trim();
  const numberOnly = /^[\d\s.,%+\-−]+$/.test(name);
  if (!numberOnly && !TOTAL_WORDS.has(word(name)) && !TOTAL_WORDS.has(word(idRaw))) return;
  const what = numberOnly ? `the name "${shown(name)}" is only a number` : `this row is named "${shown(TOTAL_WORDS.has(word(name)) ? name : idRaw)}"`;
  const a = kind === "person" ? "a person" : "an organization";
  st.warn(r, "name", `${what}: is it a sheet's totals or count row rather than ${a}? It was kept as ${a}; delete the row if it is not one.`);
}

/**
 * A person named as an organization already listed (or the other way round): both are kept, but a
 * tie that gives the name goes to the first one listed, and the other gets none of those ties.
 */
function checkOtherKindNamed(st: ImportState, r: Row, name: string, kind: NodeKind): void {
  const other = st.named(name).find((o) => st.graph.getNodeAttribute(o, "kind") !== kind);
  if (other === undefined) return;
  const otherKind = st.graph.getNodeAttribute(other, "kind");
  st.warn(
    r,
    "name",
    `"${shown(name)}" is also the name of the ${otherKind} "${shown(st.graph.getNodeAttribute(other, "label"))}" (${st.at(other)}); both are kept, but a tie or a log row that gives this name goes to the ${otherKind}. Give this ${kind} an id and use it there, or tell the two apart by name.`,
  );
}

/** The membership tie from a person's `organization` column (creating the organization if nobody listed it). */
function joinOrganization(st: ImportState, r: Row, personId: string, orgRef: string): void {
  const orgId = st.lookup(orgRef, "organization") ?? st.inferNode(orgRef, "organization", r, "organization", "is not in organizations.csv");
  st.graph.setNodeAttribute(personId, "organization", orgId);
  const source = { file: r.file.csv.name, line: r.line };
  const key = addTie(st.graph, personId, orgId, edgeAttributes({ type: MEMBERSHIP_TYPE, strength: MEMBERSHIP_STRENGTH, implicit: true, source }));
  st.ties.set(MEMBERSHIP_TYPE, false, 1, personId, orgId, key);
}

/** Merge a duplicate node row into the existing node: fill what is empty, list what disagrees. */
function mergeNode(st: ImportState, r: Row, id: string, attrs: NodeAttributes, orgRef: string): void {
  const cur = st.graph.getNodeAttributes(id);
  const conflicts: string[] = [];
  const scalar = (field: keyof NodeAttributes, column: string, empty: unknown = undefined) => {
    const a = cur[field];
    const b = attrs[field];
    if (b === undefined || b === empty) return;
    if (a === undefined || a === empty) st.graph.setNodeAttribute(id, field, b);
    else if (a !== b) conflicts.push(r.colName(column));
  };
  if (normalizeName(cur.label) !== normalizeName(attrs.label)) conflicts.push(r.colName("name"));
  scalar("status", "status", "none");
  scalar("sector", "sector");
  scalar("role", "role");
  scalar("notes", "notes");
  scalar("joined", "joined");
  scalar("left", "left");
  scalar("decisionMaker", "decisionMaker", false);
  scalar("livedExperience", "livedExperience", false);
  scalar("anchor", "anchor", false);
  const union = (field: "areas" | "services" | "tags") => {
    const merged = [...cur[field]];
    for (const v of attrs[field]) if (!merged.some((m) => m.toLowerCase() === v.toLowerCase())) merged.push(v);
    if (merged.length !== cur[field].length) st.graph.setNodeAttribute(id, field, merged);
  };
  // A person has one area: a different one is a conflict. Organizations serve many.
  if (cur.kind === "person" && cur.areas.length > 0 && attrs.areas.length > 0 && cur.areas[0]?.toLowerCase() !== attrs.areas[0]?.toLowerCase()) {
    conflicts.push(r.colName("area"));
  } else union("areas");
  union("services");
  union("tags");
  st.graph.setNodeAttribute(id, "extra", mergeExtra(cur.extra, attrs.extra, conflicts));
  if (orgRef !== "") {
    const orgId = st.lookup(orgRef, "organization");
    if (cur.organization === undefined) joinOrganization(st, r, id, orgRef);
    else if (orgId !== cur.organization) conflicts.push(r.colName("organization"));
  }
  st.merged(r, st.entries.get(id) ?? { file: r.file.csv.name, line: r.line }, id, conflicts);
}

const ORG_KINDS: ReadonlySet<string> = new Set(["organization", "organisation", "org", "agency", "group"]);
const PERSON_KINDS: ReadonlySet<string> = new Set(["person", "people", "individual"]);

/** One row of a generic node list: id (kept exactly as written) and/or label, optional kind. */
export function genericNode(st: ImportState, r: Row): void {
  const idRaw = r.get("id");
  const label = r.get("label");
  if (idRaw === "" && label === "") {
    st.reject(r, r.has("id") ? "id" : "label", `the node has neither an id nor a label; row skipped.`);
    return;
  }
  const userId = idRaw !== "" ? idRaw : label;
  const id = st.listedKey(userId, r, idRaw !== "" ? "id" : "label");
  let kind: NodeKind = "person";
  const kindRaw = r.get("kind").toLowerCase();
  if (ORG_KINDS.has(kindRaw)) kind = "organization";
  else if (kindRaw !== "" && !PERSON_KINDS.has(kindRaw)) {
    st.warn(r, "kind", `kind "${shown(r.get("kind"))}" is neither person nor organization; treated as a person.`);
  }
  const source = { file: r.file.csv.name, line: r.line };
  const attrs = nodeAttributes({ label: label !== "" ? label : userId, kind, extra: r.extra(), source });
  st.checkOverflow(r);
  if (st.graph.hasNode(id)) {
    const cur = st.graph.getNodeAttributes(id);
    const conflicts: string[] = [];
    // A node first listed without a label (label = id) takes the label given now.
    if (label !== "" && cur.label === userId && label !== userId) {
      st.graph.setNodeAttribute(id, "label", label);
      st.register(id, label, source);
    } else if (label !== "" && cur.label !== label) conflicts.push(r.colName("label"));
    if (kindRaw !== "" && cur.kind !== kind) conflicts.push(r.colName("kind"));
    st.graph.setNodeAttribute(id, "extra", mergeExtra(cur.extra, attrs.extra, conflicts));
    st.merged(r, st.entries.get(id) ?? source, id, conflicts);
    return;
  }
  if (idRaw !== "") st.checkIdCase(r, "id", idRaw, kind);
  st.graph.addNode(id, attrs);
  st.register(id, attrs.label, source, r.damaged ? quoteAliases(attrs.label) : [], userId);
  r.file.report.imported++;
}
