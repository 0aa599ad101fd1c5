/**
 * The tie under the mouse on a big map, found on the CPU instead of by the renderer's picking pass.
 *
 * Why. With tie events on, sigma draws every tie twice per frame: once to the screen and once, in
 * its own colour code, to a hidden picture it reads the pointer's pixel from. Without a GPU that
 * second drawing was 35–40% of each frame (docs/performance.md, stop 14), and a frame of 50,000 ties
 * takes seconds there. A big map turns tie events off (map/settings.ts) and asks this finder
 * instead: the ties' ends, as last drawn, are kept in one typed array (rebuilt lazily after the
 * renderer re-processes its data, which is when positions change), and a pointer position is tested
 * against every tie — a few milliseconds for 250,000 ties, at most once per animation frame; whether
 * a tie near enough is shown (not hidden, nor either end) is asked at that moment.
 *
 * Which tie: the one whose drawn line (its thickness plus `TOLERANCE_PX`) passes nearest the pointer;
 * a curved (parallel) tie is followed along its curve as @sigma/edge-curve draws it. Hidden ties and
 * ties of hidden nodes are never found. Deterministic: on a tie, the later-drawn one (higher draw
 * order, then later in the graph's order) wins.
 */
import type { Renderer } from "./types.js";

/** Pixels around a tie's drawn line that still count as on it. */
export const TOLERANCE_PX = 3;

/** Straight pieces a curved tie is cut into for the test. */
const CURVE_PIECES = 12;

interface Ties {
  keys: string[];
  /** Per tie: x0, y0, x1, y1 (framed graph coordinates, as the renderer keeps them). */
  ends: Float64Array;
  /** Per tie: its drawn size (before the camera's scaling), its curvature (0: straight), its draw order. */
  size: Float64Array;
  curvature: Float64Array;
  z: Float64Array;
}

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

export class TieFinder {
  private ties: Ties | null = null;
  private readonly stale = () => {
    this.ties = null;
  };

  constructor(private readonly r: Renderer) {
    r.on("afterProcess", this.stale);
  }

  dispose(): void {
    this.r.off("afterProcess", this.stale);
    this.ties = null;
  }

  /** The ties' ends as the renderer drew them last (built once per processing of its data). */
  private collect(): Ties {
    if (this.ties) return this.ties;
    const r = this.r;
    const g = r.getGraph();
    const keys: string[] = [];
    const ends = new Float64Array(g.size * 4);
    const size = new Float64Array(g.size);
    const curvature = new Float64Array(g.size);
    const z = new Float64Array(g.size);
    g.forEachEdge((edge, _a, source, target) => {
      // Hidden ones too: whether a tie is hidden can change without a re-processing (the power
      // grid, a refresh that keeps the positions), so it is asked when a tie is found (`shown`).
      const d = r.getEdgeDisplayData(edge);
      const s = r.getNodeDisplayData(source);
      const t = r.getNodeDisplayData(target);
      if (!d || !s || !t) return;
      const i = keys.length;
      keys.push(edge);
      ends[4 * i] = s.x;
      ends[4 * i + 1] = s.y;
      ends[4 * i + 2] = t.x;
      ends[4 * i + 3] = t.y;
      size[i] = d.size;
      const c = (d as { curvature?: unknown }).curvature;
      curvature[i] = typeof c === "number" ? c : 0;
      z[i] = d.zIndex;
    });
    this.ties = { keys, ends, size, curvature, z };
    return this.ties;
  }

  /** The tie drawn under viewport point (x, y), or null. */
  tieAt(x: number, y: number): string | null {
    const r = this.r;
    const ties = this.collect();
    if (ties.keys.length === 0) return null;
    // Framed graph units per viewport pixel (the camera scales both axes alike).
    const p = r.viewportToFramedGraph({ x, y });
    const q = r.viewportToFramedGraph({ x: x + 1, y });
    const unit = Math.hypot(q.x - p.x, q.y - p.y);
    if (!(unit > 0)) return null;
    const { keys, ends, size, curvature, z } = ties;
    // A tie's drawn width is its size scaled like every size (linear in the size).
    const pixelsPerSize = r.scaleSize(1);
    let best = -1;
    let bestScore = Infinity;
    for (let i = 0; i < keys.length; i++) {
      const reach = (((size[i] ?? 0) * pixelsPerSize) / 2 + TOLERANCE_PX) * unit;
      const ax = ends[4 * i] ?? 0;
      const ay = ends[4 * i + 1] ?? 0;
      const bx = ends[4 * i + 2] ?? 0;
      const by = ends[4 * i + 3] ?? 0;
      const c = curvature[i] ?? 0;
      let d2: number;
      if (c === 0) {
        // Quick reject: outside the segment's box grown by the reach.
        if (p.x < Math.min(ax, bx) - reach || p.x > Math.max(ax, bx) + reach || p.y < Math.min(ay, by) - reach || p.y > Math.max(ay, by) + reach) continue;
        d2 = segmentDistance2(p.x, p.y, ax, ay, bx, by);
      } else d2 = this.curveDistance2(p, ax, ay, bx, by, c);
      if (d2 > reach * reach || !this.shown(keys[i] ?? "")) continue;
      // Nearer wins; on a tie, the one drawn later (higher draw order, later in the graph's order).
      const score = d2 - (z[i] ?? 0) * 1e-12;
      if (score <= bestScore) {
        bestScore = score;
        best = i;
      }
    }
    return best >= 0 ? (keys[best] ?? null) : null;
  }

  /** Whether a tie is drawn now: neither it nor either of its ends hidden. */
  private shown(edge: string): boolean {
    const r = this.r;
    const g = r.getGraph();
    if (!g.hasEdge(edge) || r.getEdgeDisplayData(edge)?.hidden) return false;
    const [s, t] = g.extremities(edge);
    return !r.getNodeDisplayData(s)?.hidden && !r.getNodeDisplayData(t)?.hidden;
  }

  /**
   * Squared distance from p to a curved tie, as @sigma/edge-curve draws it: a quadratic curve whose
   * control point sits off the middle, across the tie, by `curvature` × its length — computed in
   * viewport pixels (where the curve is defined) and brought back to framed graph units.
   */
  private curveDistance2(p: { x: number; y: number }, ax: number, ay: number, bx: number, by: number, curvature: number): number {
    const r = this.r;
    const a = r.framedGraphToViewport({ x: ax, y: ay });
    const b = r.framedGraphToViewport({ x: bx, y: by });
    const pv = r.framedGraphToViewport(p);
    const cx = (a.x + b.x) / 2 + (b.y - a.y) * curvature;
    const cy = (a.y + b.y) / 2 - (b.x - a.x) * curvature;
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
    // Back to framed graph units: one pixel is `unit` there.
    const q = r.viewportToFramedGraph({ x: pv.x + 1, y: pv.y });
    const unit = Math.hypot(q.x - p.x, q.y - p.y);
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
    say(nodeHovered() ? null : finder.tieAt(p.x, p.y), p.x, p.y);
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
