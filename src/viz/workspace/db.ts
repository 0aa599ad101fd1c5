/**
 * The workspaces kept on this computer: IndexedDB through `idb`. Each write awaits its
 * transaction, so a caller that awaits `put` knows the workspace is stored before it says
 * "Saved". Nothing leaves the machine. `deleteEverything` deletes the whole database.
 *
 * A workspace's tables (the organizer's spreadsheets, hundreds of thousands of cells in a statewide
 * network) are kept in their own store and written only when they change; the record saved after a
 * click or a camera move holds everything else. IndexedDB copies a value on the page's main thread:
 * writing 250,000 rows on each small save took 0.4–0.6 s of it at 50,000 people (measured).
 * Version 1 kept the tables inside the record; such a record is read as it is, and moves its tables
 * out the next time it is saved.
 *
 * Version 3 keeps the map's positions apart too (a node's place, 50,000 of them in a statewide
 * network): a camera move or a selection no longer copies them, only a layout change does. A
 * version 2 record still holds its own positions and is read as it is.
 *
 * The tables of files just opened are read and written by a worker (tables.worker.ts, `storeTables`):
 * the structured copy of 250,000 rows then happens off the page's thread (0.28 s of a 0.32 s task at
 * 50,000 people, and 0.2 s more to read them as tables: docs/performance.md, stop 16). The page
 * saves its record with `STORED_TABLES` in place of the tables until it reads them itself.
 */
import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from "idb";
import { migrateWorkspace, type WorkspaceRecord } from "./format.js";
import type { Table } from "../../workbook/types.js";

export const DB_NAME = "coalition-map";
const DB_VERSION = 3;
const LAST = "last";

interface Schema extends DBSchema {
  workspaces: { key: string; value: WorkspaceRecord };
  meta: { key: string; value: string };
  /** Each workspace's tables, by workspace name (version 2). */
  tables: { key: string; value: Table[] };
  /** Each workspace's positions, by workspace name (version 3): packed since stop 16, a record before. */
  positions: { key: string; value: WorkspaceRecord["positions"] | PackedPositions };
}

type Positions = WorkspaceRecord["positions"];

/**
 * The positions as stored: the ids in one list and their x, y in one typed array. IndexedDB copies
 * a typed array at once, where 50,000 `{ x, y }` objects are copied one by one on the page's thread
 * (0.2 s of the first save at 50,000 people, docs/performance.md stop 16). A record stored before
 * (one object per node) is read as it is.
 */
export interface PackedPositions {
  packed: 1;
  ids: string[];
  xy: Float64Array;
}

/** Packed forms made with the positions themselves (the workspace's `positions()`), not packed again. */
const packedAlready = new WeakMap<Positions, PackedPositions>();

/** `positions` packed, as made beside it (its ids in the record's key order): `put` stores it as it is. */
export function keepPacked(positions: Positions, packed: PackedPositions): void {
  packedAlready.set(positions, packed);
}

export function packPositions(positions: Positions): PackedPositions {
  const made = packedAlready.get(positions);
  if (made) return made;
  const ids = Object.keys(positions);
  const xy = new Float64Array(2 * ids.length);
  ids.forEach((id, i) => {
    const p = positions[id];
    xy[2 * i] = p?.x ?? 0;
    xy[2 * i + 1] = p?.y ?? 0;
  });
  return { packed: 1, ids, xy };
}

function isPacked(v: unknown): v is PackedPositions {
  return typeof v === "object" && v !== null && (v as { packed?: unknown }).packed === 1 && Array.isArray((v as { ids?: unknown }).ids) && (v as { xy?: unknown }).xy instanceof Float64Array;
}

/** The positions of a stored value: packed, or a record as stored before (keys are ids: no prototype). */
export function unpackPositions(v: Positions | PackedPositions): Positions {
  if (!isPacked(v)) return v;
  const out = Object.create(null) as Positions;
  v.ids.forEach((id, i) => {
    out[id] = { x: v.xy[2 * i] ?? 0, y: v.xy[2 * i + 1] ?? 0 };
  });
  return out;
}

/**
 * A record's tables when the page has not read them: the tables worker stored them from the files
 * (`storedElsewhere`), and `put` leaves them as they are. Never written as a record's tables.
 */
export const STORED_TABLES: Table[] = Object.freeze([]) as unknown as Table[];

/** The database, its stores made when missing (the page and the tables worker open it alike). */
function openWorkspaceDb(): Promise<IDBPDatabase<Schema>> {
  return openDB<Schema>(DB_NAME, DB_VERSION, {
    upgrade(d) {
      if (!d.objectStoreNames.contains("workspaces")) d.createObjectStore("workspaces", { keyPath: "name" });
      if (!d.objectStoreNames.contains("meta")) d.createObjectStore("meta");
      if (!d.objectStoreNames.contains("tables")) d.createObjectStore("tables");
      if (!d.objectStoreNames.contains("positions")) d.createObjectStore("positions");
    },
  });
}

/**
 * Write workspace `name`'s tables (the tables worker: off the page's thread); resolves once the
 * transaction is done. The connection is closed after, so that "Delete everything" is not blocked.
 */
export async function storeTables(name: string, tables: Table[]): Promise<void> {
  const db = await openWorkspaceDb();
  try {
    const tx = db.transaction("tables", "readwrite");
    await Promise.all([tx.store.put(tables, name), tx.done]);
  } finally {
    db.close();
  }
}

