/**
 * The workspace on the map: what is kept on this computer (IndexedDB, db.ts) and how it
 * changes. Every data set shown becomes the current workspace (files the organizer opened are
 * stored at once; the bundled sample only once it is edited). An edit goes to the analysis
 * worker (which replays the edits on the workbook, imports and measures), the map keeps its
 * place, then the workspace is stored — and only when the transaction is done does the status
 * say "Saved". Undo and redo move the position in the edit list the same way.
 */
import { colourMemory, memoryNodeSlots } from "../community-colors.js";
import { afterFirstFrames } from "../map/frames.js";
import type { AppContext } from "../context.js";
import type { Dataset, DisplayGraph } from "../dataset.js";
import { download } from "../dom.js";
import type { Loader, ShownHow } from "../app/loader.js";
import type { MeasureChoices } from "../protocol.js";
import type { TabId } from "../state.js";
import { zipSync, strToU8 } from "fflate";
import { activeEdits, canRedo, canUndo, describeEdit, exportWorkbook, readWorkbook, recordEdit, redo, undo, type Edit, type EditHistory, type Table, type Workbook } from "../../workbook/index.js";
import { keepPacked, STORED_TABLES, WorkspaceDb, type WorkspaceSummary } from "./db.js";
import { storeTablesInWorker } from "./tables-store.js";
import type { FileRole } from "../../graph/import-report.js";
import type { InputFileMessage } from "../protocol.js";
import { DEFAULT_CHOICES, FORMAT_VERSION, parseWorkspaceFile, workspaceFileName, workspaceFileText, type CameraState, type WorkspaceRecord } from "./format.js";
import { captureView, restoreView } from "./view-keep.js";
import { ANALYSES } from "../../graph/registry.js";

/** A tab kept by an older or newer version may not exist here: only known tabs are restored. */
function knownTab(tab: string): TabId | null {
  return tab === "details" || ANALYSES.some((a) => a.id === tab) ? (tab as TabId) : null;
}

/** What the status line says: saving, saved (when), not kept (the sample before an edit), or why it could not be kept. */
export type SaveStatus = { kind: "saving" } | { kind: "saved"; at: string } | { kind: "unsaved" } | { kind: "failed"; message: string };

export interface WorkspaceController {
  /** Reopen the last workspace; false when there is none (the caller shows the sample). */
  restore(): Promise<boolean>;
  /** The loader showed a data set. */
  shown(ds: Dataset, sample: boolean, how: ShownHow): void;
  /** How ties count changed (stored with the workspace). */
  measured(choices: MeasureChoices): void;
  /** Make an edit; resolves with null, or the reason it could not be made. */
  apply(edit: Edit): Promise<string | null>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Words for the next undo / redo ("Evelyn Marsh is a member"). */
  undoLabel(): string;
  redoLabel(): string;
  name(): string;
  rename(name: string): Promise<string | null>;
  status(): SaveStatus;
  saved(): Promise<WorkspaceSummary[]>;
  open(name: string): Promise<string | null>;
  remove(name: string): Promise<void>;
  /** The workbook's CSV files after the edits. */
  files(): { name: string; text: string }[];
  exportZip(): string;
  exportFile(): string;
  /** Open a workspace file: the reason it cannot be opened, or null and what was left out of it (a damaged saved place or view of the map), in words. */
  importFile(text: string): Promise<{ error: string; notes?: undefined } | { error: null; notes: string[] }>;
  deleteEverything(): Promise<void>;
  /** Hear every change (status, history, name). Returns the cleanup. */
  subscribe(fn: () => void): () => void;
  dispose(): void;
}

export interface WorkspaceDeps {
  ctx: AppContext;
  loader: Loader;
  /** Show the bundled sample (after everything was deleted). */
  showSample(): void;
}

const stamp = () => new Date().toISOString();

function fileBase(name: string): string {
  return (name.split(/[\\/]/).pop() ?? name).replace(/\.[^.]*$/, "");
}

