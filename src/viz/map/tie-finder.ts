/**
 * The tie under the mouse on a big map, found on the CPU instead of by the renderer's picking pass.
 *
 * Why. With tie events on, sigma draws every tie twice per frame: once to the screen and once, in
 * its own colour code, to a hidden picture it reads the pointer's pixel from. Without a GPU that
 * second drawing was 35–40% of each frame (docs/performance.md, stop 14), and a frame of 50,000 ties
 * takes seconds there. A big map turns tie events off (map/settings.ts) and asks this finder
 * instead: the ties' ends (the graph's positions) are kept in one typed array, gathered again, a
 * step per frame, after positions change, and a pointer position is tested against every tie — a
 * few milliseconds for 250,000 ties, at most once per animation frame. Only the few ties near enough are then looked up
 * in the renderer: whether it is shown now (not hidden, nor either end), how wide and how curved.
 *
 * Which tie: the one whose drawn line (its thickness plus `TOLERANCE_PX`) passes nearest the pointer;
 * a curved (parallel) tie is followed along its curve as @sigma/edge-curve draws it. Hidden ties and
 * ties of hidden nodes are never found. Deterministic: on a tie, the later-drawn one (higher draw
 * order, then later in the graph's order) wins.
 */
import { curveAnchor } from "./curve-anchor.js";
import { drawOrder } from "./negative-ties.js";
import type { Renderer } from "./types.js";

/** Pixels around a tie's drawn line that still count as on it. */
export const TOLERANCE_PX = 3;

/** The graph's events after which the ties' ends are read again (positions moved, ties added or dropped). */
const GRAPH_CHANGES = ["nodeAttributesUpdated", "eachNodeAttributesUpdated", "edgeAdded", "edgeDropped", "nodeDropped", "cleared", "edgesCleared"] as const;

/** Straight pieces a curved tie is cut into for the test. */
const CURVE_PIECES = 12;

interface Ties {
  keys: string[];
  /** Per tie: x0, y0, x1, y1 (the graph's own coordinates: the layout's positions). */
  ends: Float64Array;
  /** Per tie: 1 when it is one of several between the same two (drawn curved). */
  parallel: Uint8Array;
}

/**
 * Wider than any tie is drawn, in size units (map/reducers.ts: a highlighted negative tie of strength
 * 5 is 6.9; a new tie of a comparison a little wider): only the first, cheap pass uses it.
 */
const WIDEST_TIE = 20;

/** Squared distance from (px, py) to the segment (ax, ay)–(bx, by). */
function segmentDistance2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const qx = ax + t * dx - px;
  const qy = ay + t * dy - py;
  return qx * qx + qy * qy;
}

/** Ties read per step when the ends are gathered a step at a time (`ready`): about 20 ms on a slow machine. */
export const STEP_TIES = 20_000;

type EdgeEntries = ReturnType<ReturnType<Renderer["getGraph"]>["edgeEntries"]>;

export class TieFinder {
  private ties: Ties | null = null;
  /** The ends being gathered, a step at a time. */
  private gathering: { entries: EdgeEntries; ties: Ties } | null = null;
  private readonly stale = () => {
    this.ties = null;
    this.gathering = null;
  };

  /** `step`: ties read per call of `ready` (STEP_TIES; smaller in tests). */
  constructor(private readonly r: Renderer, private readonly step = STEP_TIES) {
    const g = r.getGraph();
    for (const e of GRAPH_CHANGES) g.on(e, this.stale);
  }

  dispose(): void {
    const g = this.r.getGraph();
    for (const e of GRAPH_CHANGES) g.off(e, this.stale);
    this.stale();
  }

