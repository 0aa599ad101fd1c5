/// <reference lib="webworker" />
/**
 * The tables worker: reads the files just opened as the workspace's tables and stores them in
 * IndexedDB (db.ts `storeTables`), so that neither the reading nor IndexedDB's copy of a statewide
 * network's rows runs on the page's thread. One request, one answer; the page ends the worker.
 */
import { readWorkbook } from "../../workbook/index.js";
import { storeTables } from "./db.js";
import type { TablesRequest, TablesResponse } from "./tables-store.js";

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (ev: MessageEvent<TablesRequest>) => {
  const { name, files, roles } = ev.data;
  const answer = (r: TablesResponse) => self.postMessage(r);
  try {
    const tables = readWorkbook(files, roles).tables;
    storeTables(name, tables).then(
      () => answer({ ok: true, rows: tables.reduce((s, t) => s + t.rows.length, 0) }),
      (err: unknown) => answer({ ok: false, message: err instanceof Error ? err.message : String(err) }),
    );
  } catch (err) {
    answer({ ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
