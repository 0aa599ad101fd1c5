/**
 * The legend overlay on the map, redrawn when the colours, sizes, filters or data change, and the
 * re-framing that follows: a new window size, or the legend folded/unfolded, frames the network
 * again unless the user moved the map. While the edit panel is open the legend's default is
 * decided by the room left beside the panel. The legend starts folded on a small map area (legend.ts). Returns the element, `show` (after a data set is shown)
 * and the cleanup.
 */
import type { AppContext } from "../context.js";
import { h } from "../dom.js";
import { applyLegendOpen, MAP_COVER_CHANGED, renderLegend } from "../legend.js";
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
  const refit = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => map.refitIfUntouched());
  };
  const cleanups = [
    // A smaller or bigger window: the legend folds or unfolds (unless the user chose), then re-frame.
    listen(window, "resize", () => {
      applyLegendOpen(element);
      refit();
    }),
    listen(element, "toggle", refit, true),
    // The edit panel opened or closed: the room beside it decides the fold (unless the user chose).
    listen(document, MAP_COVER_CHANGED, () => applyLegendOpen(element)),
    store.subscribe((s, prev) => {
      if (s.colorBy !== prev.colorBy || s.sizeBy !== prev.sizeBy || s.dataset !== prev.dataset || s.analyzed !== prev.analyzed || s.filters !== prev.filters) {
        renderLegend(element, map.getAppearance(), s);
        refit();
      }
    }),
    () => cancelAnimationFrame(frame),
  ];
  return {
    element,
    show: () => renderLegend(element, map.getAppearance(), store.state),
    dispose() {
      for (const c of cleanups) c();
    },
  };
}
