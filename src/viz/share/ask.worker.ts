/// <reference lib="webworker" />
/**
 * The read-only map's ask worker (inlined into the shared file): holds the shared graph and its
 * communities and answers "who should make the ask?" — the same `askPaths` as the app's ask
 * worker, on the graph the file carries (for a redacted map, pseudonyms only).
 */
import { askPaths, resolveTarget } from "../../graph/ask.js";
import type { CommunityResult } from "../../graph/communities.js";
import { createCoalitionGraph } from "../../graph/model.js";
import type { CoalitionGraph } from "../../graph/types.js";
import type { AskResponse, SerializedCoalition } from "../protocol.js";

declare const self: DedicatedWorkerGlobalScope;

export type ViewerAskRequest =
  | { type: "load"; graph: SerializedCoalition; communities: CommunityResult }
  | { type: "ask"; id: number; request: number; target: string };

let data: { graph: CoalitionGraph; communities: CommunityResult } | null = null;

self.onmessage = (ev: MessageEvent<ViewerAskRequest>) => {
  const msg = ev.data;
  if (msg.type === "load") {
    const graph = createCoalitionGraph();
    graph.import(msg.graph);
    data = { graph, communities: msg.communities };
    return;
  }
  const post = (r: AskResponse) => self.postMessage(r);
  try {
    if (!data) throw new Error("The map is not loaded yet.");
    const id = resolveTarget(data.graph, msg.target);
    if (id === undefined) throw new Error(`No person or organization called “${msg.target}”.`);
    post({ type: "ask", id: msg.id, request: msg.request, result: askPaths(data.graph, id, { communities: data.communities }) });
  } catch (err) {
    post({ type: "ask", id: msg.id, request: msg.request, result: null, error: err instanceof Error ? err.message : String(err) });
  }
};
