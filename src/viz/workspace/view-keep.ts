/**
 * Keep the map's place across a new renderer (an edit draws a new data set): the point of the
 * network at the middle of the map and the width the map shows, in graph coordinates, are read
 * before and set again after — so a new node outside the old frame does not move the view.
 */
import type { Renderer } from "../map/types.js";

export interface KeptView {
  cx: number;
  cy: number;
  /** Graph distance from the middle of the map to its right edge. */
  span: number;
  angle: number;
}

export function captureView(sigma: Renderer): KeptView | null {
  const { width, height } = sigma.getDimensions();
  if (width === 0 || height === 0) return null;
  const c = sigma.viewportToGraph({ x: width / 2, y: height / 2 });
  const e = sigma.viewportToGraph({ x: width, y: height / 2 });
  const span = Math.hypot(e.x - c.x, e.y - c.y);
  return Number.isFinite(span) && span > 0 ? { cx: c.x, cy: c.y, span, angle: sigma.getCamera().getState().angle } : null;
}

export function restoreView(sigma: Renderer, v: KeptView): void {
  const camera = sigma.getCamera();
  camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: v.angle });
  sigma.refresh();
  const { width, height } = sigma.getDimensions();
  const framed = sigma.viewportToFramedGraph(sigma.graphToViewport({ x: v.cx, y: v.cy }));
  const c = sigma.viewportToGraph({ x: width / 2, y: height / 2 });
  const e = sigma.viewportToGraph({ x: width, y: height / 2 });
  const span1 = Math.hypot(e.x - c.x, e.y - c.y);
  if (!(span1 > 0) || !Number.isFinite(framed.x) || !Number.isFinite(framed.y)) return;
  camera.setState({ x: framed.x, y: framed.y, ratio: v.span / span1, angle: v.angle });
}
