/** The map toolbar: search, size and colour choices, filters, layout pause/resume, zoom to fit. */
import type { AppContext } from "./context.js";
import { h, replaceChildren } from "./dom.js";
import { renderFilters } from "./filters.js";
import { createSearch } from "./search.js";
import { COLOR_MODES, SIZE_MEASURES, type ColorMode, type SizeMeasure } from "./state.js";

export function createToolbar(ctx: AppContext, mapArea: HTMLElement): HTMLElement {
  const { store } = ctx;
  const sizeSel = h("select", { id: "size-by", attrs: { "aria-label": "Node size" } }, ...SIZE_MEASURES.map((m) => h("option", { attrs: { value: m.id } }, m.label)));
  sizeSel.value = store.state.sizeBy;
  sizeSel.addEventListener("change", () => store.dispatch({ type: "sizeBy", measure: sizeSel.value as SizeMeasure }));
  const colorSel = h("select", { id: "color-by", attrs: { "aria-label": "Node colour" } }, ...COLOR_MODES.map((m) => h("option", { attrs: { value: m.id } }, m.label)));
  colorSel.value = store.state.colorBy;
  colorSel.addEventListener("change", () => store.dispatch({ type: "colorBy", mode: colorSel.value as ColorMode }));

  const layoutBtn = h("button", { type: "button", id: "layout-toggle", on: { click: () => ctx.map.toggleLayout() } }, "Resume layout");
  const fitBtn = h("button", { type: "button", id: "fit", title: "Zoom to fit", on: { click: () => ctx.map.fit() } }, "Fit");
  const filtersHost = h("div", {});
  const filtersBtn = h("button", { type: "button", id: "filters-toggle", attrs: { "aria-expanded": "false", "aria-controls": "filters-panel" } }, "Filters");
  let filtersOpen = false;
  const paintFilters = () => {
    replaceChildren(filtersHost, filtersOpen ? renderFilters(ctx, store.state) : null);
    filtersBtn.setAttribute("aria-expanded", String(filtersOpen));
    const n = Object.values(store.state.filters).reduce((acc: number, l: unknown[]) => acc + l.length, 0);
    filtersBtn.textContent = n > 0 ? `Filters (${n} hidden)` : "Filters";
  };
  filtersBtn.addEventListener("click", () => {
    filtersOpen = !filtersOpen;
    paintFilters();
  });
  filtersHost.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      filtersOpen = false;
      paintFilters();
      filtersBtn.focus();
    }
  });
  mapArea.appendChild(filtersHost);

  store.subscribe((s, prev) => {
    if (s.layoutRunning !== prev.layoutRunning) layoutBtn.textContent = s.layoutRunning ? "Pause layout" : "Resume layout";
    if (s.sizeBy !== prev.sizeBy) sizeSel.value = s.sizeBy;
    if (s.colorBy !== prev.colorBy) colorSel.value = s.colorBy;
    if (s.filters !== prev.filters || s.dataset !== prev.dataset) paintFilters();
  });

  return h(
    "div",
    { className: "toolbar", role: "toolbar", attrs: { "aria-label": "Map controls", "data-label-obstacle": "" } },
    h("div", { className: "group" }, createSearch(ctx)),
    h("div", { className: "group" }, h("label", { attrs: { for: "size-by" } }, "Size"), sizeSel),
    h("div", { className: "group" }, h("label", { attrs: { for: "color-by" } }, "Colour"), colorSel),
    h("span", { className: "spacer" }),
    h("div", { className: "group" }, filtersBtn, layoutBtn, fitBtn),
  );
}
