/**
 * The legend overlay on the map, redrawn when the colours, sizes, filters or data change, and the
 * re-framing that follows: a new window size, or the legend folded/unfolded, frames the network
 * again unless the user moved the map. While the edit panel is open the legend's default is
 * decided by the room left beside the panel. The legend starts folded on a small map area (legend.ts). Returns the element, `show` (after a data set is shown)
 * and the cleanup.
 */
import type { AppContext } from "../context.js";
import { h } from "../dom.js";
import type { Appearance } from "../appearance.js";
import { applyLegendOpen, legendRoomChanged, MAP_COVER_CHANGED, renderLegend } from "../legend.js";
import type { State } from "../state.js";
import { listen } from "../listen.js";

export interface LegendView {
  element: HTMLElement;
  /** Draw the legend for the data set just shown. */
  show(): void;
  dispose(): void;
}

export function createLegendView(ctx: AppContext): LegendView {
  const { store, map } = ctx;
  const element = h("div", { className: "legend", id: "legend", attrs: { "aria-label": "Legend", "data-label-obstacle": "" } });
  let frame = 0;
  // What the legend was last drawn from: the same appearance, colours and filters draw the same
  // legend (the data set's dispatch follows its `show`), so it is not drawn or the map framed again.
  let drawn: { app: Appearance | null; colorBy: State["colorBy"]; filters: State["filters"] } | null = null;
  const draw = (s: State): boolean => {
    const app = map.getAppearance();
    if (drawn && drawn.app === app && drawn.colorBy === s.colorBy && drawn.filters === s.filters) return false;
    renderLegend(element, app, s);
    drawn = { app, colorBy: s.colorBy, filters: s.filters };
    return true;
  };
  const refit = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => map.refitIfUntouched());
  };
  const cleanups = [
    // A smaller or bigger window: the legend folds or unfolds (unless the user chose), then re-frame.
    listen(window, "resize", () => {
      legendRoomChanged(element);
      applyLegendOpen(element);
      refit();
    }),
    listen(element, "toggle", refit, true),
    // The edit panel opened or closed: the room beside it decides the fold (unless the user chose).
    listen(document, MAP_COVER_CHANGED, () => {
      legendRoomChanged(element);
      applyLegendOpen(element);
    }),
    store.subscribe((s, prev) => {
      if (s.colorBy !== prev.colorBy || s.sizeBy !== prev.sizeBy || s.dataset !== prev.dataset || s.analyzed !== prev.analyzed || s.filters !== prev.filters) {
        if (draw(s)) refit();
      }
    }),
    () => cancelAnimationFrame(frame),
  ];
  return {
    element,
    show: () => {
      draw(store.state);
    },
    dispose() {
      for (const c of cleanups) c();
    },
  };
}
