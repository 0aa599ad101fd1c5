/**
 * The toolbar's Filters button and its panel: the panel floats in the map area just below its
 * button (never over it, whatever the toolbar's wrapping), fits the map's height (it scrolls
 * inside), and closes on Esc or a click elsewhere. The button says how many values are hidden
 * (its width does not change with the count: styles.css). Its panel follows it in the Tab order.
 * Returns the button and the cleanup of its listeners and Store subscription.
 */
import type { AppContext } from "./context.js";
import { h } from "./dom.js";
import { renderFilters, syncFilters } from "./filters.js";
import { listen } from "./listen.js";

export function createFiltersToggle(ctx: AppContext, mapArea: HTMLElement): { button: HTMLElement; dispose: () => void } {
  const { store } = ctx;
  const filtersBtn = h("button", { type: "button", id: "filters-toggle", attrs: { "aria-expanded": "false", "aria-controls": "filters-panel" } }, "Filters");
  let panel: HTMLElement | null = null;
  let panelDataset: number | null = null;
  const place = () => {
    if (!panel) return;
    const area = mapArea.getBoundingClientRect();
    // The panel sits in the toolbar (right after its button, for the Tab order): positioned in
    // the toolbar's box, placed by the map area's.
    const origin = (panel.offsetParent ?? mapArea).getBoundingClientRect();
    const btn = filtersBtn.getBoundingClientRect();
    const top = Math.max(0, btn.bottom - area.top + 6);
    const width = Math.min(330, area.width - 20);
    const left = Math.max(10, Math.min(btn.right - area.left - width, area.width - width - 10));
    panel.style.width = `${width}px`;
    panel.style.top = `${top - (origin.top - area.top)}px`;
    panel.style.left = `${left - (origin.left - area.left)}px`;
    panel.style.maxHeight = `${Math.max(120, area.height - top - 10)}px`;
  };
  const paintFilters = () => {
    const s = store.state;
    const n = Object.values(s.filters).reduce((acc: number, l: unknown[]) => acc + l.length, 0);
    filtersBtn.textContent = n > 0 ? `Filters (${n} hidden)` : "Filters";
    filtersBtn.setAttribute("aria-expanded", String(panel !== null));
    if (!panel) return;
    if (panelDataset !== s.dataset) {
      const fresh = renderFilters(ctx, s);
      panel.replaceWith(fresh);
      panel = fresh;
      panelDataset = s.dataset;
    } else syncFilters(panel, s);
    // The button's text may have re-wrapped the toolbar: follow it.
    place();
  };
  const openFilters = () => {
    if (panel) return;
    panel = renderFilters(ctx, store.state);
    panelDataset = store.state.dataset;
    // Right after the button: Tab goes from it straight to the checkboxes (not through the layout
    // button, where a Space would start the layout).
    filtersBtn.after(panel);
    paintFilters();
  };
  const closeFilters = (refocus: boolean) => {
    if (!panel) return;
    const hadFocus = panel.contains(document.activeElement);
    panel.remove();
    panel = null;
    paintFilters();
    if (refocus || hadFocus) filtersBtn.focus();
  };
  filtersBtn.addEventListener("click", () => (panel ? closeFilters(false) : openFilters()));
  const cleanups = [
    // Esc anywhere closes it (before the page's own Esc, which clears the highlight or selection).
    listen(document, "keydown", (e) => {
      if (e.key !== "Escape" || !panel || document.querySelector("dialog[open]")) return;
      const focusInside = panel.contains(document.activeElement);
      closeFilters(focusInside || document.activeElement === document.body);
      e.stopImmediatePropagation();
    }),
    // A press outside the panel and its button closes it (capture: before anything re-renders).
    listen(
      document,
      "pointerdown",
      (e) => {
        if (!panel || !(e.target instanceof Node)) return;
        if (panel.contains(e.target) || filtersBtn.contains(e.target)) return;
        closeFilters(false);
      },
      true,
    ),
    listen(window, "resize", place),
    store.subscribe((s, prev) => {
      if (s.filters !== prev.filters || s.dataset !== prev.dataset) paintFilters();
    }),
  ];

  return {
    button: filtersBtn,
    dispose() {
      for (const c of cleanups) c();
      panel?.remove();
    },
  };
}
