/**
 * The label planner: which names are drawn in a frame, so that no two overlap and none hides
 * under the panels floating over the map. Planned once per frame (at the frame's first label,
 * after sigma has run the reducers):
 *  1. the names that must be shown (selected, hovered, Highlight.labels) are placed first;
 *  2. then the other forced ones (highlighted nodes, hover neighbours: accent first, then biggest);
 *  3. then, on small maps, the organizations and decision makers (what an organizer looks for
 *     first, however small their broker score draws them: biggest first);
 *  4. then the biggest other ordinary nodes — 3 and 4 together at most MAX_FREE_LABELS —
 * each of 2, 3 and 4 only where it overlaps no label placed and no obstacle — to the right of its
 * node, or else (also when the right would run past the map's edge) to its left, inside the map. On big maps only 1 and 2 are planned; ordinary
 * labels come from sigma's label grid alone (always on the right: the grid keeps one label per
 * cell and checks no overlap, so there is no taken right side to avoid). One planner serves one
 * renderer (the screen's, or the temporary one of a picture export).
 */
import type { LabelBox, Box, LabelDrawer, Renderer } from "./types.js";
import { fitText } from "./fit-text.js";
import { drawHover, drawLabel, labelBox, SCREEN_LABEL_SIZE } from "./label-draw.js";
import { LABEL_GAP, overlaps } from "./overlaps.js";
import type { MapView } from "./view.js";
import { compareIds } from "../../graph/utils/compare-ids.js";

/**
 * At most this many ordinary labels chosen by size, after the ones that must be shown (selected,
 * hovered, an ask path's ends) and the highlighted ones that fit.
 */
export const MAX_FREE_LABELS = 28;

/**
 * The widest a name is drawn, in pixels at the screen's label size (12 px; scaled with the label
 * size in a high-resolution picture): a longer name is cut with an ellipsis (its whole text is
 * in Details and on the side panels' hover titles).
 */
export const MAX_LABEL_WIDTH = 240;

export class LabelPlanner {
  private renderer: Renderer | null = null;
  private allowed: Set<string> | null = null;
  /** The nodes whose names the plan puts on their left (the right side was taken). */
  private left = new Set<string>();
  private planned = false;
  /** The labels (and hover cards) actually drawn in the last frame, by node (for tests). */
  private drawn = new Map<string, LabelBox>();
  private readonly widths = new Map<string, number>();
  /** Each name as drawn: cut to MAX_LABEL_WIDTH (cached, like the widths, per renderer). */
  private readonly shown = new Map<string, string>();
  private measureCtx: CanvasRenderingContext2D | null = null;

  /** `obstacles()` gives the screen boxes where only must-show labels may go. */
  constructor(private readonly view: MapView, private readonly obstacles: () => Box[]) {}

  /** Plan this renderer's frames (a new plan before each render). Returns the cleanup. */
  attach(renderer: Renderer): () => void {
    this.renderer = renderer;
    this.widths.clear();
    this.shown.clear();
    const reset = () => {
      this.planned = false;
      this.drawn = new Map();
    };
    reset();
    renderer.on("beforeRender", reset);
    return () => {
      renderer.off("beforeRender", reset);
      if (this.renderer === renderer) this.renderer = null;
    };
  }

  /** sigma's `defaultDrawNodeLabel`: a plain label, where the plan allows it. */
  readonly drawLabel: LabelDrawer = (ctx, data, settings) => {
    const key = data.key ?? "";
    if (!data.label || !this.renderer) return;
    this.ensurePlan();
    if (!this.labelAllowed(key, data.forceLabel === true)) return;
    const left = this.left.has(key);
    drawLabel(ctx, { ...data, label: this.fitted(data.label) }, settings, left);
    if (!this.drawn.has(key)) this.drawn.set(key, this.box(key, data.label, data.x, data.y, data.size, false, left));
  };

  /**
   * sigma's `defaultDrawNodeHover`: highlighted nodes (accent ring, selected, hovered) get their
   * name on a card — only where the plan gives them a label; otherwise just the ring.
   */
  readonly drawHover: LabelDrawer = (ctx, data, settings) => {
    const key = data.key ?? "";
    if (!data.label || !this.renderer) return;
    this.ensurePlan();
    if (!this.view.mustLabel(key) && !this.labelAllowed(key, true)) return;
    const left = this.left.has(key);
    drawHover(ctx, { ...data, label: this.fitted(data.label) }, settings, left);
    this.drawn.set(key, this.box(key, data.label, data.x, data.y, data.size, true, left));
  };

  /** These nodes' names are no longer on screen (a big map's focus layer drew them and cleared them). */
  forget(nodes: Iterable<string>): void {
    for (const n of nodes) this.drawn.delete(n);
  }

  /** The labels drawn in the last frame, with their rectangles (viewport pixels). */
  drawnLabels(): LabelBox[] {
    return [...this.drawn.values()].map((b) => ({ ...b }));
  }

  /**
   * Width in pixels of a text drawn bold at the renderer's label size (bold: the widest way a name
   * is drawn). Cached when `cache` (the names themselves; not fitText's trial cuts).
   */
  textWidth(label: string, cache = true): number {
    let w = this.widths.get(label);
    if (w === undefined) {
      this.measureCtx ??= document.createElement("canvas").getContext("2d");
      const font = this.renderer?.getSetting("labelFont") ?? "sans-serif";
      if (this.measureCtx) this.measureCtx.font = `600 ${this.labelSize()}px ${font}`;
      w = this.measureCtx ? this.measureCtx.measureText(label).width : label.length * 7;
      if (cache) this.widths.set(label, w);
    }
    return w;
  }

