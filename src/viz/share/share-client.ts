/**
 * The page's side of the share worker (share.worker.ts): started on first use, one request at a
 * time answered by number, progress forwarded. `dispose()` terminates the worker.
 */
import type { SharedMap } from "./share-data.js";
import type { RedactedCopyResult, ShareRequest, ShareResponse } from "./protocol.js";

type Pending = { resolve: (msg: ShareResponse) => void; reject: (e: Error) => void; progress: (stage: string, fraction: number) => void };

/** A request without its number (the client numbers it). */
type Ask<T extends ShareRequest["type"]> = T extends ShareRequest["type"] ? Omit<Extract<ShareRequest, { type: T }>, "request"> : never;

export class ShareClient {
  private worker: Worker | null = null;
  private next = 1;
  private readonly pending = new Map<number, Pending>();

  private start(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL("./share.worker.ts", import.meta.url), { type: "module", name: "share" });
    w.onmessage = (ev: MessageEvent<ShareResponse>) => {
      const msg = ev.data;
      const p = this.pending.get(msg.request);
      if (!p) return;
      if (msg.type === "progress") return p.progress(msg.stage, msg.fraction);
      this.pending.delete(msg.request);
      if (msg.type === "error") p.reject(new Error(msg.message));
      else p.resolve(msg);
    };
    this.worker = w;
    return w;
  }

  private send(msg: Ask<ShareRequest["type"]>, progress: Pending["progress"]): Promise<ShareResponse> {
    const request = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(request, { resolve, reject, progress });
      this.start().postMessage({ ...msg, request } as ShareRequest);
    });
  }

  /** The data of a read-only map (and the key of a redacted one). */
  async map(msg: Ask<"map">, progress: Pending["progress"]): Promise<{ data: SharedMap; key: string | null }> {
    const r = await this.send(msg, progress);
    if (r.type !== "map") throw new Error("The share worker answered something else.");
    return { data: r.data, key: r.key };
  }

  /** A redacted copy: its zip, and the key apart. */
  async redactedCopy(msg: Ask<"redacted-copy">, progress: Pending["progress"]): Promise<RedactedCopyResult> {
    const r = await this.send(msg, progress);
    if (r.type !== "redacted-copy") throw new Error("The share worker answered something else.");
    return r.result;
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const p of this.pending.values()) p.reject(new Error("Closed."));
    this.pending.clear();
  }
}
