/**
 * The graph of a workbook: `importCoalition` of its tables written back to CSV — the one path,
 * on the map, in the tests and for the edits (which look up rows by the graph's ids and sources).
 * Memoized per workbook object (workbooks are never mutated: every edit makes a new one).
 */
import type { FileRole } from "../graph/import-report.js";
import { importCoalition, type ImportResult, type InputFile } from "../import/importer.js";
import { normalizeHeader } from "../import/columns.js";
import { detectRole } from "../import/roles.js";
import type { Table, Workbook } from "./types.js";
import { tableText } from "./write.js";

/** The activity log's file name (the contract in activity-format: date,kind,member,person,outcome,notes). */
export const ACTIVITY_FILE = "activity.csv";
export const ACTIVITY_HEADER: readonly string[] = ["date", "kind", "member", "person", "outcome", "notes"];

/** Whether a table is the log of asks and one-on-ones (named activity… or log…, or with kind, member and person columns). */
export function isActivityTable(t: Pick<Table, "name" | "header">): boolean {
  const base = (t.name.split(/[\\/]/).pop() ?? t.name).toLowerCase();
  if (/^(activity|log)/.test(base)) return true;
  const cols = new Set(t.header.map(normalizeHeader));
  return cols.has("kind") && cols.has("member") && cols.has("person");
}

/**
 * The files handed to the importer. An activity log the importer cannot place yet (an import
 * without the activity reader) is left out rather than stopping the import: the log is still
 * kept and exported.
 */
export function workbookFiles(workbook: Workbook): InputFile[] {
  const enc = new TextEncoder();
  const out: InputFile[] = [];
  for (const t of workbook.tables) {
    if (t.role === undefined && isActivityTable(t) && detectRole(t.name, t.header) === undefined) continue;
    out.push({ name: t.name, bytes: enc.encode(tableText(t)) });
  }
  return out;
}

/** The roles the organizer chose, by file name. */
export function workbookRoles(workbook: Workbook): Record<string, FileRole> | undefined {
  const roles: Record<string, FileRole> = {};
  let any = false;
  for (const t of workbook.tables) {
    if (t.role === undefined) continue;
    roles[t.name] = t.role;
    any = true;
  }
  return any ? roles : undefined;
}

const cache = new WeakMap<Workbook, ImportResult>();

/** The graph and import report of a workbook (throws ImportError as the import does). */
export function importWorkbook(workbook: Workbook): ImportResult {
  const hit = cache.get(workbook);
  if (hit !== undefined) return hit;
  const roles = workbookRoles(workbook);
  const result = importCoalition(workbookFiles(workbook), roles ? { roles } : {});
  cache.set(workbook, result);
  return result;
}
