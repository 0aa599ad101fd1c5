/** The filter popover: hide kinds, sectors, statuses, communities and tie types (checkboxes). */
import type { AppContext } from "./context.js";
import { h } from "./dom.js";
import type { Filters, State } from "./state.js";

export function renderFilters(ctx: AppContext, state: State): HTMLElement {
  const ds = ctx.dataset();
  const box = h("div", { className: "filters-panel", id: "filters-panel", role: "group", attrs: { "aria-label": "Filters" } });
  if (!ds) return box;
  const group = (title: string, key: keyof Filters, items: { value: string | number; label: string }[]) =>
    h(
      "fieldset",
      {},
      h("legend", {}, title),
      ...items.map((it) => {
        const cb = h("input", { type: "checkbox", data: { filter: key, value: String(it.value) } });
        cb.checked = !(state.filters[key] as (string | number)[]).includes(it.value);
        cb.addEventListener("change", () => ctx.store.dispatch({ type: "toggleFilter", key, value: it.value }));
        return h("label", {}, cb, it.label);
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
    h("button", { type: "button", on: { click: () => ctx.store.dispatch({ type: "clearFilters" }) } }, "Show everything"),
  );
  return box;
}
