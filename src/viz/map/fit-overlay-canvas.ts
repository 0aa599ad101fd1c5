import type { Renderer } from "./types.js";

/**
 * Sizes an overlay canvas drawn over the sigma renderer to the renderer's size at the screen's
 * pixel ratio (resizing only when it changed), sets the transform so drawing is in CSS pixels,
 * and returns that size. The power grid's layer and the comparison's layer both draw this way.
 */
export function fitOverlayCanvas(c: CanvasRenderingContext2D, r: Renderer): { width: number; height: number } {
  const { width, height } = r.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const canvas = c.canvas;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  c.setTransform(ratio, 0, 0, ratio, 0, 0);
  return { width, height };
}
