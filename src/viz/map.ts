/**
 * The network map: Sigma v3 (WebGL) over the data set's graph. Every visual state — size and
 * colour choices, hover, selection, filters, highlighted paths — comes from the Store and is
 * applied in the reducers (map/reducers.ts), followed by `refresh({ skipIndexation: true })`.
 * The graph is never modified for display (only positions, written by the layout). This class
 * wires the pieces in map/: settings, label planner, reducers, tooltip, camera, picture.
 */
import Sigma from "sigma";
import type { Appearance } from "./appearance.js";
import type { Dataset, DisplayGraph } from "./dataset.js";
import { createLayout, type LayoutControl } from "./layout.js";
import type { State, Store } from "./state.js";
import { clearArea, overlayBoxes } from "./map/overlays.js";
import { fitCamera, focusCamera, sameCamera } from "./map/camera.js";
import { GridMode, type GridPhase } from "./map/grid-mode.js";
import { LabelPlanner } from "./map/label-planner.js";
import { drawPicture, type PictureOptions } from "./map/picture.js";
import { edgeReducer, nodeReducer } from "./map/reducers.js";
import { rendererSettings } from "./map/settings.js";
import { createEdgeTooltip, type EdgeTooltip } from "./map/tooltip.js";
import type { Box, LabelBox, Renderer } from "./map/types.js";
import { MapView } from "./map/view.js";
import { refreshNodeSizes } from "./map/node-sizes.js";
import { attachCompareLayer } from "./app/compare-layer.js";
import { afterFirstFrames } from "./map/frames.js";
import { attachFocusLayer, type FocusDrawn, type FocusLayer } from "./map/focus-layer.js";
import { attachTieHover } from "./map/tie-finder.js";

