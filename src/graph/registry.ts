/**
 * Coalition Map — the list of every analysis. Everything else is derived from it: the order
 * they run and appear in the JSON report, the Markdown report's sections, the progress words,
 * which sections the data supports (`availability`), and the map's tabs.
 *
 * To add an analysis: write src/graph/analyses/<id>.ts with its description (see
 * registry/types.ts), add it here, and add a panel in src/viz/panels/ (docs/architecture.md).
 */
import { asksAnalysis } from "./analyses/asks.js";
import { communitiesAnalysis } from "./analyses/communities.js";
import { compositionAnalysis } from "./analyses/composition.js";
import { conflictsAnalysis } from "./analyses/conflicts.js";
import { gapsAnalysis } from "./analyses/gaps.js";
import { outreachAnalysis } from "./analyses/outreach.js";
import { partnershipAnalysis } from "./analyses/partnership.js";
import { powerMapAnalysis } from "./analyses/power-map.js";
import { recruitsAnalysis } from "./analyses/recruits.js";
import { standingAnalysis } from "./analyses/standing.js";
import { turfAnalysis } from "./analyses/turf.js";
import { REQUIREMENTS } from "./registry/profile.js";
import type { AnalysisDescription, AnyAnalysis, Availability, DataProfile } from "./registry/types.js";

/** Every analysis, in the order they run and appear in the JSON report. */
export const ANALYSES = [
  standingAnalysis,
  communitiesAnalysis,
  asksAnalysis,
  outreachAnalysis,
  powerMapAnalysis,
  turfAnalysis,
  conflictsAnalysis,
  gapsAnalysis,
  recruitsAnalysis,
  compositionAnalysis,
  partnershipAnalysis,
] as const;

type Analysis = (typeof ANALYSES)[number];

/** The typed id of an analysis: a JSON section key, an availability `section`, a panel id. */
export type AnalysisId = Analysis["id"];

type SectionOf<A> = A extends AnalysisDescription<string, unknown, infer S> ? S : never;
type ResultOf<A> = A extends AnalysisDescription<string, infer R, unknown> ? R : never;

/** The JSON report's analysis sections, by id (analyses without a section of their own left out). */
export type ReportSections = { [A in Analysis as SectionOf<A> extends undefined ? never : A["id"]]: SectionOf<A> };

/** Every analysis's result, by id. */
export type AnalysisResults = { [A in Analysis as A["id"]]: ResultOf<A> };

/** The ids, in registry order. */
export const ANALYSIS_IDS: readonly AnalysisId[] = ANALYSES.map((a) => a.id);

/** The registry as a list of plain descriptions (for code that treats them alike). */
export const ANALYSIS_LIST: readonly AnyAnalysis[] = ANALYSES as readonly AnyAnalysis[];

/** The description of an analysis. */
export function analysisById(id: AnalysisId): AnyAnalysis {
  const found = ANALYSIS_LIST.find((a) => a.id === id);
  if (found === undefined) throw new Error(`analysisById: no analysis "${id}" in the registry.`);
  return found;
}

/**
 * The analyses in the order an organizer reads them (the Markdown report, the map's tabs): the
 * "plan" sections in registry order, then the "reference" ones (standing, communities).
 */
export function readingOrder(): AnyAnalysis[] {
  return [...ANALYSIS_LIST.filter((a) => a.placement === "plan"), ...ANALYSIS_LIST.filter((a) => a.placement === "reference")];
}

/** Whether the data supports one analysis, and why in plain words. */
export function availabilityOf(analysis: AnyAnalysis, profile: DataProfile): Availability {
  const missing = analysis.needs.find((r) => !REQUIREMENTS[r].met(profile));
  if (missing === undefined) return { section: analysis.id, available: true, note: analysis.note(profile) };
  return { section: analysis.id, available: false, note: `${REQUIREMENTS[missing].missing}${analysis.whyNeeded ?? "."}` };
}