  /**
   * Gather the ties' ends a step further (`step` ties); true once they are all there. A big map's
   * first search after its positions changed gathers them over several frames this way (246,000
   * ties in one go were a 0.26 s task at 50,000 people), instead of in one long task.
   */
  ready(): boolean {
    if (this.ties) return true;
    const g = this.r.getGraph();
    this.gathering ??= { entries: g.edgeEntries(), ties: { keys: [], ends: new Float64Array(g.size * 4), parallel: new Uint8Array(g.size) } };
    const { entries, ties } = this.gathering;
    const { keys, ends, parallel } = ties;
    for (let k = 0; k < this.step; k++) {
      const next = entries.next();
      if (next.done) {
        this.ties = ties;
        this.gathering = null;
        return true;
      }
      // The graph's positions: graphology hands each tie its ends' attributes (no lookup per tie).
      const { edge, attributes, sourceAttributes: sa, targetAttributes: ta } = next.value;
      const i = keys.length;
      keys.push(edge);
      ends[4 * i] = sa.x;
      ends[4 * i + 1] = sa.y;
      ends[4 * i + 2] = ta.x;
      ends[4 * i + 3] = ta.y;
      parallel[i] = attributes.parallelIndex !== null && attributes.parallelIndex !== undefined ? 1 : 0;
    }
    return false;
  }

  /** The ties' ends, all of them (gathered now if they were not yet). */
  private collect(): Ties {
    while (!this.ready()) {
      // one more step
    }
    return this.ties ?? { keys: [], ends: new Float64Array(0), parallel: new Uint8Array(0) };
  }

  /** The tie drawn under viewport point (x, y), or null. */
  tieAt(x: number, y: number): string | null {
    const r = this.r;
    const ties = this.collect();
    if (ties.keys.length === 0) return null;
    // Graph units per viewport pixel (the renderer scales both axes alike).
    const p = r.viewportToGraph({ x, y });
    const q = r.viewportToGraph({ x: x + 1, y });
    const unit = Math.hypot(q.x - p.x, q.y - p.y);
    if (!(unit > 0)) return null;
    const pixelsPerSize = r.scaleSize(1);
    // First pass, cheap: every straight tie within the widest tie's reach; curved ones by their box.
    const { keys, ends, parallel } = ties;
    const widest = ((WIDEST_TIE * pixelsPerSize) / 2 + TOLERANCE_PX) * unit;
    const widest2 = widest * widest;
    let best = -1;
    let bestScore = Infinity;
    for (let i = 0; i < keys.length; i++) {
      const ax = ends[4 * i] ?? 0;
      const ay = ends[4 * i + 1] ?? 0;
      const bx = ends[4 * i + 2] ?? 0;
      const by = ends[4 * i + 3] ?? 0;
      const curved = parallel[i] === 1;
      // A curve strays from its chord by at most half its length times its curvature (≤ 0.875 here).
      const slack = curved ? widest + Math.hypot(bx - ax, by - ay) / 2 : widest;
      if (p.x < Math.min(ax, bx) - slack || p.x > Math.max(ax, bx) + slack || p.y < Math.min(ay, by) - slack || p.y > Math.max(ay, by) + slack) continue;
      if (!curved && segmentDistance2(p.x, p.y, ax, ay, bx, by) > widest2) continue;
      // Second pass, for the few near: the tie as drawn now (shown? how wide? how curved?).
      const edge = keys[i] ?? "";
      const d = this.drawn(edge);
      if (!d) continue;
      const reach = ((d.size * pixelsPerSize) / 2 + TOLERANCE_PX) * unit;
      const d2 = d.curvature === 0 ? segmentDistance2(p.x, p.y, ax, ay, bx, by) : this.curveDistance2(p, ax, ay, bx, by, d.curvature, unit);
      if (d2 > reach * reach) continue;
      // Nearer wins; on a tie, the one drawn later (higher draw order, later in the graph's order).
      const score = d2 - d.z * 1e-12 * unit * unit;
      if (score <= bestScore) {
        bestScore = score;
        best = i;
      }
    }
    return best >= 0 ? (keys[best] ?? null) : null;
  }