export type { LabelBox } from "./map/types.js";
export { BIG_GRAPH } from "./map/view.js";

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
  private readonly view: MapView;
  private readonly labels: LabelPlanner;
  private readonly tooltip: EdgeTooltip;
  /** Cleanups of the current renderer (label planner, …). */
  private rendererCleanups: (() => void)[] = [];
  private readonly unsubscribe: () => void;
  /** The camera state of the last fit (a resize re-fits only while the user hasn't moved it). */
  private fitted: { x: number; y: number; ratio: number; angle: number } | null = null;
  /** The power grid (map/grid-mode.ts): the nodes moved to it and back, the network layout kept. */
  private readonly grid = new GridMode((phase) => this.gridPhaseChanged(phase));
  /** Cancels the wait for the current renderer's next frames (its first picture, then its ties). */
  private cancelFrames: (() => void) | null = null;
  /** Called once the current data set is drawn whole, ties included (`whenDrawn`). */
  private drawnWaiters: (() => void)[] = [];
  /** A big map's focus layer: the hovered and selected node drawn aside (map/focus-layer.ts). */
  private focus: FocusLayer | null = null;

  constructor(container: HTMLElement, store: Store, private readonly callbacks: MapCallbacks) {
    this.container = container;
    this.container.dataset.powerGrid = "network";
    this.view = new MapView(store.state);
    this.labels = new LabelPlanner(this.view, () => overlayBoxes(this.container));
    this.tooltip = createEdgeTooltip(container);
    this.unsubscribe = store.subscribe((s, prev) => this.onState(s, prev));
  }

  get graph(): DisplayGraph | null {
    return this.view.ds?.graph ?? null;
  }

  get sigma(): Renderer | null {
    return this.renderer;
  }

  getAppearance(): Appearance | null {
    return this.view.appearance;
  }

  /**
   * Show a new data set (kills the old renderer and layout). A big map draws its first picture with
   * the nodes only, every one where the layout put it, and its ties in the frame after (drawing
   * 50,000 ties in software WebGL takes seconds, the nodes a fraction of that): the map's
   * `data-drawn` is "nodes" once that first picture is on screen, "all" once the ties are too.
   */
  setDataset(ds: Dataset): void {
    this.disposeRenderer();
    this.view.setDataset(ds);
    const view = this.view;
    view.tiesDeferred = view.big;
    const settings = rendererSettings(view.big, {
      drawLabel: this.labels.drawLabel,
      drawHover: this.labels.drawHover,
      nodeReducer: (node, attrs) => nodeReducer(view, node, attrs),
      edgeReducer: (edge, attrs) => edgeReducer(view, edge, attrs),
      tiesShown: () => !view.tiesDeferred,
    });
    const renderer: Renderer = new Sigma(ds.graph, this.container, settings);
    this.renderer = renderer;
    this.rendererCleanups.push(this.labels.attach(renderer));
    this.rendererCleanups.push(attachCompareLayer(renderer, view));
    if (view.big) {
      const focus = attachFocusLayer(renderer, view, this.labels);
      this.focus = focus;
      this.rendererCleanups.push(() => {
        focus.dispose();
        if (this.focus === focus) this.focus = null;
      });
    }
    renderer.on("enterNode", ({ node }) => this.callbacks.onHover(node));
    renderer.on("leaveNode", () => this.callbacks.onHover(null));
    renderer.on("clickNode", ({ node }) => this.callbacks.onSelect(node));
    renderer.on("clickStage", () => this.callbacks.onSelect(null));
    const tieHovered = (edge: string | null, x: number, y: number) => {
      this.setHoveredEdge(edge);
      if (edge === null) this.tooltip.hide();
      else this.tooltip.show(ds.graph, edge, x, y);
    };
    // A big map has no tie picking in the renderer (map/settings.ts): its ties are found on the CPU.
    if (view.big) this.rendererCleanups.push(attachTieHover(renderer, () => this.view.state.hovered !== null, tieHovered));
    renderer.on("enterEdge", ({ edge, event }) => tieHovered(edge, event.x, event.y));
    renderer.on("leaveEdge", ({ event }) => tieHovered(null, event.x, event.y));
    // The first picture is already settled (deterministic, from the worker); the live layout runs on "Resume layout".
    this.layout = createLayout(ds.graph, (running) => this.callbacks.onLayout(running));
    this.callbacks.onLayout(false);
    this.cancelFrames = afterFirstFrames(() => this.firstPictureDrawn(renderer));
  }

  /** The first picture is on screen: a big map's ties are drawn now (their data is ready: one more frame, no work here). */
  private firstPictureDrawn(renderer: Renderer): void {
    if (renderer !== this.renderer) return;
    if (!this.view.tiesDeferred) return this.allDrawn(renderer);
    this.container.dataset.drawn = "nodes";
    this.view.tiesDeferred = false;
    renderer.scheduleRender();
    this.cancelFrames = afterFirstFrames(() => this.allDrawn(renderer));
  }

  private allDrawn(renderer: Renderer): void {
    if (renderer !== this.renderer) return;
    this.cancelFrames = null;
    this.container.dataset.drawn = "all";
    const waiters = this.drawnWaiters;
    this.drawnWaiters = [];
    for (const w of waiters) w();
  }

  /** Call `then` once the data set on the map is drawn whole (ties included): at once if it is. */
  whenDrawn(then: () => void): void {
    if (this.renderer && this.container.dataset.drawn === "all") then();
    else this.drawnWaiters.push(then);
  }

  /** The analyses arrived: sizes can use the measures now (and the power grid can be drawn). */
  analysisArrived(): void {
    this.view.ensureAppearance(true);
    // The measures change nodes' sizes, never a tie's look (the tie reducer reads no analysis):
    // the nodes are reduced again and everything re-processed (label grid, arrow heads), without
    // calling the tie reducer for every tie (250,000 calls at 50,000 nodes). A big map re-draws
    // just the nodes, the label grid and the arrow heads (map/node-sizes.ts), not every tie.
    const ds = this.view.ds;
    const view = this.view;
    const inPlace = () => ds !== null && this.renderer !== null && view.big && refreshNodeSizes(this.renderer, ds.graph, (n) => view.appearance?.styles.get(n)?.type ?? "person");
    if (ds && !inPlace()) this.renderer?.refresh({ partialGraph: { nodes: ds.graph.nodes() } });
    if (this.view.state.powerGrid) this.showGrid(true);
  }

  /** Where the map is: the network layout, moving, or the power grid (also `data-power-grid` on the map). */
  get gridPhase(): GridPhase {
    return this.grid.phase;
  }

  /** A node's place in the network layout, also while the power grid is shown (exports use it). */
  networkPosition(node: string): { x: number; y: number } | null {
    const ds = this.view.ds;
    return ds && ds.graph.hasNode(node) ? this.grid.networkPosition(ds, node) : null;
  }

  toggleLayout(): void {
    // The live layout moves the network's positions: not while the power grid is shown.
    if (!this.layout || this.view.state.powerGrid) return;
    if (this.layout.isRunning()) this.layout.stop();
    else this.layout.start();
  }

  stopLayout(): void {
    this.layout?.stop();
  }

  /** The part of the map not covered by the floating toolbar and legend (viewport pixels). */
  clearArea(): Box {
    const { width, height } = this.renderer ? this.renderer.getDimensions() : { width: this.container.clientWidth, height: this.container.clientHeight };
    return clearArea(this.container, width, height);
  }

  /** Zoom to show the whole (visible) network in the map's clear area, away from the toolbar and the legend. */
  fit(animate = true): void {
    const r = this.renderer;
    if (!r) return;
    // Measure on processed positions (a new renderer, or one just resized, may not have them yet).
    // A big map skips it: sigma processed every node when it was made and re-processes on each
    // change (filters, sizes and the layout refresh before they fit), and a full re-process of
    // 50,000 ties is a long main-thread task (0.3 s at 10,000 nodes, measured).
    if (!this.view.big) r.refresh();
    const frame = this.grid.gridFrame;
    const box = frame ? GridMode.framed(frame) : undefined;
    const state = fitCamera(r, this.view, this.clearArea(), (label) => this.labels.labelWidth(label), box);
    if (!state) return;
    this.fitted = state;
    // already there (a re-fit after the legend was drawn, say): no new frame of the whole map
    if (sameCamera(r.getCamera().getState(), state)) return;
    if (animate) void r.getCamera().animate(state, { duration: 400 });
    else r.getCamera().setState(state);
  }

  /** After the window or the map area changed size: re-fit unless the user moved the camera. */
  refitIfUntouched(): void {
    const r = this.renderer;
    if (!r || !this.fitted) return;
    r.resize();
    if (sameCamera(r.getCamera().getState(), this.fitted)) this.reframe(false);
  }

  /** Frame again what is shown: the network, or the power grid (its nodes placed again, clear of its titles, drawn in pixels). */
  private reframe(animate: boolean): void {
    if (this.grid.phase === "grid" && this.view.state.powerGrid) this.showGrid(true);
    else this.fit(animate);
  }

  /**
   * A panel over the map opened or closed (the edit panel), so the clear area changed: the map is
   * framed again in it when the camera was where Fit put it; otherwise the camera stays, unless
   * `node` (the one being edited) is now out of the clear area — then it moves to show it.
   */
  clearAreaChanged(node: string | null): void {
    const r = this.renderer;
    if (!r) return;
    if (this.fitted && sameCamera(r.getCamera().getState(), this.fitted)) {
      this.reframe(true);
      return;
    }
    if (node !== null && this.isVisible(node) && !this.inClearArea(node)) this.focusNodes([node]);
  }

  /** Whether a node's drawn circle lies inside the clear area (viewport pixels). */
  private inClearArea(node: string): boolean {
    const r = this.renderer;
    const d = r?.getNodeDisplayData(node);
    if (!r || !d) return false;
    const p = r.framedGraphToViewport(d);
    const radius = r.scaleSize(d.size);
    const a = this.clearArea();
    return p.x - radius >= a.x0 && p.x + radius <= a.x1 && p.y - radius >= a.y0 && p.y + radius <= a.y1;
  }

  /**
   * Move the camera to show these nodes, framed in the part of the map the floating panels leave
   * clear; one node is shown with its direct ties (the visible ends of its ties in view too).
   */
  focusNodes(ids: string[], duration = 500): void {
    const r = this.renderer;
    const graph = this.view.ds?.graph;
    if (!r || !graph || ids.length === 0) return;
    const one = ids.length === 1 ? ids[0] : undefined;
    const around: string[] = [];
    if (one !== undefined && graph.hasNode(one)) graph.forEachNeighbor(one, (n) => void (this.view.isNodeHidden(n) ? null : around.push(n)));
    const state = focusCamera(r, ids, this.clearArea(), (label) => this.labels.labelWidth(label), (id) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id), around);
    if (state) void r.getCamera().animate(state, { duration });
  }

  /** The labels drawn in the last frame, with their rectangles (viewport pixels). */
  drawnLabels(): LabelBox[] {
    return this.labels.drawnLabels();
  }

  /** The power grid's box titles drawn in the last frame, with their rectangles (viewport pixels). */
  drawnGridTitles(): (Box & { quadrant: string })[] {
    return this.grid.drawnTitles();
  }

  /** What a big map's focus layer drew last (the hovered node's ties and named neighbours, the selected node), for tests; null on small maps. */
  focusDrawn(): FocusDrawn | null {
    return this.focus?.drawn() ?? null;
  }

  /** The edge being hovered (for tests), or null. */
  getHoveredEdge(): string | null {
    return this.view.hoveredEdge;
  }

  /** Whether a node is drawn now (not filtered out). */
  isVisible(node: string): boolean {
    const g = this.view.ds?.graph;
    return g !== undefined && g.hasNode(node) && !this.view.isNodeHidden(node);
  }

  /**
   * The map as a picture (see map/picture.ts): the whole network (or the whole power grid),
   * framed with no panel in the way, or the current view — with the power grid's boxes and words
   * when it is shown; null before anything is drawn.
   */
  async picture(options: PictureOptions): Promise<HTMLCanvasElement | null> {
    const r = this.renderer;
    if (!r) return null;
    let camera = null;
    if (options.scope === "network") {
      r.refresh();
      const { width, height } = r.getDimensions();
      // The power grid: its whole frame (boxes and words), as Fit shows it.
      const frame = this.grid.gridFrame;
      const box = frame ? { x0: frame.grid.x0, y0: frame.strip.y0, x1: frame.grid.x1, y1: frame.grid.y1 } : undefined;
      camera = fitCamera(r, this.view, { x0: 0, y0: 0, x1: width, y1: height }, (label) => this.labels.labelWidth(label), box);
    }
    return drawPicture(r, this.view, options.scale, camera, (tmp, scale) => this.grid.drawOn(tmp, scale));
  }

  private setHoveredEdge(edge: string | null): void {
    const prev = this.view.hoveredEdge;
    if (prev === edge) return;
    this.view.hoveredEdge = edge;
    if (this.view.focusAside && this.focus) return this.focus.redraw();
    const g = this.view.ds?.graph;
    const edges = [prev, edge].filter((e): e is string => e !== null && (g?.hasEdge(e) ?? false));
    if (edges.length) this.renderer?.refresh({ partialGraph: { edges }, skipIndexation: true });
  }

  /** Move the nodes to the power grid or back to the network layout (the layout stops first). */
  private showGrid(on: boolean): void {
    const r = this.renderer, ds = this.view.ds;
    if (!r || !ds) return;
    if (on) this.stopLayout();
    const framing = (box: Box) => fitCamera(r, this.view, this.clearArea(), (label) => this.labels.labelWidth(label), box);
    if (!this.grid.show(r, ds, on, framing)) return;
    // The camera moves with the nodes: to the grid's frame, or back towards the network's box.
    const frame = this.grid.gridFrame;
    const state = framing(on && frame ? GridMode.framed(frame) : this.grid.networkBox(ds));
    if (state) void r.getCamera().animate(state, { duration: 700 });
  }

  private gridPhaseChanged(phase: GridPhase): void {
    this.container.dataset.powerGrid = phase;
    // Settled on either side: frame what is drawn now (the grid, or the network with its names).
    if (phase !== "moving") this.fit(true);
  }

  private onState(s: State, prev: State): void {
    this.view.update(s, prev);
    if (!this.renderer || !this.view.ds) return;
    if (s.powerGrid !== prev.powerGrid) this.showGrid(s.powerGrid);
    const styleChanged = s.sizeBy !== prev.sizeBy || s.colorBy !== prev.colorBy;
    if (styleChanged) this.view.ensureAppearance();
    const broad = styleChanged || s.highlight !== prev.highlight || s.filters !== prev.filters || s.powerGrid !== prev.powerGrid || s.comparison !== prev.comparison;
    const hoverChanged = s.hovered !== prev.hovered;
    const selectChanged = s.selected !== prev.selected;
    if (!broad && !hoverChanged && !selectChanged) return;
    // Sizes and hidden flags change the label grid: full refresh.
    if (styleChanged || s.filters !== prev.filters) {
      this.renderer.refresh();
      // Filtering: frame what is left (Fit on the visible nodes).
      if (s.filters !== prev.filters) this.fit(true);
      return;
    }
    if (broad || (hoverChanged && !this.view.big) || (s.powerGrid && selectChanged)) {
      this.renderer.refresh({ skipIndexation: true });
      return;
    }
    // A big map: the hover and the selection are drawn on the focus layer, nothing else changes.
    if (this.view.focusAside && this.focus) return this.focus.redraw();
    // Selection (and hover on a big map, where the rest is not dimmed) only changes the nodes
    // involved: re-process just those — and the old and new hovered node's neighbours and ties —
    // so a click or a hover answers at once on 10,000 nodes.
    const g = this.view.ds.graph;
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

  private disposeRenderer(): void {
    this.cancelFrames?.();
    this.cancelFrames = null;
    this.drawnWaiters = [];
    this.view.tiesDeferred = false;
    this.container.dataset.drawn = "";
    this.grid.reset();
    this.container.dataset.powerGrid = "network";
    this.layout?.dispose();
    this.layout = null;
    for (const c of this.rendererCleanups) c();
    this.rendererCleanups = [];
    this.renderer?.kill();
    this.renderer = null;
    this.view.hoveredEdge = null;
    this.tooltip.hide();
    // sigma.kill() removes its canvases; keep our tooltip.
    this.tooltip.reattach();
  }

  /** Kill the renderer and the layout worker, stop following the Store, remove the tooltip. */
  dispose(): void {
    this.disposeRenderer();
    this.unsubscribe();
    this.tooltip.dispose();
    this.view.setDataset(null);
  }
}
