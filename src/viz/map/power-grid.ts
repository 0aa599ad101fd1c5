/**
 * The power grid's geometry: where every node goes when the map shows the power map as the
 * organizers' flip-chart grid — across, alignment (−2 opposed … +2 champion); up, influence
 * (0 … 1) — and where the core (not on the power map: they are the ones asking) is parked, in a
 * strip under the grid. Pure: graph coordinates in, graph coordinates out.
 *
 * The grid is placed inside the network layout's own bounding box, so the renderer's
 * normalization (which follows that box) is the same in both views and the picture does not jump.
 * Alignment is a whole step (−2 … +2), so people of one column are spread across it: within a
 * column, ranked by influence, the k-th gets the k-th point of the golden-ratio sequence — a
 * small deterministic jitter that keeps neighbours in influence apart (the most influential on
 * the column's centre).
 */
import { compareIds } from "../../graph/utils/compare-ids.js";
import type { Box } from "./types.js";

/** One node of the power map, as the grid needs it. */
export interface GridPlacement {
  id: string;
  /** −2 … +2. */
  alignment: number;
  /** 0 … 1. */
  influence: number;
}

/** The grid's boxes (graph coordinates, y up, as sigma reads them). */
export interface GridFrame {
  /** The grid itself: alignment across, influence up. */
  grid: Box;
  /** The strip under the grid where the core is parked. */
  strip: Box;
  /** Influence at or above which someone holds "much power" (the horizontal boundary). */
  threshold: number;
  /** Room kept free on screen, in graph units (see `GridRoom`); absent: the shares of POWER_GRID_DEFAULTS only. */
  room?: GridRoom;
}

/**
 * What must stay clear of the nodes, measured on screen at the grid's framing and converted to
 * graph units: the height of the tallest box title of each row (the titles are drawn in pixels,
 * so a grid small on screen needs a larger share of its height for them), and the largest
 * node's radius (a node on a row's edge must not reach over the line into the next box's title).
 */
export interface GridRoom {
  /** Height kept at the top of each row for its boxes' titles. */
  titleBand: { high: number; low: number };
  /** The largest node's radius. */
  nodeRadius: number;
}

export type GridPositions = Map<string, { x: number; y: number }>;

export const POWER_GRID_DEFAULTS = {
  /** Width over height of the grid with its strip. */
  aspect: 1.4,
  /** Share of the height taken by the core's strip, and by the gap above it. */
  strip: 0.1,
  gap: 0.08,
  /** Share of a column's width people are spread over. */
  spread: 0.78,
  /** Share of the grid's height kept free at the top of each row for the boxes' names. */
  titleBand: 0.14,
  /** Most nodes on one row of the strip. */
  perRow: 30,
} as const;

const GOLDEN = (Math.sqrt(5) - 1) / 2;

/** The grid's frame inside the network's bounding box `box` (graph coordinates). */
export function gridFrame(box: Box, threshold: number): GridFrame {
  const cx = (box.x0 + box.x1) / 2, cy = (box.y0 + box.y1) / 2;
  const w = Math.max(box.x1 - box.x0, 1e-9), hgt = Math.max(box.y1 - box.y0, 1e-9);
  // The widest box of the chosen aspect that fits in the network's box
  // (Not thinner than a box of the aspect over 60% of the longer side; a single node: a unit box.)
  const span = Math.max(w, hgt);
  const W = span < 1e-6 ? POWER_GRID_DEFAULTS.aspect : Math.max(Math.min(w, hgt * POWER_GRID_DEFAULTS.aspect), span * 0.6);
  const H = W / POWER_GRID_DEFAULTS.aspect;
  const x0 = cx - W / 2, x1 = cx + W / 2, y0 = cy - H / 2, y1 = cy + H / 2;
  const stripTop = y0 + H * POWER_GRID_DEFAULTS.strip;
  return {
    grid: { x0, x1, y0: stripTop + H * POWER_GRID_DEFAULTS.gap, y1 },
    strip: { x0, x1, y0, y1: stripTop },
    threshold,
  };
}

