/**
 * Coalition Map — the files of a redacted copy (redact.ts): the workbook as CSV (people,
 * organizations, connections, services — or nodes and edges for a generic network), and the key
 * as CSV, all through the one CSV writer. Reading the workbook back gives the redacted graph
 * (membership ties come back from the people's organization column, as on any import).
 */
import type { RedactedCopy } from "../redact.js";
import type { CoalitionGraph } from "../types.js";
import { compareIds } from "../utils/compare-ids.js";
import { csvText, type CsvValue } from "../utils/csv-text.js";

export interface CsvFileText {
  name: string;
  text: string;
}

const yn = (b: boolean | undefined): string => (b === true ? "yes" : "no");
const statusCell = (s: string): string => (s === "none" ? "" : s);
const stanceOf = (extra: Record<string, string>): string => extra.stance ?? "";

function workbookFiles(g: CoalitionGraph): CsvFileText[] {
  const people: CsvValue[][] = [];
  const orgs: CsvValue[][] = [];
  for (const id of g.nodes().sort(compareIds)) {
    const a = g.getNodeAttributes(id);
    if (a.kind === "person")
      people.push([id, a.label, a.organization ?? "", a.role ?? "", a.sector ?? "", statusCell(a.status), yn(a.decisionMaker), yn(a.livedExperience), a.areas[0] ?? "", stanceOf(a.extra)]);
    else orgs.push([id, a.label, a.sector ?? "", a.services.join(";"), a.areas.join(";"), statusCell(a.status), yn(a.anchor), stanceOf(a.extra)]);
  }
  const ties: CsvValue[][] = [];
  g.forEachEdge((_e, a, s, t) => {
    if (a.implicit === true) return;
    ties.push([s, t, a.type, a.strength, a.sign === -1 ? "-" : "+", a.since ?? ""]);
  });
  const files = [
    { name: "people.csv", text: csvText(["id", "name", "organization", "role", "sector", "status", "decision_maker", "lived_experience", "area", "stance"], people) },
    { name: "organizations.csv", text: csvText(["id", "name", "sector", "services", "areas", "status", "anchor", "stance"], orgs) },
    { name: "connections.csv", text: csvText(["from", "to", "type", "strength", "sign", "since"], ties) },
  ];
  const needs = g.getAttribute("needs");
  if (needs.length > 0) files.push({ name: "services.csv", text: csvText(["service", "area", "priority"], needs.map((n) => [n.service, n.area, n.priority ?? ""])) });
  return files;
}

function edgeListFiles(g: CoalitionGraph): CsvFileText[] {
  const nodes = g
    .nodes()
    .sort(compareIds)
    .map((id) => {
      const a = g.getNodeAttributes(id);
      return [id, a.label, a.kind, statusCell(a.status), stanceOf(a.extra)];
    });
  // A weight column only when the original had one (otherwise every tie counts 1 again).
  const weighted = g.getAttribute("hasStrength");
  const edges: CsvValue[][] = [];
  g.forEachEdge((_e, a, s, t) => edges.push(weighted ? [s, t, a.type, a.strength, a.sign === -1 ? "-" : "+"] : [s, t, a.type, a.sign === -1 ? "-" : "+"]));
  return [
    { name: "nodes.csv", text: csvText(["id", "label", "kind", "status", "stance"], nodes) },
    { name: "edges.csv", text: csvText(weighted ? ["source", "target", "type", "weight", "sign"] : ["source", "target", "type", "sign"], edges) },
  ];
}

/** The redacted workbook's files (see the module comment). */
export function redactedFiles(copy: RedactedCopy): CsvFileText[] {
  return copy.graph.getAttribute("format") === "workbook" ? workbookFiles(copy.graph) : edgeListFiles(copy.graph);
}

/**
 * The key's CSV header, exactly (the importer recognises a key written into the input folder by its
 * first four columns, src/import/own-outputs.ts).
 */
export const REDACTION_KEY_CSV_HEADER = ["pseudonym id", "pseudonym", "original id", "original name", "kind", "sensitive"] as const;

/** The key: which pseudonym stands for whom. Never store it inside the redacted copy. */
export function redactionKeyCsv(copy: RedactedCopy): string {
  return csvText(
    REDACTION_KEY_CSV_HEADER,
    copy.key.map((k) => [k.pseudonymId, k.pseudonym, k.id, k.name, k.kind, k.sensitive ? "yes" : "no"]),
  );
}
