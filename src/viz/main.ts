/**
 * Coalition Map — the browser app. Numbered like sigma's CSV-to-map example:
 *  1. build the page shell (top bar, map area with its toolbar, legend and status, side panel);
 *  2. start the workers; import files there (the bundled sample by default) — app/loader.ts;
 *  3. show the import report (for files the user opened) before the map changes;
 *  4. draw the network with Sigma (map.ts); the live ForceAtlas2 layout runs on demand;
 *  5. fill the panels when the analyses arrive.
 * `start` returns the cleanup of everything it started: renderer, layout and analysis workers,
 * window and document listeners, Store subscriptions, the test handle.
 * Nothing leaves the machine: files are read locally, exports are downloads.
 */
import { escapeClears } from "./app/escape-clears.js";
import "./styles.css";
import { AnalysisClient } from "./client.js";
import type { AppContext } from "./context.js";
import type { Dataset } from "./dataset.js";
import { h, replaceChildren } from "./dom.js";
import { exportAs } from "./exports.js";
import { NetworkMap } from "./map.js";
import { sampleFiles } from "./sample.js";
import { createSidebar } from "./sidebar.js";
import { Store } from "./state.js";
import { createToolbar } from "./toolbar.js";
import { PANELS } from "./panels/index.js";
import { enableFileDrop } from "./app/file-drop.js";
import { createLegendView } from "./app/legend-view.js";
import { createLoader } from "./app/loader.js";
import { createStatusViews } from "./app/status.js";
import { installTestHandle } from "./app/test-handle.js";
import { createTopbar } from "./app/topbar.js";
import { createViewSwitch } from "./app/view-switch.js";
import { createCompareControls } from "./app/compare.js";
import { createWorkspace } from "./workspace/controller.js";
import { createWorkspaceMenu } from "./workspace/menu.js";
import { createEditPanel } from "./workspace/edit-panel.js";
import { pauseRefineWhileInteracting } from "./app/refine-pause.js";

/** Time a user action for the test handle (only when it is installed). */
function timed(action: () => void, record: (handle: NonNullable<Window["__coalitionMap"]>, ms: number, t0: number) => void): void {
  const t0 = performance.now();
  action();
  const handle = window.__coalitionMap;
  if (handle) record(handle, performance.now() - t0, t0);
}

