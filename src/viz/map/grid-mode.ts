/**
 * The power grid on the map: moves the nodes from the network layout to the power grid
 * (power-grid.ts) and back, animated, with the grid's background layer (grid-layer.ts).
 *
 * Sigma 3.0 reads node positions from the graph (a full refresh takes `x`/`y` from the graph's
 * attributes, whatever the node reducer returns), so to draw the grid the positions on the graph
 * change — and only they: the network layout is SAVED when the grid is shown and RESTORED
 * exactly (the same numbers) when it is hidden; `networkPosition` answers with the saved layout
 * meanwhile (exports). Colours, selection and highlights are the Store's, untouched. While the
 * grid is shown the renderer's normalization is pinned (`setCustomBBox`) to the network's box,
 * which holds the grid, so nothing jumps when the nodes move.
 */
import type { CameraState } from "sigma/types";
import type { Dataset } from "../dataset.js";
import { placedInfluence } from "../../graph/power-map-rule.js";
import { fitOverlayCanvas } from "./fit-overlay-canvas.js";
import { drawGrid, titleRoom, type GridTitleBox, type GridWords } from "./grid-layer.js";
import { gridFrame, gridPositions, type GridFrame, type GridPositions } from "./power-grid.js";
import type { Box, Renderer } from "./types.js";

export const GRID_MODE_DEFAULTS = { durationMs: 700, layer: "powerGrid" } as const;

/** Where the map is: the network layout, moving, or the grid. */
export type GridPhase = "network" | "moving" | "grid";

const ease = (t: number): number => (t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2);

function prefersReducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}

/** The power map's entries, the core to park, and the words of the grid, from the report. */
function gridInput(ds: Dataset): { entries: { id: string; alignment: number; influence: number }[]; parked: string[]; words: GridWords; threshold: number } | null {
  const pm = ds.analysis?.report.powerMap;
  if (!pm) return null;
  const on = new Set(pm.entries.map((e) => e.id));
  const parked = ds.graph.filterNodes((n) => !on.has(n));
  return {
    // Up the grid by the box the power map put them in (a power shown as 0.67 is above a 0.67 line).
    entries: pm.entries.map((e) => ({ id: e.id, alignment: e.alignment, influence: placedInfluence(e, pm.threshold) })),
    parked,
    threshold: pm.threshold,
    words: { quadrants: pm.quadrants, strip: `The core, who ask · not on the power map (${parked.length})` },
  };
}

export class GridMode {
  private saved: GridPositions | null = null;
  private frame: GridFrame | null = null;
  private words: GridWords | null = null;
  private alpha = 0;
  private raf = 0;
  private layer: CanvasRenderingContext2D | null = null;
  private phaseNow: GridPhase = "network";
  private titles: GridTitleBox[] = [];

  constructor(private readonly onPhase: (phase: GridPhase) => void) {}

  get phase(): GridPhase {
    return this.phaseNow;
  }

  /** The grid's frame while it is shown (for the camera), else null. */
  get gridFrame(): GridFrame | null {
    return this.saved ? this.frame : null;
  }

  /** What the camera frames to show a grid: the grid and the core's strip under it (graph coordinates). */
  static framed(frame: GridFrame): Box {
    return { x0: frame.grid.x0, y0: frame.strip.y0, x1: frame.grid.x1, y1: frame.grid.y1 };
  }

  /** A node's place in the network layout (the saved one while the grid is shown). */
  networkPosition(ds: Dataset, node: string): { x: number; y: number } {
    const p = this.saved?.get(node);
    if (p) return p;
    const a = ds.graph.getNodeAttributes(node);
    return { x: a.x, y: a.y };
  }

  /** The network's bounding box (from the saved layout while the grid is shown). */
  networkBox(ds: Dataset): Box {
    const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
    ds.graph.forEachNode((n) => {
      const p = this.networkPosition(ds, n);
      box.x0 = Math.min(box.x0, p.x);
      box.x1 = Math.max(box.x1, p.x);
      box.y0 = Math.min(box.y0, p.y);
      box.y1 = Math.max(box.y1, p.y);
    });
    return Number.isFinite(box.x0) ? box : { x0: 0, y0: 0, x1: 1, y1: 1 };
  }

  /**
   * Show the grid (true) or the network (false). Returns false when the grid can't be drawn (no
   * power map yet). `framing` is the camera that will frame a box (graph coordinates): the grid
   * keeps, at that camera, room for its boxes' titles above the nodes (`GridRoom`).
   */
  show(r: Renderer, ds: Dataset, on: boolean, framing?: (box: Box) => CameraState | null): boolean {
    if (on) return this.toGrid(r, ds, framing);
    this.toNetwork(r, ds);
    return true;
  }

  /**
   * The room the boxes' titles take above the nodes, and the largest node's radius, seen through
   * `camera` (converted to graph units: the titles are drawn in pixels whatever the zoom).
   */
  private roomAt(r: Renderer, ds: Dataset, frame: GridFrame, words: GridWords, camera: CameraState): GridFrame["room"] {
    const c = this.layer;
    if (!c) return undefined;
    const { grid } = frame;
    const a = r.graphToViewport({ x: grid.x0, y: grid.y0 }, { cameraState: camera });
    const b = r.graphToViewport({ x: grid.x0, y: grid.y1 }, { cameraState: camera });
    const pixelsPerUnit = Math.abs(b.y - a.y) / Math.max(1e-9, grid.y1 - grid.y0);
    if (!(pixelsPerUnit > 0) || !Number.isFinite(pixelsPerUnit)) return undefined;
    let size = 0;
    ds.graph.forEachNode((n) => {
      const d = r.getNodeDisplayData(n);
      if (d && !d.hidden) size = Math.max(size, d.size);
    });
    return titleRoom(c, frame, words, pixelsPerUnit, r.scaleSize(size, camera.ratio));
  }

