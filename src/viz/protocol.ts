/**
 * The messages between the page and its two workers: the analysis worker (import, layout,
 * analyses; the page gets a serialized copy of the graph to draw and the results to display) and
 * the ask worker (keeps the graphs, answers asks).
 */
import type { SerializedGraph } from "graphology-types";
import type { AskResult } from "../graph/ask.js";
import type { FullReport } from "../graph/analyze.js";
import type { CommunityResult } from "../graph/communities.js";
import type { CoalitionChange } from "../graph/compare.js";
import type { ImportReport, Rejection } from "../graph/import-report.js";
import type { MemberGroup } from "../graph/groups.js";
import type { FileRole } from "../graph/import-report.js";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../graph/types.js";
import type { PathSums } from "../graph/paths/brandes.js";
import type { PathGraph } from "../graph/paths/path-graph.js";
import type { Positions } from "./positions.js";
import type { Edit, Table, Workbook } from "../workbook/types.js";
import type { GraphPart } from "./graph-transfer.js";
import type { DatasetIndexes } from "./dataset-indexes.js";
import type { PackedAnalysis, ReportPart } from "./report-transfer.js";
import type { StandingRanks } from "./standing-ranks.js";
import type { NetworkCounts } from "./network-counts.js";

export type SerializedCoalition = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface InputFileMessage {
  name: string;
  bytes: Uint8Array;
}

/**
 * What a large network's quick estimates are refined to in the background: the exact figures, or the
 * guaranteed estimate (every score within a stated margin, with a stated confidence: what the CLI's
 * --estimate gives, and its default above STANDING_AUTO_EXACT_LIMIT people).
 */
export type RefineTarget = "exact" | "estimate";

/** Everything the panels show, computed once per data set in the worker. */
export interface MapAnalysis {
  /** The whole report (what the CLI's --json prints): every section the panels display. */
  report: FullReport;
  /** The outreach plan as the CLI's CSV (what `--outreach FILE` writes). */
  outreachCsv: string;
  /** The one-on-one rotation as the CLI's CSV and calendar (what `--rotation FILE` writes); made from the report when absent. */
  rotationCsv?: string;
  rotationIcs?: string;
  /** Milliseconds spent in the worker. */
  timings: Record<string, number>;
  /**
   * These figures are the quick estimates of a large network, and better ones (`refineTo`) are being
   * computed in the background: a second analysis (`refined`) follows (refine.ts).
   */
  refining?: boolean;
  /**
   * While `refining`: what the quick estimates are refined to — "exact" figures, or "estimate": the
   * guaranteed estimate (every score within a stated margin, with a stated confidence; the CLI's
   * --estimate, its default above STANDING_AUTO_EXACT_LIMIT people).
   */
  refineTo?: RefineTarget;
  /**
   * This analysis has the figures computed in the background, replacing the quick estimates: exact,
   * or the guaranteed estimate (its `report.summary.standingMethod` says which, and the margin).
   */
  refined?: boolean;
  /** The choice of exact or estimated broker scores this analysis was made under (`MeasureChoices.exact`; absent = automatic). */
  exactChoice?: boolean | "auto";
  /** Why the estimates were not refined to exact after all, in plain words (refining stopped or failed). */
  refineNote?: string;
}

/**
 * How ties are measured, the user's choice (the CLI's --unweighted and --directed): `weighted`
 * false = every tie counts 1; `directed` = betweenness, closeness and PageRank follow arrows.
 */
export interface MeasureChoices {
  weighted?: boolean;
  directed?: boolean;
  /**
   * Betweenness and closeness (the CLI's --exact and --estimate; the engine's `exact`): `true` =
   * exact at any size, `false` = the estimate with a stated guarantee, absent or "auto" = exact up
   * to STANDING_AUTO_EXACT_LIMIT nodes, the guaranteed estimate above (as the CLI). On the map, a
   * network above STANDING_QUICK_EXACT_LIMIT nodes shows quick estimates at once and refines them in the background: to exact when
   * the choice is exact, or automatic up to MAP_REFINE_LIMIT nodes; to the guaranteed estimate when
   * the choice is the estimate, or automatic above MAP_REFINE_LIMIT nodes.
   */
  exact?: boolean | "auto";
  /** The one-on-one rotation's settings (the CLI's --weeks, --per-week, --start, --next-meeting); absent = the defaults. */
  rotation?: RotationChoices;
}