function start(root: HTMLElement): () => void {
  const cleanups: (() => void)[] = [];
  // 1. The shell.
  const store = new Store();
  const client = new AnalysisClient();
  cleanups.push(() => client.dispose());
  // A refine in the background gives the cores back while the person uses the page (app/refine-pause.ts).
  cleanups.push(pauseRefineWhileInteracting(client, window));
  const mapEl = h("div", { id: "map", attrs: { "aria-label": "Network map" } });
  const mapArea = h("section", { className: "map-area", attrs: { "aria-label": "Network map" } }, mapEl);
  const map = new NetworkMap(mapEl, store, {
    onSelect: (node) => ctx.select(node),
    onHover: (node) =>
      timed(
        () => store.dispatch({ type: "hover", node }),
        (handle, ms, t0) => {
          handle.lastHoverMs = ms;
          requestAnimationFrame(() => (handle.lastHoverFrameMs = performance.now() - t0));
        },
      ),
    onLayout: (running) => store.dispatch({ type: "layout", running }),
  });
  cleanups.push(() => map.dispose());
  const ctx: AppContext = {
    store,
    map,
    client,
    dataset: () => loader.current(),
    select(node, focus = false) {
      timed(() => store.dispatch({ type: "select", node }), (handle, ms) => (handle.lastSelectMs = ms));
      if (node && focus) map.focusNodes([node]);
    },
    highlight(hl) {
      store.dispatch({ type: "highlight", highlight: hl });
    },
    remeasure: (choices) => {
      loader.remeasure(choices);
      // Every choice in force (the loader merges them), not only the one just changed.
      workspace.measured(loader.source()?.choices ?? choices);
    },
  };

  const empty = h("div", { className: "empty-state" }, "Open a coalition's CSV files (people.csv, organizations.csv, connections.csv, services.csv) or drop them here.");
  // 2–5. Loading data (the loader reports each data set shown).
  const loader = createLoader({
    store,
    client,
    map,
    onShown(ds: Dataset, sample: boolean, how) {
      empty.remove();
      topbar.datasetName.textContent =
        how === "workbook" && workspace.name() !== "" ? workspace.name() : sample ? "Sample coalition" : ds.files.length > 3 ? `${ds.files.length} files` : ds.files.join(", ");
      topbar.datasetName.title = ds.files.join(", ");
      legend.show();
      // The first view frames the network in the part of the map the toolbar and legend leave clear
      // (a workspace's workbook keeps the camera where it was: the workspace sets it).
      if (how !== "workbook") map.fit(false);
      reflect();
      workspace.shown(ds, sample, how);
    },
  });
  // The workspace kept on this computer (IndexedDB), its edits and their undo (workspace/).
  const workspace = createWorkspace({ ctx, loader, showSample: () => loader.load(sampleFiles(), false, undefined, true) });
  const editPanel = createEditPanel(ctx, workspace);
  const workspaceMenu = createWorkspaceMenu(workspace, () => editPanel.toggle(), () => editPanel.isOpen());
  cleanups.push(workspace.dispose, editPanel.dispose, workspaceMenu.dispose);
  const open = (files: FileList) => void loader.open(files);
  const topbar = createTopbar(ctx, open);
  // Rounds compared (app/compare.ts): the button after "Open CSV files…", the key and timeline on the map.
  const compare = createCompareControls({ store, client, dataset: () => loader.current(), source: () => loader.source() });
  ctx.compare = compare.open;
  topbar.element.querySelector("#open-files")?.after(compare.button);
  cleanups.push(compare.dispose);
  const toolbar = createToolbar(ctx, mapArea);
  const legend = createLegendView(ctx);
  const status = createStatusViews(ctx);
  const viewSwitch = createViewSwitch(ctx);
  const sidebar = createSidebar(ctx, PANELS);
  cleanups.push(topbar.dispose, toolbar.dispose, legend.dispose, status.dispose, viewSwitch.dispose, sidebar.dispose, enableFileDrop(mapArea, open));
  mapArea.append(toolbar.element, legend.element, viewSwitch.element, status.banner, status.progress, editPanel.element, compare.bar);
  topbar.element.querySelector("#open-files")?.after(workspaceMenu.element);
  replaceChildren(root, topbar.element, h("main", { className: "layout" }, mapArea, sidebar.element));

  // Reflect the state on the root element (tests and assistive checks read these).
  const reflect = () => {
    const s = store.state;
    const current = loader.current();
    // Ready: the analyses are shown and nothing runs in front of them (refining to exact runs behind).
    root.dataset.ready = String(current !== null && s.analyzed && (s.busy === null || s.busy.background === true));
    root.dataset.figures = s.figures ?? "";
    root.dataset.dataset = String(s.dataset ?? "");
    root.dataset.selected = s.selected ?? "";
    root.dataset.highlight = s.highlight ? s.highlight.nodes.join(" ") : "";
    root.dataset.highlightSource = s.highlight?.source ?? "";
    root.dataset.layout = s.layoutRunning ? "running" : "stopped";
    root.dataset.nodes = String(current?.graph.order ?? 0);
  };
  cleanups.push(store.subscribe(reflect));
  // Esc clears the highlight, else the selection (not while a dialog is open).
  cleanups.push(escapeClears(ctx));
  cleanups.push(installTestHandle({ store, map, dataset: () => loader.current(), exportAs: (k) => exportAs(ctx, k) }));

  // The last workspace kept on this computer reopens; else the bundled sample.
  const sample = sampleFiles();
  void workspace.restore().then((restored) => {
    if (restored) return;
    if (sample.length) loader.load(sample, false, undefined, true);
    else mapArea.appendChild(empty);
  });
  reflect();

  return () => {
    for (const c of cleanups.reverse()) c();
  };
}

const root = document.getElementById("app");
if (root) start(root);
