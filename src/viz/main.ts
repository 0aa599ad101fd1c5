/**
 * Coalition Map — the browser app. Numbered like sigma's CSV-to-map example:
 *  1. build the page shell (top bar, map area, side panel);
 *  2. start the analysis worker; import files there (the bundled sample by default);
 *  3. show the import report (for files the user opened) before the map changes;
 *  4. draw the network with Sigma and lay it out with ForceAtlas2 in its worker;
 *  5. fill the panels when the analyses arrive.
 * Nothing leaves the machine: files are read locally, exports are downloads.
 */
import "./styles.css";
import { AnalysisClient, type LoadEvent } from "./client.js";
import type { AppContext } from "./context.js";
import { createDataset, type Dataset } from "./dataset.js";
import { h, replaceChildren } from "./dom.js";
import { EXPORTS, exportAs, type ExportKind } from "./exports.js";
import { confirmImport, showImportError } from "./import-dialog.js";
import { renderLegend } from "./legend.js";
import { NetworkMap } from "./map.js";
import { sampleFiles, SAMPLE_NAME } from "./sample.js";
import { createSidebar } from "./sidebar.js";
import { Store, type Highlight } from "./state.js";
import type { FileRole } from "../graph/import-report.js";
import { createToolbar } from "./toolbar.js";
import { PANELS } from "./panels/index.js";

interface DebugHandle {
  store: Store;
  map: NetworkMap;
  dataset(): Dataset | null;
  exportAs(kind: ExportKind): Promise<string>;
  /** Milliseconds the last selection took in the page (state, map refresh, details panel). */
  lastSelectMs: number;
  /** Milliseconds the last hover took in the page (state, map refresh), and until the next frame. */
  lastHoverMs: number;
  lastHoverFrameMs: number;
}
declare global {
  interface Window {
    __coalitionMap?: DebugHandle;
  }
}