/** The rotation panel's inputs: weeks, one-on-ones per person per week, first day and the next coalition meeting (YYYY-MM-DD). */
export interface RotationChoices {
  weeks?: number;
  perWeek?: number;
  start?: string;
  nextMeeting?: string;
}

/**
 * Largest network (nodes) whose quick estimates the map refines to exact in the background when the
 * choice is automatic (`MeasureChoices.exact` absent or "auto"); "exact" refines at any size. The
 * exact searches grow with nodes × ties: about 28 CPU-seconds at 10,000 nodes (docs/performance.md),
 * so about 2 minutes of CPU at 20,000, spread over the refine workers while the estimates are shown.
 * Above it the quick estimates are refined to the guaranteed estimate (one search per block of m
 * people, src/graph/paths/source-sampling.ts).
 */
export const MAP_REFINE_LIMIT = 20_000;

/** Import `files` as data set `id`; `roles` says which file is which (file name → role) when the user chose it. */
export interface LoadRequest {
  type: "load";
  id: number;
  files: InputFileMessage[];
  roles?: Record<string, FileRole>;
  choices?: MeasureChoices;
  /** A workspace's workbook (then `files` is empty): the worker replays the edits on the tables and imports the result. */
  workbook?: WorkbookRequest;
  /** Positions to keep (a workspace reopened, an edit): nodes there stay put, new nodes go beside their first neighbour. */
  keep?: Positions;
  /**
   * The browser tests' hook only (the page's `?e2e&refineLimit=N`): MAP_REFINE_LIMIT replaced by N,
   * so that a network of a few thousand people takes the route of a statewide one.
   */
  refineLimit?: number;
  /** The browser tests' and the bench's hook only (`?e2e&refineWorkers=N`): this many refine workers instead of `refineWorkerCount`'s. */
  refineWorkers?: number;
}

/** A workspace's workbook: the files as opened and the edits in force. */
export interface WorkbookRequest {
  tables: Table[];
  edits: Edit[];
}

/**
 * Compare the data set on the map (its `files` again: the worker keeps nothing) with an earlier
 * round: other files, or the same workbook as it was on a date (app/compare-work.ts).
 */
export interface CompareRequest {
  type: "compare";
  /** The data set on the map. */
  id: number;
  request: number;
  files: InputFileMessage[];
  roles?: Record<string, FileRole>;
  choices?: MeasureChoices;
  /** The data set came from a workspace's workbook (then `files` is empty): the worker rebuilds it from there. */
  workbook?: WorkbookRequest;
  earlier: { kind: "files"; files: InputFileMessage[]; roles?: Record<string, FileRole>; label: string } | { kind: "date"; date: string };
}

/** A tie of the earlier round that is gone, between drawn nodes or ghosts (ids starting "\u0001gone:"). */
export interface LostTie {
  from: string;
  to: string;
  type: string;
  sign: 1 | -1;
  strength: number;
}

/** A comparison, in the ids and tie keys of the graph on the map. */
export interface ComparisonResult {
  change: CoalitionChange;
  /** Nodes that are new since the earlier round. */
  newNodes: string[];
  /** Drawn nodes that are no longer there (a `left` date). */
  goneNodes: string[];
  /** Tie keys added since the earlier round. */
  newEdges: string[];
  /** Drawn tie keys that have ended since (an `until` date). */
  lostEdges: string[];
  /** Ties of the earlier round that the drawn graph does not have (drawn faintly in a layer). */
  lostTies: LostTie[];
  /** People and organizations of the earlier round that are gone, placed near their old neighbours. */
  ghosts: { id: string; label: string; near: string[] }[];
  /** Every date the data set mentions (the timeline's stops). */
  dates: string[];
  /**
   * The rows the earlier round's files had rejected (compared with files; empty by date): they are
   * missing from the earlier round, so what they held counts as added. The Change tab lists them,
   * and the findings say so first, as the CLI's --compare does.
   */
  earlierRejections?: Rejection[];
}

/**
 * To the analysis worker: import, lay out and analyse (it keeps nothing afterwards), compare, or
 * stop refining data set `id`'s estimates (the user cancelled its import). A new load stops any
 * refining too.
 */