export function createWorkspace({ ctx, loader, showSample }: WorkspaceDeps): WorkspaceController {
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((fn) => fn());
  let dbPromise: Promise<WorkspaceDb | null> | null = null;
  /** After "Delete everything", only a new save creates the database again (a look at the list does not). */
  let erased = false;
  const db = (write = false): Promise<WorkspaceDb | null> => {
    if (erased && !write && dbPromise === null) return Promise.resolve(null);
    if (write) erased = false;
    dbPromise ??= WorkspaceDb.open().catch(() => null);
    return dbPromise;
  };

  let name = "";
  let base: Table[] = [];
  /**
   * The files just opened, not read as tables yet (`base` is then empty): the tables worker stored
   * their tables (tables-store.ts), and the page reads them only when an edit, an export or a rename
   * needs them (`tables()`): a statewide network's 250,000 rows are neither read nor copied on the
   * page's thread when its files are opened.
   */
  let unread: { files: InputFileMessage[]; roles: Record<string, FileRole> | undefined } | null = null;
  let history: EditHistory = { edits: [], position: 0 };
  /** The workbook after the edits; null: the tables as opened (`tables()`). */
  let workbook: Workbook | null = { tables: [] };
  /** Whether this workspace is kept (false: the sample, until its first edit). */
  let kept = false;
  let status: SaveStatus = { kind: "unsaved" };
  let measure: MeasureChoices = {};
  let restoring: { camera: CameraState | null; selected: string | null; tab: string } | null = null;
  /** Edits and undos one at a time. */
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };

  /** The workspace's tables as opened, read from the files the first time they are needed. */
  const tables = (): Table[] => {
    if (unread) {
      base = readWorkbook(unread.files, unread.roles).tables;
      unread = null;
      // The same tables as the worker stored: not written again (db.ts `adopt`).
      const named = name;
      const read = base;
      void dbPromise?.then((d) => d?.adopt(named, read));
    }
    return base;
  };
  const currentWorkbook = (): Workbook => workbook ?? { tables: tables() };

  const setStatus = (s: SaveStatus) => {
    status = s;
    notify();
  };

  /** The positions last returned, and how many: the same object again while no node has moved. */
  let placed: { positions: WorkspaceRecord["positions"]; count: number } | null = null;
  /**
   * The graph whose nodes `placed` was read from, and whether any node of it may have moved (or come
   * or gone) since: a save after a click or a camera move then costs nothing for the positions,
   * instead of a look at every node (0.16 s at 50,000 people, measured in the browser bench).
   */
  let placedGraph: DisplayGraph | null = null;
  let mayHaveMoved = true;
  const moved = () => {
    mayHaveMoved = true;
  };
  const NODE_CHANGES = ["nodeAttributesUpdated", "eachNodeAttributesUpdated", "nodeAdded", "nodeDropped", "cleared"] as const;
  const watchPlaces = (g: DisplayGraph | null) => {
    if (g === placedGraph) return;
    for (const e of NODE_CHANGES) placedGraph?.off(e, moved);
    placedGraph = g;
    mayHaveMoved = true;
    for (const e of NODE_CHANGES) g?.on(e, moved);
  };
  /**
   * The network layout's positions. Unmoved, the object last returned (so a save after a camera
   * move or a click does not copy 50,000 positions again: workspace/db.ts). Keys are people's ids:
   * a record without prototype keeps "__proto__" as a plain key.
   */
  const positions = (): WorkspaceRecord["positions"] => {
    const ds = loader.current();
    watchPlaces(ds?.graph ?? null);
    if (placed && !mayHaveMoved) return placed.positions;
    mayHaveMoved = false;
    // Off the power grid, a node's network position is where it is (no lookup, no copy per node).
    const direct = ctx.map.gridPhase === "network";
    if (placed) {
      const before = placed;
      let same = true;
      let count = 0;
      ds?.graph.forEachNode((n, a) => {
        const p = direct ? a : ctx.map.networkPosition(n);
        if (!p || !same) return;
        count++;
        const q = Object.prototype.hasOwnProperty.call(before.positions, n) ? before.positions[n] : undefined;
        if (q?.x !== p.x || q.y !== p.y) same = false;
      });
      if (same && count === before.count) return before.positions;
    }
    const out = Object.create(null) as WorkspaceRecord["positions"];
    // Packed as they are read (db.ts stores them so): not read again key by key when stored.
    const ids: string[] = [];
    const xy = new Float64Array(2 * (ds?.graph.order ?? 0));
    let count = 0;
    ds?.graph.forEachNode((n, a) => {
      const p = direct ? a : ctx.map.networkPosition(n);
      if (!p) return;
      out[n] = { x: p.x, y: p.y };
      ids.push(n);
      xy[2 * count] = p.x;
      xy[2 * count + 1] = p.y;
      count++;
    });
    // In the graph's order: unpacked, the ids come back as the record's keys in its own order
    // (integer-like keys first, as any object lists them; the others in the order they came).
    keepPacked(out, { packed: 1, ids, xy: xy.length === 2 * count ? xy : xy.slice(0, 2 * count) });
    placed = { positions: out, count };
    return out;
  };

  const camera = (): CameraState | null => {
    const s = ctx.map.sigma?.getCamera().getState();
    return s ? { x: s.x, y: s.y, ratio: s.ratio, angle: s.angle } : null;
  };

  const tiesValue = (): string => {
    const el = document.getElementById("measure-ties");
    return el instanceof HTMLSelectElement ? el.value : DEFAULT_CHOICES.ties;
  };

  /** The communities' colours as shown (opened again, the map shows them the same). */
  const colors = (): Pick<WorkspaceRecord, "colors"> => {
    const ds = loader.current();
    return ds ? { colors: colourMemory(ds) } : {};
  };

  const record = (): WorkspaceRecord => ({
    formatVersion: FORMAT_VERSION,
    name,
    // Not read yet: the tables worker stored them (db.ts leaves them as they are).
    tables: unread ? STORED_TABLES : base,
    edits: history.edits,
    position: history.position,
    positions: positions(),
    camera: camera(),
    choices: { ties: tiesValue(), measure, tab: ctx.store.state.tab, selected: ctx.store.state.selected },
    savedAt: stamp(),
    ...colors(),
  });

  /** Store the workspace; the status says "Saved" only once the transaction is done. */
  const save = async (): Promise<void> => {
    if (!kept || name === "") return;
    setStatus({ kind: "saving" });
    const d = await db(true);
    if (!d) return setStatus({ kind: "failed", message: "This browser does not let Coalition Map keep anything (private window?): export the workspace file to keep your changes." });
    try {
      const r = record();
      await d.put(r);
      setStatus({ kind: "saved", at: r.savedAt });
    } catch (err) {
      setStatus({ kind: "failed", message: `Your changes could not be stored on this computer: ${err instanceof Error ? err.message : String(err)}. Export the workspace file to keep them.` });
    }
  };

  // Small changes (camera, selection, layout) are stored a moment later, once things are still.
  let timer: ReturnType<typeof setTimeout> | null = null;
  const saveSoon = () => {
    if (!kept) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void serial(save);
    }, 400);
  };

  let cameraCleanup: (() => void) | null = null;
  const watchCamera = () => {
    cameraCleanup?.();
    const cam = ctx.map.sigma?.getCamera();
    if (!cam) return;
    const fn = () => saveSoon();
    cam.on("updated", fn);
    cameraCleanup = () => cam.removeListener("updated", fn);
  };
  const unsubscribe = ctx.store.subscribe((s, prev) => {
    if (s.selected !== prev.selected || s.tab !== prev.tab || (prev.layoutRunning && !s.layoutRunning)) saveSoon();
  });

  const uniqueName = async (wanted: string): Promise<string> => {
    const taken = (await (await db())?.names()) ?? new Set<string>();
    if (!taken.has(wanted)) return wanted;
    for (let k = 2; ; k++) if (!taken.has(`${wanted} (${k})`)) return `${wanted} (${k})`;
  };

  /** Show the workbook of `next` history, keeping the map's place; throws the reason on failure. */
  const showHistory = async (next: EditHistory, keepView = true): Promise<Dataset> => {
    const view = keepView && ctx.map.sigma ? captureView(ctx.map.sigma) : null;
    const selected = ctx.store.state.selected;
    const tab = ctx.store.state.tab;
    const before = new Set(loader.current()?.graph.nodes() ?? []);
    const { ds, workbook: wb } = await loader.loadWorkbook({ tables: tables(), edits: activeEdits(next) }, positions(), measure, true);
    history = next;
    workbook = wb;
    if (view && ctx.map.sigma) restoreView(ctx.map.sigma, view);
    watchCamera();
    // The selection stays (a new node becomes the selection).
    const added = ds.graph.nodes().filter((n) => !before.has(n));
    const pick = added.length === 1 ? added[0] : selected;
    if (pick && ds.graph.hasNode(pick)) ctx.select(pick);
    else if (tab !== ctx.store.state.tab) ctx.store.dispatch({ type: "tab", tab });
    return ds;
  };

  const openRecord = async (r: WorkspaceRecord): Promise<void> => {
    name = r.name;
    base = r.tables;
    unread = null;
    kept = true;
    measure = r.choices.measure;
    const select = document.getElementById("measure-ties");
    if (select instanceof HTMLSelectElement) select.value = r.choices.ties;
    restoring = { camera: r.camera, selected: r.choices.selected, tab: r.choices.tab };
    const next: EditHistory = { edits: r.edits, position: r.position };
    const { ds, workbook: wb } = await loader.loadWorkbook({ tables: base, edits: activeEdits(next) }, r.positions, measure, memoryNodeSlots(r.colors ?? []));
    history = next;
    workbook = wb;
    const sigma = ctx.map.sigma;
    if (restoring.camera && sigma) sigma.getCamera().setState(restoring.camera);
    else ctx.map.fit(false);
    if (restoring.selected && ds.graph.hasNode(restoring.selected)) ctx.select(restoring.selected);
    const tab = knownTab(restoring.tab);
    if (tab) ctx.store.dispatch({ type: "tab", tab });
    restoring = null;
    watchCamera();
    setStatus({ kind: "saved", at: r.savedAt });
  };

  const controller: WorkspaceController = {
    async restore() {
      const d = await db();
      if (!d) return false;
      try {
        const r = await d.last();
        if (!r) return false;
        await openRecord(r);
        return true;
      } catch {
        return false;
      }
    },

    shown(ds, sample, how) {
      // A new renderer: the camera to watch is its own (a workbook measured again included).
      if (how === "workbook") watchCamera();
      if (how !== "opened") return;
      const opened = loader.openedFiles();
      if (!opened) return;
      void serial(async () => {
        // Not in the task that shows the map: once its first picture is on screen. The files are
        // read as tables when first needed (`tables()`); those of files the organizer opened are
        // read and stored by the tables worker (0.2 s to read and 0.28 s to store on the page's
        // thread at 50,000 people, docs/performance.md stop 16).
        await new Promise<void>((resolve) => afterFirstFrames(resolve));
        base = [];
        unread = { files: opened.files, roles: opened.roles };
        history = { edits: [], position: 0 };
        workbook = null;
        kept = !sample;
        const wanted = sample ? "Sample coalition" : opened.files.length === 1 ? fileBase(opened.files[0]?.name ?? "Workspace") : `${fileBase(opened.files[0]?.name ?? "workspace")} and ${opened.files.length - 1} more`;
        name = kept ? await uniqueName(wanted) : wanted;
        watchCamera();
        if (kept) {
          const d = await db(true);
          const files = unread;
          if (d && (await storeTablesInWorker(name, files.files, files.roles))) d.storedElsewhere(name);
          else tables();
          await save();
        } else setStatus({ kind: "unsaved" });
        void ds;
      });
    },

    measured(choices) {
      measure = choices;
      saveSoon();
    },

    apply(edit) {
      return serial(async () => {
        if (tables().length === 0) return "Open a coalition's files first.";
        setStatus({ kind: "saving" });
        try {
          await showHistory(recordEdit(history, edit));
        } catch (err) {
          setStatus(kept ? { kind: "saved", at: stamp() } : { kind: "unsaved" });
          return err instanceof Error ? err.message : String(err);
        }
        if (!kept) {
          kept = true;
          name = await uniqueName(name || "Workspace");
        }
        await save();
        return null;
      });
    },

    undo: () =>
      serial(async () => {
        if (!canUndo(history)) return;
        setStatus({ kind: "saving" });
        await showHistory(undo(history)).catch(() => undefined);
        await save();
      }),
    redo: () =>
      serial(async () => {
        if (!canRedo(history)) return;
        setStatus({ kind: "saving" });
        await showHistory(redo(history)).catch(() => undefined);
        await save();
      }),
    canUndo: () => canUndo(history),
    canRedo: () => canRedo(history),
    undoLabel() {
      const e = history.edits[history.position - 1];
      return e ? describeEdit(e, labelOf) : "";
    },
    redoLabel() {
      const e = history.edits[history.position];
      return e ? describeEdit(e, labelOf) : "";
    },
    name: () => name,
    async rename(next) {
      const clean = next.trim();
      if (clean === "") return "A workspace needs a name.";
      if (clean === name) return null;
      const d = await db(kept);
      if (kept && d && (await d.names()).has(clean)) return `There is already a workspace called “${clean}”.`;
      const old = name;
      name = clean;
      if (kept && d) {
        setStatus({ kind: "saving" });
        tables();
        const r = record();
        await d.rename(old, r);
        setStatus({ kind: "saved", at: r.savedAt });
      } else notify();
      return null;
    },
    status: () => status,
    async saved() {
      return (await (await db())?.list()) ?? [];
    },
    open(which) {
      return serial(async () => {
        const d = await db();
        const r = await d?.get(which);
        if (!r) return `There is no workspace called “${which}” on this computer.`;
        await save();
        try {
          await openRecord(r);
          await d?.put({ ...r, savedAt: r.savedAt });
          return null;
        } catch (err) {
          return err instanceof Error ? err.message : String(err);
        }
      });
    },
    async remove(which) {
      await (await db())?.remove(which);
      if (which === name) {
        kept = false;
        setStatus({ kind: "unsaved" });
      }
      notify();
    },
    files: () => exportWorkbook(currentWorkbook()),
    exportZip() {
      const entries: Record<string, Uint8Array> = {};
      for (const f of exportWorkbook(currentWorkbook())) entries[f.name] = strToU8(f.text);
      const file = `${workspaceFileName(name).replace(/\.coalition\.json$/, "")}-spreadsheets.zip`;
      download(file, new Blob([zipSync(entries, { level: 6, mtime: new Date(Date.UTC(2000, 0, 1)) })], { type: "application/zip" }));
      return file;
    },
    exportFile() {
      const file = workspaceFileName(name);
      tables();
      download(file, new Blob([workspaceFileText(record())], { type: "application/json" }));
      return file;
    },
    importFile(text) {
      return serial(async () => {
        let r: WorkspaceRecord;
        const notes: string[] = [];
        try {
          r = parseWorkspaceFile(text, notes);
        } catch (err) {
          return { error: err instanceof Error ? err.message : String(err) };
        }
        await save();
        const unique = await uniqueName(r.name);
        try {
          await openRecord({ ...r, name: unique });
        } catch (err) {
          return { error: err instanceof Error ? err.message : String(err) };
        }
        await save();
        return { error: null, notes };
      });
    },
    deleteEverything() {
      return serial(async () => {
        if (timer) clearTimeout(timer);
        timer = null;
        const d = await db();
        dbPromise = null;
        erased = true;
        kept = false;
        name = "";
        base = [];
        unread = null;
        history = { edits: [], position: 0 };
        workbook = { tables: [] };
        await d?.deleteEverything();
        setStatus({ kind: "unsaved" });
        showSample();
      });
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    dispose() {
      if (timer) clearTimeout(timer);
      cameraCleanup?.();
      unsubscribe();
      listeners.clear();
      void dbPromise?.then((d) => d?.close());
    },
  };

  function labelOf(id: string): string {
    const ds = loader.current();
    return ds && ds.graph.hasNode(id) ? ds.graph.getNodeAttribute(id, "label") || id : id;
  }

  return controller;
}
