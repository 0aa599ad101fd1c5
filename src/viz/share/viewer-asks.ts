/**
 * The read-only map's answer to "who should make the ask?": its own ask worker, inlined into the
 * file (a Blob URL: no request), loaded with the graph the file carries.
 */
import type { AskResult } from "../../graph/ask.js";
import type { CommunityResult } from "../../graph/communities.js";
import type { AskClient } from "../context.js";
import type { AskResponse, SerializedCoalition } from "../protocol.js";
import AskWorker from "./ask.worker.ts?worker&inline";
import type { ViewerAskRequest } from "./ask.worker.js";

export class ViewerAsks implements AskClient {
  private readonly worker: Worker;
  private next = 1;
  private readonly pending = new Map<number, { resolve: (r: AskResult) => void; reject: (e: Error) => void }>();

  constructor(graph: SerializedCoalition, communities: CommunityResult) {
    this.worker = new AskWorker({ name: "asks" });
    this.worker.onmessage = (ev: MessageEvent<AskResponse>) => {
      const p = this.pending.get(ev.data.request);
      if (!p) return;
      this.pending.delete(ev.data.request);
      if (ev.data.result) p.resolve(ev.data.result);
      else p.reject(new Error(ev.data.error ?? "No answer."));
    };
    this.worker.postMessage({ type: "load", graph, communities } satisfies ViewerAskRequest);
  }

  ask(id: number, target: string): Promise<AskResult> {
    const request = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(request, { resolve, reject });
      this.worker.postMessage({ type: "ask", id, request, target } satisfies ViewerAskRequest);
    });
  }

  dispose(): void {
    this.worker.terminate();
    this.pending.clear();
  }
}