export interface WorkspaceSummary {
  name: string;
  savedAt: string;
  edits: number;
}

export class WorkspaceDb {
  /** The tables last written for each workspace name (the same array: not written again). */
  private readonly written = new Map<string, Table[]>();
  /** The positions last written for each workspace name (the same object: not written again). */
  private readonly placed = new Map<string, WorkspaceRecord["positions"]>();

  private constructor(private db: IDBPDatabase<Schema>) {}

  static async open(): Promise<WorkspaceDb> {
    return new WorkspaceDb(await openWorkspaceDb());
  }

  /** Workspace `name`'s tables were written by the tables worker: a record with `STORED_TABLES` leaves them. */
  storedElsewhere(name: string): void {
    this.written.set(name, STORED_TABLES);
  }

  /** The page read `tables` from the files the worker stored for `name`: the same tables, not written again. */
  adopt(name: string, tables: Table[]): void {
    if (this.written.get(name) === STORED_TABLES) this.written.set(name, tables);
  }

  /** The saved workspaces, the most recent first. */
  async list(): Promise<WorkspaceSummary[]> {
    const all = await this.db.getAll("workspaces");
    return all.map((w) => ({ name: w.name, savedAt: w.savedAt, edits: w.position })).sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : a.name < b.name ? -1 : 1));
  }

  /** A workspace by name (migrated when an older version stored it), or undefined. */
  async get(name: string): Promise<WorkspaceRecord | undefined> {
    const tx = this.db.transaction(["workspaces", "tables", "positions"], "readonly");
    const [raw, tables, stored] = await Promise.all([tx.objectStore("workspaces").get(name) as Promise<unknown>, tx.objectStore("tables").get(name), tx.objectStore("positions").get(name), tx.done]);
    const positions = stored === undefined ? undefined : unpackPositions(stored);
    if (raw === undefined) return undefined;
    const record = migrateWorkspace(raw);
    // Version 2 keeps the tables apart (a version 1 record still holds its own).
    if (tables !== undefined && record.tables.length === 0) {
      record.tables = tables;
      this.written.set(name, tables);
    }
    // Version 3 keeps the positions apart (an older record still holds its own).
    if (positions !== undefined && Object.keys(record.positions).length === 0) {
      record.positions = positions;
      this.placed.set(name, positions);
    }
    return record;
  }

  /** Store a workspace and make it the one reopened next time; resolves once the transaction is done. */
  async put(record: WorkspaceRecord): Promise<void> {
    if (record.tables === STORED_TABLES && this.written.get(record.name) !== STORED_TABLES) throw new Error("the spreadsheets were not stored");
    const tx = this.db.transaction(["workspaces", "meta", "tables", "positions"], "readwrite");
    const fresh = this.written.get(record.name) !== record.tables;
    const moved = this.placed.get(record.name) !== record.positions;
    await Promise.all([
      tx.objectStore("workspaces").put({ ...record, tables: [], positions: {} }),
      fresh ? tx.objectStore("tables").put(record.tables, record.name) : Promise.resolve(),
      moved ? tx.objectStore("positions").put(packPositions(record.positions), record.name) : Promise.resolve(),
      tx.objectStore("meta").put(record.name, LAST),
      tx.done,
    ]);
    this.written.set(record.name, record.tables);
    this.placed.set(record.name, record.positions);
  }

  /** Rename: the record and its tables under the new name, the old ones removed, in one transaction. */
  async rename(from: string, record: WorkspaceRecord): Promise<void> {
    if (record.tables === STORED_TABLES) throw new Error("the spreadsheets must be read before a rename");
    const tx = this.db.transaction(["workspaces", "meta", "tables", "positions"], "readwrite");
    await Promise.all([
      tx.objectStore("workspaces").delete(from),
      tx.objectStore("tables").delete(from),
      tx.objectStore("positions").delete(from),
      tx.objectStore("workspaces").put({ ...record, tables: [], positions: {} }),
      tx.objectStore("tables").put(record.tables, record.name),
      tx.objectStore("positions").put(packPositions(record.positions), record.name),
      tx.objectStore("meta").put(record.name, LAST),
      tx.done,
    ]);
    this.written.delete(from);
    this.placed.delete(from);
    this.written.set(record.name, record.tables);
    this.placed.set(record.name, record.positions);
  }

  async remove(name: string): Promise<void> {
    const tx = this.db.transaction(["workspaces", "meta", "tables", "positions"], "readwrite");
    const last = await tx.objectStore("meta").get(LAST);
    await Promise.all([tx.objectStore("workspaces").delete(name), tx.objectStore("tables").delete(name), tx.objectStore("positions").delete(name), last === name ? tx.objectStore("meta").delete(LAST) : Promise.resolve(), tx.done]);
    this.written.delete(name);
    this.placed.delete(name);
  }

  /** The name of the workspace to reopen, if it is still there. */
  async last(): Promise<WorkspaceRecord | undefined> {
    const name = await this.db.get("meta", LAST);
    return name === undefined ? undefined : this.get(name);
  }

  async names(): Promise<Set<string>> {
    return new Set(await this.db.getAllKeys("workspaces"));
  }

  close(): void {
    this.db.close();
  }

  /** Delete the whole database (every workspace, every choice); the connection is closed first. */
  async deleteEverything(): Promise<void> {
    this.db.close();
    await deleteDB(DB_NAME);
  }
}
