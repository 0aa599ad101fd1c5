/**
 * The panels floating over the map (toolbar, legend, banner — marked `data-label-obstacle`), as
 * screen boxes in the map's viewport pixels: labels other than the must-show ones are not placed
 * under them, and Fit frames the network in the area they leave clear.
 */
import type { Box } from "./types.js";

/** Boxes of the visible overlays marked `data-label-obstacle` in the map's parent. */
export function overlayBoxes(container: HTMLElement): Box[] {
  const area = container.parentElement;
  if (!area) return [];
  const origin = container.getBoundingClientRect();
  const out: Box[] = [];
  area.querySelectorAll<HTMLElement>("[data-label-obstacle]").forEach((el) => {
    if (el.hidden) return;
    const b = el.getBoundingClientRect();
    if (b.width === 0 || b.height === 0) return;
    out.push({ x0: b.left - origin.left, y0: b.top - origin.top, x1: b.right - origin.left, y1: b.bottom - origin.top });
  });
  return out;
}

/**
 * The part of the map (`width` × `height`) not covered by the floating toolbar (top) and the
 * highlight banner under it (when shown), the view switch (bottom), the legend (left: its body
 * when open, its button when folded) and the edit panel (right, when open), in viewport pixels:
 * where Fit and a focus put the nodes.
 */
export function clearArea(container: HTMLElement, width: number, height: number): Box {
  const area = { x0: 0, y0: 0, x1: width, y1: height };
  const parent = container.parentElement;
  if (!parent) return area;
  const origin = container.getBoundingClientRect();
  const toolbar = parent.querySelector<HTMLElement>('[role="toolbar"]');
  if (toolbar) {
    // The toolbar's own box spans the width; its bottom is that of its lowest group.
    let bottom = 0;
    for (const g of toolbar.children) {
      const b = g.getBoundingClientRect();
      if (b.height > 0) bottom = Math.max(bottom, b.bottom - origin.top);
    }
    area.y0 = Math.max(area.y0, bottom);
  }
  // The banner naming what is highlighted sits under the toolbar: below it too.
  const banner = parent.querySelector<HTMLElement>("#banner");
  if (banner && !banner.hidden) {
    const b = banner.getBoundingClientRect();
    if (b.height > 0) area.y0 = Math.max(area.y0, b.bottom - origin.top);
  }
  // The view switch (bottom right) keeps the bottom of the map clear.
  const views = parent.querySelector<HTMLElement>("#view-switch");
  if (views && !views.hidden) {
    const b = views.getBoundingClientRect();
    if (b.height > 0) area.y1 = Math.min(area.y1, b.top - origin.top);
  }
  // The edit panel, while open, keeps the right side clear (the map is framed left of it).
  const edit = parent.querySelector<HTMLElement>("#edit-panel");
  if (edit && !edit.hidden) {
    const b = edit.getBoundingClientRect();
    if (b.width > 0) area.x1 = Math.min(area.x1, b.left - origin.left);
  }
  const legend = parent.querySelector<HTMLElement>("#legend");
  // Open or folded to its button, the legend keeps a strip on the left clear.
  if (legend && !legend.hidden) {
    const b = legend.getBoundingClientRect();
    if (b.width > 0) area.x0 = Math.max(area.x0, b.right - origin.left);
  }
  return area;
}
