/** Whether two screen boxes overlap, counting the gap kept between labels. */
import type { Box } from "./types.js";

/** Gap kept between two labels, in pixels (at the screen's label size). */
export const LABEL_GAP = 3;

/** Whether boxes `a` and `b` come closer than `gap` pixels to each other. */
export function overlaps(a: Box, b: Box, gap = LABEL_GAP): boolean {
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
}
