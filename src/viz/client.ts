/**
 * The page's side of the analysis worker: sends requests, routes answers by data-set id and
 * request number. `dispose()` terminates the worker.
 */
import type { AskResult } from "../graph/ask.js";
import type { FileRole } from "../graph/import-report.js";
import type { InputFileMessage, WorkerRequest, WorkerResponse } from "./protocol.js";

export type LoadEvent = Exclude<WorkerResponse, { type: "ask" }>;

export class AnalysisClient {
  /** Imports and runs the analyses. */
  private readonly worker: Worker;
  /** Holds its own copy of the graph and answers asks, so a click never waits for the analyses. */
  private readonly askWorker: Worker;
  private nextId = 1;
  private nextRequest = 1;
  private readonly loads = new Map<number, (ev: LoadEvent) => void>();
  private readonly asks = new Map<number, { resolve: (r: AskResult) => void; reject: (e: Error) => void }>();

  constructor() {
    this.worker = new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module", name: "analysis" });
    this.worker.onmessage = (ev: MessageEvent<WorkerResponse>) => this.receive(ev.data);
    this.askWorker = new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module", name: "asks" });
    this.askWorker.onmessage = (ev: MessageEvent<WorkerResponse>) => {
      if (ev.data.type === "ask") this.receive(ev.data);
    };
  }

  private receive(msg: WorkerResponse): void {
    if (msg.type === "ask") {
      const p = this.asks.get(msg.request);
      if (!p) return;
      this.asks.delete(msg.request);
      if (msg.result) p.resolve(msg.result);
      else p.reject(new Error(msg.error ?? "No answer."));
      return;
    }
    this.loads.get(msg.id)?.(msg);
  }

  private send(msg: WorkerRequest): void {
    if (msg.type === "load") {
      this.worker.postMessage(msg);
      this.askWorker.postMessage({ ...msg, analyze: false });
    } else if (msg.type === "ask") this.askWorker.postMessage(msg);
    else {
      this.worker.postMessage(msg);
      this.askWorker.postMessage(msg);
    }
  }

  /**
   * Import files; `onEvent` receives progress, the import, the analysis or an error. `roles`
   * (file name → role) overrides what the name and header say. Returns the data-set id.
   */
  load(files: InputFileMessage[], onEvent: (ev: LoadEvent) => void, roles?: Record<string, FileRole>): number {
    const id = this.nextId++;
    this.loads.set(id, onEvent);
    this.send({ type: "load", id, files, analyze: true, ...(roles ? { roles } : {}) });
    return id;
  }

  commit(id: number): void {
    this.send({ type: "commit", id });
    for (const k of [...this.loads.keys()]) if (k < id) this.loads.delete(k);
  }

  discard(id: number): void {
    this.loads.delete(id);
    this.send({ type: "discard", id });
  }

  ask(id: number, target: string): Promise<AskResult> {
    const request = this.nextRequest++;
    return new Promise((resolve, reject) => {
      this.asks.set(request, { resolve, reject });
      this.send({ type: "ask", id, request, target });
    });
  }

  dispose(): void {
    this.worker.terminate();
    this.askWorker.terminate();
    this.loads.clear();
    this.asks.clear();
  }
}
