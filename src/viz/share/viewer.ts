/**
 * The read-only map: what a shared file runs (its single-file build, vite.config.ts beside this
 * file). It reads the data the file carries (share-data.ts) and shows the same map and panels as
 * the app — search, filters, the power grid, every analysis, asks answered by its own worker —
 * with no way to import, change or save a workspace. Nothing is requested from anywhere: the
 * page's policy allows no connection at all. Numbered like the app's main.ts:
 *  1. read the data (a file with no readable data says so, in words);
 *  2. the shell: top bar (title, "read-only", redacted or named, Export: picture, outreach plan,
 *     printable brief), the map with its toolbar, legend, view switch and status, the panels;
 *  3. show the data set with its analysis, framed.
 * `start` returns the cleanup of everything it started.
 */
import { escapeClears } from "../app/escape-clears.js";
import "../styles.css";
import "./share.css";
import { createExportMenu } from "../app/export-menu.js";
import { createLegendView } from "../app/legend-view.js";
import { createStatusViews } from "../app/status.js";
import { installTestHandle } from "../app/test-handle.js";
import { createViewSwitch } from "../app/view-switch.js";
import type { AppContext } from "../context.js";
import { attachAnalysis, createDataset, displayGraph } from "../dataset.js";
import { h, replaceChildren } from "../dom.js";
import { exportAs } from "../exports.js";
import { NetworkMap } from "../map.js";
import { PANELS } from "../panels/index.js";
import { createSidebar } from "../sidebar.js";
import { Store } from "../state.js";
import { createToolbar } from "../toolbar.js";
import { showBrief } from "./brief-view.js";
import { DATA_ELEMENT_ID, parseSharedMap, type SharedMap } from "./share-data.js";
import { ViewerAsks } from "./viewer-asks.js";

function readData(): SharedMap {
  const el = document.getElementById(DATA_ELEMENT_ID);
  const text = el?.textContent ?? "";
  if (text.trim() === "") throw new Error("This file holds no map: it is the empty viewer. Make a read-only map from Coalition Map (Export → Share a read-only map…, or npm run analyze -- … --share FILE).");
  return parseSharedMap(text);
}

function start(root: HTMLElement, data: SharedMap): () => void {
  const cleanups: (() => void)[] = [];
  const store = new Store();
  const asks = new ViewerAsks(data.graph, data.communities);
  cleanups.push(() => asks.dispose());
  const mapEl = h("div", { id: "map", attrs: { "aria-label": "Network map" } });
  const mapArea = h("section", { className: "map-area", attrs: { "aria-label": "Network map" } }, mapEl);
  const map = new NetworkMap(mapEl, store, {
    onSelect: (node) => ctx.select(node),
    onHover: (node) => store.dispatch({ type: "hover", node }),
    onLayout: (running) => store.dispatch({ type: "layout", running }),
  });
  cleanups.push(() => map.dispose());
  const ds = createDataset(1, data.files, displayGraph(data.graph, data.positions), data.importReport, data.communities, data.groups);
  // The colours of the map it was shared from (else by size rank).
  if (data.communitySlots) ds.communitySlots = new Map(data.communitySlots);
  const ctx: AppContext = {
    store,
    map,
    client: asks,
    dataset: () => ds,
    select(node, focus = false) {
      store.dispatch({ type: "select", node });
      if (node && focus) map.focusNodes([node]);
    },
    highlight(hl) {
      store.dispatch({ type: "highlight", highlight: hl });
    },
    // A read-only map is measured once, when it was made.
    remeasure: () => undefined,
    readOnly: true,
  };

  const menu = createExportMenu(ctx, {
    kinds: ["png", "csv"],
    actions: [
      {
        id: "print-brief",
        label: "Print a brief…",
        separated: true,
        run: () => showBrief({ title: data.title, named: data.redacted ? null : data.analysis.report, redacted: data.redacted ? async () => data.analysis.report : null, alreadyRedacted: data.redacted }),
      },
    ],
  });
  const badge = h(
    "span",
    { className: `read-only-badge${data.redacted ? "" : " named"}`, id: "read-only-badge", title: data.redacted ? "People are pseudonyms; contacts and notes removed" : "People are named in this file" },
    data.redacted ? "Read-only · names replaced by pseudonyms" : "Read-only · WITH NAMES — do not pass on",
  );
  const topbar = h(
    "header",
    { className: "topbar" },
    h("div", { className: "brand" }, h("span", { className: "brand-mark", attrs: { "aria-hidden": "true" } }), "Coalition Map"),
    h("span", { className: "dataset-name", id: "dataset-name", title: data.title }, data.title),
    badge,
    h("span", { className: "spacer" }),
    h("span", { className: "privacy" }, "Nothing here is sent anywhere."),
    menu.element,
  );
  const toolbar = createToolbar(ctx, mapArea);
  const legend = createLegendView(ctx);
  const status = createStatusViews(ctx);
  const viewSwitch = createViewSwitch(ctx);
  const sidebar = createSidebar(ctx, PANELS);
  cleanups.push(menu.dispose, toolbar.dispose, legend.dispose, status.dispose, viewSwitch.dispose, sidebar.dispose);
  mapArea.append(toolbar.element, legend.element, viewSwitch.element, status.banner, status.progress);
  replaceChildren(root, topbar, h("main", { className: "layout" }, mapArea, sidebar.element));
  root.dataset.readOnly = data.redacted ? "redacted" : "names";

  const reflect = () => {
    const s = store.state;
    root.dataset.ready = String(s.analyzed && s.busy === null);
    root.dataset.dataset = String(s.dataset ?? "");
    root.dataset.selected = s.selected ?? "";
    root.dataset.highlight = s.highlight ? s.highlight.nodes.join(" ") : "";
    root.dataset.highlightSource = s.highlight?.source ?? "";
    root.dataset.layout = s.layoutRunning ? "running" : "stopped";
    root.dataset.nodes = String(ds.graph.order);
  };
  cleanups.push(store.subscribe(reflect));
  // Esc clears the highlight, else the selection (not while a dialog is open).
  cleanups.push(escapeClears(ctx));
  cleanups.push(installTestHandle({ store, map, dataset: () => ds, exportAs: (k) => exportAs(ctx, k) }));

  // 3. The data set, with its analysis already made.
  map.setDataset(ds);
  store.dispatch({ type: "dataset", id: ds.id });
  attachAnalysis(ds, data.analysis);
  map.analysisArrived();
  store.dispatch({ type: "analyzed" });
  legend.show();
  map.fit(false);
  reflect();
  return () => {
    for (const c of cleanups.reverse()) c();
  };
}

const root = document.getElementById("app");
if (root) {
  try {
    start(root, readData());
  } catch (err) {
    replaceChildren(root, h("div", { className: "error-box viewer-error", role: "alert" }, err instanceof Error ? err.message : String(err)));
    root.dataset.ready = "error";
  }
}
