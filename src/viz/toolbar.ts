/**
 * The map toolbar: search, size and colour choices, filters, layout pause/resume, zoom to fit.
 * Returns its element and the cleanup of its listeners and Store subscriptions.
 */
import type { AppContext } from "./context.js";
import { h } from "./dom.js";
import { createFiltersToggle } from "./toolbar-filters.js";
import { createSearch } from "./search.js";
import { COLOR_MODES, SIZE_MEASURES, type ColorMode, type SizeMeasure } from "./state.js";
import "./toolbar.css";

/**
 * Keep `--toolbar-bottom` on the map area: where the toolbar's lowest row ends (map-area pixels),
 * however it wraps — the highlight banner sits just below it, never under a wrapped row.
 * Returns the cleanup.
 */
function followToolbarBottom(toolbar: HTMLElement, mapArea: HTMLElement): () => void {
  const update = () => {
    const origin = mapArea.getBoundingClientRect();
    let bottom = 0;
    for (const g of toolbar.children) {
      const b = g.getBoundingClientRect();
      if (b.height > 0) bottom = Math.max(bottom, b.bottom - origin.top);
    }
    if (bottom > 0) mapArea.style.setProperty("--toolbar-bottom", `${Math.round(bottom)}px`);
  };
  const observer = new ResizeObserver(update);
  observer.observe(toolbar);
  observer.observe(mapArea);
  return () => observer.disconnect();
}

export function createToolbar(ctx: AppContext, mapArea: HTMLElement): { element: HTMLElement; dispose: () => void } {
  const { store } = ctx;
  const sizeSel = h("select", { id: "size-by", attrs: { "aria-label": "Node size" } }, ...SIZE_MEASURES.map((m) => h("option", { attrs: { value: m.id } }, m.label)));
  sizeSel.value = store.state.sizeBy;
  sizeSel.addEventListener("change", () => store.dispatch({ type: "sizeBy", measure: sizeSel.value as SizeMeasure }));
  const colorSel = h("select", { id: "color-by", attrs: { "aria-label": "Node colour" } }, ...COLOR_MODES.map((m) => h("option", { attrs: { value: m.id } }, m.label)));
  colorSel.value = store.state.colorBy;
  colorSel.addEventListener("change", () => store.dispatch({ type: "colorBy", mode: colorSel.value as ColorMode }));

  const layoutBtn = h("button", { type: "button", id: "layout-toggle", on: { click: () => ctx.map.toggleLayout() } }, "Resume layout");
  const fitBtn = h("button", { type: "button", id: "fit", title: "Zoom to fit", on: { click: () => ctx.map.fit() } }, "Fit");
  // The live layout moves the network's positions: not while the power grid is shown.
  layoutBtn.disabled = store.state.powerGrid;
  const filters = createFiltersToggle(ctx, mapArea);
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.layoutRunning !== prev.layoutRunning) layoutBtn.textContent = s.layoutRunning ? "Pause layout" : "Resume layout";
    if (s.sizeBy !== prev.sizeBy) sizeSel.value = s.sizeBy;
    if (s.colorBy !== prev.colorBy) colorSel.value = s.colorBy;
    if (s.powerGrid !== prev.powerGrid) layoutBtn.disabled = s.powerGrid;
  });

  const element = h(
    "div",
    { className: "toolbar", role: "toolbar", attrs: { "aria-label": "Map controls", "data-label-obstacle": "" } },
    h("div", { className: "group" }, createSearch(ctx)),
    h("div", { className: "group" }, h("label", { attrs: { for: "size-by" } }, "Size"), sizeSel),
    h("div", { className: "group" }, h("label", { attrs: { for: "color-by" } }, "Colour"), colorSel),
    h("span", { className: "spacer" }),
    h("div", { className: "group" }, filters.button, layoutBtn, fitBtn),
  );
  const stopFollowing = followToolbarBottom(element, mapArea);
  return {
    element,
    dispose() {
      unsubscribe();
      filters.dispose();
      stopFollowing();
    },
  };
}