  private toGrid(r: Renderer, ds: Dataset, framing?: (box: Box) => CameraState | null): boolean {
    const input = gridInput(ds);
    if (!input) return false;
    if (!this.saved) this.saved = new Map(ds.graph.mapNodes((n, a) => [n, { x: a.x, y: a.y }] as const));
    const box = this.networkBox(ds);
    this.frame = gridFrame(box, input.threshold);
    this.words = input.words;
    const f = this.frame;
    r.setCustomBBox({ x: [Math.min(box.x0, f.strip.x0), Math.max(box.x1, f.grid.x1)], y: [Math.min(box.y0, f.strip.y0), Math.max(box.y1, f.grid.y1)] });
    this.ensureLayer(r);
    const camera = framing?.(GridMode.framed(f));
    const room = camera ? this.roomAt(r, ds, f, input.words, camera) : undefined;
    if (room) this.frame = { ...f, room };
    this.tween(ds, gridPositions(this.frame, input.entries, input.parked), 1, "grid");
    return true;
  }

  private toNetwork(r: Renderer, ds: Dataset): void {
    const saved = this.saved;
    if (!saved) return;
    this.tween(ds, saved, 0, "network", () => {
      this.saved = null;
      r.setCustomBBox(null);
      r.refresh();
    });
  }

  /** Move every node from where it is to `to`, fading the grid to `alpha`; the last frame sets `to` exactly. */
  private tween(ds: Dataset, to: GridPositions, alpha: number, end: GridPhase, done?: () => void): void {
    cancelAnimationFrame(this.raf);
    const g = ds.graph;
    const from = new Map(g.mapNodes((n, a) => [n, { x: a.x, y: a.y }] as const));
    const alpha0 = this.alpha;
    const duration = prefersReducedMotion() ? 0 : GRID_MODE_DEFAULTS.durationMs;
    const t0 = performance.now();
    this.setPhase("moving");
    const step = (now: number) => {
      const t = duration === 0 ? 1 : Math.min(1, (now - t0) / duration);
      const k = ease(t);
      g.updateEachNodeAttributes(
        (n, a) => {
          const p = from.get(n), q = to.get(n);
          if (!p || !q) return a;
          a.x = t === 1 ? q.x : p.x + (q.x - p.x) * k;
          a.y = t === 1 ? q.y : p.y + (q.y - p.y) * k;
          return a;
        },
        { attributes: ["x", "y"] },
      );
      this.alpha = alpha0 + (alpha - alpha0) * k;
      if (t < 1) {
        this.raf = requestAnimationFrame(step);
        return;
      }
      this.raf = 0;
      done?.();
      this.setPhase(end);
    };
    this.raf = requestAnimationFrame(step);
  }

  private setPhase(phase: GridPhase): void {
    if (phase === this.phaseNow) return;
    this.phaseNow = phase;
    this.onPhase(phase);
  }

  /** The background layer behind the ties, redrawn after each frame the renderer draws. */
  private ensureLayer(r: Renderer): void {
    if (this.layer) return;
    const canvas = r.createCanvas(GRID_MODE_DEFAULTS.layer, { beforeLayer: "edges", style: { pointerEvents: "none", inset: "0" } });
    const c = canvas.getContext("2d");
    if (!c) return;
    this.layer = c;
    r.on("afterRender", () => this.draw(r));
  }

  private draw(r: Renderer): void {
    const c = this.layer;
    if (!c) return;
    fitOverlayCanvas(c, r);
    this.titles = this.frame && this.words ? drawGrid(c, r, this.frame, this.words, this.alpha) : [];
  }

  /** The boxes' titles drawn in the last frame, with their rectangles (viewport pixels); empty when the grid is not shown. */
  drawnTitles(): GridTitleBox[] {
    return this.titles;
  }

  /**
   * Draw the grid, when it is shown, on a picture's renderer `tmp` (map/picture.ts), whose sizes
   * are `scale` times the screen's: a layer behind its ties, so the PNG of the power grid holds the
   * grid's boxes, lines and words as the screen shows them.
   */
  drawOn(tmp: Renderer, scale: number): void {
    const frame = this.saved ? this.frame : null;
    if (!frame || !this.words || this.alpha <= 0) return;
    const canvas = tmp.createCanvas(GRID_MODE_DEFAULTS.layer, { beforeLayer: "edges" });
    const c = canvas.getContext("2d");
    if (!c) return;
    const { width, height } = tmp.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    c.setTransform(ratio * scale, 0, 0, ratio * scale, 0, 0);
    const atScreenSize = {
      getDimensions: () => ({ width: width / scale, height: height / scale }),
      graphToViewport: (p: { x: number; y: number }) => {
        const q = tmp.graphToViewport(p);
        return { x: q.x / scale, y: q.y / scale };
      },
    };
    drawGrid(c, atScreenSize, frame, this.words, this.alpha);
  }

  /** The renderer is going away (a new data set): forget everything, stop the animation. */
  reset(): void {
    cancelAnimationFrame(this.raf);
    this.raf = 0;
    this.saved = null;
    this.frame = null;
    this.words = null;
    this.alpha = 0;
    this.layer = null;
    this.titles = [];
    this.phaseNow = "network";
  }
}