  /** Width in pixels of a name as drawn (cut to MAX_LABEL_WIDTH, bold). */
  labelWidth(label: string): number {
    return this.textWidth(this.fitted(label));
  }

  /** A name as drawn: whole when it fits MAX_LABEL_WIDTH (scaled to the label size), else cut with "…". */
  fitted(label: string): string {
    let cut = this.shown.get(label);
    if (cut === undefined) {
      const max = (MAX_LABEL_WIDTH * this.labelSize()) / SCREEN_LABEL_SIZE;
      cut = fitText(label, max, (s) => this.textWidth(s, false));
      this.shown.set(label, cut);
    }
    return cut;
  }

  private labelSize(): number {
    return this.renderer?.getSetting("labelSize") ?? SCREEN_LABEL_SIZE;
  }

  private box(node: string, label: string, x: number, y: number, size: number, card: boolean, left = false): LabelBox {
    return labelBox(node, label, x, y, size, this.labelWidth(label), this.labelSize(), card, left);
  }

  private ensurePlan(): void {
    if (this.planned) return;
    this.left = new Set();
    this.allowed = this.plan();
    this.planned = true;
  }

  /** Whether the plan lets this label be drawn (big maps: unforced labels are sigma's grid's choice). */
  private labelAllowed(key: string, forced: boolean): boolean {
    if (!this.allowed) return true;
    if (this.view.big && !forced) return true;
    return this.allowed.has(key);
  }

  /** An organization or a decision maker: labelled before the other ordinary nodes. */
  private isKeyActor(node: string): boolean {
    return this.view.isKeyActor(node);
  }

  /** The nodes allowed a label in this frame (see the module comment). */
  private plan(): Set<string> | null {
    const r = this.renderer;
    const view = this.view;
    const graph = view.ds?.graph;
    if (!r || !graph) return null;
    const big = view.big;
    const threshold = r.getSetting("labelRenderedSizeThreshold");
    const { width, height } = r.getDimensions();
    const placed: LabelBox[] = [];
    type Candidate = { box: LabelBox; size: number; rank: number; at: { x: number; y: number }; card: boolean };
    const preferred: Candidate[] = [];
    const candidates: Candidate[] = [];
    const consider = (node: string) => {
      const d = r.getNodeDisplayData(node);
      if (!d || d.hidden || !d.label) return;
      const p = r.framedGraphToViewport(d);
      if (p.x < -150 || p.y < -50 || p.x > width + 50 || p.y > height + 50) return;
      const size = r.scaleSize(d.size);
      const card = d.highlighted === true;
      const box = this.box(node, d.label, p.x, p.y, size, card);
      if (view.mustLabel(node)) placed.push(box);
      else if (d.forceLabel && (view.hlNodes.has(node) || view.neighbours.has(node) || big)) preferred.push({ box, size, rank: view.hlAccent.has(node) ? 0 : 1, at: p, card });
      else if (big) return;
      else if (this.isKeyActor(node)) candidates.push({ box, size, rank: 0, at: p, card });
      else if (size >= threshold || view.labelledAnySize(node)) candidates.push({ box, size, rank: 1, at: p, card });
    };
    // Big maps: only the forced labels are planned.
    if (big) for (const n of view.forcedNodes()) consider(n);
    else graph.forEachNode(consider);
    const gap = (LABEL_GAP * this.labelSize()) / SCREEN_LABEL_SIZE;
    // Panels floating over the map (legend, toolbar, banner) cover labels: only must-labels go there.
    const blocked = this.obstacles();
    const isFree = (box: LabelBox) => !placed.some((b) => overlaps(b, box, gap)) && !blocked.some((b) => overlaps(b, box, gap));
    // Deterministic: rank, then biggest first (the top brokers when sized by broker score), then id.
    preferred.sort((a, b) => a.rank - b.rank || b.size - a.size || compareIds(a.box.node, b.box.node));
    candidates.sort((a, b) => a.rank - b.rank || b.size - a.size || compareIds(a.box.node, b.box.node));
    const allowed = new Set(placed.map((b) => b.node));
    // On the right where it is free; else on the left where that is free and inside the map
    // (a second box only for the few names the right side refused).
    // A name that would run past the map's right edge (cut there: "Victor Osei" on the power grid)
    // goes on the left too when that is free; else a forced one (highlighted, a hover neighbour)
    // stays on the right, cut, and an ordinary one is left out like any name with no room.
    const place = (c: Candidate, forced: boolean): boolean => {
      let box = c.box;
      const pastEdge = box.x1 > width;
      if (!isFree(box) || pastEdge) {
        const leftBox = this.box(box.node, box.label, c.at.x, c.at.y, c.size, c.card, true);
        if (leftBox.x0 >= 0 && isFree(leftBox)) {
          box = leftBox;
          this.left.add(box.node);
        } else if (!(forced && pastEdge && isFree(box))) return false;
      }
      placed.push(box);
      allowed.add(box.node);
      return true;
    };
    for (const c of preferred) place(c, true);
    let free = 0;
    for (const c of candidates) {
      if (free >= MAX_FREE_LABELS) break;
      if (place(c, false)) free++;
    }
    return allowed;
  }
}
