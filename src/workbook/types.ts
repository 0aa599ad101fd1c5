/**
 * The workbook: the organizer's own CSV files kept as tables (file name, header in its original
 * order, every row as the string cells it had, columns the edits appended at the end), so that
 * what goes back to the spreadsheets is what came from them. The graph on the map is always
 * `importCoalition` of these tables written back to CSV (`workbookFiles`): the export is
 * lossless by construction. DOM-free: runs in Node, the workers and the page.
 */
import type { FileRole } from "../graph/import-report.js";

/** One data row: its cells (as read, not trimmed) and the physical line it starts on (header = 1). */
export interface WorkbookRow {
  cells: string[];
  /**
   * The line this row starts on in the file as written back: the line it had in the original
   * file (blank lines are kept, so every "file:line" of the import report still points at the
   * organizer's own spreadsheet); rows added by edits come after the last one.
   */
  line: number;
}

/** One CSV file of the workbook. */
export interface Table {
  /** File name, as opened (people.csv). */
  name: string;
  /** Header cells in their original order; columns added by edits are appended. */
  header: string[];
  rows: WorkbookRow[];
  /** The delimiter the file used; it is written back with the same one. */
  delimiter: "," | ";" | "\t";
  /** Write a UTF-8 byte-order mark (the file had one, or was not UTF-8: Excel then reads accents right). */
  bom: boolean;
  /**
   * The file began with Excel's `sep=;` line (naming its delimiter; the header is then line 2):
   * it is written back, so Excel still splits the cells at that delimiter (in a locale whose own
   * separator is another one) and the import still reads that delimiter whatever the header holds.
   */
  sepLine?: boolean;
  /** The role the organizer chose for this file when neither its name nor its header told. */
  role?: FileRole;
}

export interface Workbook {
  tables: Table[];
}

/** A file written back: its name and CSV text. */
export interface WorkbookFile {
  name: string;
  text: string;
}

/** The coalition statuses an edit can set ("" = none). */
export type EditStatus = "core" | "member" | "prospect" | "";

/** The outcomes of an ask (activity.csv's `outcome`). */
export type AskOutcome = "yes" | "no" | "pending" | "not yet asked";

/** A tie named by its two ends (node ids) and its type, as the graph holds it. */
export interface TieRef {
  from: string;
  to: string;
  type: string;
}

/** What a tie edit sets (absent = unchanged; `null` clears since / notes). */
export interface TieFields {
  type?: string;
  /** 1 (acquaintance) to 5 (very close). */
  strength?: number;
  sign?: 1 | -1;
  since?: string | null;
  notes?: string | null;
}

/**
 * One change the organizer made on the map. Nodes are named by their id in the graph of the
 * workbook the edit applies to (edits replay in order, so ids are always those of that moment).
 * `date` (YYYY-MM-DD) on adding a node or setting a status: the day of the change — a member
 * added, or made one, then gets it as `joined` (unless a `joined` date is already written), so
 * that a comparison with an earlier date does not count them as there all along. Edits kept from
 * before it was recorded have none, and set no `joined`.
 */
export type Edit =
  | { kind: "addPerson"; name: string; organization?: string; role?: string; status?: EditStatus; area?: string; decisionMaker?: boolean; livedExperience?: boolean; notes?: string; date?: string }
  | { kind: "addOrganization"; name: string; sector?: string; services?: string[]; areas?: string[]; status?: EditStatus; notes?: string; date?: string }
  | ({ kind: "addTie"; from: string; to: string; type: string } & Omit<TieFields, "type">)
  | ({ kind: "changeTie"; tie: TieRef } & TieFields)
  | { kind: "removeTie"; tie: TieRef }
  | { kind: "setStatus"; node: string; status: EditStatus; date?: string }
  | { kind: "setDecisionMaker"; node: string; value: boolean }
  | { kind: "setLivedExperience"; node: string; value: boolean }
  | { kind: "setArea"; node: string; areas: string[] }
  | { kind: "setServices"; node: string; services: string[] }
  | { kind: "logAsk"; date: string; member: string; person: string; outcome: AskOutcome; notes?: string }
  | { kind: "logOneOnOne"; date: string; member: string; person: string; notes?: string };

export type EditKind = Edit["kind"];

/** An edit that cannot be made (a node that is not there, a field the file cannot hold): the message says why, in plain words. */
export class EditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EditError";
  }
}
