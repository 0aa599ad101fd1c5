/**
 * The page's side of the two workers: the analysis worker (imports, lays out, runs the analyses)
 * and the ask worker (holds its own copy of each graph and answers asks, so a click never waits
 * for the analyses). Answers are routed by data-set id and request number; `dispose()`
 * terminates both workers.
 */
import type { AskResult } from "../graph/ask.js";
import type { FileRole } from "../graph/import-report.js";
import type { DisplayGraph } from "./dataset.js";
import { GraphAssembler } from "./graph-transfer.js";
import type { AnalysisRequest, AnalysisResponse, AskRequest, AskResponse, CompareRequest, InputFileMessage, LoadRequest, MapAnalysis, MeasureChoices } from "./protocol.js";
import { ReportAssembler } from "./report-transfer.js";
import { keepRanks } from "./standing-ranks.js";
import { keepCounts } from "./network-counts.js";

type Imported = Extract<AnalysisResponse, { type: "imported" }>;
/**
 * What a load's listener hears: the worker's messages, the graph's parts already assembled into
 * `built`, the analysis with its report whole again.
 */
export type LoadEvent =
  | Exclude<AnalysisResponse, { type: "imported" | "graphPart" | "reportPart" | "analysis" }>
  | (Imported & { built: DisplayGraph })
  | { type: "analysis"; id: number; analysis: MapAnalysis };
export type CompareEvent = Extract<AnalysisResponse, { type: "compared" | "compareProgress" | "compareError" }>;

/**
 * The browser tests' hook: with `?e2e&refineLimit=N` in the page's address, loads ask the worker to
 * refine to the guaranteed estimate above N people instead of MAP_REFINE_LIMIT (a small network then
 * takes a statewide network's route). Without `e2e` the parameter is ignored.
 */
function testRefineLimit(): number | undefined {
  const params = new URLSearchParams(globalThis.location?.search ?? "");
  const limit = Number(params.get("refineLimit"));
  return params.has("e2e") && params.has("refineLimit") && Number.isInteger(limit) && limit >= 0 ? limit : undefined;
}

/** The bench's and browser tests' hook `?e2e&refineWorkers=N` (N ≥ 1): that many refine workers; without `e2e` ignored. */
function testRefineWorkers(): number | undefined {
  const params = new URLSearchParams(globalThis.location?.search ?? "");
  const workers = Number(params.get("refineWorkers"));
  return params.has("e2e") && Number.isInteger(workers) && workers >= 1 ? workers : undefined;
}

/** Data set `id`'s assembler in `assemblers` (graph or report parts), made at its first part. */
function assemblerOf<A>(assemblers: Map<number, A>, id: number, make: () => A): A {
  const known = assemblers.get(id);
  if (known) return known;
  const made = make();
  assemblers.set(id, made);
  return made;
}

export class AnalysisClient {
  private worker: Worker;
  private readonly askWorker: Worker;
  private nextId = 1;
  private nextRequest = 1;
  private readonly loads = new Map<number, (ev: LoadEvent) => void>();
  private readonly asks = new Map<number, { resolve: (r: AskResult) => void; reject: (e: Error) => void }>();
  private readonly compares = new Map<number, (ev: CompareEvent) => void>();
  /** Graphs arriving in parts, by data-set id (each part is added in its own task). */
  private readonly assemblers = new Map<number, GraphAssembler>();
  /** Reports arriving in parts, by data-set id (each part is parsed in its own task). */
  private readonly reports = new Map<number, ReportAssembler>();

  constructor() {
    this.worker = this.startAnalysisWorker();
    this.askWorker = new Worker(new URL("./ask.worker.ts", import.meta.url), { type: "module", name: "asks" });
    this.askWorker.onmessage = (ev: MessageEvent<AskResponse>) => this.answer(ev.data);
  }

  /** The analysis worker, its messages routed by data-set id; a crash is said to every load waiting on it. */
  private startAnalysisWorker(): Worker {
    const worker = new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module", name: "analysis" });
    worker.onmessage = (ev: MessageEvent<AnalysisResponse>) => this.received(ev.data);
    worker.onerror = (ev: ErrorEvent) => {
      ev.preventDefault();
      this.crashed(ev.message);
    };
    worker.onmessageerror = () => this.crashed("a message from it could not be read");
    return worker;
  }

  /**
   * The analysis worker stopped (an error it did not catch, or the browser ended it — for lack of
   * memory on a very large network): every load and comparison waiting on it hears why, and a new
   * worker takes its place. Nothing is left waiting without a word.
   */
  private crashed(detail: string): void {
    this.worker.terminate();
    this.assemblers.clear();
    this.reports.clear();
    const message =
      `The analysis stopped before it finished${detail ? ` (${detail})` : ""}. ` +
      "A very large network can need more memory than the browser gives a page; the command line (npm run analyze) has no such limit.";
    for (const [id, listener] of [...this.loads]) listener({ type: "error", id, stage: "analysis", message });
    for (const [request, listener] of [...this.compares]) listener({ type: "compareError", id: 0, request, message });
    this.compares.clear();
    this.worker = this.startAnalysisWorker();
  }

