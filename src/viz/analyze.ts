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
import type { MapAnalysis, MeasureChoices } from "./protocol.js";

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
 * already found for the first picture (same defaults): Louvain does not run again.
 */
export function analyzeForMap(graph: CoalitionGraph, importReport: ImportReport, communities: CommunityResult, progress: Progress, choices: MeasureChoices = {}): MapAnalysis {
  const t0 = performance.now();
  const report = analyzeCoalition(graph, importReport, {
    communities,
    ...(choices.weighted === false ? { weighted: false } : {}),
    ...(choices.directed === true ? { directed: true } : {}),
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
