/**
 * The comparison layer: ties of the earlier round that the map's graph does not have (two
 * workbooks: the ties that are gone) drawn faintly and dashed behind the ties, and the people and
 * organizations who are gone drawn as pale dashed circles near their old neighbours, with their
 * names. Nothing is added to the graph, so no analysis, search or panel counts them. Redrawn after
 * every frame the renderer draws (it follows the camera). Returns the cleanup.
 */
import { fitOverlayCanvas } from "../map/fit-overlay-canvas.js";
import type { MapView } from "../map/view.js";
import type { Renderer } from "../map/types.js";
import { COMPARE_STYLE } from "./compare-style.js";

export const COMPARE_LAYER = "comparison-lost";

/** Where each drawn node and each ghost is on screen (viewport pixels); ghosts near the mean of their old neighbours. */
function positions(r: Renderer, view: MapView): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  const result = view.state.comparison?.result;
  if (!result) return out;
  const at = (id: string) => {
    const known = out.get(id);
    if (known) return known;
    const d = r.getNodeDisplayData(id);
    if (!d || d.hidden) return undefined;
    const p = r.framedGraphToViewport({ x: d.x, y: d.y });
    out.set(id, p);
    return p;
  };
  for (const t of result.lostTies) for (const id of [t.from, t.to]) if (!id.startsWith("\u0001")) at(id);
  result.ghosts.forEach((g, i) => {
    const near = g.near.map(at).filter((p): p is { x: number; y: number } => p !== undefined);
    if (near.length === 0) return;
    const angle = (i * 2.39996) % (2 * Math.PI);
    const cx = near.reduce((s, p) => s + p.x, 0) / near.length;
    const cy = near.reduce((s, p) => s + p.y, 0) / near.length;
    out.set(g.id, { x: cx + 26 * Math.cos(angle), y: cy + 26 * Math.sin(angle) });
  });
  return out;
}

function draw(c: CanvasRenderingContext2D, r: Renderer, view: MapView): void {
  const { width, height } = fitOverlayCanvas(c, r);
  c.clearRect(0, 0, width, height);
  const result = view.state.comparison?.result;
  if (!result || view.state.powerGrid) return;
  const pos = positions(r, view);
  c.save();
  c.globalAlpha = COMPARE_STYLE.lostAlpha;
  c.strokeStyle = COMPARE_STYLE.lostColor;
  c.lineWidth = 1.2;
  c.setLineDash([5, 4]);
  for (const t of result.lostTies) {
    const a = pos.get(t.from);
    const b = pos.get(t.to);
    if (!a || !b) continue;
    c.beginPath();
    c.moveTo(a.x, a.y);
    c.lineTo(b.x, b.y);
    c.stroke();
  }
  c.globalAlpha = 1;
  c.font = "12px system-ui, sans-serif";
  for (const g of result.ghosts) {
    const p = pos.get(g.id);
    if (!p) continue;
    c.fillStyle = COMPARE_STYLE.goneNodeColor;
    c.beginPath();
    c.arc(p.x, p.y, 6, 0, 2 * Math.PI);
    c.fill();
    c.stroke();
    c.fillStyle = COMPARE_STYLE.lostColor;
    c.fillText(`${g.label} (gone)`, p.x + 9, p.y + 4);
  }
  c.restore();
}

/** Add the layer to a renderer; returns the cleanup. */
export function attachCompareLayer(r: Renderer, view: MapView): () => void {
  const canvas = r.createCanvas(COMPARE_LAYER, { beforeLayer: "edges", style: { pointerEvents: "none", inset: "0" } });
  const c = canvas.getContext("2d");
  if (!c) return () => {};
  const redraw = () => draw(c, r, view);
  r.on("afterRender", redraw);
  return () => {
    r.off("afterRender", redraw);
    canvas.remove();
  };
}