  private received(d: AnalysisResponse): void {
    if (d.type === "compared" || d.type === "compareProgress" || d.type === "compareError") this.compares.get(d.request)?.(d);
    else if (d.type === "graphPart") {
      if (this.loads.has(d.id)) assemblerOf(this.assemblers, d.id, () => new GraphAssembler()).add(d);
    } else if (d.type === "imported") {
      // A network with no node and no tie came in no parts.
      const a = this.assemblers.get(d.id) ?? new GraphAssembler();
      this.assemblers.delete(d.id);
      const built = a.finish(d.graph);
      // The Details summary's counts, from the worker (network-counts.ts).
      if (d.counts) keepCounts(built, d.counts);
      this.loads.get(d.id)?.({ ...d, built });
    } else if (d.type === "reportPart") {
      if (this.loads.has(d.id)) assemblerOf(this.reports, d.id, () => new ReportAssembler()).add(d);
    } else if (d.type === "analysis") {
      const r = this.reports.get(d.id) ?? new ReportAssembler();
      this.reports.delete(d.id);
      const listener = this.loads.get(d.id);
      if (!listener) return;
      let analysis: MapAnalysis;
      try {
        analysis = r.finish(d.analysis);
      } catch (err) {
        listener({ type: "error", id: d.id, stage: "analysis", message: err instanceof Error ? err.message : String(err) });
        return;
      }
      // Where every node stands, prepared by the worker: Details' clicks read it (standing-ranks.ts).
      if (d.ranks) keepRanks(analysis.report.nodes, d.ranks);
      listener({ type: "analysis", id: d.id, analysis });
    } else {
      if (d.type === "error") {
        this.assemblers.delete(d.id);
        this.reports.delete(d.id);
      }
      this.loads.get(d.id)?.(d);
    }
  }

  private answer(msg: AskResponse): void {
    const p = this.asks.get(msg.request);
    if (!p) return;
    this.asks.delete(msg.request);
    if (msg.result) p.resolve(msg.result);
    else p.reject(new Error(msg.error ?? "No answer."));
  }

  private toAnalysis(msg: AnalysisRequest): void {
    this.worker.postMessage(msg);
  }

  private toAsks(msg: AskRequest): void {
    this.askWorker.postMessage(msg);
  }

  /**
   * Import files; `onEvent` receives progress, the import, the analysis or an error. `roles`
   * (file name → role) overrides what the name and header say. Returns the data-set id.
   */
  load(files: InputFileMessage[], onEvent: (ev: LoadEvent) => void, roles?: Record<string, FileRole>, choices?: MeasureChoices, workspace?: Pick<LoadRequest, "workbook" | "keep">): number {
    const id = this.nextId++;
    this.loads.set(id, onEvent);
    const refineLimit = testRefineLimit();
    const refineWorkers = testRefineWorkers();
    const msg = {
      type: "load",
      id,
      files,
      ...(roles ? { roles } : {}),
      ...(choices ? { choices } : {}),
      ...workspace,
      ...(refineLimit !== undefined ? { refineLimit } : {}),
      ...(refineWorkers !== undefined ? { refineWorkers } : {}),
    } as const;
    this.toAnalysis(msg);
    this.toAsks(msg);
    return id;
  }

  /** Data set `id` is shown: the ask worker drops the others, and their events are no longer routed. */
  commit(id: number): void {
    this.toAsks({ type: "commit", id });
    for (const k of [...this.loads.keys()]) if (k < id) this.loads.delete(k);
    for (const k of [...this.assemblers.keys()]) if (k < id) this.assemblers.delete(k);
    for (const k of [...this.reports.keys()]) if (k < id) this.reports.delete(k);
  }

  /** Data set `id` is drawn on the map (its first frames): its refine in the background may start. */
  drawn(id: number): void {
    this.toAnalysis({ type: "drawn", id });
  }

  /** The person started using the page (`active`) or stopped for a moment: a refine under way pauses or resumes. */
  interacting(active: boolean): void {
    this.toAnalysis({ type: "interacting", active });
  }

  discard(id: number): void {
    this.loads.delete(id);
    this.assemblers.delete(id);
    this.reports.delete(id);
    this.toAsks({ type: "discard", id });
    this.toAnalysis({ type: "cancel", id });
  }

  ask(id: number, target: string): Promise<AskResult> {
    const request = this.nextRequest++;
    return new Promise((resolve, reject) => {
      this.asks.set(request, { resolve, reject });
      this.toAsks({ type: "ask", id, request, target });
    });
  }

  /**
   * Compare data set `id` (its files) with an earlier round, in the analysis worker; `onEvent`
   * gets its progress, then the result or the reason it failed. Returns the request number.
   */
  compare(msg: Omit<CompareRequest, "type" | "request">, onEvent: (ev: CompareEvent) => void): number {
    const request = this.nextRequest++;
    this.compares.set(request, (ev) => {
      if (ev.type !== "compareProgress") this.compares.delete(request);
      onEvent(ev);
    });
    this.toAnalysis({ ...msg, type: "compare", request });
    return request;
  }

  dispose(): void {
    this.compares.clear();
    this.worker.terminate();
    this.askWorker.terminate();
    this.loads.clear();
    this.asks.clear();
  }
}
