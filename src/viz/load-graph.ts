/**
 * The start both browser workers share, and nothing more: import the CSV bytes into a
 * CoalitionGraph, then find its communities (Louvain, the report's defaults) — the analysis worker
 * colours and lays out by them and hands them to the report; the ask worker gives them to
 * `askPaths`. Each worker imports only this module and what its own job needs. No DOM here.
 */
import { importCoalition, type FileRole, type ImportReport } from "../import/index.js";
import { communities as detectCommunities, type CommunityResult } from "../graph/communities.js";
import type { CoalitionGraph } from "../graph/types.js";
import type { InputFileMessage, MeasureChoices } from "./protocol.js";

export interface LoadedGraph {
  graph: CoalitionGraph;
  report: ImportReport;
  communities: CommunityResult;
}

/** Import `files` (with the roles the user chose, if any) and find the communities; `onStage` hears each step start. */
export function loadGraph(
  files: InputFileMessage[],
  roles: Record<string, FileRole> | undefined,
  onStage?: (stage: string, fraction: number) => void,
  choices: MeasureChoices = {},
  /** The import already made (a workspace's workbook: the edits needed it to find their rows). */
  imported?: { graph: CoalitionGraph; report: ImportReport },
): LoadedGraph {
  onStage?.("Importing…", 0.05);
  const { graph, report } = imported ?? importCoalition(files, roles ? { roles } : {});
  onStage?.("Communities…", 0.2);
  return { graph, report, communities: detectCommunities(graph, choices.weighted === false ? { weighted: false } : {}) };
}
