/**
 * Runs the analyses the map displays, stage by stage, for the analysis worker.
 * No DOM here: this module runs inside the worker (and could run in Node).
 */
import { askPaths, resolveTarget, type AskResult } from "../graph/ask.js";
import { communities, type CommunityResult } from "../graph/communities.js";
import { conflictFactions } from "../graph/conflicts.js";
import { memberGroup, type MemberGroup } from "../graph/groups.js";
import type { ImportReport } from "../graph/import-report.js";
import { buildReport } from "../graph/report.js";
import { standing } from "../graph/standing.js";
import { turfClusters } from "../graph/turf.js";
import { serviceGaps } from "../graph/gaps.js";
import { outreachCsv, outreachPlan } from "../graph/outreach.js";
import { recruits } from "../graph/recruits.js";
import type { CoalitionGraph } from "../graph/types.js";
import type { MapAnalysis } from "./protocol.js";

const communityCache = new WeakMap<CoalitionGraph, CommunityResult>();

/** Communities of a graph (computed once per graph). */
export function communitiesOf(graph: CoalitionGraph): CommunityResult {
  let c = communityCache.get(graph);
  if (!c) communityCache.set(graph, (c = communities(graph)));
  return c;
}

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

/** Every analysis the panels need, with progress between stages. */
export function analyzeForMap(
  graph: CoalitionGraph,
  importReport: ImportReport,
  communityResult: CommunityResult,
  progress: Progress,
): MapAnalysis {
  const timings: Record<string, number> = {};
  const timed = <T>(name: string, stage: string, fraction: number, fn: () => T): T => {
    progress(stage, fraction);
    const t0 = performance.now();
    const r = fn();
    timings[name] = Math.round(performance.now() - t0);
    return r;
  };
  const st = timed("standing", "Measuring…", 0.3, () => standing(graph));
  const conflicts = timed("conflicts", "Conflicts…", 0.6, () => conflictFactions(graph));
  const turf = timed("turf", "Turf…", 0.7, () => turfClusters(graph, { communities: communityResult }));
  const gaps = timed("gaps", "Service gaps…", 0.75, () => serviceGaps(graph));
  const outreach = timed("outreach", "Outreach plan…", 0.8, () => outreachPlan(graph, { standing: st, communities: communityResult }));
  const csv = outreachCsv(outreach, graph);
  const rec = timed("recruits", "Recruits…", 0.85, () => recruits(graph, { standing: st, communities: communityResult }));
  const report = timed("report", "Report…", 0.9, () => buildReport(graph, importReport));
  progress("Done", 1);
  return { standing: st, communities: communityResult, conflicts, turf, gaps, outreach, outreachCsv: csv, recruits: rec, composition: null, report, timings };
}

/** Who should make the ask to a target given by id or name. */
export function askFor(graph: CoalitionGraph, target: string): AskResult {
  const id = resolveTarget(graph, target);
  if (id === undefined) throw new Error(`No person or organization called “${target}”.`);
  return askPaths(graph, id, { communities: communitiesOf(graph) });
}
