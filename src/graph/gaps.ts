/**
 * Coalition Map — service gaps (what survivors cannot get, where, and where providers do not
 * work together).
 *
 * In the organizer's words: for every service and every area, is anybody offering it? Only one
 * organization (if it closes or is full, there is nothing)? Several that do not talk to each other
 * (duplicated, uncoordinated)? And do the services a survivor goes from one to the next — hotline
 * to shelter, shelter to legal advocacy, forensic exam to counseling — have providers in the same
 * area that refer to each other?
 *
 * Precise definition.
 *  - Needs: the graph's `needs` (services.csv rows service, area, priority) when there are any
 *    (`needsSource` "services.csv"); a need must name its service and its area, as the importer
 *    requires — a need with no area is not a need (the importer rejects that row; given through
 *    the API it is ignored like any invalid need); otherwise every service of `DEFAULT_SERVICES` in every area
 *    present in the data (organizations' and people's areas; `needsSource` "default catalog").
 *  - Providers of (service, area): ALL organizations in the data whose services include it
 *    (compared after `canonicalService`: lower case, trimmed, spaces collapsed, synonyms such as
 *    "shelter" → "emergency shelter") and whose areas include the area (case-insensitive).
 *    Whether each provider is a coalition member (core/member) is reported alongside.
 *  - For each needed cell: `missing` = no provider; `thin` = exactly one provider; `duplicated` =
 *    two or more providers and at least one pair of them does not coordinate (no positive tie
 *    between the organizations, no works_with/partner/refers_to tie between their staff — see
 *    `coordinationCheck`), with the uncoordinated pairs; otherwise `covered`.
 *  - `unlinked`: for each area and each handoff pair of `HANDOFF_PAIRS` (both services having
 *    providers in that area), no referral/partner/works_with tie (refers_to, partner, works_with)
 *    between any provider of one and any provider of the other, directly or between their staff.
 *    An organization offering both services hands off internally and counts as linked.
 *  - `matrix`: one row per service × area, services in needs order (catalog order by default)
 *    then other offered services alphabetically; areas in needs order (then data areas
 *    alphabetically; all data areas alphabetically for the default catalog). Cells that are not
 *    needed have status "not needed" (their providers are still listed).
 */
import { isMember } from "./model.js";
import {
  AreaNames,
  DEFAULT_SERVICES,
  HANDOFF_PAIRS,
  areaKey,
  canonicalService,
  cellKey,
  coordinationCheck,
  handoffCheck,
  providerIndex,
} from "./services.js";
import { assertCoalitionGraph } from "./utils/assert-coalition-graph.js";
import { compareIds } from "./utils/compare-ids.js";
import { pairs } from "./utils/pairs.js";
import type { CoalitionGraph, Need } from "./types.js";

export { DEFAULT_SERVICES, HANDOFF_PAIRS } from "./services.js";

export type GapStatus = "missing" | "thin" | "duplicated" | "covered" | "not needed";

export interface GapCell {
  service: string;
  area: string;
  needed: boolean;
  priority?: string;
  /** Provider organization ids, sorted. */
  providers: string[];
  /** Those providers that are coalition members (core/member). */
  memberProviders: string[];
  status: GapStatus;
}

export interface GapResult {
  services: string[];
  areas: string[];
  needsSource: "services.csv" | "default catalog";
  missing: { service: string; area: string; priority?: string }[];
  thin: { service: string; area: string; provider: string; providerLabel: string; member: boolean; priority?: string }[];
  duplicated: {
    service: string;
    area: string;
    providers: string[];
    uncoordinatedPairs: [string, string][];
    priority?: string;
  }[];
  unlinked: { area: string; services: [string, string]; providers: [string[], string[]] }[];
  matrix: GapCell[];
}

export interface GapOptions {
  /** Needs to use instead of the graph's `needs` attribute. */
  needs?: Need[];
  /** Catalog used when there are no needs. Default `DEFAULT_SERVICES`. */
  catalog?: readonly string[];
  /** Handoff pairs checked for `unlinked`. Default `HANDOFF_PAIRS`. */
  handoffs?: readonly (readonly [string, string])[];
  /** Count staff-to-staff ties as coordination / referral. Default true. */
  staffTies?: boolean;
}

export const GAP_DEFAULTS = { staffTies: true } as const;

/** Handoff pairs with providers of both services in an area and no referral tie between any of them. */
function unlinkedHandoffs(
  graph: CoalitionGraph,
  areas: string[],
  providers: Map<string, string[]>,
  areaNames: AreaNames,
  handoffs: readonly (readonly [string, string])[],
  staffTies: boolean,
): GapResult["unlinked"] {
  const linked = handoffCheck(graph, { staffTies });
  const out: GapResult["unlinked"] = [];
  for (const k of areas)
    for (const pair of handoffs) {
      const s1 = canonicalService(pair[0]);
      const s2 = canonicalService(pair[1]);
      const p1 = providers.get(cellKey(s1, k)) ?? [];
      const p2 = providers.get(cellKey(s2, k)) ?? [];
      if (p1.length === 0 || p2.length === 0) continue;
      const anyLink = p1.some((x) => p2.some((y) => linked(x, y)));
      if (!anyLink) out.push({ area: areaNames.display(k), services: [s1, s2], providers: [p1.slice(), p2.slice()] });
    }
  return out;
}

