/**
 * Runs the analyses the map displays, for the analysis worker: the library's
 * `analyzeCoalition` (the same call the CLI makes, so the map shows the report's numbers),
 * with its stages forwarded as progress. No DOM here: this module runs inside the worker.
 */
import { analyzeCoalition, runOptions, type AnalyzeOptions } from "../graph/analyze.js";
import { measureStanding } from "../graph/analyses/standing.js";
import type { CommunityResult } from "../graph/communities.js";
import { analysisById } from "../graph/registry.js";
import { memberGroup, type MemberGroup } from "../graph/groups.js";
import type { ImportReport } from "../graph/import-report.js";
import { outreachCsv } from "../graph/outreach.js";
import { rotationCalendar, rotationCsv } from "../graph/rotation-export.js";
import type { CoalitionGraph } from "../graph/types.js";
import { STANDING_QUICK_EXACT_LIMIT, useSourceRunner } from "../graph/standing.js";
import type { PathSums, SourceRunner } from "../graph/paths/brandes.js";
import type { PathGraph } from "../graph/paths/path-graph.js";
import { MAP_REFINE_LIMIT, type MapAnalysis, type MeasureChoices, type RefineJob, type RefineTarget } from "./protocol.js";
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

/** `analyzeCoalition`'s options for the map's analysis under `choices` (`quick`: see `analyzeForMap`). */
function coalitionOptions(choices: MeasureChoices, quick: boolean): AnalyzeOptions {
  return {
    ...(choices.weighted === false ? { weighted: false } : {}),
    ...(choices.directed === true ? { directed: true } : {}),
    ...(choices.exact !== undefined ? { exact: choices.exact } : {}),
    ...(quick ? { quickEstimate: true } : {}),
    ...(choices.rotation?.weeks !== undefined ? { rotationWeeks: choices.rotation.weeks } : {}),
    ...(choices.rotation?.perWeek !== undefined ? { rotationPerWeek: choices.rotation.perWeek } : {}),
    ...(choices.rotation?.start !== undefined ? { rotationStart: choices.rotation.start } : {}),
    ...(choices.rotation?.nextMeeting !== undefined ? { nextMeeting: choices.rotation.nextMeeting } : {}),
  };
}

/**
 * Every analysis the panels need, with progress between stages. `communities` are the ones
 * already found for the first picture (same defaults): Louvain does not run again. `quick`: above
 * the exact limit, the quick estimate from pivots (the first figures, refined in the background).
 */
export function analyzeForMap(graph: CoalitionGraph, importReport: ImportReport, communities: CommunityResult, progress: Progress, choices: MeasureChoices = {}, quick = false): MapAnalysis {
  const t0 = performance.now();
  const report = analyzeCoalition(graph, importReport, {
    communities,
    ...coalitionOptions(choices, quick),
    onProgress: (stage, done, total) => progress(analysisById(stage).progress, 0.25 + (0.7 * done) / total),
  });
  const t1 = performance.now();
  const csv = outreachCsv(report.outreach, graph);
  const rotation = { rotationCsv: rotationCsv(report.rotation), rotationIcs: rotationCalendar(report.rotation) };
  progress("Done", 1);
  return { report, outreachCsv: csv, ...rotation, timings: { analyze: Math.round(t1 - t0), total: Math.round(performance.now() - t0) } };
}


/**
 * What remains to refine a large network's quick estimates: the target, the searches to run
 * (`searches()`: planned when called — the guaranteed estimate's take a second or two at 50,000
 * people, so the analysis worker posts the quick figures first), and those already done.
 */
export interface RefinePlan {
  target: RefineTarget;
  searches(): RefineJob[];
  known: KnownSums[];
}

/**
 * Whether the quick estimates of a network of `nodes` nodes are refined to EXACT in the background
 * under the choice `exact`: always when exact, never when the estimate, up to `limit`
 * (MAP_REFINE_LIMIT) when automatic. Otherwise they are refined to the guaranteed estimate.
 */
export function refineWanted(nodes: number, exact: MeasureChoices["exact"], limit = MAP_REFINE_LIMIT): boolean {
  return exact === true || (exact !== false && nodes <= limit);
}

/** The empty sums of `sources` on `graph` (what the planning runner hands back instead of searching). */
function noSums(graph: PathGraph, sources: Uint32Array): PathSums {
  return { dependency: new Float64Array(graph.n), distanceSum: new Float64Array(graph.n), farness: new Float64Array(sources.length), reached: new Uint32Array(sources.length) };
}

