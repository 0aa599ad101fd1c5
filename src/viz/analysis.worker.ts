/// <reference lib="webworker" />
/**
 * The analysis worker: imports the CSV bytes, lays the network out, runs every analysis and posts
 * the results, with progress between stages, so the page never freezes. It keeps nothing: the
 * asks are answered by the ask worker (ask.worker.ts), which holds its own copy of the graph.
 *
 * A large network's first analysis has quick estimates; the exact figures, or the guaranteed
 * estimate (analyze.ts `analyzeProgressively` says which), are then computed in the background by
 * refine workers started from here (refine.ts, refine.worker.ts), with progress, and a second
 * analysis (`refined`) follows. A new load, or a cancel, stops that.
 */
import { ImportError, detectRole, type FileRole } from "../import/index.js";
import { openCsv } from "../import/csv.js";
import { analyzeProgressively, analyzeRefined, groupsOf, type RefinePlan } from "./analyze.js";
import { loadGraph } from "./load-graph.js";
import { settledPositions } from "./positions.js";
import type { AnalysisRequest, AnalysisResponse, CompareRequest, InputFileMessage, LoadRequest, MapAnalysis, MeasureChoices, RefineJob, RefineResponse, RefineTarget } from "./protocol.js";
import { RefineCancelled, refineSums, refineWorkerCount, type RefinePort } from "./refine.js";
import type { CoalitionGraph } from "../graph/types.js";
import type { ImportReport } from "../graph/import-report.js";
import type { CommunityResult } from "../graph/communities.js";
import { compareForMap } from "./app/compare-work.js";
import { EditError } from "../workbook/types.js";
import { workbookRequestFiles } from "./workspace/worker-side.js";
import { keptPositions } from "./workspace/place.js";
import { postGraphParts } from "./graph-transfer.js";
import { datasetIndexes } from "./dataset-indexes.js";
import { postReportParts } from "./report-transfer.js";
import { standingRanks } from "./standing-ranks.js";
import { countNetwork } from "./network-counts.js";

declare const self: DedicatedWorkerGlobalScope;

function post(msg: AnalysisResponse): void {
  self.postMessage(msg);
}

/**
 * Post data set `id`'s analysis: its report's long lists in parts, then the rest (report-transfer.ts)
 * with every node's ranks on the measures (standing-ranks.ts: the page's clicks read them).
 */
function postAnalysis(id: number, analysis: MapAnalysis): void {
  const ranks = standingRanks(analysis.report.nodes);
  post({ type: "analysis", id, analysis: postReportParts(id, analysis, post), ranks });
}

/** The files (not given a role) whose role neither their name nor their header tells. */
function unknownRoles(files: InputFileMessage[], roles: Record<string, FileRole> | undefined): string[] {
  const out: string[] = [];
  for (const f of files) {
    if (roles?.[f.name] !== undefined) continue;
    try {
      if (detectRole(f.name, openCsv(f.name, f.bytes).header) === undefined) out.push(f.name); // the header only, not every row
    } catch {
      // Not a readable CSV: that is a different problem (the message says so).
    }
  }
  return out;
}

/**
 * The refine under way (one at a time): its data set, what it refines to, and how to stop it;
 * `waiting`: how to start it once the page has drawn the data set (`drawn`).
 */
let refining: { id: number; target: RefineTarget; cancel(): void; pause?(): void; resume?(): void; waiting?: () => void } | null = null;
/** The person is using the page: a refine under way is paused, and one that starts begins paused. */
let interacting = false;

/** The person started using the page, or stopped for a moment: pause or resume the refine. */
function interaction(active: boolean): void {
  interacting = active;
  if (active) refining?.pause?.();
  else refining?.resume?.();
}
/** The data set the page drew last (a `drawn` message). */
let drawnId = 0;

/** The page drew data set `id`: its refine, waiting for that, starts. */
function drawn(id: number): void {
  drawnId = id;
  const start = refining?.id === id ? refining.waiting : undefined;
  if (!refining || !start) return;
  refining.waiting = undefined;
  start();
}

/** The words of a refine to `target`: the figures it computes, and its progress bar's stages. */
const REFINE_WORDS: Record<RefineTarget, { figures: string; searching: string; analyses: string }> = {
  exact: { figures: "The exact figures", searching: "Refining brokers and closeness to exact…", analyses: "Exact figures:" },
  estimate: {
    figures: "The estimates with a stated margin",
    searching: "Refining the quick estimates of brokers and closeness to a stated margin…",
    analyses: "Estimates with a stated margin:",
  },
};

/** What the progress bar adds while the refine waits for the person to leave the page alone. */
const REFINE_PAUSED = "(waiting while you use the map)";

/** Stop refining (data set `id` only, when given); the page hears why. */
function stopRefining(id?: number): void {
  if (!refining || (id !== undefined && refining.id !== id)) return;
  const stopped = refining;
  refining = null;
  stopped.cancel();
  post({ type: "refineStopped", id: stopped.id, reason: `${REFINE_WORDS[stopped.target].figures} were not computed: other files were opened, or the data measured again, before they were ready.` });
}

/** A refine worker (refine.worker.ts), nested in this worker. */
function startRefineWorker(): RefinePort {
  const worker = new Worker(new URL("./refine.worker.ts", import.meta.url), { type: "module", name: "refine" });
  return {
    post: (msg) => worker.postMessage(msg),
    listen(onMessage, onError) {
      worker.onmessage = (ev: MessageEvent<RefineResponse>) => onMessage(ev.data);
      worker.onerror = (ev: ErrorEvent) => {
        ev.preventDefault();
        onError(ev.message);
      };
      worker.onmessageerror = () => onError("a message could not be read");
    },
    stop: () => worker.terminate(),
  };
}

