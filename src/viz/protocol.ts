/**
 * The messages between the page and its two workers: the analysis worker (import, layout,
 * analyses; the page gets a serialized copy of the graph to draw and the results to display) and
 * the ask worker (keeps the graphs, answers asks).
 */
import type { SerializedGraph } from "graphology-types";
import type { AskResult } from "../graph/ask.js";
import type { FullReport } from "../graph/analyze.js";
import type { CommunityResult } from "../graph/communities.js";
import type { ImportReport } from "../graph/import-report.js";
import type { MemberGroup } from "../graph/groups.js";
import type { FileRole } from "../graph/import-report.js";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../graph/types.js";
import type { Positions } from "./positions.js";
import type { Edit, Table, Workbook } from "../workbook/types.js";

export type SerializedCoalition = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface InputFileMessage {
  name: string;
  bytes: Uint8Array;
}

/** Everything the panels show, computed once per data set in the worker. */
export interface MapAnalysis {
  /** The whole report (what the CLI's --json prints): every section the panels display. */
  report: FullReport;
  /** The outreach plan as the CLI's CSV (what `--outreach FILE` writes). */
  outreachCsv: string;
  /** Milliseconds spent in the worker. */
  timings: Record<string, number>;
}

/**
 * How ties are measured, the user's choice (the CLI's --unweighted and --directed): `weighted`
 * false = every tie counts 1; `directed` = betweenness, closeness and PageRank follow arrows.
 */
export interface MeasureChoices {
  weighted?: boolean;
  directed?: boolean;
}

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
}

/** A workspace's workbook: the files as opened and the edits in force. */
export interface WorkbookRequest {
  tables: Table[];
  edits: Edit[];
}

/** To the analysis worker: import, lay out and analyse (it keeps nothing afterwards). */
export type AnalysisRequest = LoadRequest;

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
  | { type: "progress"; id: number; stage: string; fraction: number }
  /** Import done: the graph to draw, the import report, communities and the groups (for colours). */
  | {
      type: "imported";
      id: number;
      graph: SerializedCoalition;
      importReport: ImportReport;
      communities: CommunityResult;
      groups: Record<string, MemberGroup>;
      /** Deterministic, settled positions (seeded start + a fixed number of ForceAtlas2 iterations). */
      positions: Positions;
      ms: number;
      /** For a workbook request: the tables after the edits (what "Export spreadsheets" writes). */
      workbook?: Workbook;
    }
  | { type: "analysis"; id: number; analysis: MapAnalysis }
  /** A fatal problem: the import failed (the current map is kept) or an analysis crashed. */
  | {
      type: "error";
      id: number;
      message: string;
      stage: string;
      /** Files whose role could not be told from their name or header (the page offers a picker). */
      unknownRoles?: string[];
    };