/**
 * The shortest-path searches (path graph and sources) that the guaranteed estimate of the map's
 * analysis under `choices` runs — `analyzeForMap(…, { ...choices, exact: false })`'s standing: the
 * whole small groups, and one source per block of m people of each large group along its line
 * (paths/source-sampling.ts), the same sources since they follow from the network and the seed
 * alone. Found by running that analysis's standing itself (analyses/standing.ts `measureStanding`,
 * with the options `analyzeCoalition` gives it: two-mode data on each side's projection, else the
 * positive view) with a runner that records each search instead of running it, stopped before the
 * other measures (`searchesOnly`): no second copy of its choices to drift apart. The recorded
 * searches do not depend on the sums the runner hands back (empty ones): the sources are all drawn
 * before the first search. Cost: the positive view (or the projections), the adjacency and the lines
 * (label propagation), no search. Empty when the estimate would need no search (no large group);
 * directed ties are measured exactly without this runner, so nothing is recorded for them.
 */
export function guaranteedSearches(graph: CoalitionGraph, choices: MeasureChoices = {}): RefineJob[] {
  const jobs: RefineJob[] = [];
  const record: SourceRunner = (pg, sources) => {
    jobs.push({ graph: pg, sources: sources.slice() });
    return noSums(pg, sources);
  };
  measureStanding(graph, runOptions(coalitionOptions({ ...choices, exact: false }, false)), { runSources: record, searchesOnly: true });
  return jobs;
}

/**
 * Whether a report's betweenness and closeness are the quick estimate (from pivots, no stated margin):
 * an estimate without a margin. The guaranteed estimate states one.
 */
export function isQuickEstimate(analysis: MapAnalysis): boolean {
  const method = analysis.report.summary.standingMethod;
  return method.kind === "estimate" && method.betweennessMargin === undefined;
}

/**
 * The first analysis of the map: as `analyzeForMap`, except that a network above the exact limit
 * (STANDING_QUICK_EXACT_LIMIT, the first figures' limit) gets the quick estimate whatever the choice (the estimate chosen
 * included: a smaller network then gets the guaranteed estimate at once, as the CLI's --estimate),
 * with the searches to run next (`refine`), unless there is nothing to refine:
 *  - to EXACT when the choice is exact, or automatic up to `refineLimit` (MAP_REFINE_LIMIT) nodes:
 *    every node a source of each path graph the estimate used (recorded from its own runs, refine.ts);
 *  - to the GUARANTEED ESTIMATE otherwise (the estimate chosen, or automatic above `refineLimit`):
 *    its sources (`guaranteedSearches`, planned when `refine.searches()` is called).
 * Then the analysis says `refining` and `refineTo`. Sets and clears this worker's source runner
 * (`useSourceRunner`). `refineLimit` other than MAP_REFINE_LIMIT: the browser tests' hook only.
 */
export function analyzeProgressively(
  graph: CoalitionGraph,
  importReport: ImportReport,
  communities: CommunityResult,
  progress: Progress,
  choices: MeasureChoices = {},
  refineLimit = MAP_REFINE_LIMIT,
): { analysis: MapAnalysis; refine: RefinePlan | null } {
  const capture = capturingRunner();
  useSourceRunner(capture.run);
  let analysis: MapAnalysis;
  const first = choices.exact === false && graph.order <= STANDING_QUICK_EXACT_LIMIT ? false : "auto";
  try {
    analysis = analyzeForMap(graph, importReport, communities, progress, { ...choices, exact: first }, true);
  } finally {
    useSourceRunner(undefined);
  }
  if (choices.exact !== undefined) analysis.exactChoice = choices.exact;
  if (!isQuickEstimate(analysis)) return { analysis, refine: null };
  const refining = { ...analysis, refining: true, refineTo: "exact" as const };
  if (refineWanted(graph.order, choices.exact, refineLimit)) {
    const jobs = capture.jobs();
    return jobs.length === 0 ? { analysis, refine: null } : { analysis: refining, refine: { target: "exact", searches: () => jobs, known: capture.known } };
  }
  // A quick estimate has a group larger than its sample (else it would be exact): the guaranteed
  // estimate samples it, so there are searches to plan.
  return { analysis: { ...refining, refineTo: "estimate" }, refine: { target: "estimate", searches: () => guaranteedSearches(graph, choices), known: [] } };
}

/**
 * The analyses again with the refined betweenness and closeness, their searches answered by `known`
 * (the refine workers' sums; `replayRunner`): the same report as `analyzeForMap` with `exact: true`
 * (target "exact") or `exact: false` (target "estimate": the guaranteed estimate), to the last bit.
 * Marked `refined`. `onMiss` hears of a search that was not among `known` (run here instead).
 */
export function analyzeRefined(
  graph: CoalitionGraph,
  importReport: ImportReport,
  communities: CommunityResult,
  progress: Progress,
  choices: MeasureChoices,
  target: RefineTarget,
  known: readonly KnownSums[],
  onMiss?: (graph: PathGraph, sources: Uint32Array) => void,
): MapAnalysis {
  useSourceRunner(replayRunner(known, onMiss));
  try {
    const analysis = analyzeForMap(graph, importReport, communities, progress, { ...choices, exact: target === "exact" });
    return { ...analysis, refined: true, ...(choices.exact !== undefined ? { exactChoice: choices.exact } : {}) };
  } finally {
    useSourceRunner(undefined);
  }
}

