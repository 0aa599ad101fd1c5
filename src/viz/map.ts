/**
 * The network map: Sigma v3 (WebGL) over the data set's graph. Every visual state — size and
 * colour choices, hover, selection, filters, highlighted paths — comes from the Store and is
 * applied in `nodeReducer` / `edgeReducer`, followed by `refresh({ skipIndexation: true })`.
 * The graph is never modified for display (only positions, written by the layout).
 */
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeRectangleProgram, createNodeCompoundProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";
import EdgeCurveProgram, { EdgeCurvedArrowProgram, DEFAULT_EDGE_CURVATURE } from "@sigma/edge-curve";
import { createNodeBorderProgram } from "@sigma/node-border";
import { NodeSquareProgram } from "@sigma/node-square";
import { DIM_EDGE, DIM_NODE, EDGE_COLOR, EDGE_HOVER, EDGE_NEGATIVE, HIGHLIGHT, TEXT } from "./colors.js";
import { computeAppearance, type Appearance } from "./appearance.js";
import type { Dataset, DisplayEdge, DisplayGraph, DisplayNode } from "./dataset.js";
import { createLayout, type LayoutControl } from "./layout.js";
import type { State, Store } from "./state.js";
import { h } from "./dom.js";
import type { GraphAttributes } from "../graph/types.js";

type Renderer = Sigma<DisplayNode, DisplayEdge, GraphAttributes>;
type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color">;

