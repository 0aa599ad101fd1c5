/**
 * The page's side of the tables worker (tables.worker.ts): store the tables of the files just
 * opened under a workspace's name without reading or copying them on the page's thread.
 */
import type { FileRole } from "../../graph/import-report.js";
import type { InputFileMessage } from "../protocol.js";

export interface TablesRequest {
  name: string;
  files: InputFileMessage[];
  roles?: Record<string, FileRole>;
}

export type TablesResponse = { ok: true; rows: number } | { ok: false; message: string };

/**
 * Read `files` as tables and store them as workspace `name`'s, in a worker. Resolves true once they
 * are stored, false when they could not be (no worker, no IndexedDB there, a file that does not
 * read): the caller then reads and stores them itself.
 */
export function storeTablesInWorker(name: string, files: InputFileMessage[], roles: Record<string, FileRole> | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./tables.worker.ts", import.meta.url), { type: "module", name: "tables" });
    } catch {
      resolve(false);
      return;
    }
    const done = (ok: boolean) => {
      worker.terminate();
      resolve(ok);
    };
    worker.onmessage = (ev: MessageEvent<TablesResponse>) => done(ev.data.ok);
    worker.onerror = (ev) => {
      ev.preventDefault();
      done(false);
    };
    worker.onmessageerror = () => done(false);
    const request: TablesRequest = { name, files, ...(roles ? { roles } : {}) };
    worker.postMessage(request);
  });
}