/** The x of an alignment's column centre (−2 … +2; fractions in between). */
export function alignmentX(frame: GridFrame, alignment: number): number {
  const { x0, x1 } = frame.grid;
  return x0 + ((alignment + 2.5) / 5) * (x1 - x0);
}

/**
 * The y of the line between much and little power: halfway up the grid, whatever the threshold —
 * two rows of equal height, as organizers draw the chart, each spreading its own range of influence
 * (influenceY). (At the line's old place, the threshold's share of the height, a threshold of 0.67
 * left the row of much power a third of the grid: too low for its titles and its people on a small
 * window.)
 */
export function thresholdY(frame: GridFrame): number {
  const { y0, y1 } = frame.grid;
  return y0 + 0.5 * (y1 - y0);
}

/**
 * The y of an influence (0 … 1): up the grid, each of the two rows (much power, little power)
 * keeping a band at its top free for the names of its boxes — the share `titleBand` of the grid,
 * or the room the titles take on screen (`frame.room`) when that is more — and its nodes a
 * radius away from its lower edge. The nodes keep at least a fifth of each row.
 */
export function influenceY(frame: GridFrame, influence: number): number {
  const { y0, y1 } = frame.grid;
  const H = y1 - y0, mid = thresholdY(frame);
  const room = frame.room;
  const t = Math.min(0.95, Math.max(0.05, frame.threshold));
  const i = Math.min(1, Math.max(0, influence));
  /** The bottom and top of a row's nodes, between the row's edges `from` and `to`. */
  const span = (from: number, to: number, floor: number, band: number): [number, number] => {
    const lo = from + Math.max(floor * H, room?.nodeRadius ?? 0);
    const hi = to - Math.max(POWER_GRID_DEFAULTS.titleBand * H, band);
    return [lo, Math.max(hi, lo + 0.2 * (to - from))];
  };
  if (i >= t) {
    const [lo, hi] = span(mid, y1, 0.02, room?.titleBand.high ?? 0);
    return lo + ((i - t) / (1 - t)) * (hi - lo);
  }
  const [lo, hi] = span(y0, mid, 0.03, room?.titleBand.low ?? 0);
  return lo + (i / t) * (hi - lo);
}

/**
 * Every node's place on the grid: the power map's `entries` by alignment and influence, the
 * `parked` nodes (the core) in rows along the strip, in id order.
 */
export function gridPositions(frame: GridFrame, entries: readonly GridPlacement[], parked: readonly string[]): GridPositions {
  const out: GridPositions = new Map();
  const columnWidth = (frame.grid.x1 - frame.grid.x0) / 5;
  const columns = new Map<number, GridPlacement[]>();
  for (const e of entries) {
    const a = Math.round(Math.min(2, Math.max(-2, e.alignment)));
    const list = columns.get(a);
    if (list) list.push(e);
    else columns.set(a, [e]);
  }
  for (const [a, list] of columns) {
    list.sort((p, q) => q.influence - p.influence || compareIds(p.id, q.id));
    list.forEach((e, k) => {
      const jitter = ((k * GOLDEN + 0.5) % 1) - 0.5;
      out.set(e.id, { x: alignmentX(frame, a) + jitter * columnWidth * POWER_GRID_DEFAULTS.spread, y: influenceY(frame, e.influence) });
    });
  }
  const rest = [...parked].filter((n) => !out.has(n)).sort(compareIds);
  const rows = Math.max(1, Math.ceil(rest.length / POWER_GRID_DEFAULTS.perRow));
  const perRow = Math.ceil(rest.length / rows);
  const { x0, x1, y0, y1 } = frame.strip;
  rest.forEach((n, i) => {
    const row = Math.floor(i / perRow), col = i % perRow;
    const inRow = Math.min(perRow, rest.length - row * perRow);
    out.set(n, { x: x0 + ((col + 0.5) / inRow) * (x1 - x0), y: y1 - ((row + 0.5) / rows) * (y1 - y0) });
  });
  return out;
}
