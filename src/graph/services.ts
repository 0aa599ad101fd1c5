/**
 * Coalition Map — the service catalog, service and area names, and "do these two organizations
 * coordinate?" (shared by the turf and service-gap analyses).
 *
 * Services are compared after `canonicalService`: lower case, trimmed, inner spaces collapsed,
 * then a small synonym table ("shelter" → "emergency shelter", "legal aid" → "legal advocacy",
 * "sane exam" → "medical/forensic exam", …). Areas are compared case-insensitively (`areaKey`:
 * lower case, trimmed, inner spaces collapsed); the first spelling seen is kept for display.
 */
import { COORDINATION_TYPES } from "./vocabulary.js";
import { staffIndex } from "./staff.js";
import { positiveView } from "./model.js";
import type { CoalitionGraph } from "./types.js";
import { compareIds } from "./utils/compare-ids.js";

/**
 * The default catalog of victim services, used as the needs (every service needed in every area
 * present in the data) when the workbook has no services.csv.
 */
export const DEFAULT_SERVICES: readonly string[] = Object.freeze([
  "hotline",
  "emergency shelter",
  "legal advocacy",
  "counseling",
  "medical/forensic exam",
  "court accompaniment",
  "housing",
  "interpretation",
  "childcare",
  "transportation",
  "financial assistance",
  "case management",
]);

/** Synonyms → canonical catalog names (keys already lower-cased, spaces collapsed). */
export const SERVICE_SYNONYMS: Readonly<Record<string, string>> = Object.freeze({
  shelter: "emergency shelter",
  "emergency housing": "emergency shelter",
  "safe house": "emergency shelter",
  "dv shelter": "emergency shelter",
  "crisis line": "hotline",
  "crisis hotline": "hotline",
  helpline: "hotline",
  "help line": "hotline",
  "24/7 hotline": "hotline",
  "24-hour hotline": "hotline",
  "legal aid": "legal advocacy",
  "legal services": "legal advocacy",
  "legal help": "legal advocacy",
  "legal assistance": "legal advocacy",
  "sane exam": "medical/forensic exam",
  "sane": "medical/forensic exam",
  "forensic exam": "medical/forensic exam",
  "medical exam": "medical/forensic exam",
  "medical forensic exam": "medical/forensic exam",
  "medical-forensic exam": "medical/forensic exam",
  "medical / forensic exam": "medical/forensic exam",
  counselling: "counseling",
  therapy: "counseling",
  "mental health counseling": "counseling",
  "court advocacy": "court accompaniment",
  "court support": "court accompaniment",
  "transitional housing": "housing",
  "housing assistance": "housing",
  interpreting: "interpretation",
  translation: "interpretation",
  "language access": "interpretation",
  "child care": "childcare",
  transport: "transportation",
  "financial aid": "financial assistance",
  "emergency funds": "financial assistance",
  "case manager": "case management",
});

/**
 * Services that must hand people to each other (a survivor goes from one to the other), used by
 * `serviceGaps` to report providers in the same area with no referral/partner/works_with tie.
 */
export const HANDOFF_PAIRS: readonly (readonly [string, string])[] = Object.freeze([
  ["hotline", "emergency shelter"],
  ["emergency shelter", "legal advocacy"],
  ["emergency shelter", "housing"],
  ["legal advocacy", "court accompaniment"],
  ["medical/forensic exam", "counseling"],
  ["medical/forensic exam", "legal advocacy"],
  ["medical/forensic exam", "court accompaniment"],
  ["hotline", "counseling"],
] as const);

/** "  Legal   Aid " → "legal advocacy"; unknown names are only lower-cased, trimmed and collapsed. */
export function canonicalService(raw: string): string {
  const s = raw.trim().toLowerCase().replace(/\s+/g, " ");
  // Own keys only: a service named "constructor" or "__proto__" is a name like any other.
  return Object.hasOwn(SERVICE_SYNONYMS, s) ? (SERVICE_SYNONYMS[s] ?? s) : s;
}

/** The comparison key of an area: lower case, trimmed, inner spaces collapsed. */
export function areaKey(raw: string): string {
  return raw.trim().toLowerCase().replace(/\s+/g, " ");
}

export interface CoordinationOptions {
  /**
   * Tie types between the two organizations' staff (or between one's staff and the other
   * organization) that count as coordination. Default: works_with, partner, refers_to.
   */
  staffTypes?: readonly string[];
  /** Look at staff-level ties at all. Default true. */
  staffTies?: boolean;
  /**
   * With `staffTies`: someone on both organizations' staff counts as coordination. Default true
   * (turf); the hand-off check asks for a referral, partner or work tie and sets it false.
   */
  sharedStaff?: boolean;
  /**
   * Tie types that count between the two organizations themselves. Default: null = any
   * positive tie (knows, partner, funds, …).
   */
  orgTypes?: readonly string[] | null;
}

