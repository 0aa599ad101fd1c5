/**
 * Which file is which: the caller's roles first, then the header (a from/to or source/target
 * pair makes a tie list), then the file name, then the other columns.
 */
import type { FileRole } from "../graph/import-report.js";
import { isActivityHeader, isSurveyHeader, isTieHeader, normalizeHeader } from "./columns.js";

/** A file's provisional role: tie lists become "connections" or "edges" once the format is known. */
export type DetectedRole = FileRole | "ties";

/** The base name without folders or extension. */
export function baseName(name: string): string {
  const b = name.split(/[\\/]/).pop() ?? name;
  return b.replace(/\.[^.]*$/, "");
}

const NAME_RULES: readonly [RegExp, DetectedRole][] = [
  // English, then Spanish and French (personas, personnes, miembros, membres, contactos, organisme…).
  [/^(people|person|persons|members|contacts|individuals|personas|personnes|miembros|membres|contactos)/, "people"],
  [/^(org|organi[sz]ations?|agenc|partners?orgs|organismes?|entidades)/, "organizations"],
  [/^(connection|ties|tie|relationship|links|conexion|relacion|vinculos|lazos|liens|relations)/, "ties"],
  [/^(edges?|edgelist|aristas|aretes)/, "ties"],
  [/^(services|service|needs|need|servicios|necesidades|besoins)/, "needs"],
  [/^(nodes?|vertices|vertex|nodelist|nodos|noeuds)/, "nodes"],
  [/^(survey|partnersurvey)/, "survey"],
  [/^(activit(y|ies)|logs?$|logbook)/, "activity"],
];

/** Role suggested by the file name: any word of it may match ("florentine_marriage_edges" → ties). */
export function roleFromName(name: string): DetectedRole | undefined {
  // Accents dropped first (conexión → conexion).
  const words = baseName(name).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== "");
  // The first word wins over later words ("people_edges" → people).
  for (const w of words) for (const [re, role] of NAME_RULES) if (re.test(w)) return role;
  return undefined;
}

/** Detect a file's role from its header and name. Undefined when neither tells. */
export function detectRole(name: string, header: string[]): DetectedRole | undefined {
  if (isSurveyHeader(header)) return "survey";
  if (isTieHeader(header)) return "ties";
  if (isActivityHeader(header)) return "activity";
  const byName = roleFromName(name);
  if (byName !== undefined) return byName;
  const cols = new Set(header.map(normalizeHeader));
  const has = (...c: string[]) => c.some((x) => cols.has(x));
  if (has("service", "need") && has("area", "region") && !has("name", "label", "id")) return "needs";
  if (has("servicesoffered", "services", "areasserved", "anchor", "anchororganization")) return "organizations";
  if (has("decisionmaker", "livedexperience", "organization", "organisation", "role", "title", "organizacion", "rol", "cargo", "decideur")) return "people";
  if (has("id", "label", "name")) return "nodes";
  return undefined;
}
