/**
 * Loading data sets: files go to the workers; the import report is shown (for files the user
 * opened) before the map changes; the accepted data set is shown, and its analysis attached when
 * it arrives (or kept until the data set is shown). An import that fails shows why — and, when a
 * file's role could not be told, the dialog asks for it and the files are imported again.
 */
import type { AnalysisClient, LoadEvent } from "../client.js";
import { attachAnalysis, createDataset, type Dataset } from "../dataset.js";
import type { FileRole } from "../../graph/import-report.js";
import { confirmImport, showImportError } from "../import-dialog.js";
import type { NetworkMap } from "../map.js";
import type { InputFileMessage, LoadRequest, MapAnalysis, MeasureChoices, WorkbookRequest } from "../protocol.js";
import type { Workbook } from "../../workbook/types.js";
import { captureView, restoreView } from "../workspace/view-keep.js";
import type { StandingFigures, Store } from "../state.js";
import { afterFirstFrames } from "../map/frames.js";
import { carriedSlots, communitySlots } from "../community-colors.js";
import { CATEGORY_PALETTE } from "../colors.js";

export interface LoaderDeps {
  store: Store;
  client: AnalysisClient;
  map: NetworkMap;
  /**
   * A data set is now on the map (`sample`: opened from the bundled sample). `how`: "opened"
   * (files the user opened, or the sample), "remeasured", or "workbook" (a workspace's workbook,
   * shown where the map was: the camera stays).
   */
  onShown(ds: Dataset, sample: boolean, how: ShownHow): void;
}

export type ShownHow = "opened" | "remeasured" | "workbook";

/** A workspace's workbook shown: the data set and the tables after the edits. */
export interface WorkbookShown {
  ds: Dataset;
  workbook: Workbook;
}

export interface Loader {
  /** The data set on the map, or null. */
  current(): Dataset | null;
  /** Import files; `interactive` shows the import report first; `roles` overrides the detected roles. */
  load(files: InputFileMessage[], interactive: boolean, roles?: Record<string, FileRole>, sample?: boolean): void;
  /** Measure the data set on the map again with other choices (weights, direction); the map keeps its place. */
  remeasure(choices: MeasureChoices): void;
  /** Read files the user opened or dropped, and import them (interactively). */
  open(list: FileList | File[]): Promise<void>;
  /**
   * What the data set on the map came from — its files and roles, or a workspace's workbook — and
   * the measuring choices (to compare it with an earlier round, app/compare.ts).
   */
  source(): { files: InputFileMessage[]; roles: Record<string, FileRole> | undefined; choices: MeasureChoices; workbook?: WorkbookRequest } | null;
  /**
   * Show a workspace's workbook (its tables and the edits in force), keeping `keep` positions;
   * `choices` (how ties count) become the loader's. Resolves when the data set is on the map;
   * rejects with the reason (in plain words) when the import or an edit fails — the map is kept.
   * `keepColors`: true when the workbook replaces the data set on the map (an edit, an undo), or the
   * colours a workspace kept (each remembered node's palette index): each community keeps the
   * colour of the one it shares the most members with (community-colors.ts).
   */
  loadWorkbook(workbook: WorkbookRequest, keep: LoadRequest["keep"], choices?: MeasureChoices, keepColors?: boolean | ReadonlyMap<string, number>): Promise<WorkbookShown>;
  /** The files (and roles) of the data set on the map, when it came from files (not a workbook). */
  openedFiles(): { files: InputFileMessage[]; roles: Record<string, FileRole> | undefined; sample: boolean } | null;
}

type AnalysisEvent = LoadEvent & { type: "analysis" };

/** How exact an analysis's betweenness and closeness are (the panels and the progress bar say it). */
function figuresOf(analysis: MapAnalysis): StandingFigures {
  if (analysis.report.summary.standingMethod.kind === "exact") return "exact";
  return analysis.refining ? "refining" : "estimates";
}