  /** A tie as drawn now — its size, curvature and draw order — or null when it or an end is hidden. */
  private drawn(edge: string): { size: number; curvature: number; z: number } | null {
    const r = this.r;
    const g = r.getGraph();
    const d = r.getEdgeDisplayData(edge);
    if (!d || d.hidden || !g.hasEdge(edge)) return null;
    const [s, t] = g.extremities(edge);
    if (r.getNodeDisplayData(s)?.hidden || r.getNodeDisplayData(t)?.hidden) return null;
    const c = (d as { curvature?: unknown }).curvature;
    return { size: d.size, curvature: typeof c === "number" ? c : 0, z: drawOrder(d.type, d.zIndex) };
  }

  /**
   * Squared distance from p to a curved tie (graph units), as @sigma/edge-curve draws it: a quadratic
   * curve whose control point sits off the middle, across the tie, by `curvature` × its length —
   * computed in viewport pixels (where the curve is defined) and brought back with `unit`.
   */
  private curveDistance2(p: { x: number; y: number }, ax: number, ay: number, bx: number, by: number, curvature: number, unit: number): number {
    const r = this.r;
    const a = r.graphToViewport({ x: ax, y: ay });
    const b = r.graphToViewport({ x: bx, y: by });
    const pv = r.graphToViewport(p);
    const { x: cx, y: cy } = curveAnchor(a, b, curvature);
    let best = Infinity;
    let px = a.x;
    let py = a.y;
    for (let k = 1; k <= CURVE_PIECES; k++) {
      const t = k / CURVE_PIECES;
      const u = 1 - t;
      const x = u * u * a.x + 2 * u * t * cx + t * t * b.x;
      const y = u * u * a.y + 2 * u * t * cy + t * t * b.y;
      best = Math.min(best, segmentDistance2(pv.x, pv.y, px, py, x, y));
      px = x;
      py = y;
    }
    return best * unit * unit;
  }
}

/**
 * Follow the pointer over a big map and say which tie it is on (`onTie(edge, x, y)`,
 * viewport pixels; null when it leaves the tie or the map): at most one search per animation frame,
 * none while a node is hovered (the node wins, as with sigma's own tie events) or while a button is
 * held (the map is being dragged, its ties hidden). Returns the cleanup.
 */
export function attachTieHover(r: Renderer, nodeHovered: () => boolean, onTie: (edge: string | null, x: number, y: number) => void): () => void {
  const finder = new TieFinder(r);
  let pending: { x: number; y: number } | null = null;
  let frame = 0;
  let current: string | null = null;
  const say = (edge: string | null, x: number, y: number) => {
    if (edge === current) return;
    current = edge;
    onTie(edge, x, y);
  };
  const check = () => {
    frame = 0;
    const p = pending;
    if (!p) return;
    if (nodeHovered()) return say(null, p.x, p.y);
    // The ties' ends are gathered a step per frame first (after the positions changed).
    if (!finder.ready()) {
      frame = requestAnimationFrame(check);
      return;
    }
    say(finder.tieAt(p.x, p.y), p.x, p.y);
  };
  const move = (event: { x: number; y: number; original: Event }) => {
    const original = event.original;
    if ("buttons" in original && typeof original.buttons === "number" && original.buttons !== 0) {
      pending = null;
      return say(null, event.x, event.y);
    }
    pending = { x: event.x, y: event.y };
    if (!frame) frame = requestAnimationFrame(check);
  };
  const leave = ({ event }: { event: { x: number; y: number } }) => {
    pending = null;
    say(null, event.x, event.y);
  };
  const enterNode = ({ event }: { event: { x: number; y: number } }) => say(null, event.x, event.y);
  // The mouse captor's "mousemove" comes only while the pointer is over the map itself.
  const captor = r.getMouseCaptor();
  captor.on("mousemove", move);
  r.on("leaveStage", leave);
  r.on("enterNode", enterNode);
  return () => {
    if (frame) cancelAnimationFrame(frame);
    captor.off("mousemove", move);
    r.off("leaveStage", leave);
    r.off("enterNode", enterNode);
    finder.dispose();
  };
}