/** Service gaps per service × area (see the module comment). */
export function serviceGaps(graph: CoalitionGraph, options: GapOptions = {}): GapResult {
  assertCoalitionGraph(graph, "serviceGaps");
  const rawNeeds = options.needs ?? (graph.getAttribute("needs") as Need[] | undefined) ?? [];
  if (!Array.isArray(rawNeeds)) throw new Error("serviceGaps: `needs` must be a list of { service, area, priority }.");
  const catalog = options.catalog ?? DEFAULT_SERVICES;
  if (!Array.isArray(catalog) || catalog.some((s) => typeof s !== "string"))
    throw new Error("serviceGaps: option `catalog` must be a list of service names.");
  const handoffs = options.handoffs ?? HANDOFF_PAIRS;
  const staffTies = options.staffTies ?? GAP_DEFAULTS.staffTies;
  const label = (n: string): string => graph.getNodeAttribute(n, "label") ?? n;

  const areaNames = new AreaNames();
  const needs = rawNeeds.filter(
    (n) => n && typeof n.service === "string" && canonicalService(n.service) !== "" && areaKey(String(n.area ?? "")) !== "",
  );
  const useCatalog = needs.length === 0;

  // Needed cells, in needs order.
  const neededServices: string[] = [];
  const needAreas: string[] = [];
  const priority = new Map<string, string | undefined>();
  for (const n of needs) {
    const s = canonicalService(n.service);
    if (!neededServices.includes(s)) neededServices.push(s);
    const k = areaNames.add(String(n.area ?? ""));
    if (!needAreas.includes(k)) needAreas.push(k);
    if (!priority.has(cellKey(s, k))) priority.set(cellKey(s, k), n.priority?.trim() || undefined);
  }

  const { providers, offered, dataAreas } = providerIndex(graph, areaNames);
  const sortAreas = (ks: Iterable<string>): string[] => [...ks].sort(compareIds);
  let services: string[];
  let areas: string[];
  const needed = new Set<string>();
  if (useCatalog) {
    services = [...new Set(catalog.map(canonicalService).filter((s) => s !== ""))];
    areas = sortAreas(dataAreas);
    for (const s of services) for (const k of areas) needed.add(cellKey(s, k));
  } else {
    services = neededServices;
    areas = [...needAreas, ...sortAreas([...dataAreas].filter((k) => !needAreas.includes(k)))];
    for (const ck of priority.keys()) needed.add(ck);
  }
  services = [...services, ...[...offered].filter((s) => !services.includes(s)).sort(compareIds)];

  const coordinated = coordinationCheck(graph, { staffTies });
  const result: GapResult = {
    services,
    areas: areas.map((k) => areaNames.display(k)),
    needsSource: useCatalog ? "default catalog" : "services.csv",
    missing: [],
    thin: [],
    duplicated: [],
    unlinked: [],
    matrix: [],
  };
  for (const s of services)
    for (const k of areas) {
      const ck = cellKey(s, k);
      const area = areaNames.display(k);
      const provs = providers.get(ck) ?? [];
      const isNeeded = needed.has(ck);
      const prio = priority.get(ck);
      const withPrio = <T extends object>(o: T): T & { priority?: string } => (prio ? { ...o, priority: prio } : o);
      let status: GapStatus;
      if (!isNeeded) status = "not needed";
      else if (provs.length === 0) {
        status = "missing";
        result.missing.push(withPrio({ service: s, area }));
      } else if (provs.length === 1) {
        status = "thin";
        const p = provs[0] ?? "";
        result.thin.push(
          withPrio({ service: s, area, provider: p, providerLabel: label(p), member: isMember(graph.getNodeAttributes(p)) }),
        );
      } else {
        const uncoordinated = pairs(provs).filter(([a, b]) => !coordinated(a, b));
        if (uncoordinated.length > 0) {
          status = "duplicated";
          result.duplicated.push(withPrio({ service: s, area, providers: provs.slice(), uncoordinatedPairs: uncoordinated }));
        } else status = "covered";
      }
      result.matrix.push(
        withPrio({
          service: s,
          area,
          needed: isNeeded,
          providers: provs.slice(),
          memberProviders: provs.filter((p) => isMember(graph.getNodeAttributes(p))),
          status,
        }),
      );
    }

  result.unlinked = unlinkedHandoffs(graph, areas, providers, areaNames, handoffs, staffTies);
  return result;
}