/** A label's rectangle on screen (viewport pixels). */
export interface LabelBox {
  node: string;
  label: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Gap kept between two labels, in pixels. */
const LABEL_GAP = 3;
/**
 * At most this many ordinary labels chosen by size, after the ones that must be shown (selected,
 * hovered, an ask path's ends) and the highlighted ones that fit.
 */
const MAX_FREE_LABELS = 28;

function overlaps(a: Omit<LabelBox, "node" | "label">, b: Omit<LabelBox, "node" | "label">): boolean {
  return a.x0 < b.x1 + LABEL_GAP && b.x0 < a.x1 + LABEL_GAP && a.y0 < b.y1 + LABEL_GAP && b.y0 < a.y1 + LABEL_GAP;
}

/** Labels with a white halo, bold when highlighted: readable over edges. */
function drawLabel(ctx: CanvasRenderingContext2D, data: LabelData, settings: Settings<DisplayNode, DisplayEdge, GraphAttributes>): void {
  if (!data.label) return;
  const size = settings.labelSize;
  ctx.font = `${data.highlighted ? "600" : settings.labelWeight} ${size}px ${settings.labelFont}`;
  const x = data.x + data.size + 4;
  const y = data.y + size / 3;
  ctx.lineJoin = "round";
  ctx.lineWidth = 3.5;
  ctx.strokeStyle = "rgba(255,255,255,0.92)";
  ctx.strokeText(data.label, x, y);
  ctx.fillStyle = TEXT;
  ctx.fillText(data.label, x, y);
}

/** Hovered / highlighted nodes: the label on a white card with a soft shadow. */
function drawHover(ctx: CanvasRenderingContext2D, data: LabelData, settings: Settings<DisplayNode, DisplayEdge, GraphAttributes>): void {
  if (!data.label) return;
  const size = settings.labelSize;
  ctx.font = `600 ${size}px ${settings.labelFont}`;
  const w = ctx.measureText(data.label).width;
  const x = data.x + data.size + 1;
  const y = data.y - size / 2 - 4;
  ctx.save();
  ctx.fillStyle = "#FFFFFF";
  ctx.shadowColor = "rgba(16,24,40,0.25)";
  ctx.shadowBlur = 6;
  ctx.beginPath();
  ctx.roundRect(x, y, w + 8, size + 8, 4);
  ctx.fill();
  ctx.restore();
  ctx.fillStyle = TEXT;
  ctx.fillText(data.label, x + 4, data.y + size / 3);
}

/** Curvature for the i-th of several ties between the same two nodes. */
function curvature(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -curvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/**
 * Above this many nodes, the map trades hover effects for speed: hovering emphasizes the node's
 * ties and names its neighbours without dimming the rest (only the neighbourhood is re-processed).
 */
export const BIG_GRAPH = 2000;

export interface MapCallbacks {
  /** The user clicked a node (or the background: null). */
  onSelect(node: string | null): void;
  onHover(node: string | null): void;
  onLayout(running: boolean): void;
}

export class NetworkMap {
  readonly container: HTMLElement;
  private renderer: Renderer | null = null;
  private layout: LayoutControl | null = null;
  private ds: Dataset | null = null;
  private appearance: Appearance | null = null;
  private appearanceKey = "";
  private readonly tooltip: HTMLElement;
  private state: State;
  // Derived from the state, recomputed only when their inputs change.
  private neighbours = new Set<string>();
  private hlNodes = new Set<string>();
  private hlPairs = new Set<string>();
  private hlAccent = new Set<string>();
  /** Highlighted nodes whose names are always shown (Highlight.labels). */
  private hlLabels = new Set<string>();
  /** Highlighted node → its group colour (the sides of a bad-history group). */
  private hlGroupColor = new Map<string, string>();
  /**
   * Which nodes may carry a label in the current frame (planned before each render): the ones
   * that must (selected, hovered, Highlight.labels), then the other highlighted or hover-neighbour
   * nodes (accent first, then biggest), then the biggest ordinary nodes — each of the last two
   * only where its label does not overlap one already placed. On big maps only the first two
   * groups are planned; ordinary labels come from sigma's label grid alone.
   */
  private allowedLabels: Set<string> | null = null;
  private labelsPlanned = false;
  /** The labels (and hover cards) actually drawn in the last frame, by node (for tests). */
  private drawnBoxes = new Map<string, LabelBox>();
  private readonly labelWidths = new Map<string, number>();
  private measureCtx: CanvasRenderingContext2D | null = null;
  private hidden = { kinds: new Set<string>(), sectors: new Set<string>(), statuses: new Set<string>(), communities: new Set<number>(), tieTypes: new Set<string>() };

  constructor(container: HTMLElement, private readonly store: Store, private readonly callbacks: MapCallbacks) {
    this.container = container;
    this.state = store.state;
    this.tooltip = h("div", { className: "edge-tooltip", role: "tooltip" });
    this.tooltip.hidden = true;
    container.appendChild(this.tooltip);
    store.subscribe((s, prev) => this.onState(s, prev));
  }

  get graph(): DisplayGraph | null {
    return this.ds?.graph ?? null;
  }

  get sigma(): Renderer | null {
    return this.renderer;
  }

  getAppearance(): Appearance | null {
    return this.appearance;
  }

  /** Show a new data set (kills the old renderer and layout). */
  setDataset(ds: Dataset): void {
    this.disposeRenderer();
    this.ds = ds;
    this.appearanceKey = "";
    this.labelWidths.clear();
    this.updateDerived(this.store.state, null);
    this.ensureAppearance();
    const big = ds.graph.order > BIG_GRAPH;
    const settings: Partial<Settings<DisplayNode, DisplayEdge, GraphAttributes>> = {
      nodeProgramClasses: {
        person: createNodeBorderProgram({
          borders: [
            { size: { attribute: "borderSize", defaultValue: 0 }, color: { attribute: "borderColor" } },
            { size: { fill: true }, color: { attribute: "color" } },
          ],
        }),
        // Wrapped so organizations' names go through the same label plan as people's (the square
        // program's own drawLabel/drawHover would bypass defaultDrawNodeLabel/-Hover).
        organization: createNodeCompoundProgram<DisplayNode, DisplayEdge, GraphAttributes>([NodeSquareProgram]),
      },
      edgeProgramClasses: {
        line: EdgeRectangleProgram,
        arrow: EdgeArrowProgram,
        curved: EdgeCurveProgram,
        curvedArrow: EdgeCurvedArrowProgram,
      },
      defaultNodeType: "person",
      defaultEdgeType: "line",
      labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
      labelSize: 12,
      labelWeight: "400",
      labelColor: { color: TEXT },
      // Small maps: the grid only pre-selects (one candidate per 40 px cell); planLabels() then
      // keeps the biggest non-overlapping ones. Big maps: sigma's grid alone, coarser.
      labelDensity: big ? 0.4 : 1,
      labelGridCellSize: big ? 120 : 40,
      labelRenderedSizeThreshold: big ? 9 : 6,
      defaultDrawNodeLabel: (ctx, data, st) => this.drawPlannedLabel(ctx, data, st),
      defaultDrawNodeHover: (ctx, data, st) => this.drawPlannedHover(ctx, data, st),
      enableEdgeEvents: true,
      hideEdgesOnMove: big,
      hideLabelsOnMove: big,
      zIndex: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 5,
      stagePadding: 40,
      nodeReducer: (node, attrs) => this.nodeReducer(node, attrs),
      edgeReducer: (edge, attrs) => this.edgeReducer(edge, attrs),
    };
    const renderer: Renderer = new Sigma(ds.graph, this.container, settings);
    this.renderer = renderer;
    // Sigma processes the reducers after "beforeRender": the plan is made at the frame's first label.
    renderer.on("beforeRender", () => {
      this.labelsPlanned = false;
      this.drawnBoxes = new Map();
    });
    renderer.on("enterNode", ({ node }) => this.callbacks.onHover(node));
    renderer.on("leaveNode", () => this.callbacks.onHover(null));
    renderer.on("clickNode", ({ node }) => this.callbacks.onSelect(node));
    renderer.on("clickStage", () => this.callbacks.onSelect(null));
    renderer.on("enterEdge", ({ edge, event }) => {
      this.setHoveredEdge(edge);
      this.showEdgeTooltip(edge, event.x, event.y);
    });
    renderer.on("leaveEdge", () => {
      this.setHoveredEdge(null);
      this.tooltip.hidden = true;
    });
    // The first picture is already settled (deterministic, from the worker); the live layout runs on "Resume layout".
    this.layout = createLayout(ds.graph, (running) => this.callbacks.onLayout(running));
    this.callbacks.onLayout(false);
  }

  /** The analyses arrived: sizes can use the measures now. */
  analysisArrived(): void {
    this.appearanceKey = "";
    this.ensureAppearance();
    this.renderer?.refresh();
  }

  toggleLayout(): void {
    if (!this.layout) return;
    if (this.layout.isRunning()) this.layout.stop();
    else this.layout.start();
  }

  stopLayout(): void {
    this.layout?.stop();
  }

  /**
   * The part of the map not covered by the floating toolbar (top) and the legend (left, when
   * expanded), in viewport pixels: where Fit puts the network.
   */
  clearArea(): { x0: number; y0: number; x1: number; y1: number } {
    const r = this.renderer;
    const { width, height } = r ? r.getDimensions() : { width: this.container.clientWidth, height: this.container.clientHeight };
    const area = { x0: 0, y0: 0, x1: width, y1: height };
    const parent = this.container.parentElement;
    if (!parent) return area;
    const origin = this.container.getBoundingClientRect();
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
    const legend = parent.querySelector<HTMLElement>("#legend");
    const details = legend?.querySelector("details");
    if (legend && !legend.hidden && (!details || details.open)) {
      const b = legend.getBoundingClientRect();
      if (b.width > 0) area.x0 = Math.max(area.x0, b.right - origin.left);
    }
    return area;
  }

  /** The camera state of the last fit (a resize re-fits only while the user hasn't moved it). */
  private fitted: { x: number; y: number; ratio: number } | null = null;

  /**
   * Zoom to show the whole network (its visible nodes) in the map's clear area, away from the
   * toolbar and the legend, with room for the names of the biggest nodes on the right.
   */
  fit(animate = true): void {
    const r = this.renderer;
    const ds = this.ds;
    if (!r || !ds) return;
    const camera = r.getCamera();
    // Measure on processed positions (a new renderer, or one just resized, may not have them yet).
    r.refresh();
    const ref = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
    const pts: { x: number; y: number; size: number; label: string }[] = [];
    ds.graph.forEachNode((n, a) => {
      if (this.isNodeHidden(n)) return;
      const d = r.getNodeDisplayData(n);
      if (!d) return;
      const p = r.framedGraphToViewport(d, { cameraState: ref });
      pts.push({ x: p.x, y: p.y, size: this.appearance?.styles.get(n)?.size ?? 4, label: a.label });
    });
    if (pts.length === 0) return;
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity, maxSize = 0;
    for (const p of pts) {
      minX = Math.min(minX, p.x);
      maxX = Math.max(maxX, p.x);
      minY = Math.min(minY, p.y);
      maxY = Math.max(maxY, p.y);
      maxSize = Math.max(maxSize, p.size);
    }
    // Names are drawn to the right of the nodes: keep room for the longest of the labelled ones
    // near the right edge (the biggest nodes), capped so a long name can't shrink the map.
    const span = Math.max(1, maxX - minX);
    let labelRoom = 0;
    const big = [...pts].sort((a, b) => b.size - a.size).slice(0, MAX_FREE_LABELS);
    for (const p of big) if (p.x >= maxX - span * 0.15) labelRoom = Math.max(labelRoom, this.textWidth(p.label) + 8);
    const clear = this.clearArea();
    const margin = 16 + Math.min(20, maxSize);
    const room = { x0: clear.x0 + margin, y0: clear.y0 + margin, x1: clear.x1 - margin - Math.min(labelRoom, 140), y1: clear.y1 - margin };
    const roomW = Math.max(40, room.x1 - room.x0), roomH = Math.max(40, room.y1 - room.y0);
    // Viewport distances scale as 1/ratio: zoom so the extent fills the room, then move the camera
    // so the extent's centre lands on the room's centre.
    const k = Math.min(roomW / Math.max(1, maxX - minX), roomH / Math.max(1, maxY - minY));
    const minRatio = r.getSetting("minCameraRatio") ?? 0.02;
    const maxRatio = r.getSetting("maxCameraRatio") ?? 5;
    const ratio = Math.min(maxRatio, Math.max(minRatio, 1 / k));
    const centre = r.viewportToFramedGraph({ x: (minX + maxX) / 2, y: (minY + maxY) / 2 }, { cameraState: ref });
    const { width, height } = r.getDimensions();
    const target = { x: (room.x0 + room.x1) / 2, y: (room.y0 + room.y1) / 2 };
    const look = { ...ref, x: centre.x, y: centre.y, ratio };
    const cam = r.viewportToFramedGraph({ x: width - target.x, y: height - target.y }, { cameraState: look });
    const state = { x: cam.x, y: cam.y, ratio, angle: 0 };
    this.fitted = state;
    if (animate) void camera.animate(state, { duration: 400 });
    else camera.setState(state);
  }

  /** After the window or the map area changed size: re-fit unless the user moved the camera. */
  refitIfUntouched(): void {
    const r = this.renderer;
    if (!r || !this.fitted) return;
    r.resize();
    const c = r.getCamera().getState();
    const f = this.fitted;
    const same = Math.abs(c.x - f.x) < 1e-6 && Math.abs(c.y - f.y) < 1e-6 && Math.abs(c.ratio - f.ratio) < 1e-6;
    if (same) this.fit(false);
  }

  private textWidth(label: string): number {
    let w = this.labelWidths.get(label);
    if (w === undefined) {
      this.measureCtx ??= document.createElement("canvas").getContext("2d");
      const font = this.renderer?.getSetting("labelFont") ?? "sans-serif";
      const ls = this.renderer?.getSetting("labelSize") ?? 12;
      if (this.measureCtx) this.measureCtx.font = `600 ${ls}px ${font}`;
      w = this.measureCtx ? this.measureCtx.measureText(label).width : label.length * 7;
      this.labelWidths.set(label, w);
    }
    return w;
  }

  /** Move the camera to show these nodes. */
  focusNodes(ids: string[], duration = 500): void {
    const r = this.renderer;
    if (!r || ids.length === 0) return;
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const id of ids) {
      const d = r.getNodeDisplayData(id);
      if (!d) continue;
      minX = Math.min(minX, d.x);
      maxX = Math.max(maxX, d.x);
      minY = Math.min(minY, d.y);
      maxY = Math.max(maxY, d.y);
    }
    if (!Number.isFinite(minX)) return;
    const camera = r.getCamera();
    // One node: centre on it without zooming in further than a readable neighbourhood.
    const ratio = ids.length === 1 ? Math.min(camera.ratio, 0.45) : Math.min(1.2, Math.max(0.12, Math.max(maxX - minX, maxY - minY) * 1.4));
    camera.animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration });
  }

  /** The labels drawn in the last frame, with their rectangles (viewport pixels). */
  drawnLabels(): LabelBox[] {
    return [...this.drawnBoxes.values()].map((b) => ({ ...b }));
  }

  private labelBox(node: string, label: string, x: number, y: number, size: number, card: boolean): LabelBox {
    const w = this.textWidth(label);
    const ls = this.renderer?.getSetting("labelSize") ?? 12;
    // As drawHover places its card: x + size + 1, width w + 8, from y - labelSize/2 - 4, height labelSize + 8.
    if (card) return { node, label, x0: x + size + 1, y0: y - ls / 2 - 4, x1: x + size + 9 + w, y1: y + ls / 2 + 4 };
    // As drawLabel places it: x + size + 4, baseline y + labelSize/3, plus the 3.5 px halo.
    return { node, label, x0: x + size + 2, y0: y - ls / 2 - 3, x1: x + size + 6 + w, y1: y + ls / 2 + 3 };
  }

  /** Whether this node's name is always shown: selected, hovered, or named by the highlight. */
  private mustLabel(node: string): boolean {
    return node === this.state.selected || node === this.state.hovered || this.hlLabels.has(node);
  }

  /**
   * Before each frame: choose the labels to draw. Those that must be shown are placed first;
   * then the other forced ones (highlighted nodes, hover neighbours: accent first, then biggest)
   * and, on small maps, the biggest ordinary nodes — each only if it overlaps no label placed.
   */
  private planLabels(): void {
    const r = this.renderer;
    const ds = this.ds;
    if (!r || !ds) {
      this.allowedLabels = null;
      return;
    }
    const big = this.big;
    const threshold = r.getSetting("labelRenderedSizeThreshold");
    const { width, height } = r.getDimensions();
    const placed: LabelBox[] = [];
    const preferred: { box: LabelBox; size: number; rank: number }[] = [];
    const candidates: { box: LabelBox; size: number }[] = [];
    const consider = (node: string) => {
      const d = r.getNodeDisplayData(node);
      if (!d || d.hidden || !d.label) return;
      const p = r.framedGraphToViewport(d);
      if (p.x < -150 || p.y < -50 || p.x > width + 50 || p.y > height + 50) return;
      const size = r.scaleSize(d.size);
      const box = this.labelBox(node, d.label, p.x, p.y, size, d.highlighted);
      if (this.mustLabel(node)) placed.push(box);
      else if (d.forceLabel) preferred.push({ box, size, rank: this.hlAccent.has(node) ? 0 : 1 });
      else if (!big && size >= threshold) candidates.push({ box, size });
    };
    if (big) {
      // Only the forced labels are planned: the selected/hovered nodes, the highlight, the hover neighbours.
      const nodes = new Set<string>(this.hlNodes);
      for (const n of [this.state.selected, this.state.hovered]) if (n !== null && ds.graph.hasNode(n)) nodes.add(n);
      for (const n of this.neighbours) nodes.add(n);
      for (const n of nodes) consider(n);
    } else ds.graph.forEachNode(consider);
    const byId = (a: LabelBox, b: LabelBox) => (a.node < b.node ? -1 : a.node > b.node ? 1 : 0);
    // Panels floating over the map (legend, toolbar, banner) cover labels: only must-labels go there.
    const blocked = this.overlayBoxes();
    const free_ = (box: LabelBox) => !placed.some((b) => overlaps(b, box)) && !blocked.some((b) => overlaps(b, box));
    // Deterministic: rank, then biggest first (the top brokers when sized by broker score), then id.
    preferred.sort((a, b) => a.rank - b.rank || b.size - a.size || byId(a.box, b.box));
    candidates.sort((a, b) => b.size - a.size || byId(a.box, b.box));
    const allowed = new Set(placed.map((b) => b.node));
    for (const c of preferred) {
      if (!free_(c.box)) continue;
      placed.push(c.box);
      allowed.add(c.box.node);
    }
    let free = 0;
    for (const c of candidates) {
      if (free >= MAX_FREE_LABELS) break;
      if (!free_(c.box)) continue;
      placed.push(c.box);
      allowed.add(c.box.node);
      free++;
    }
    this.allowedLabels = allowed;
  }

  /**
   * Screen boxes (map viewport pixels) of the visible overlays marked `data-label-obstacle`
   * (legend, toolbar, banner): labels other than the must-show ones are not placed under them.
   */
  private overlayBoxes(): Omit<LabelBox, "node" | "label">[] {
    const area = this.container.parentElement;
    if (!area) return [];
    const origin = this.container.getBoundingClientRect();
    const out: Omit<LabelBox, "node" | "label">[] = [];
    area.querySelectorAll<HTMLElement>("[data-label-obstacle]").forEach((el) => {
      if (el.hidden) return;
      const b = el.getBoundingClientRect();
      if (b.width === 0 || b.height === 0) return;
      out.push({ x0: b.left - origin.left, y0: b.top - origin.top, x1: b.right - origin.left, y1: b.bottom - origin.top });
    });
    return out;
  }

  private ensurePlan(): void {
    if (this.labelsPlanned) return;
    this.planLabels();
    this.labelsPlanned = true;
  }

  /** Whether the plan lets this label be drawn (big maps: unforced labels are sigma's grid's choice). */
  private labelAllowed(key: string, forced: boolean): boolean {
    if (!this.allowedLabels) return true;
    if (this.big && !forced) return true;
    return this.allowedLabels.has(key);
  }

  private drawPlannedLabel(ctx: CanvasRenderingContext2D, data: LabelData, settings: Settings<DisplayNode, DisplayEdge, GraphAttributes>): void {
    const key = (data as LabelData & { key?: string }).key ?? "";
    if (!data.label) return;
    this.ensurePlan();
    if (!this.labelAllowed(key, data.forceLabel === true)) return;
    drawLabel(ctx, data, settings);
    if (!this.drawnBoxes.has(key)) this.drawnBoxes.set(key, this.labelBox(key, data.label, data.x, data.y, data.size, false));
  }

  /**
   * Highlighted nodes (accent ring, selected, hovered) get their name on a card — only where the
   * plan gives them a label; otherwise just the ring.
   */
  private drawPlannedHover(ctx: CanvasRenderingContext2D, data: LabelData, settings: Settings<DisplayNode, DisplayEdge, GraphAttributes>): void {
    const key = (data as LabelData & { key?: string }).key ?? "";
    if (!data.label) return;
    this.ensurePlan();
    if (!this.mustLabel(key) && !this.labelAllowed(key, true)) return;
    drawHover(ctx, data, settings);
    this.drawnBoxes.set(key, this.labelBox(key, data.label, data.x, data.y, data.size, true));
  }

  /** The tie under the mouse: drawn darker and thicker, over the others. */
  private hoveredEdge: string | null = null;

  /** The edge being hovered (for tests), or null. */
  getHoveredEdge(): string | null {
    return this.hoveredEdge;
  }

  private setHoveredEdge(edge: string | null): void {
    const prev = this.hoveredEdge;
    if (prev === edge) return;
    this.hoveredEdge = edge;
    const edges = [prev, edge].filter((e): e is string => e !== null && (this.ds?.graph.hasEdge(e) ?? false));
    if (edges.length) this.renderer?.refresh({ partialGraph: { edges }, skipIndexation: true });
  }

  /** Whether a node is drawn now (not filtered out). */
  isVisible(node: string): boolean {
    return this.ds !== null && this.ds.graph.hasNode(node) && !this.isNodeHidden(node);
  }

  private ensureAppearance(): void {
    if (!this.ds) return;
    const key = `${this.ds.id}|${this.ds.analysis ? 1 : 0}|${this.state.sizeBy}|${this.state.colorBy}`;
    if (key === this.appearanceKey) return;
    this.appearance = computeAppearance(this.ds, this.state.sizeBy, this.state.colorBy);
    this.appearanceKey = key;
  }

  private updateDerived(s: State, prev: State | null): void {
    const g = this.ds?.graph;
    if (!prev || s.hovered !== prev.hovered) {
      this.neighbours = new Set(s.hovered && g?.hasNode(s.hovered) ? g.neighbors(s.hovered) : []);
    }
    if (!prev || s.highlight !== prev.highlight) {
      const hl = s.highlight;
      this.hlNodes = new Set(hl?.nodes ?? []);
      this.hlAccent = new Set(hl?.accent ?? []);
      this.hlLabels = new Set(hl?.labels ?? []);
      this.hlGroupColor = new Map((hl?.groups ?? []).flatMap((grp) => grp.nodes.map((n) => [n, grp.color] as [string, string])));
      this.hlPairs = new Set((hl?.pairs ?? []).flatMap(([a, b]) => [`${a}\u0000${b}`, `${b}\u0000${a}`]));
    }
    if (!prev || s.filters !== prev.filters) {
      const f = s.filters;
      this.hidden = {
        kinds: new Set(f.kinds),
        sectors: new Set(f.sectors),
        statuses: new Set(f.statuses),
        communities: new Set(f.communities),
        tieTypes: new Set(f.tieTypes),
      };
    }
  }

  private onState(s: State, prev: State): void {
    this.state = s;
    if (!this.renderer || !this.ds) return;
    this.updateDerived(s, prev);
    const styleChanged = s.sizeBy !== prev.sizeBy || s.colorBy !== prev.colorBy;
    if (styleChanged) this.ensureAppearance();
    const broad = styleChanged || s.highlight !== prev.highlight || s.filters !== prev.filters;
    const hoverChanged = s.hovered !== prev.hovered;
    const selectChanged = s.selected !== prev.selected;
    if (!broad && !hoverChanged && !selectChanged) return;
    // Sizes and hidden flags change the label grid: full refresh.
    if (styleChanged || s.filters !== prev.filters) {
      this.renderer.refresh();
      return;
    }
    if (broad || (hoverChanged && !this.big)) {
      this.renderer.refresh({ skipIndexation: true });
      return;
    }
    // Selection (and hover on a big map, where the rest is not dimmed) only changes the nodes
    // involved: re-process just those — and the old and new hovered node's neighbours and ties —
    // so a click or a hover answers at once on 10,000 nodes.
    const g = this.ds.graph;
    const nodes = new Set<string>();
    const edges = new Set<string>();
    for (const n of [prev.selected, s.selected]) if (n !== null && g.hasNode(n)) nodes.add(n);
    if (hoverChanged)
      for (const n of [prev.hovered, s.hovered]) {
        if (n === null || !g.hasNode(n)) continue;
        nodes.add(n);
        for (const m of g.neighbors(n)) nodes.add(m);
        for (const e of g.edges(n)) edges.add(e);
      }
    this.renderer.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true });
  }

  /** Big maps skip the hover dimming (it would re-process every node and tie on each move). */
  private get big(): boolean {
    return (this.ds?.graph.order ?? 0) > BIG_GRAPH;
  }

  private isNodeHidden(node: string): boolean {
    const ds = this.ds;
    if (!ds) return true;
    const a = ds.graph.getNodeAttributes(node);
    const hd = this.hidden;
    return (
      hd.kinds.has(a.kind) ||
      hd.statuses.has(a.status) ||
      (hd.sectors.size > 0 && hd.sectors.has(a.sector || "(none)")) ||
      (hd.communities.size > 0 && hd.communities.has(ds.communities.assignment[node] ?? -1))
    );
  }

  private nodeReducer(node: string, attrs: DisplayNode): Partial<NodeDisplayData> & Record<string, unknown> {
    const st = this.appearance?.styles.get(node);
    const s = this.state;
    const res: Partial<NodeDisplayData> & Record<string, unknown> = {
      x: attrs.x,
      y: attrs.y,
      label: attrs.label,
      size: st?.size ?? 4,
      color: st?.color ?? "#999",
      type: st?.type ?? "person",
      borderSize: st?.borderSize ?? 0,
      borderColor: st?.borderColor ?? TEXT,
      zIndex: 1,
    };
    if (this.isNodeHidden(node)) {
      res.hidden = true;
      return res;
    }
    const dim = () => {
      res.color = DIM_NODE;
      res.borderColor = DIM_NODE;
      res.label = "";
      res.zIndex = 0;
    };
    if (s.highlight) {
      if (this.hlNodes.has(node)) {
        res.forceLabel = true;
        res.zIndex = 2;
        const groupColor = this.hlGroupColor.get(node);
        if (groupColor !== undefined) res.color = groupColor;
        if (this.hlAccent.has(node)) {
          res.borderColor = HIGHLIGHT;
          res.borderSize = 0.4;
          res.highlighted = true;
        }
      } else dim();
    }
    if (s.hovered && node !== s.hovered && node !== s.selected) {
      if (!this.neighbours.has(node)) {
        // Big maps: no dimming (it would re-process every node on each move).
        if (!this.big && (!s.highlight || !this.hlNodes.has(node))) dim();
      } else {
        res.zIndex = 2;
        if (this.neighbours.size <= 25) res.forceLabel = true;
      }
    }
    // The selected and the hovered node are always drawn in their own colour, with their name,
    // whatever else is highlighted or dimmed (dim() blanks the label and the ring).
    if (node === s.selected || node === s.hovered) {
      res.color = st?.color ?? "#999";
      res.borderColor = this.hlAccent.has(node) ? HIGHLIGHT : st?.borderColor ?? TEXT;
      res.label = attrs.label;
      res.forceLabel = true;
      res.highlighted = true;
      res.zIndex = 3;
    }
    return res;
  }

  private edgeReducer(edge: string, attrs: DisplayEdge): Partial<NodeDisplayData> & Record<string, unknown> {
    const g = this.ds?.graph;
    const s = this.state;
    const negative = attrs.sign < 0;
    const parallel = attrs.parallelIndex !== null && attrs.parallelIndex !== undefined;
    const res: Record<string, unknown> & { color?: string; size?: number; hidden?: boolean; zIndex?: number; type?: string } = {
      color: negative ? EDGE_NEGATIVE : EDGE_COLOR,
      size: (negative ? 1.2 : 0.6) + Math.min(5, attrs.strength) * 0.35,
      type: parallel ? (attrs.directed ? "curvedArrow" : "curved") : attrs.directed ? "arrow" : "line",
      zIndex: negative ? 1 : 0,
    };
    if (parallel) res.curvature = curvature(attrs.parallelIndex ?? 0, attrs.parallelMaxIndex ?? 1);
    if (this.hidden.tieTypes.has(attrs.type)) {
      res.hidden = true;
      return res;
    }
    if (!g) return res;
    const [src, tgt] = g.extremities(edge);
    if (s.highlight) {
      if (this.hlPairs.has(`${src}\u0000${tgt}`)) {
        res.color = negative ? EDGE_NEGATIVE : HIGHLIGHT;
        res.size = (res.size ?? 1) * 2 + 1;
        res.zIndex = 3;
      } else if (this.hlNodes.has(src) && this.hlNodes.has(tgt) && this.hlPairs.size === 0) {
        res.zIndex = 2;
      } else {
        res.color = DIM_EDGE;
        res.zIndex = 0;
      }
    }
    if (s.hovered) {
      if (src === s.hovered || tgt === s.hovered) {
        res.zIndex = 2;
        if (res.color === DIM_EDGE) res.color = negative ? EDGE_NEGATIVE : EDGE_COLOR;
        // Big maps dim nothing else: the hovered node's ties stand out by a darker colour instead.
        if (this.big && res.color === EDGE_COLOR) res.color = EDGE_HOVER;
        res.size = (res.size ?? 1) * 1.5;
      } else if (!s.highlight && !this.big) {
        res.color = DIM_EDGE;
      }
    }
    if (edge === this.hoveredEdge) {
      res.color = negative ? EDGE_NEGATIVE : EDGE_HOVER;
      res.size = (res.size ?? 1) * 2 + 1;
      res.zIndex = 4;
    }
    return res;
  }

  private showEdgeTooltip(edge: string, x: number, y: number): void {
    const g = this.ds?.graph;
    if (!g) return;
    const a = g.getEdgeAttributes(edge);
    const [s, t] = g.extremities(edge);
    const name = (n: string) => g.getNodeAttribute(n, "label") || n;
    const type = a.type.replace(/_/g, " ");
    const rows: string[] = [
      `${name(s)} ${a.directed ? "→" : "—"} ${name(t)}`,
      `${type}${a.sign < 0 ? " (negative)" : ""} · strength ${a.strength}`,
    ];
    if (a.since) rows.push(`since ${a.since}`);
    if (a.notes) rows.push(a.notes);
    while (this.tooltip.firstChild) this.tooltip.removeChild(this.tooltip.firstChild);
    rows.forEach((r, i) => this.tooltip.appendChild(h("div", { className: i === 0 ? "tt-title" : "tt-row" }, r)));
    this.tooltip.style.left = `${Math.min(x + 14, this.container.clientWidth - 260)}px`;
    this.tooltip.style.top = `${y + 14}px`;
    this.tooltip.hidden = false;
  }

  /** The drawn map as one canvas (edges, nodes, labels), at device resolution. */
  snapshot(): HTMLCanvasElement | null {
    const r = this.renderer;
    if (!r) return null;
    r.refresh(); // render synchronously so the WebGL buffers are readable in this task
    const canvases = r.getCanvases();
    const { width, height } = r.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    const out = document.createElement("canvas");
    out.width = Math.round(width * ratio);
    out.height = Math.round(height * ratio);
    const ctx = out.getContext("2d");
    if (!ctx) return null;
    ctx.fillStyle = "#FFFFFF";
    ctx.fillRect(0, 0, out.width, out.height);
    for (const id of ["edges", "nodes", "edgeLabels", "labels", "hovers", "hoverNodes"]) {
      const c = canvases[id];
      if (c) ctx.drawImage(c, 0, 0, out.width, out.height);
    }
    return out;
  }

  private disposeRenderer(): void {
    this.layout?.dispose();
    this.layout = null;
    this.renderer?.kill();
    this.renderer = null;
    this.hoveredEdge = null;
    this.tooltip.hidden = true;
    // sigma.kill() removes its canvases; keep our tooltip.
    if (!this.tooltip.isConnected) this.container.appendChild(this.tooltip);
  }

  dispose(): void {
    this.disposeRenderer();
    this.ds = null;
  }
}
