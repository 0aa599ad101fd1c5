/**
 * The workspaces kept on this computer: IndexedDB through `idb`. Each write awaits its
 * transaction, so a caller that awaits `put` knows the workspace is stored before it says
 * "Saved". Nothing leaves the machine. `deleteEverything` deletes the whole database.
 */
import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from "idb";
import { migrateWorkspace, type WorkspaceRecord } from "./format.js";

export const DB_NAME = "coalition-map";
const DB_VERSION = 1;
const LAST = "last";

interface Schema extends DBSchema {
  workspaces: { key: string; value: WorkspaceRecord };
  meta: { key: string; value: string };
}

export interface WorkspaceSummary {
  name: string;
  savedAt: string;
  edits: number;
}

export class WorkspaceDb {
  private constructor(private db: IDBPDatabase<Schema>) {}

  static async open(): Promise<WorkspaceDb> {
    const db = await openDB<Schema>(DB_NAME, DB_VERSION, {
      upgrade(d) {
        if (!d.objectStoreNames.contains("workspaces")) d.createObjectStore("workspaces", { keyPath: "name" });
        if (!d.objectStoreNames.contains("meta")) d.createObjectStore("meta");
      },
    });
    return new WorkspaceDb(db);
  }

  /** The saved workspaces, the most recent first. */
  async list(): Promise<WorkspaceSummary[]> {
    const all = await this.db.getAll("workspaces");
    return all.map((w) => ({ name: w.name, savedAt: w.savedAt, edits: w.position })).sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : a.name < b.name ? -1 : 1));
  }

  /** A workspace by name (migrated when an older version stored it), or undefined. */
  async get(name: string): Promise<WorkspaceRecord | undefined> {
    const raw: unknown = await this.db.get("workspaces", name);
    return raw === undefined ? undefined : migrateWorkspace(raw);
  }

  /** Store a workspace and make it the one reopened next time; resolves once the transaction is done. */
  async put(record: WorkspaceRecord): Promise<void> {
    const tx = this.db.transaction(["workspaces", "meta"], "readwrite");
    await Promise.all([tx.objectStore("workspaces").put(record), tx.objectStore("meta").put(record.name, LAST), tx.done]);
  }

  /** Rename: the record under its new name, the old one removed, in one transaction. */
  async rename(from: string, record: WorkspaceRecord): Promise<void> {
    const tx = this.db.transaction(["workspaces", "meta"], "readwrite");
    await Promise.all([tx.objectStore("workspaces").delete(from), tx.objectStore("workspaces").put(record), tx.objectStore("meta").put(record.name, LAST), tx.done]);
  }

  async remove(name: string): Promise<void> {
    const tx = this.db.transaction(["workspaces", "meta"], "readwrite");
    const last = await tx.objectStore("meta").get(LAST);
    await Promise.all([tx.objectStore("workspaces").delete(name), last === name ? tx.objectStore("meta").delete(LAST) : Promise.resolve(), tx.done]);
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