export type AnalysisRequest =
  | LoadRequest
  | CompareRequest
  | { type: "cancel"; id: number }
  /**
   * The page has drawn data set `id` with its quick estimates: its refine may start. The refine
   * workers take both cores; started before, they starve the drawing of those frames (software WebGL
   * at 50,000 people: the page frozen for minutes). Sent when a `refining` analysis is attached (app/loader.ts).
   */
  | { type: "drawn"; id: number }
  /**
   * The person is using the page (`active`), or has stopped for a moment: a refine under way gives
   * the cores back at once and goes on afterwards (refine.ts `pause`/`resume`; app/refine-pause.ts).
   */
  | { type: "interacting"; active: boolean };

/** To the ask worker, which keeps each loaded graph (pending until the page commits it). */
export type AskRequest =
  | LoadRequest
  /** Make data set `id` the current one; drop the others. */
  | { type: "commit"; id: number }
  /** Forget data set `id` (the user cancelled the import). */
  | { type: "discard"; id: number }
  /** Who should make the ask to `target` in data set `id`. */
  | { type: "ask"; id: number; request: number; target: string };

/** From the ask worker. */
export type AskResponse = { type: "ask"; id: number; request: number; result: AskResult | null; error?: string };

/** From the analysis worker. */
export type AnalysisResponse =
  /** `estimates`: the work goes on in the background while the map shows estimates (refining to exact). */
  | { type: "progress"; id: number; stage: string; fraction: number; estimates?: boolean }
  /** A part of the graph to draw (graph-transfer.ts); the parts come before "imported", whose `graph` is then only the header. */
  | GraphPart
  /** Import done: the graph to draw, the import report, communities and the groups (for colours). */
  | {
      type: "imported";
      id: number;
      /** The graph's header (options, attributes): its nodes, with their settled positions, and ties came before, in parts. */
      graph: SerializedCoalition;
      importReport: ImportReport;
      communities: CommunityResult;
      groups: Record<string, MemberGroup>;
      /** The search index, tie types and sectors, computed here so the page does not (dataset-indexes.ts). */
      indexes: DatasetIndexes;
      /** The Details summary's counts, computed here so the page does not walk every tie (network-counts.ts). */
      counts?: NetworkCounts;
      ms: number;
      /** For a workbook request: the tables after the edits (what "Export spreadsheets" writes). */
      workbook?: Workbook;
    }
  /** A piece of the report's long lists (report-transfer.ts); the pieces come before "analysis". */
  | ReportPart
  /**
   * The analysis, its report's long lists left out (they came before, in parts; the client puts them
   * back), and where every node stands on each measure (standing-ranks.ts: kept for Details' clicks).
   */
  | { type: "analysis"; id: number; analysis: PackedAnalysis; ranks?: StandingRanks }
  /** The estimates of data set `id` are not refined to exact after all (another data set was opened); `reason` in plain words. */
  | { type: "refineStopped"; id: number; reason: string }
  /** A comparison (answer to a CompareRequest), its progress, or why it failed. */
  | { type: "compared"; id: number; request: number; result: ComparisonResult }
  | { type: "compareProgress"; id: number; request: number; stage: string; fraction: number }
  | { type: "compareError"; id: number; request: number; message: string }
  /** A fatal problem: the import failed (the current map is kept) or an analysis crashed. */
  | {
      type: "error";
      id: number;
      message: string;
      stage: string;
      /** Files whose role could not be told from their name or header (the page offers a picker). */
      unknownRoles?: string[];
    };

/**
 * One search job for the refine workers (refine.worker.ts): a path graph (standing's compact
 * adjacency with its lengths; marked `linearScaling` for the guaranteed estimate's sampled sources)
 * and its sources — every node (exact), or the guaranteed estimate's.
 */
export interface RefineJob {
  graph: PathGraph;
  sources: Uint32Array;
}

/** To a refine worker: the jobs (once), then ranges of a job's sources to search, one at a time. */
export type RefineRequest = { type: "jobs"; jobs: RefineJob[] } | { type: "range"; job: number; range: number; from: number; to: number };

/** From a refine worker: a range's sums (`sourceSums`), or why it could not be computed. */
export type RefineResponse = { type: "range"; job: number; range: number; sums: PathSums } | { type: "failed"; job: number; range: number; message: string };
