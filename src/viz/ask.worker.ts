/// <reference lib="webworker" />
/**
 * The ask worker: holds its own copy of each loaded graph (imported here from the same bytes,
 * with its communities) and answers "who should make the ask?", so a click never waits for the
 * analysis worker's long run. It imports only the shared start (load-graph.ts) and the ask
 * search: no layout, no report. An import that fails here is reported by the analysis worker.
 */
import { askPaths, resolveTarget, type AskResult } from "../graph/ask.js";
import { loadGraph, type LoadedGraph } from "./load-graph.js";
import type { AskRequest, AskResponse } from "./protocol.js";
import { workbookRequestFiles } from "./workspace/worker-side.js";

declare const self: DedicatedWorkerGlobalScope;

/** Data-set id → its graph and communities (pending ones too, until committed or discarded). */
const loaded = new Map<number, LoadedGraph>();

function post(msg: AskResponse): void {
  self.postMessage(msg);
}

/** Who should make the ask to a target given by id or name. */
function askFor(data: LoadedGraph, target: string): AskResult {
  const id = resolveTarget(data.graph, target);
  if (id === undefined) throw new Error(`No person or organization called “${target}”.`);
  return askPaths(data.graph, id, { communities: data.communities });
}

self.onmessage = (ev: MessageEvent<AskRequest>) => {
  const msg = ev.data;
  switch (msg.type) {
    case "load":
      try {
        // A workspace's workbook: the same replay as the analysis worker's (workspace/worker-side.ts).
        const wb = msg.workbook ? workbookRequestFiles(msg.workbook) : undefined;
        loaded.set(msg.id, loadGraph(wb ? wb.files : msg.files, wb ? wb.roles : msg.roles, undefined, msg.choices, wb?.imported));
      } catch {
        // The analysis worker imports the same files and tells the page what went wrong.
      }
      break;
    case "commit":
      for (const k of [...loaded.keys()]) if (k !== msg.id) loaded.delete(k);
      break;
    case "discard":
      loaded.delete(msg.id);
      break;
    case "ask": {
      const data = loaded.get(msg.id);
      try {
        if (!data) throw new Error("This data set is no longer loaded.");
        post({ type: "ask", id: msg.id, request: msg.request, result: askFor(data, msg.target) });
      } catch (err) {
        post({ type: "ask", id: msg.id, request: msg.request, result: null, error: err instanceof Error ? err.message : String(err) });
      }
      break;
    }
  }
};