export function createLoader({ store, client, map, onShown }: LoaderDeps): Loader {
  let current: Dataset | null = null;
  /** Analyses that arrived before their data set was shown. */
  const pending = new Map<number, AnalysisEvent>();
  const busy = (stage: string, fraction: number, background = false) => store.dispatch({ type: "busy", busy: { stage, fraction, ...(background ? { background } : {}) } });
  const idle = () => store.dispatch({ type: "busy", busy: null });

  const attach = (ds: Dataset, ev: AnalysisEvent) => {
    attachAnalysis(ds, ev.analysis);
    map.analysisArrived();
    idle();
    store.dispatch({ type: "analyzed", figures: figuresOf(ev.analysis) });
    // Quick estimates to refine: the refine starts once the map is drawn whole (ties included) with
    // them (protocol.ts `drawn`): the refine workers take the cores the drawing needs.
    if (ev.analysis.refining) map.whenDrawn(() => afterFirstFrames(() => client.drawn(ds.id)));
  };

  /** A large network's estimates will not be refined after all: its analysis says so, the panels show it. */
  const refineStopped = (ev: LoadEvent & { type: "refineStopped" }) => {
    const kept = pending.get(ev.id);
    if (kept) pending.set(ev.id, { ...kept, analysis: { ...kept.analysis, refining: false, refineNote: ev.reason } });
    if (!current || current.id !== ev.id || !current.analysis) return;
    attachAnalysis(current, { ...current.analysis, refining: false, refineNote: ev.reason });
    if (store.state.busy?.background) idle();
    store.dispatch({ type: "analyzed", figures: "estimates" });
  };

  /** An analysis arrived: attach it to the data set on the map, or keep it until its data set is shown. */
  const arrived = (ev: AnalysisEvent) => {
    if (current && current.id === ev.id) attach(current, ev);
    else pending.set(ev.id, ev);
  };

  const show = (ds: Dataset, sample: boolean, how: ShownHow = "opened") => {
    current = ds;
    client.commit(ds.id);
    map.setDataset(ds);
    store.dispatch({ type: "dataset", id: ds.id });
    const analysis = pending.get(ds.id);
    pending.clear();
    if (analysis) attach(ds, analysis);
    onShown(ds, sample, how);
  };

  /** The files, roles and choices of the data set on the map (to measure it again). */
  let last: { files: InputFileMessage[]; roles: Record<string, FileRole> | undefined; sample: boolean } | null = null;
  /** The workbook on the map, when a workspace's workbook is shown (measured again from it). */
  let lastWorkbook: WorkbookRequest | null = null;
  let choices: MeasureChoices = {};
  let remeasuring = false;
  /** The data set id of the files opened last (its progress is shown even before it is on the map). */
  let newest = 0;

  const loadWorkbook: Loader["loadWorkbook"] = (workbook, keep, chosen, keepColors = false) =>
    new Promise((resolve, reject) => {
      if (chosen) choices = { ...choices, ...chosen };
      busy("Importing…", 0.02);
      const onEvent = (ev: LoadEvent) => {
        switch (ev.type) {
          case "progress":
            busy(ev.stage, ev.fraction, ev.estimates);
            break;
          case "refineStopped":
            refineStopped(ev);
            break;
          case "imported": {
            const ds = createDataset(ev.id, workbook.tables.map((t) => t.name), ev.built, ev.importReport, ev.communities, ev.groups, ev.indexes);
            if (keepColors === true && current) ds.communitySlots = carriedSlots(ds, current);
            else if (keepColors instanceof Map && keepColors.size > 0) ds.communitySlots = communitySlots(ds.communities.communities, CATEGORY_PALETTE.length, keepColors);
            lastWorkbook = workbook;
            last = null;
            show(ds, false, "workbook");
            resolve({ ds, workbook: ev.workbook ?? { tables: workbook.tables } });
            break;
          }
          case "analysis":
            arrived(ev);
            break;
          case "error":
            idle();
            reject(new Error(ev.message));
            break;
        }
      };
      client.load([], onEvent, undefined, choices, { workbook, ...(keep ? { keep } : {}) });
    });

  const load: Loader["load"] = (files, interactive, roles, sample = false) => {
    const names = files.map((f) => f.name);
    busy("Importing…", 0.02);
    let loaded: Dataset | null = null;
    const onEvent = (ev: LoadEvent) => {
      switch (ev.type) {
        case "progress":
          // The newest load's stages, also while the map still shows the data set before it.
          if (current === null || current.id === ev.id || loaded !== null || ev.id === newest) busy(ev.stage, ev.fraction, ev.estimates);
          break;
        case "refineStopped":
          refineStopped(ev);
          break;
        case "imported": {
          const ds = createDataset(ev.id, names, ev.built, ev.importReport, ev.communities, ev.groups, ev.indexes);
          loaded = ds;
          const accept = () => {
            // Measured again (weights, direction): the communities keep their colours.
            if (remeasuring && current) ds.communitySlots = carriedSlots(ds, current);
            last = { files, roles, sample };
            lastWorkbook = null;
            show(ds, sample, remeasuring ? "remeasured" : "opened");
            remeasuring = false;
          };
          if (!interactive) accept();
          else
            void confirmImport(names, ev.importReport, ds.graph.order, ds.graph.size).then((ok) => {
              if (ok) return accept();
              client.discard(ds.id);
              pending.delete(ds.id);
              if (current?.analysis || !current) idle();
            });
          break;
        }
        case "analysis":
          arrived(ev);
          break;
        case "error":
          idle();
          if (loaded !== null) void showImportError(ev.message, true, [], current?.id === ev.id);
          // The import failed; when a file's role could not be told, the dialog asks and we try again.
          else
            void showImportError(ev.message, current !== null, ev.unknownRoles ?? []).then((chosen) => {
              if (chosen) load(files, interactive, { ...roles, ...chosen });
            });
          break;
      }
    };
    newest = client.load(files, onEvent, roles, choices);
  };

  return {
    current: () => current,
    source: () => (last ? { files: last.files, roles: last.roles, choices } : lastWorkbook ? { files: [], roles: undefined, choices, workbook: lastWorkbook } : null),
    load,
    remeasure(next) {
      // A choice given replaces the same choice only (the ties count keeps the rotation's settings and back).
      choices = { ...choices, ...next };
      // A workspace's workbook is measured again where it is (positions and camera kept).
      if (lastWorkbook && current) {
        const keep: Record<string, { x: number; y: number }> = {};
        current.graph.forEachNode((n, a) => (keep[n] = { x: a.x, y: a.y }));
        const view = map.sigma ? captureView(map.sigma) : null;
        loadWorkbook(lastWorkbook, keep, undefined, true)
          .then(() => {
            if (view && map.sigma) restoreView(map.sigma, view);
          })
          .catch((err: unknown) => void showImportError(err instanceof Error ? err.message : String(err), true));
      } else if (last) {
        remeasuring = true;
        load(last.files, false, last.roles, last.sample);
      }
    },
    loadWorkbook,
    openedFiles: () => last,
    async open(list) {
      const files = await Promise.all([...list].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      if (files.length) load(files, true);
    },
  };
}