/**
 * Refine data set `id`'s quick estimates in the background (to exact, or to the guaranteed estimate:
 * `plan.target`): the searches on the refine workers (90% of the progress bar), then the analyses
 * again with their sums; posts the refined analysis.
 */
function refine(id: number, graph: CoalitionGraph, report: ImportReport, communities: CommunityResult, choices: MeasureChoices, plan: RefinePlan, first: MapAnalysis, workers?: number): void {
  const words = REFINE_WORDS[plan.target];
  const say = (stage: string, fraction: number) => post({ type: "progress", id, stage, fraction, estimates: true });
  say(`${words.searching} 0%`, 0.01);
  // Not before the page has drawn the data set (the workers would starve its first frames).
  refining = { id, target: plan.target, cancel: () => undefined };
  if (drawnId === id) startRefine(id, graph, report, communities, choices, plan, first, workers);
  else refining.waiting = () => startRefine(id, graph, report, communities, choices, plan, first, workers);
}

/** `refine`'s work, once the page has drawn the data set. */
function startRefine(id: number, graph: CoalitionGraph, report: ImportReport, communities: CommunityResult, choices: MeasureChoices, plan: RefinePlan, first: MapAnalysis, workers?: number): void {
  const words = REFINE_WORDS[plan.target];
  const say = (stage: string, fraction: number) => post({ type: "progress", id, stage, fraction, estimates: true });
  const t0 = performance.now();
  let jobs: RefineJob[];
  try {
    jobs = plan.searches();
  } catch (err) {
    refining = null;
    postAnalysis(id, { ...first, refining: false, refineNote: `${words.figures} could not be computed: ${err instanceof Error ? err.message : String(err)}` });
    return;
  }
  let shown = { done: 0, total: 1, paused: false };
  const progress = (done: number, total: number, paused: boolean) => {
    shown = { done, total, paused };
    say(`${words.searching} ${Math.floor((100 * done) / total)}%${paused ? ` ${REFINE_PAUSED}` : ""}`, Math.max(0.01, (0.9 * done) / total));
  };
  const run = refineSums(jobs, startRefineWorker, workers ?? refineWorkerCount(self.navigator.hardwareConcurrency), (done, total) => progress(done, total, shown.paused));
  // While the person uses the page, the refine waits (app/refine-pause.ts); the progress bar says so.
  const pause = () => {
    run.pause();
    if (!shown.paused) progress(shown.done, shown.total, true);
  };
  const resume = () => {
    run.resume();
    if (shown.paused) progress(shown.done, shown.total, false);
  };
  refining = { id, target: plan.target, cancel: run.cancel, pause, resume };
  if (interacting) pause();
  run.done.then(
    (sums) => {
      if (refining?.id !== id) return;
      const t1 = performance.now();
      const empty = { dependency: new Float64Array(0), distanceSum: new Float64Array(0), farness: new Float64Array(0), reached: new Uint32Array(0) };
      // Exact jobs are every node of their graph (no `sources` kept); the estimate's are its sampled sources.
      const known = [...plan.known, ...jobs.map((job, k) => ({ graph: job.graph, ...(plan.target === "estimate" ? { sources: job.sources } : {}), sums: sums[k] ?? empty }))];
      try {
        const refined = analyzeRefined(graph, report, communities, (stage, f) => f < 1 && say(`${words.analyses} ${stage}`, 0.9 + 0.1 * f), choices, plan.target, known);
        refining = null;
        postAnalysis(id, { ...refined, timings: { ...refined.timings, refineSearches: Math.round(t1 - t0) } });
      } catch (err) {
        refining = null;
        postAnalysis(id, { ...first, refining: false, refineNote: `${words.figures} could not be computed: ${err instanceof Error ? err.message : String(err)}` });
      }
    },
    (err: unknown) => {
      if (err instanceof RefineCancelled || refining?.id !== id) return;
      refining = null;
      postAnalysis(id, { ...first, refining: false, refineNote: err instanceof Error ? err.message : String(err) });
    },
  );
}

function load(id: number, given: InputFileMessage[], givenRoles?: Record<string, FileRole>, choices: MeasureChoices = {}, request?: LoadRequest): void {
  let files = given;
  let roles = givenRoles;
  let stage = "Importing…";
  const progress = (s: string, fraction: number) => {
    stage = s;
    post({ type: "progress", id, stage: s, fraction });
  };
  stopRefining();
  try {
    const t0 = performance.now();
    // A workspace's workbook: its edits replayed on its tables (workspace/worker-side.ts).
    const fromWorkbook = request?.workbook ? workbookRequestFiles(request.workbook) : undefined;
    if (fromWorkbook) ({ files, roles } = fromWorkbook);
    const { graph, report, communities } = loadGraph(files, roles, progress, choices, fromWorkbook?.imported);
    progress("Laying out…", 0.22);
    const positions = (request?.keep ? keptPositions(graph, request.keep) : null) ?? settledPositions(graph, communities.assignment);
    post({ type: "imported", id, graph: postGraphParts(id, graph, positions, (part) => self.postMessage(part)), importReport: report, communities, groups: groupsOf(graph), indexes: datasetIndexes(graph), counts: countNetwork(graph), ms: performance.now() - t0, ...(fromWorkbook ? { workbook: fromWorkbook.workbook } : {}) });
    const { analysis, refine: plan } = analyzeProgressively(graph, report, communities, progress, choices, request?.refineLimit);
    postAnalysis(id, analysis);
    if (plan) refine(id, graph, report, communities, choices, plan, analysis, request?.refineWorkers);
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
  else if (msg.type === "cancel") stopRefining(msg.id);
  else if (msg.type === "drawn") drawn(msg.id);
  else if (msg.type === "interacting") interaction(msg.active);
};
