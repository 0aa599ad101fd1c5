/**
 * Runs the analyses the map displays, for the analysis worker: the library's
 * `analyzeCoalition` (the same call the CLI makes, so the map shows the report's numbers),
 * with its stages forwarded as progress. No DOM here: this module runs inside the worker.
 */
import { analyzeCoalition } from "../graph/analyze.js";
import type { CommunityResult } from "../graph/communities.js";
import { analysisById } from "../graph/registry.js";
import { memberGroup, type MemberGroup } from "../graph/groups.js";
import type { ImportReport } from "../graph/import-report.js";
import { outreachCsv } from "../graph/outreach.js";
import { rotationCalendar, rotationCsv } from "../graph/rotation-export.js";
import type { CoalitionGraph } from "../graph/types.js";
import { useSourceRunner } from "../graph/standing.js";
import { MAP_REFINE_LIMIT, type MapAnalysis, type MeasureChoices, type RefineJob } from "./protocol.js";
import { capturingRunner, replayRunner, type KnownSums } from "./refine.js";

/** The seed's five groups for every node (used to colour the map by group). */
export function groupsOf(graph: CoalitionGraph): Record<string, MemberGroup> {
  const out: Record<string, MemberGroup> = {};
  graph.forEachNode((id, a) => {
    const org = a.organization && graph.hasNode(a.organization) ? graph.getNodeAttributes(a.organization) : undefined;
    out[id] = memberGroup(a, org);
  });
  return out;
}

export type Progress = (stage: string, fraction: number) => void;

/**
 * Every analysis the panels need, with progress between stages. `communities` are the ones
 * already found for the first picture (same defaults): Louvain does not run again. `quick`: above
 * the exact limit, the quick estimate from pivots (the first figures, refined in the background).
 */
export function analyzeForMap(graph: CoalitionGraph, importReport: ImportReport, communities: CommunityResult, progress: Progress, choices: MeasureChoices = {}, quick = false): MapAnalysis {
  const t0 = performance.now();
  const report = analyzeCoalition(graph, importReport, {
    communities,
    ...(choices.weighted === false ? { weighted: false } : {}),
    ...(choices.directed === true ? { directed: true } : {}),
    ...(choices.exact !== undefined ? { exact: choices.exact } : {}),
    ...(quick ? { quickEstimate: true } : {}),
    ...(choices.rotation?.weeks !== undefined ? { rotationWeeks: choices.rotation.weeks } : {}),
    ...(choices.rotation?.perWeek !== undefined ? { rotationPerWeek: choices.rotation.perWeek } : {}),
    ...(choices.rotation?.start !== undefined ? { rotationStart: choices.rotation.start } : {}),
    ...(choices.rotation?.nextMeeting !== undefined ? { nextMeeting: choices.rotation.nextMeeting } : {}),
    onProgress: (stage, done, total) => progress(analysisById(stage).progress, 0.25 + (0.7 * done) / total),
  });
  const t1 = performance.now();
  const csv = outreachCsv(report.outreach, graph);
  const rotation = { rotationCsv: rotationCsv(report.rotation), rotationIcs: rotationCalendar(report.rotation) };
  progress("Done", 1);
  return { report, outreachCsv: csv, ...rotation, timings: { analyze: Math.round(t1 - t0), total: Math.round(performance.now() - t0) } };
}


/** What remains to make a large network's estimates exact: the searches to run, and those already exact. */
export interface RefinePlan {
  jobs: RefineJob[];
  known: KnownSums[];
}

/**
 * Whether estimates of a network of `nodes` nodes are refined to exact in the background under the
 * choice `exact`: always when exact, never when the estimate, up to MAP_REFINE_LIMIT when automatic.
 */
export function refineWanted(nodes: number, exact: MeasureChoices["exact"]): boolean {
  return exact === true || (exact !== false && nodes <= MAP_REFINE_LIMIT);
}

/**
 * The first analysis of the map: as `analyzeForMap`, except that a network above the exact limit
 * (STANDING_AUTO_EXACT_LIMIT) gets the quick estimate even when the choice is exact, and — unless
 * the choice is the estimate, or (automatic) the network has more than MAP_REFINE_LIMIT nodes — the
 * exact searches to run next (`refine`), recorded from the estimate's own path graphs (refine.ts).
 * Then the analysis says `refining`. Sets and clears this worker's source runner (`useSourceRunner`).
 */
export function analyzeProgressively(
  graph: CoalitionGraph,
  importReport: ImportReport,
  communities: CommunityResult,
  progress: Progress,
  choices: MeasureChoices = {},
): { analysis: MapAnalysis; refine: RefinePlan | null } {
  const capture = capturingRunner();
  useSourceRunner(capture.run);
  let analysis: MapAnalysis;
  try {
    analysis = analyzeForMap(graph, importReport, communities, progress, { ...choices, exact: choices.exact === false ? false : "auto" }, true);
  } finally {
    useSourceRunner(undefined);
  }
  if (choices.exact !== undefined) analysis.exactChoice = choices.exact;
  const jobs = capture.jobs();
  if (!refineWanted(graph.order, choices.exact) || analysis.report.summary.standingMethod.kind !== "estimate" || jobs.length === 0) return { analysis, refine: null };
  return { analysis: { ...analysis, refining: true }, refine: { jobs, known: capture.known } };
}

/**
 * The analyses again with exact betweenness and closeness, their searches answered by `known`
 * (the refine workers' sums; `replayRunner`): the same report as `analyzeForMap` with `exact: true`,
 * to the last bit. Marked `refined`.
 */
export function analyzeExactly(
  graph: CoalitionGraph,
  importReport: ImportReport,
  communities: CommunityResult,
  progress: Progress,
  choices: MeasureChoices,
  known: readonly KnownSums[],
): MapAnalysis {
  useSourceRunner(replayRunner(known));
  try {
    return { ...analyzeForMap(graph, importReport, communities, progress, { ...choices, exact: true }), refined: true, ...(choices.exact !== undefined ? { exactChoice: choices.exact } : {}) };
  } finally {
    useSourceRunner(undefined);
  }
}
