/**
 * Coalition Map — the import report's types.
 *
 * Every data row of every input file is accounted for: imported, merged into an earlier row
 * (a duplicate), or rejected with its file, line and column. For each file and in total:
 * `imported + merged + rejected = rowsRead`.
 *
 * These types live in src/graph so that the report builder (src/graph/report.ts) does not
 * depend on the importer; src/import re-exports them.
 */

/** What a CSV file holds. */
export type FileRole = "people" | "organizations" | "connections" | "needs" | "nodes" | "edges" | "activity"
  /** A partner survey: respondent, partner, relationship, trust, value (src/import/survey.ts). */
  | "survey";

/** Accounting for one input file. */
export interface FileReport {
  /** The file's name as given to the importer (e.g. "connections.csv"). */
  file: string;
  role: FileRole;
  /** "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252", or another code page the file was recognized in (src/import/legacy-encoding.ts). */
  encoding: string;
  /** "," ";" or "\t". */
  delimiter: string;
  /** Data rows read (the header and blank lines are not rows). */
  rowsRead: number;
  imported: number;
  merged: number;
  rejected: number;
}

/** A place in an input file. Lines are 1-based physical lines (the header is line 1). */
export interface RowRef {
  file: string;
  line: number;
}

/** A row that repeated an earlier one and was merged into it. */
export interface MergeRecord {
  file: string;
  line: number;
  /** The earlier row it was merged into. */
  into: RowRef;
  /** The node id (people, organizations, nodes), tie key (ties) or "service @ area" (needs). */
  id: string;
  /** Header names of the columns whose non-empty values disagreed; the earlier value was kept. */
  conflicts: string[];
}

/** A row that was skipped, and why. */
export interface Rejection {
  file: string;
  line: number;
  /** 1-based column number of the cell at fault. */
  column: number;
  /** That column's header as written in the file. */
  columnName: string;
  /** A sentence a non-programmer understands, starting with `file:line:column`. */
  reason: string;
}

/** Something the organizer should know about; the row (if any) was still used. */
export interface ImportWarning {
  file: string;
  /** 1-based line; 0 when the warning is about the file as a whole. */
  line: number;
  column?: number;
  columnName?: string;
  message: string;
}

export interface ImportReport {
  files: FileReport[];
  rowsRead: number;
  imported: number;
  merged: number;
  rejected: number;
  merges: MergeRecord[];
  rejections: Rejection[];
  warnings: ImportWarning[];
  /**
   * What the activity log (activity.csv) changed at import, one line each ("… said yes to …'s ask on
   * 2026-10-02: now a member"); present only when an activity file was read.
   */
  info?: ImportWarning[];
  /** The activity log as read (every imported row, by date then file line); present only when an activity file was read. */
  activity?: ActivityRecord[];
}

/** One imported row of the activity log, with the names it resolved to. */
export interface ActivityRecord {
  date: string;
  kind: "ask" | "one-on-one";
  member: string;
  memberLabel: string;
  person: string;
  personLabel: string;
  /** Asks only: yes, no, pending or not yet asked. */
  outcome?: "yes" | "no" | "pending" | "not yet asked";
  notes?: string;
  source: RowRef;
}
