/**
 * Which file is which: the caller's roles first, then the header (a from/to or source/target
 * pair makes a tie list), then the file name, then the other columns.
 */
import type { FileRole } from "../graph/import-report.js";
import { isSurveyHeader, isTieHeader, normalizeHeader } from "./columns.js";

/** A file's provisional role: tie lists become "connections" or "edges" once the format is known. */
export type DetectedRole = FileRole | "ties";

/** The base name without folders or extension. */
export function baseName(name: string): string {
  const b = name.split(/[\\/]/).pop() ?? name;
  return b.replace(/\.[^.]*$/, "");
}

const NAME_RULES: readonly [RegExp, DetectedRole][] = [
  [/^(people|person|persons|members|contacts|individuals)/, "people"],
  [/^(org|organi[sz]ations?|agenc|partners?orgs)/, "organizations"],
  [/^(connection|ties|tie|relationship|links)/, "ties"],
  [/^(edges?|edgelist)/, "ties"],
  [/^(services|service|needs|need)/, "needs"],
  [/^(nodes?|vertices|vertex|nodelist)/, "nodes"],
  [/^(survey|partnersurvey)/, "survey"],
];

/** Role suggested by the file name: any word of it may match ("florentine_marriage_edges" → ties). */
export function roleFromName(name: string): DetectedRole | undefined {
  const words = baseName(name).toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== "");
  // The first word wins over later words ("people_edges" → people).
  for (const w of words) for (const [re, role] of NAME_RULES) if (re.test(w)) return role;
  return undefined;
}

/** Detect a file's role from its header and name. Undefined when neither tells. */
export function detectRole(name: string, header: string[]): DetectedRole | undefined {
  if (isSurveyHeader(header)) return "survey";
  if (isTieHeader(header)) return "ties";
  const byName = roleFromName(name);
  if (byName !== undefined) return byName;
  const cols = new Set(header.map(normalizeHeader));
  const has = (...c: string[]) => c.some((x) => cols.has(x));
  if (has("service", "need") && has("area", "region") && !has("name", "label", "id")) return "needs";
  if (has("servicesoffered", "services", "areasserved", "anchor", "anchororganization")) return "organizations";
  if (has("decisionmaker", "livedexperience", "organization", "organisation", "role", "title")) return "people";
  if (has("id", "label", "name")) return "nodes";
  return undefined;
}
