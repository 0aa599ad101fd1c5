/**
 * Coalition Map — a redacted copy of a coalition, to share without exposing anyone.
 *
 * In the organizer's words: the copy keeps the network's shape — who is tied to whom, how
 * strongly, statuses, sectors, areas, services, bad history — so it gives the same answers
 * (same communities, same brokers, same gaps), but no person is named: each becomes a stable
 * pseudonym that keeps their role ("Shelter staff 3", "Faith leader 1"). Contacts, notes, tags
 * and every column Coalition Map does not use are removed. People marked sensitive (a
 * `sensitive` column; members with lived experience by default, unless the column says "no")
 * are not even given a role: each is a "Private contact", in ask paths too. A key (kept by the
 * organizer, never inside the copy) maps the pseudonyms back.
 *
 * Precisely.
 *  - Ids: every node gets `r` + its rank in the original id order, zero-padded, so the copy sorts
 *    its nodes exactly as the original does (the analyses, which visit nodes in id order and
 *    break ties by id, then give the same answers).
 *  - People: label = category + " " + number, numbered 1, 2, … per category in original id order;
 *    category = the person's influence kind when they have one (faith leader, business owner,
 *    policy maker, …), else the noun of their sector (or their organization's), else "Person".
 *    `role` is replaced by that influence kind (so the balance analysis still counts them), or
 *    removed. Sensitive people: label "Private contact", no role, no area.
 *  - Organizations keep their names (they are public bodies); their notes and extra columns go.
 *  - Kept: kind, status, sector, decision maker, lived experience, anchor, areas, services, the
 *    organization link, stance; ties' type, strength, sign, direction and `since`; the needs.
 *    Removed: notes, tags, contacts and all other columns, and where each row came from.
 *  - Inferred nodes stay inferred.
 * A limit: an organization's own name may identify a person (a one-person practice); rename it in
 * the original if so.
 */
import { influenceKind } from "./groups.js";
import { addTie, createCoalitionGraph, edgeAttributes } from "./model.js";
import { stanceCell } from "./stance.js";
import type { CoalitionGraph, NodeAttributes } from "./types.js";
import { compareIds } from "./utils/compare-ids.js";
import { parseYesNo } from "./utils/parse-yes-no.js";

/** One line of the key: a pseudonym and who it stands for. */
export interface RedactionKeyEntry {
  pseudonymId: string;
  pseudonym: string;
  id: string;
  name: string;
  kind: "person" | "organization";
  sensitive: boolean;
}

export interface RedactedCopy {
  graph: CoalitionGraph;
  key: RedactionKeyEntry[];
}

const SECTOR_NOUNS: Readonly<Record<string, string>> = {
  shelter: "Shelter staff",
  hotline: "Hotline staff",
  courts: "Court staff",
  "law enforcement": "Police officer",
  health: "Health worker",
  faith: "Faith community member",
  business: "Business person",
  government: "Official",
  grassroots: "Community organizer",
  "social services": "Social services staff",
  "legal aid": "Legal advocate",
  schools: "School staff",
  education: "School staff",
  media: "Media person",
};

/**
 * Whether a person is sensitive: the `sensitive` column, else lived experience (see the module
 * comment). A `sensitive` cell that is neither yes nor no ("maybe", "ask Dana") counts as yes:
 * when in doubt, no one is named.
 */
export function isSensitive(a: NodeAttributes): boolean {
  if (a.kind !== "person") return false;
  for (const [k, v] of Object.entries(a.extra)) {
    if (k.trim().toLowerCase() !== "sensitive") continue;
    const said = parseYesNo(v);
    if (said === true || said === "invalid") return true;
    if (said === false) return false;
  }
  return a.livedExperience === true;
}

function category(graph: CoalitionGraph, a: NodeAttributes): string {
  const org = a.organization !== undefined && graph.hasNode(a.organization) ? graph.getNodeAttributes(a.organization) : undefined;
  const kind = influenceKind(a, org);
  if (kind) return kind[0]?.toUpperCase() + kind.slice(1);
  const sector = (a.sector ?? org?.sector ?? "").trim().toLowerCase();
  if (sector === "") return "Person";
  return (Object.hasOwn(SECTOR_NOUNS, sector) ? SECTOR_NOUNS[sector] : undefined) ?? `${sector[0]?.toUpperCase() ?? ""}${sector.slice(1)} person`;
}

/** The redacted copy of a graph and its key (see the module comment). */
export function redactGraph(graph: CoalitionGraph): RedactedCopy {
  const ids = graph.nodes().sort(compareIds);
  const width = String(ids.length).length;
  const newId = new Map(ids.map((id, i) => [id, `r${String(i + 1).padStart(width, "0")}`]));
  const counters = new Map<string, number>();
  const copy = createCoalitionGraph({ format: graph.getAttribute("format"), hasStrength: graph.getAttribute("hasStrength"), needs: graph.getAttribute("needs").map((n) => ({ service: n.service, area: n.area, ...(n.priority !== undefined ? { priority: n.priority } : {}) })) });
  const key: RedactionKeyEntry[] = [];
  for (const id of ids) {
    const a = graph.getNodeAttributes(id);
    const pid = newId.get(id) ?? id;
    const sensitive = isSensitive(a);
    let label = a.label;
    if (a.kind === "person") {
      if (sensitive) label = "Private contact";
      else {
        const c = category(graph, a);
        const n = (counters.get(c) ?? 0) + 1;
        counters.set(c, n);
        label = `${c} ${n}`;
      }
    }
    const org = a.organization !== undefined && graph.hasNode(a.organization) ? graph.getNodeAttributes(a.organization) : undefined;
    const kind = a.kind === "person" && !sensitive ? influenceKind(a, org) : undefined;
    const stance = stanceCell(a);
    const attrs: NodeAttributes = {
      label,
      kind: a.kind,
      status: a.status,
      areas: a.kind === "person" && sensitive ? [] : [...a.areas],
      services: [...a.services],
      tags: [],
      extra: stance !== undefined ? { stance } : {},
    };
    if (a.organization !== undefined) attrs.organization = newId.get(a.organization) ?? a.organization;
    if (kind) attrs.role = kind;
    if (a.sector !== undefined) attrs.sector = a.sector;
    if (a.decisionMaker !== undefined) attrs.decisionMaker = a.decisionMaker;
    if (a.livedExperience !== undefined) attrs.livedExperience = a.livedExperience;
    if (a.anchor !== undefined) attrs.anchor = a.anchor;
    if (a.inferred !== undefined) attrs.inferred = a.inferred;
    copy.addNode(pid, attrs);
    key.push({ pseudonymId: pid, pseudonym: label, id, name: a.label, kind: a.kind, sensitive });
  }
  graph.forEachEdge((_e, a, s, t) => {
    const attrs = edgeAttributes({ type: a.type, strength: a.strength, sign: a.sign, directed: a.directed });
    if (a.since !== undefined) attrs.since = a.since;
    if (a.implicit === true) attrs.implicit = true;
    addTie(copy, newId.get(s) ?? s, newId.get(t) ?? t, attrs);
  });
  return { graph: copy, key };
}