function start(root: HTMLElement): () => void {
  // 1. The shell.
  const store = new Store();
  const client = new AnalysisClient();
  const mapEl = h("div", { id: "map", attrs: { "aria-label": "Network map" } });
  const mapArea = h("section", { className: "map-area", attrs: { "aria-label": "Network map" } }, mapEl);
  let current: Dataset | null = null;
  const pendingAnalysis = new Map<number, LoadEvent & { type: "analysis" }>();

  const map = new NetworkMap(mapEl, store, {
    onSelect: (node) => ctx.select(node),
    onHover: (node) => {
      const t0 = performance.now();
      store.dispatch({ type: "hover", node });
      const handle = window.__coalitionMap;
      if (handle) {
        handle.lastHoverMs = performance.now() - t0;
        requestAnimationFrame(() => {
          handle.lastHoverFrameMs = performance.now() - t0;
        });
      }
    },
    onLayout: (running) => store.dispatch({ type: "layout", running }),
  });
  const ctx: AppContext = {
    store,
    map,
    client,
    dataset: () => current,
    select(node, focus = false) {
      const t0 = performance.now();
      store.dispatch({ type: "select", node });
      if (window.__coalitionMap) window.__coalitionMap.lastSelectMs = performance.now() - t0;
      if (node && focus) map.focusNodes([node]);
    },
    highlight(hl: Highlight | null) {
      store.dispatch({ type: "highlight", highlight: hl });
    },
  };

  const fileInput = h("input", { type: "file", id: "file-input", className: "visually-hidden", tabIndex: -1, attrs: { multiple: "", accept: ".csv,.tsv,.txt,text/csv", "aria-label": "Open CSV files", "aria-hidden": "true" } });
  const datasetName = h("span", { className: "dataset-name", id: "dataset-name" }, "");
  const exportList = h("div", { className: "menu-list", role: "menu", id: "export-menu" });
  exportList.hidden = true;
  const exportBtn = h("button", { type: "button", id: "export-toggle", attrs: { "aria-haspopup": "menu", "aria-expanded": "false" } }, "Export ▾");
  const closeMenu = () => {
    exportList.hidden = true;
    exportBtn.setAttribute("aria-expanded", "false");
  };
  for (const e of EXPORTS) {
    exportList.appendChild(
      h(
        "button",
        {
          type: "button",
          role: "menuitem",
          data: { export: e.kind },
          on: {
            click: () => {
              closeMenu();
              exportAs(ctx, e.kind).catch((err: unknown) => void showImportError(err instanceof Error ? err.message : String(err), true));
            },
          },
        },
        e.label,
      ),
    );
  }
  exportBtn.addEventListener("click", () => {
    exportList.hidden = !exportList.hidden;
    exportBtn.setAttribute("aria-expanded", String(!exportList.hidden));
    if (!exportList.hidden) (exportList.firstElementChild as HTMLElement | null)?.focus();
  });
  exportList.addEventListener("keydown", (e) => {
    const items = [...exportList.querySelectorAll<HTMLElement>("button")];
    const i = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === "Escape") {
      closeMenu();
      exportBtn.focus();
    } else if (e.key === "ArrowDown") items[(i + 1) % items.length]?.focus();
    else if (e.key === "ArrowUp") items[(i - 1 + items.length) % items.length]?.focus();
  });
  document.addEventListener("click", (e) => {
    if (!exportList.hidden && !(e.target instanceof Node && (exportList.contains(e.target) || exportBtn.contains(e.target)))) closeMenu();
  });

  const topbar = h(
    "header",
    { className: "topbar" },
    h("div", { className: "brand" }, h("span", { className: "brand-mark", attrs: { "aria-hidden": "true" } }), "Coalition Map"),
    datasetName,
    h("span", { className: "spacer" }),
    h("span", { className: "privacy" }, "Your files stay on this computer."),
    fileInput,
    h("button", { type: "button", id: "open-files", on: { click: () => fileInput.click() } }, "Open CSV files…"),
    h("div", { className: "menu" }, exportBtn, exportList),
  );

  const legend = h("div", { className: "legend", id: "legend", attrs: { "aria-label": "Legend", "data-label-obstacle": "" } });
  // A new window size (or the legend folded/unfolded): frame it again, unless the user moved the map.
  let refitFrame = 0;
  const refit = () => {
    cancelAnimationFrame(refitFrame);
    refitFrame = requestAnimationFrame(() => map.refitIfUntouched());
  };
  window.addEventListener("resize", refit);
  legend.addEventListener("toggle", refit, true);
  const banner = h("div", { className: "banner", id: "banner", role: "status", attrs: { "data-label-obstacle": "" } });
  banner.hidden = true;
  const progress = h("div", { className: "progress", id: "progress", role: "status", attrs: { "aria-live": "polite" } });
  progress.hidden = true;
  const empty = h("div", { className: "empty-state" }, "Open a coalition's CSV files (people.csv, organizations.csv, connections.csv, services.csv) or drop them here.");
  mapArea.append(createToolbar(ctx, mapArea), legend, banner, progress);
  const sidebar = createSidebar(ctx, PANELS);
  replaceChildren(root, topbar, h("main", { className: "layout" }, mapArea, sidebar));

  // Reflect the state on the root element (tests and assistive checks read these).
  const reflect = () => {
    const s = store.state;
    root.dataset.ready = String(current !== null && s.analyzed && s.busy === null);
    root.dataset.dataset = String(s.dataset ?? "");
    root.dataset.selected = s.selected ?? "";
    root.dataset.highlight = s.highlight ? s.highlight.nodes.join(" ") : "";
    root.dataset.highlightSource = s.highlight?.source ?? "";
    root.dataset.layout = s.layoutRunning ? "running" : "stopped";
    root.dataset.nodes = String(current?.graph.order ?? 0);
  };
  store.subscribe((s, prev) => {
    if (s.colorBy !== prev.colorBy || s.sizeBy !== prev.sizeBy || s.dataset !== prev.dataset || s.analyzed !== prev.analyzed || s.filters !== prev.filters) {
      renderLegend(legend, map.getAppearance(), s);
      refit();
    }
    if (s.highlight !== prev.highlight) {
      banner.hidden = s.highlight === null;
      if (s.highlight)
        replaceChildren(
          banner,
          h(
            "span",
            {},
            s.highlight.label,
            ...(s.highlight.groups ?? []).map((grp) => {
              const swatch = h("span", { className: "swatch" });
              swatch.style.background = grp.color;
              return h("span", { className: "banner-group" }, swatch, grp.name);
            }),
          ),
          h("button", { type: "button", id: "clear-highlight", on: { click: () => ctx.highlight(null) } }, "Clear"),
        );
    }
    if (s.busy !== prev.busy) {
      progress.hidden = s.busy === null;
      if (s.busy) {
        progress.classList.toggle("indeterminate", s.busy.fraction <= 0);
        const bar = h("div", {});
        bar.style.width = `${Math.round(s.busy.fraction * 100)}%`;
        replaceChildren(progress, h("span", {}, s.busy.stage), h("div", { className: "bar" }, bar));
      }
    }
    reflect();
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !document.querySelector("dialog[open]")) {
      if (store.state.highlight) ctx.highlight(null);
      else if (store.state.selected) ctx.select(null);
    }
  });

  // 2–5. Loading data.
  const apply = (ds: Dataset) => {
    current = ds;
    client.commit(ds.id);
    empty.remove();
    map.setDataset(ds);
    store.dispatch({ type: "dataset", id: ds.id });
    datasetName.textContent = sampleIds.has(ds.id) ? "Sample coalition" : ds.files.length > 3 ? `${ds.files.length} files` : ds.files.join(", ");
    datasetName.title = ds.files.join(", ");
    const analysis = pendingAnalysis.get(ds.id);
    pendingAnalysis.clear();
    if (analysis) attachAnalysis(ds, analysis);
    renderLegend(legend, map.getAppearance(), store.state);
    // The first view frames the network in the part of the map the toolbar and legend leave clear.
    map.fit(false);
    reflect();
  };
  const attachAnalysis = (ds: Dataset, ev: LoadEvent & { type: "analysis" }) => {
    ds.analysis = ev.analysis;
    map.analysisArrived();
    store.dispatch({ type: "busy", busy: null });
    store.dispatch({ type: "analyzed" });
  };

  /** Data sets opened from the bundled sample (named "Sample coalition" in the top bar). */
  const sampleIds = new Set<number>();
  const load = (files: { name: string; bytes: Uint8Array }[], interactive: boolean, roles?: Record<string, FileRole>, isSample = false) => {
    const names = files.map((f) => f.name);
    store.dispatch({ type: "busy", busy: { stage: "Importing…", fraction: 0.02 } });
    let loaded: Dataset | null = null;
    const id = client.load(files, (ev) => {
      switch (ev.type) {
        case "progress":
          if (current === null || current.id === ev.id || loaded !== null) store.dispatch({ type: "busy", busy: { stage: ev.stage, fraction: ev.fraction } });
          break;
        case "imported": {
          const ds = createDataset(ev.id, names, ev.graph, ev.importReport, ev.communities, ev.groups, ev.positions);
          if (isSample) sampleIds.add(ds.id);
          loaded = ds;
          if (!interactive) {
            apply(ds);
            break;
          }
          void confirmImport(names, ev.importReport, ds.graph.order, ds.graph.size).then((ok) => {
            if (ok) apply(ds);
            else {
              client.discard(ds.id);
              pendingAnalysis.delete(ds.id);
              if (current?.analysis || !current) store.dispatch({ type: "busy", busy: null });
            }
          });
          break;
        }
        case "analysis":
          if (current && current.id === ev.id) attachAnalysis(current, ev);
          else pendingAnalysis.set(ev.id, ev);
          break;
        case "error":
          store.dispatch({ type: "busy", busy: null });
          if (loaded === null)
            // The import failed; when a file's role could not be told, the dialog asks and we try again.
            void showImportError(ev.message, current !== null, ev.unknownRoles ?? []).then((chosen) => {
              if (chosen) load(files, interactive, { ...roles, ...chosen });
            });
          else void showImportError(ev.message, true);
          break;
      }
    }, roles);
    void id;
  };

  const readFiles = async (list: FileList | File[]) => {
    const files = await Promise.all([...list].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    if (files.length) load(files, true);
  };
  fileInput.addEventListener("change", () => {
    if (fileInput.files) void readFiles(fileInput.files);
    fileInput.value = "";
  });

  // Drag and drop anywhere on the page.
  const dropHint = h("div", { className: "drop-hint" }, "Drop CSV files to open them (nothing is uploaded)");
  let dragDepth = 0;
  window.addEventListener("dragenter", (e) => {
    if (!e.dataTransfer?.types.includes("Files")) return;
    dragDepth++;
    if (!dropHint.isConnected) mapArea.appendChild(dropHint);
  });
  window.addEventListener("dragleave", () => {
    dragDepth = Math.max(0, dragDepth - 1);
    if (dragDepth === 0) dropHint.remove();
  });
  window.addEventListener("dragover", (e) => e.preventDefault());
  window.addEventListener("drop", (e) => {
    e.preventDefault();
    dragDepth = 0;
    dropHint.remove();
    if (e.dataTransfer?.files.length) void readFiles(e.dataTransfer.files);
  });

  // The test handle exists only when the page is opened as `/?e2e` (the browser tests do).
  if (new URLSearchParams(window.location.search).has("e2e"))
    window.__coalitionMap = { store, map, dataset: () => current, exportAs: (k) => exportAs(ctx, k), lastSelectMs: 0, lastHoverMs: 0, lastHoverFrameMs: 0 };

  const sample = sampleFiles();
  if (sample.length) load(sample, false, undefined, true);
  else {
    mapArea.appendChild(empty);
    datasetName.textContent = "";
  }
  void SAMPLE_NAME;
  reflect();

  return () => {
    map.dispose();
    client.dispose();
  };
}

const root = document.getElementById("app");
if (root) start(root);