/**
 * Build a predicate telling whether two organizations coordinate: a positive tie between the
 * organizations (any type by default), or — with `staffTies` — someone on both staffs, or a
 * coordination tie (works_with, partner, refers_to) between someone on one's staff and the other
 * organization or its staff.
 * The staff index is built once; each call costs O(staff × their positive degree).
 */
export function coordinationCheck(
  graph: CoalitionGraph,
  options: CoordinationOptions = {},
): (a: string, b: string) => boolean {
  const view = positiveView(graph);
  const staff = options.staffTies === false ? new Map<string, string[]>() : staffIndex(graph);
  const staffTypes = new Set(options.staffTypes ?? [...COORDINATION_TYPES]);
  const orgTypes = options.orgTypes ? new Set(options.orgTypes) : null;
  const tieOf = (x: string, y: string, types: Set<string> | null): boolean => {
    if (!view.hasNode(x) || !view.hasNode(y)) return false;
    const e = view.edge(x, y);
    if (e === undefined) return false;
    if (types === null) return true;
    return view.getEdgeAttribute(e, "types").some((t) => types.has(t));
  };
  return (a: string, b: string): boolean => {
    if (a === b) return true;
    if (tieOf(a, b, orgTypes)) return true;
    if (options.staffTies === false) return false;
    const sideA = [a, ...(staff.get(a) ?? [])];
    const sideB = new Set([b, ...(staff.get(b) ?? [])]);
    // Someone on both staffs (works at one, member of the other) ties the two organizations.
    if (options.sharedStaff !== false) for (const x of sideA) if (x !== a && sideB.has(x)) return true;
    for (const x of sideA) {
      if (!view.hasNode(x)) continue;
      let found = false;
      view.forEachNeighbor(x, (y) => {
        if (found || !sideB.has(y)) return;
        if (x === a && y === b) return; // org-to-org already checked with orgTypes
        if (tieOf(x, y, staffTypes)) found = true;
      });
      if (found) return true;
    }
    return false;
  };
}

/** Whether two providers have a referral/partner/works_with tie (orgs or their staff). */
export function handoffCheck(graph: CoalitionGraph, options: { staffTies?: boolean } = {}): (a: string, b: string) => boolean {
  return coordinationCheck(graph, {
    orgTypes: [...COORDINATION_TYPES],
    staffTypes: [...COORDINATION_TYPES],
    staffTies: options.staffTies ?? true,
    sharedStaff: false,
  });
}

/** The key of a (service, area key) cell. */
export const cellKey = (s: string, k: string): string => `${s}\u0000${k}`;

/**
 * Providers by (service, area) cell (`cellKey`; organizations in id order, an organization serves
 * the areas it lists), the services offered and the data areas (of organizations and people),
 * with every area spelling recorded in `areaNames`. Shared by the service-gap and turf analyses.
 */
export function providerIndex(
  graph: CoalitionGraph,
  areaNames: AreaNames,
): { providers: Map<string, string[]>; offered: Set<string>; dataAreas: Set<string> } {
  const providers = new Map<string, string[]>();
  const offered = new Set<string>();
  const dataAreas = new Set<string>();
  for (const n of graph.nodes().sort(compareIds)) {
    const a = graph.getNodeAttributes(n);
    const keys = [...new Set((a.areas ?? []).map((x) => areaNames.add(x)).filter((k) => k !== ""))];
    keys.forEach((k) => dataAreas.add(k));
    if (a.kind !== "organization") continue;
    const services = [...new Set((a.services ?? []).map(canonicalService).filter((s) => s !== ""))];
    for (const s of services) {
      offered.add(s);
      for (const k of keys) {
        const ck = cellKey(s, k);
        let list = providers.get(ck);
        if (!list) providers.set(ck, (list = []));
        list.push(n);
      }
    }
  }
  return { providers, offered, dataAreas };
}

/**
 * Keeps the first spelling seen of each area (case-insensitive), in first-seen order.
 */
export class AreaNames {
  private readonly names = new Map<string, string>();
  add(raw: string): string {
    const k = areaKey(raw);
    if (k === "") return k;
    if (!this.names.has(k)) this.names.set(k, raw.trim().replace(/\s+/g, " "));
    return k;
  }
  has(key: string): boolean {
    return this.names.has(key);
  }
  display(key: string): string {
    return this.names.get(key) ?? key;
  }
  keys(): string[] {
    return [...this.names.keys()];
  }
}
