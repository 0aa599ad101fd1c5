/// <reference lib="webworker" />
/**
 * The analysis worker: imports the CSV bytes, lays the network out, runs every analysis and posts
 * the results, with progress between stages, so the page never freezes. It keeps nothing: the
 * asks are answered by the ask worker (ask.worker.ts), which holds its own copy of the graph.
 */
import { ImportError, detectRole, readCsv, type FileRole } from "../import/index.js";
import { analyzeForMap, groupsOf } from "./analyze.js";
import { loadGraph } from "./load-graph.js";
import { settledPositions } from "./positions.js";
import type { AnalysisRequest, AnalysisResponse, CompareRequest, InputFileMessage, LoadRequest, MeasureChoices } from "./protocol.js";
import { compareForMap } from "./app/compare-work.js";
import { EditError } from "../workbook/types.js";
import { workbookRequestFiles } from "./workspace/worker-side.js";
import { keptPositions } from "./workspace/place.js";
import { postGraphParts } from "./graph-transfer.js";

declare const self: DedicatedWorkerGlobalScope;

function post(msg: AnalysisResponse): void {
  self.postMessage(msg);
}

/** The files (not given a role) whose role neither their name nor their header tells. */
function unknownRoles(files: InputFileMessage[], roles: Record<string, FileRole> | undefined): string[] {
  const out: string[] = [];
  for (const f of files) {
    if (roles?.[f.name] !== undefined) continue;
    try {
      if (detectRole(f.name, readCsv(f.name, f.bytes).header) === undefined) out.push(f.name);
    } catch {
      // Not a readable CSV: that is a different problem (the message says so).
    }
  }
  return out;
}

function load(id: number, given: InputFileMessage[], givenRoles?: Record<string, FileRole>, choices: MeasureChoices = {}, request?: LoadRequest): void {
  let files = given;
  let roles = givenRoles;
  let stage = "Importing…";
  const progress = (s: string, fraction: number) => {
    stage = s;
    post({ type: "progress", id, stage: s, fraction });
  };
  try {
    const t0 = performance.now();
    // A workspace's workbook: its edits replayed on its tables (workspace/worker-side.ts).
    const fromWorkbook = request?.workbook ? workbookRequestFiles(request.workbook) : undefined;
    if (fromWorkbook) ({ files, roles } = fromWorkbook);
    const { graph, report, communities } = loadGraph(files, roles, progress, choices, fromWorkbook?.imported);
    progress("Laying out…", 0.22);
    const positions = (request?.keep ? keptPositions(graph, request.keep) : null) ?? settledPositions(graph, communities.assignment);
    post({ type: "imported", id, graph: postGraphParts(id, graph, positions, (part) => self.postMessage(part)), importReport: report, communities, groups: groupsOf(graph), positions: {}, ms: performance.now() - t0, ...(fromWorkbook ? { workbook: fromWorkbook.workbook } : {}) });
    post({ type: "analysis", id, analysis: analyzeForMap(graph, report, communities, progress, choices) });
  } catch (err) {
    const message =
      err instanceof ImportError || err instanceof EditError
        ? err.message
        : `Something went wrong while ${stage.replace("…", "").toLowerCase()}: ${err instanceof Error ? err.message : String(err)}`;
    const unknown = err instanceof ImportError ? unknownRoles(files, roles) : [];
    post({ type: "error", id, message, stage, ...(unknown.length ? { unknownRoles: unknown } : {}) });
  }
}

function compare(msg: CompareRequest): void {
  const { id, request } = msg;
  try {
    const result = compareForMap(msg, (stage, fraction) => post({ type: "compareProgress", id, request, stage, fraction }));
    post({ type: "compared", id, request, result });
  } catch (err) {
    const message = err instanceof ImportError ? err.message : `Something went wrong while comparing the rounds: ${err instanceof Error ? err.message : String(err)}`;
    post({ type: "compareError", id, request, message });
  }
}

self.onmessage = (ev: MessageEvent<AnalysisRequest>) => {
  const msg = ev.data;
  if (msg.type === "load") load(msg.id, msg.files, msg.roles, msg.choices, msg);
  else if (msg.type === "compare") compare(msg);
};
