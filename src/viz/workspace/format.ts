/**
 * A workspace as it is kept (IndexedDB) and as one file (`.coalition.json`, to move between
 * computers or keep a backup): the files as opened (the workbook's tables), the edit list and
 * the undo position, the map's positions and camera, the organizer's choices. A file from an
 * older version is migrated on opening (`migrateWorkspace`). No DOM here (tested in Node).
 */
import { isColourMemory, type ColourMemory } from "../community-colors.js";
import { readWorkbook, type Edit, type Table } from "../../workbook/index.js";
import { isEditShape } from "../../workbook/edit-shape.js";
import { shown } from "../../import/text.js";
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

/**
 * The largest coordinate a saved place or view may have. The layouts stay within thousands; a
 * finite but huge number (1e300) squeezed the rest of the network into one dot, and the spread of
 * two of them is Infinity — the new nodes beside them were placed at NaN (workspace/place.ts).
 */
export const MAX_COORDINATE = 1e12;

/** A number the map can use: finite (JSON's 1e400 is Infinity) and within MAX_COORDINATE. */
const coordinate = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && Math.abs(v) <= MAX_COORDINATE;

/** How a saved value is shown in a note: a string in quotes, anything else as JSON would write it. */
function shownValue(v: unknown): string {
  if (typeof v === "string") return `"${shown(v, 20)}"`;
  if (typeof v === "number") return String(v); // Infinity, not JSON's null
  return v === undefined ? "missing" : shown(JSON.stringify(v) ?? String(v), 20);
}

/**
 * The saved places of the nodes (a damaged or hand-edited file's, or an older version's
 * `layout`): only places whose x and y are numbers the map can use are kept — anything else
 * (`"x": "abc"`, `null`, 1e400, a place that is not an object) is left out, and that node is
 * placed again beside its ties, as a new node is. Said once in `notes`, in words.
 */
function readPositions(v: unknown, notes: string[]): WorkspaceRecord["positions"] {
  const out = Object.create(null) as WorkspaceRecord["positions"];
  if (v === undefined || v === null) return out;
  if (!isObject(v)) {
    notes.push("The saved places of the map were damaged (not a list of places) and were left out: the map is laid out again.");
    return out;
  }
  let bad = 0;
  let first = "";
  for (const [id, p] of Object.entries(v)) {
    const x = isObject(p) ? p.x : undefined;
    const y = isObject(p) ? p.y : undefined;
    if (coordinate(x) && coordinate(y)) out[id] = { x, y };
    else if (bad++ === 0) first = `"${shown(id)}": ${isObject(p) ? (coordinate(x) ? `y is ${shownValue(y)}` : `x is ${shownValue(x)}`) : `its place is ${shownValue(p)}`}`;
  }
  if (bad > 0)
    notes.push(
      bad === 1
        ? `1 saved place on the map was not a pair of numbers the map can use (${first}) and was left out: that node is placed again beside its ties.`
        : `${bad} saved places on the map were not pairs of numbers the map can use (the first: ${first}) and were left out: those nodes are placed again beside their ties.`,
    );
  return out;
}

/** The saved view of the map (sigma's camera): kept only when all four values are numbers it can use (ratio above 0); else null — the map shows the whole network — said in `notes`. */
function readCamera(v: unknown, notes: string[]): CameraState | null {
  if (v === undefined || v === null) return null;
  if (isObject(v) && coordinate(v.x) && coordinate(v.y) && coordinate(v.ratio) && v.ratio > 0 && coordinate(v.angle)) return { x: v.x, y: v.y, ratio: v.ratio, angle: v.angle };
  notes.push("The saved view of the map (its zoom and position) was damaged and was left out: the map shows the whole network.");
  return null;
}

/** Version 1 → the current version: the texts read into tables as the import reads them; `notes` hears what was left out. */
export function migrateV1(v1: WorkspaceV1, notes: string[] = []): WorkspaceRecord {
  const enc = new TextEncoder();
  const { tables } = readWorkbook(v1.files.map((f) => ({ name: f.name, bytes: enc.encode(f.text) })));
  return {
    formatVersion: FORMAT_VERSION,
    name: v1.name,
    tables,
    edits: v1.edits,
    position: v1.edits.length,
    positions: readPositions(v1.layout, notes),
    camera: null,
    choices: { ...DEFAULT_CHOICES },
    savedAt: v1.savedAt ?? new Date(0).toISOString(),
  };
}

/**
 * Any stored or saved workspace → the current version (throws WorkspaceFileError when it is not
 * one). A damaged saved place or view of the map does not stop it: it is left out, and `notes`
 * hears why, in words for the organizer.
 */
export function migrateWorkspace(data: unknown, notes: string[] = []): WorkspaceRecord {
  if (!isObject(data)) throw new WorkspaceFileError("This file is not a Coalition Map workspace.");
  const version = data.formatVersion;
  if (typeof version !== "number") throw new WorkspaceFileError("This file is not a Coalition Map workspace (it has no format version).");
  if (version > FORMAT_VERSION) throw new WorkspaceFileError("This workspace was saved by a newer version of Coalition Map; update the app to open it.");
  if (typeof data.name !== "string" || !Array.isArray(data.edits) || !data.edits.every(isEditShape)) throw new WorkspaceFileError("This workspace file is damaged: its name or its list of changes is missing.");
  if (version === 1) {
    const files = data.files;
    if (!Array.isArray(files) || !files.every((f) => isObject(f) && typeof f.name === "string" && typeof f.text === "string")) {
      throw new WorkspaceFileError("This workspace file is damaged: its spreadsheets are missing.");
    }
    return migrateV1(data as unknown as WorkspaceV1, notes);
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
    positions: readPositions(data.positions, notes),
    camera: readCamera(data.camera, notes),
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

/** A workspace file's text → the workspace (any version); `notes` hears what was left out (see migrateWorkspace). */
export function parseWorkspaceFile(text: string, notes: string[] = []): WorkspaceRecord {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new WorkspaceFileError("This file is not a Coalition Map workspace (it is not a .coalition.json file).");
  }
  return migrateWorkspace(data, notes);
}

/** The file name for a workspace: its name made safe for a file, + .coalition.json. */
export function workspaceFileName(name: string): string {
  const base = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ").replace(/\s+/g, " ").trim() || "workspace";
  return `${base}.coalition.json`;
}
