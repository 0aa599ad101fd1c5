/**
 * The messages between the page and the share worker (share.worker.ts), which makes the copies
 * to share — a read-only map's data, a redacted workbook with its report — away from the page,
 * so the map never freezes while a large network is redacted and measured again.
 */
import type { CommunityResult } from "../../graph/communities.js";
import type { ImportReport } from "../../graph/import-report.js";
import type { Positions } from "../positions.js";
import type { MapAnalysis, MeasureChoices, SerializedCoalition } from "../protocol.js";
import type { SharedMap } from "./share-data.js";

/** The data set on the map, as the worker needs it. */
export interface ShareSource {
  graph: SerializedCoalition;
  importReport: ImportReport;
  choices: MeasureChoices;
}

export type ShareRequest =
  | (ShareSource & {
      type: "map";
      request: number;
      redacted: boolean;
      /** The organizer's network positions, by node id (the partner sees the same picture). */
      positions: Positions;
      title: string;
      files: string[];
      /** The map's community colours: each node's palette index (community-colors.ts `nodeSlots`); the shared map shows the same. */
      colours?: [string, number][];
      /** Named maps only: the map's own communities and analysis (nothing to measure again). */
      communities?: CommunityResult;
      analysis?: MapAnalysis;
    })
  | (ShareSource & { type: "redacted-copy"; request: number; baseName: string });

/** A redacted copy: the zip of its files (never the key), and the key apart. */
export interface RedactedCopyResult {
  zipName: string;
  zip: Uint8Array<ArrayBuffer>;
  /** The files inside the zip, in order. */
  names: string[];
  keyName: string;
  key: string;
  people: number;
  sensitive: number;
}

export type ShareResponse =
  | { type: "progress"; request: number; stage: string; fraction: number }
  /** `key`: the pseudonyms' key of a redacted map (null with names). */
  | { type: "map"; request: number; data: SharedMap; key: string | null }
  | { type: "redacted-copy"; request: number; result: RedactedCopyResult }
  | { type: "error"; request: number; message: string };
