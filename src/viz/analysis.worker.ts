/// <reference lib="webworker" />
/**
 * The analysis worker: imports the CSV bytes, runs every analysis and answers on-demand
 * questions (make the ask), so the page never freezes. Progress is posted between stages.
 */
import { ImportError, importCoalition } from "../import/index.js";
import type { CoalitionGraph } from "../graph/types.js";
import { analyzeForMap, groupsOf, communitiesOf, askFor } from "./analyze.js";
import { settledPositions } from "./positions.js";
import type { WorkerRequest, WorkerResponse } from "./protocol.js";

declare const self: DedicatedWorkerGlobalScope;

const graphs = new Map<number, CoalitionGraph>();

function post(msg: WorkerResponse): void {
  self.postMessage(msg);
}

function load(id: number, files: { name: string; bytes: Uint8Array }[], analyze: boolean): void {
  let stage = "Importing…";
  try {
    post({ type: "progress", id, stage, fraction: 0.05 });
    const t0 = performance.now();
    const { graph, report } = importCoalition(files);
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
    post({ type: "error", id, message, stage });
  }
}

self.onmessage = (ev: MessageEvent<WorkerRequest>) => {
  const msg = ev.data;
  switch (msg.type) {
    case "load":
      load(msg.id, msg.files, msg.analyze);
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
