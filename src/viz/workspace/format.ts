/**
 * A workspace as it is kept (IndexedDB) and as one file (`.coalition.json`, to move between
 * computers or keep a backup): the files as opened (the workbook's tables), the edit list and
 * the undo position, the map's positions and camera, the organizer's choices. A file from an
 * older version is migrated on opening (`migrateWorkspace`). No DOM here (tested in Node).
 */
import { isColourMemory, type ColourMemory } from "../community-colors.js";
import { readWorkbook, type Edit, type Table } from "../../workbook/index.js";
import { isEditShape } from "../../workbook/edit-shape.js";
import type { MeasureChoices } from "../protocol.js";

export const FORMAT_VERSION = 2;
export const APP_MARK = "Coalition Map workspace";

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

export interface WorkspaceChoices {
  /** How ties count (the top bar's choice): its value and what it means. */
  ties: string;
  measure: MeasureChoices;
  /** The side panel's tab and the selected node. */
  tab: string;
  selected: string | null;
}

export interface WorkspaceRecord {
  formatVersion: typeof FORMAT_VERSION;
  name: string;
  /** The files as they were opened (edits are replayed on them). */
  tables: Table[];
  edits: Edit[];
  /** How many edits are in force (undo moves it back, redo forward). */
  position: number;
  /** Where each node is on the map. */
  positions: Record<string, { x: number; y: number }>;
  camera: CameraState | null;
  choices: WorkspaceChoices;
  /** ISO time of the last save. */
  savedAt: string;
  /**
   * The communities' colours as last shown (community-colors.ts): opened again, each community
   * keeps its colour. Absent in files saved before: the size rank.
   */
  colors?: ColourMemory[];
}

export const DEFAULT_CHOICES: WorkspaceChoices = { ties: "strength", measure: {}, tab: "details", selected: null };

/**
 * Version 1 (the first workspace files): the CSV files as text, every edit in force (no undo
 * position), the layout under `layout`, no camera and no choices.
 */
export interface WorkspaceV1 {
  formatVersion: 1;
  name: string;
  files: { name: string; text: string }[];
  edits: Edit[];
  layout?: Record<string, { x: number; y: number }>;
  savedAt?: string;
}

/** A workspace file that cannot be opened: the message says why, in plain words. */
export class WorkspaceFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkspaceFileError";
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isTable(v: unknown): v is Table {
  return (
    isObject(v) &&
    typeof v.name === "string" &&
    Array.isArray(v.header) &&
    v.header.every((c) => typeof c === "string") &&
    Array.isArray(v.rows) &&
    v.rows.every((r) => isObject(r) && typeof r.line === "number" && Array.isArray(r.cells) && r.cells.every((c) => typeof c === "string")) &&
    (v.delimiter === "," || v.delimiter === ";" || v.delimiter === "\t")
  );
}

function isEdit(v: unknown): v is Edit {
  return isEditShape(v);
}

/** Version 1 → the current version: the texts read into tables as the import reads them. */
export function migrateV1(v1: WorkspaceV1): WorkspaceRecord {
  const enc = new TextEncoder();
  const { tables } = readWorkbook(v1.files.map((f) => ({ name: f.name, bytes: enc.encode(f.text) })));
  return {
    formatVersion: FORMAT_VERSION,
    name: v1.name,
    tables,
    edits: v1.edits,
    position: v1.edits.length,
    positions: v1.layout ?? {},
    camera: null,
    choices: { ...DEFAULT_CHOICES },
    savedAt: v1.savedAt ?? new Date(0).toISOString(),
  };
}

/** Any stored or saved workspace → the current version (throws WorkspaceFileError when it is not one). */
export function migrateWorkspace(data: unknown): WorkspaceRecord {
  if (!isObject(data)) throw new WorkspaceFileError("This file is not a Coalition Map workspace.");
  const version = data.formatVersion;
  if (typeof version !== "number") throw new WorkspaceFileError("This file is not a Coalition Map workspace (it has no format version).");
  if (version > FORMAT_VERSION) throw new WorkspaceFileError("This workspace was saved by a newer version of Coalition Map; update the app to open it.");
  if (typeof data.name !== "string" || !Array.isArray(data.edits) || !data.edits.every(isEdit)) throw new WorkspaceFileError("This workspace file is damaged: its name or its list of changes is missing.");
  if (version === 1) {
    const files = data.files;
    if (!Array.isArray(files) || !files.every((f) => isObject(f) && typeof f.name === "string" && typeof f.text === "string")) {
      throw new WorkspaceFileError("This workspace file is damaged: its spreadsheets are missing.");
    }
    return migrateV1(data as unknown as WorkspaceV1);
  }
  if (!Array.isArray(data.tables) || !data.tables.every(isTable)) throw new WorkspaceFileError("This workspace file is damaged: its spreadsheets are missing.");
  const position = typeof data.position === "number" && Number.isInteger(data.position) ? Math.max(0, Math.min(data.position, data.edits.length)) : data.edits.length;
  const choices = isObject(data.choices) ? data.choices : {};
  return {
    formatVersion: FORMAT_VERSION,
    name: data.name,
    tables: data.tables,
    edits: data.edits,
    position,
    positions: isObject(data.positions) ? (data.positions as WorkspaceRecord["positions"]) : {},
    camera: isObject(data.camera) ? (data.camera as unknown as CameraState) : null,
    choices: {
      ties: typeof choices.ties === "string" ? choices.ties : DEFAULT_CHOICES.ties,
      measure: isObject(choices.measure) ? (choices.measure as MeasureChoices) : {},
      tab: typeof choices.tab === "string" ? choices.tab : DEFAULT_CHOICES.tab,
      selected: typeof choices.selected === "string" ? choices.selected : null,
    },
    savedAt: typeof data.savedAt === "string" ? data.savedAt : new Date(0).toISOString(),
    ...(isColourMemory(data.colors) ? { colors: data.colors } : {}),
  };
}

/** The workspace as one file's text. */
export function workspaceFileText(record: WorkspaceRecord): string {
  return JSON.stringify({ app: APP_MARK, ...record }, null, 1) + "\n";
}

/** A workspace file's text → the workspace (any version). */
export function parseWorkspaceFile(text: string): WorkspaceRecord {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new WorkspaceFileError("This file is not a Coalition Map workspace (it is not a .coalition.json file).");
  }
  return migrateWorkspace(data);
}

/** The file name for a workspace: its name made safe for a file, + .coalition.json. */
export function workspaceFileName(name: string): string {
  const base = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ").replace(/\s+/g, " ").trim() || "workspace";
  return `${base}.coalition.json`;
}
