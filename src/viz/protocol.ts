/**
 * The messages between the page and the analysis worker. The worker owns the imported graphs;
 * the page gets a serialized copy to draw and the analysis results to display.
 */
import type { SerializedGraph } from "graphology-types";
import type { AskResult } from "../graph/ask.js";
import type { FullReport } from "../graph/analyze.js";
import type { CommunityResult } from "../graph/communities.js";
import type { ImportReport } from "../graph/import-report.js";
import type { MemberGroup } from "../graph/groups.js";
import type { NodeStanding } from "../graph/standing.js";
import type { FileRole } from "../graph/import-report.js";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../graph/types.js";
import type { Positions } from "./positions.js";

export type SerializedCoalition = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface InputFileMessage {
  name: string;
  bytes: Uint8Array;
}

/** Everything the panels show, computed once per data set in the worker. */
export interface MapAnalysis {
  /** The whole report (what the CLI's --json prints): every section the panels display. */
  report: FullReport;
  /** Node id → standing (from report.nodes), for sizes and details. */
  standing: Record<string, NodeStanding>;
  /** The outreach plan as the CLI's CSV (what `--outreach FILE` writes). */
  outreachCsv: string;
  /** Milliseconds spent in the worker. */
  timings: Record<string, number>;
}

export type WorkerRequest =
  /**
   * Import files as data set `id` (kept pending until the page commits it). `analyze: false`
   * only imports (the second worker, which answers asks while the first is still analysing).
   * `roles` says which file is which (file name → role) when the user chose it.
   */
  | { type: "load"; id: number; files: InputFileMessage[]; analyze: boolean; roles?: Record<string, FileRole> }
  /** Make data set `id` the current one; drop the others. */
  | { type: "commit"; id: number }
  /** Forget data set `id` (the user cancelled the import). */
  | { type: "discard"; id: number }
  /** Who should make the ask to `target` in data set `id`. */
  | { type: "ask"; id: number; request: number; target: string };

export type WorkerResponse =
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
    }
  | { type: "analysis"; id: number; analysis: MapAnalysis }
  | { type: "ask"; id: number; request: number; result: AskResult | null; error?: string }
  /** A fatal problem: the import failed (the current map is kept) or an analysis crashed. */
  | {
      type: "error";
      id: number;
      message: string;
      stage: string;
      /** Files whose role could not be told from their name or header (the page offers a picker). */
      unknownRoles?: string[];
    };
