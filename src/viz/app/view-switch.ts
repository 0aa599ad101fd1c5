/**
 * The map's view switch, in the map's bottom-right corner: the network as laid out, or the power
 * grid (everyone outside the core by where they stand, across, and how much power they hold, up;
 * map/grid-mode.ts). Both buttons say which is on (`aria-pressed`); the grid waits for the
 * analyses and for a data set that supports the power map. Returns the element and its cleanup.
 */
import type { AppContext } from "../context.js";
import { h } from "../dom.js";
import type { State } from "../state.js";

export function createViewSwitch(ctx: AppContext): { element: HTMLElement; dispose: () => void } {
  const { store } = ctx;
  const choose = (on: boolean) => store.dispatch({ type: "powerGrid", on });
  const network = h("button", { type: "button", id: "network-view", title: "The network as laid out", on: { click: () => choose(false) } }, "Network");
  const grid = h(
    "button",
    { type: "button", id: "power-grid-toggle", title: "Show as power grid: across, opposed … champion; up, less … more power", on: { click: () => choose(!store.state.powerGrid) } },
    "Power grid",
  );
  const paint = (s: State) => {
    const available = s.analyzed && ctx.dataset()?.analysis?.report.availability.find((a) => a.section === "powerMap")?.available !== false;
    grid.disabled = !available;
    grid.setAttribute("aria-pressed", String(s.powerGrid));
    network.setAttribute("aria-pressed", String(!s.powerGrid));
  };
  paint(store.state);
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.analyzed !== prev.analyzed || s.powerGrid !== prev.powerGrid || s.dataset !== prev.dataset) paint(s);
  });
  const element = h("div", { className: "view-switch", id: "view-switch", role: "group", attrs: { "aria-label": "Map view", "data-label-obstacle": "" } }, network, grid);
  return { element, dispose: unsubscribe };
}
