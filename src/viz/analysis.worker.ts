/// <reference lib="webworker" />
/**
 * The analysis worker: imports the CSV bytes, runs every analysis and answers on-demand
 * questions (make the ask), so the page never freezes. Progress is posted between stages.
 */
import { ImportError, detectRole, importCoalition, readCsv, type FileRole } from "../import/index.js";
import type { CoalitionGraph } from "../graph/types.js";
import { analyzeForMap, groupsOf, communitiesOf, askFor } from "./analyze.js";
import { settledPositions } from "./positions.js";
import type { WorkerRequest, WorkerResponse } from "./protocol.js";

declare const self: DedicatedWorkerGlobalScope;

const graphs = new Map<number, CoalitionGraph>();

function post(msg: WorkerResponse): void {
  self.postMessage(msg);
}

/** The files (not given a role) whose role neither their name nor their header tells. */
function unknownRoles(files: { name: string; bytes: Uint8Array }[], roles: Record<string, FileRole> | undefined): string[] {
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

function load(id: number, files: { name: string; bytes: Uint8Array }[], analyze: boolean, roles?: Record<string, FileRole>): void {
  let stage = "Importing…";
  try {
    post({ type: "progress", id, stage, fraction: 0.05 });
    const t0 = performance.now();
    const { graph, report } = importCoalition(files, roles ? { roles } : {});
    if (!analyze) {
      graphs.set(id, graph);
      communitiesOf(graph);
      return;
    }
    stage = "Communities…";
    post({ type: "progress", id, stage, fraction: 0.2 });
    const communities = communitiesOf(graph);
    graphs.set(id, graph);
    stage = "Laying out…";
    post({ type: "progress", id, stage, fraction: 0.22 });
    const positions = settledPositions(graph, communities.assignment);
    post({
      type: "imported",
      id,
      graph: graph.export(),
      importReport: report,
      communities,
      groups: groupsOf(graph),
      positions,
      ms: performance.now() - t0,
    });
    const analysis = analyzeForMap(graph, report, (s, fraction) => {
      stage = s;
      post({ type: "progress", id, stage: s, fraction });
    });
    post({ type: "analysis", id, analysis });
  } catch (err) {
    const message =
      err instanceof ImportError
        ? err.message
        : `Something went wrong while ${stage.replace("…", "").toLowerCase()}: ${err instanceof Error ? err.message : String(err)}`;
    const unknown = err instanceof ImportError ? unknownRoles(files, roles) : [];
    post({ type: "error", id, message, stage, ...(unknown.length ? { unknownRoles: unknown } : {}) });
  }
}

self.onmessage = (ev: MessageEvent<WorkerRequest>) => {
  const msg = ev.data;
  switch (msg.type) {
    case "load":
      load(msg.id, msg.files, msg.analyze, msg.roles);
      break;
    case "commit":
      for (const k of [...graphs.keys()]) if (k !== msg.id) graphs.delete(k);
      break;
    case "discard":
      graphs.delete(msg.id);
      break;
    case "ask": {
      const graph = graphs.get(msg.id);
      if (!graph) {
        post({ type: "ask", id: msg.id, request: msg.request, result: null, error: "This data set is no longer loaded." });
        break;
      }
      try {
        post({ type: "ask", id: msg.id, request: msg.request, result: askFor(graph, msg.target) });
      } catch (err) {
        post({ type: "ask", id: msg.id, request: msg.request, result: null, error: err instanceof Error ? err.message : String(err) });
      }
      break;
    }
  }
};
