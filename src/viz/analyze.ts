/**
 * Runs the analyses the map displays, for the analysis worker: the library's
 * `analyzeCoalition` (the same call the CLI makes, so the map shows the report's numbers),
 * with its stages forwarded as progress. No DOM here: this module runs inside the worker.
 */
import { analyzeCoalition } from "../graph/analyze.js";
import { analysisById } from "../graph/registry.js";
import { askPaths, resolveTarget, type AskResult } from "../graph/ask.js";
import { communities, type CommunityResult } from "../graph/communities.js";
import { memberGroup, type MemberGroup } from "../graph/groups.js";
import type { ImportReport } from "../graph/import-report.js";
import { outreachCsv } from "../graph/outreach.js";
import type { NodeStanding } from "../graph/standing.js";
import type { CoalitionGraph } from "../graph/types.js";
import type { MapAnalysis } from "./protocol.js";

const communityCache = new WeakMap<CoalitionGraph, CommunityResult>();

/** Communities of a graph (computed once per graph, same defaults as the report). */
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
export function analyzeForMap(graph: CoalitionGraph, importReport: ImportReport, progress: Progress): MapAnalysis {
  const t0 = performance.now();
  const report = analyzeCoalition(graph, importReport, {
    // Louvain already ran for the first picture (same defaults): not again.
    communities: communitiesOf(graph),
    onProgress: (stage, done, total) => progress(analysisById(stage).progress, 0.25 + (0.7 * done) / total),
  });
  const t1 = performance.now();
  const standing: Record<string, NodeStanding> = {};
  for (const n of report.nodes) {
    standing[n.id] = {
      degree: n.degree,
      strength: n.strength,
      betweenness: n.betweenness,
      closeness: n.closeness,
      eigenvector: n.eigenvector,
      pagerank: n.pagerank,
      constraint: n.constraint,
      effectiveSize: n.effectiveSize,
    };
  }
  const csv = outreachCsv(report.outreach, graph);
  progress("Done", 1);
  return { report, standing, outreachCsv: csv, timings: { analyze: Math.round(t1 - t0), total: Math.round(performance.now() - t0) } };
}

/** Who should make the ask to a target given by id or name. */
export function askFor(graph: CoalitionGraph, target: string): AskResult {
  const id = resolveTarget(graph, target);
  if (id === undefined) throw new Error(`No person or organization called “${target}”.`);
  return askPaths(graph, id, { communities: communitiesOf(graph) });
}
