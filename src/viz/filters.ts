/**
 * The filter popover: hide kinds, sectors, statuses, communities and tie types (checkboxes).
 * Built once per data set; `syncFilters` updates the ticks in place, so a checkbox keeps the
 * keyboard focus when it is ticked.
 */
import type { AppContext } from "./context.js";
import { h } from "./dom.js";
import type { Filters, State } from "./state.js";

/** A stable element id for one filter checkbox. */
function checkboxId(key: keyof Filters, index: number): string {
  return `filter-${key}-${index}`;
}

export function renderFilters(ctx: AppContext, state: State): HTMLElement {
  const ds = ctx.dataset();
  const box = h("div", { className: "filters-panel", id: "filters-panel", role: "group", attrs: { "aria-label": "Filters" } });
  if (!ds) return box;
  const group = (title: string, key: keyof Filters, items: { value: string | number; label: string }[]) =>
    h(
      "fieldset",
      {},
      h("legend", {}, title),
      ...items.map((it, i) => {
        const cb = h("input", { type: "checkbox", id: checkboxId(key, i), data: { filter: key, value: String(it.value) } });
        cb.addEventListener("change", () => ctx.store.dispatch({ type: "toggleFilter", key, value: it.value }));
        // A long sector or tie type name is cut on one line (.cut), whole on hover.
        return h("label", { title: it.label }, cb, h("span", { className: "cut" }, it.label));
      }),
    );
  box.append(
    group("Kind", "kinds", [
      { value: "person", label: "People" },
      { value: "organization", label: "Organizations" },
    ]),
    group("Status", "statuses", [
      { value: "core", label: "Core" },
      { value: "member", label: "Member" },
      { value: "prospect", label: "Prospect" },
      { value: "none", label: "Outside" },
    ]),
    group("Tie type", "tieTypes", ds.tieTypes.map((t) => ({ value: t, label: t.replace(/_/g, " ") }))),
    group("Sector", "sectors", ds.sectors.slice(0, 30).map((s) => ({ value: s.name, label: `${s.name} (${s.count})` }))),
    group(
      "Community",
      "communities",
      ds.communities.communities.slice(0, 30).map((c) => ({ value: c.id, label: `${c.label} (${c.size})` })),
    ),
    h("button", { type: "button", id: "filters-clear", on: { click: () => ctx.store.dispatch({ type: "clearFilters" }) } }, "Show everything"),
  );
  syncFilters(box, state);
  return box;
}

/** Tick the boxes of what is shown, untick what the filters hide (in place: focus stays put). */
export function syncFilters(box: HTMLElement, state: State): void {
  box.querySelectorAll<HTMLInputElement>("input[data-filter]").forEach((cb) => {
    const key = cb.dataset.filter as keyof Filters;
    const hidden = (state.filters[key] as (string | number)[]).map(String);
    cb.checked = !hidden.includes(cb.dataset.value ?? "");
  });
}
