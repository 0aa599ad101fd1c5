/**
 * Service and area names that match nothing. An organization's service written "shleter" (or any
 * name outside the catalog and services.csv) was kept as written and so filled no need: the gap
 * analysis then reported emergency shelter missing where that organization offers it, and nothing
 * said why. A need's area written "Nort" made a gap in an area no one is in. Both are said, once
 * per name, at the first cell that writes it; both are still kept as written.
 */
import { areaKey, canonicalService, DEFAULT_SERVICES } from "../graph/services.js";
import type { Row } from "./row.js";
import type { ImportState } from "./state.js";
import { shown } from "./text.js";

const CATALOG: ReadonlySet<string> = new Set(DEFAULT_SERVICES);

/** Services outside the catalog, by their canonical name: as first written, and the row that wrote it. */
const unknownServices = new WeakMap<ImportState, Map<string, { r: Row; raw: string }>>();
/** The areas of every person and organization read, by areaKey, made at the first need. */
const knownAreas = new WeakMap<ImportState, Set<string>>();
/** Need areas already warned about. */
const warnedAreas = new WeakMap<ImportState, Set<string>>();

/** Note an organization row's services that are not in the catalog (whether a need names them is known only once the needs are read). */
export function noteServices(st: ImportState, r: Row, services: readonly string[]): void {
  for (const raw of services) {
    const service = canonicalService(raw);
    if (service === "" || CATALOG.has(service)) continue;
    let seen = unknownServices.get(st);
    if (seen === undefined) unknownServices.set(st, (seen = new Map()));
    if (seen.has(service)) continue;
    seen.set(service, { raw, r });
  }
}

/** Once the needs are read: warn about each noted service that no need names either. */
export function warnUnknownServices(st: ImportState, hasNeeds: boolean): void {
  const seen = unknownServices.get(st);
  if (seen === undefined) return;
  const needed = new Set([...st.needs.values()].map((n) => canonicalService(n.need.service)));
  const where = hasNeeds ? "the catalog or services.csv" : "the catalog";
  for (const [service, { raw, r }] of seen) {
    if (needed.has(service)) continue;
    const list = DEFAULT_SERVICES.slice(0, 4).join(", ");
    st.warn(r, "services", `service "${shown(raw)}" is not in ${where} (${list}, …); kept as written, so it fills no need in the gap analysis. Check the spelling${hasNeeds ? ", or add it to services.csv" : ""}.`);
  }
}

/** A need's area that is no person's or organization's area (a typo makes a gap where no one is): warned once per area. */
export function checkNeedArea(st: ImportState, r: Row, area: string): void {
  let areas = knownAreas.get(st);
  if (areas === undefined) {
    areas = new Set();
    for (const a of st.graph.mapNodes((_, x) => x.areas)) for (const name of a) areas.add(areaKey(name));
    knownAreas.set(st, areas);
  }
  const key = areaKey(area);
  if (areas.size === 0 || areas.has(key)) return;
  let warned = warnedAreas.get(st);
  if (warned === undefined) warnedAreas.set(st, (warned = new Set()));
  if (warned.has(key)) return;
  warned.add(key);
  st.warn(r, "area", `area "${shown(area)}" is not the area of any person or organization; the need is kept, and shows as missing there. Check the spelling.`);
}
