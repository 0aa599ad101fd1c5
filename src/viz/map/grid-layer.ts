/**
 * The power grid's background, drawn on a canvas layer of the renderer behind the ties and the
 * nodes: the six boxes (power high/low × against/neutral/for) with their names and counts in the
 * organizer's words, the words of the two axes ("opposed … champion" under the columns, "less
 * power … more power" up the left side) and the name of the core's strip. Redrawn after every
 * frame the renderer draws (it follows the camera); `alpha` fades it in and out with the nodes.
 */
import type { QuadrantId } from "../../graph/power-map.js";
import { TEXT } from "../colors.js";
import { alignmentX, thresholdY, type GridFrame, type GridRoom } from "./power-grid.js";
import type { Box } from "./types.js";
import { fitText, wrapText } from "./fit-text.js";

/**
 * Where the grid is drawn: the map's renderer on screen, or a picture's renderer seen at the
 * screen's sizes (map/grid-mode.ts draws the grid into the PNG so).
 */
export interface GridProjection {
  getDimensions(): { width: number; height: number };
  graphToViewport(p: { x: number; y: number }): { x: number; y: number };
}

/** Where each box of the power map sits: much power or little, and which side (−1, 0, +1). */
export const QUADRANT_CELLS: Record<QuadrantId, { high: boolean; side: -1 | 0 | 1; tint: string }> = {
  persuadable: { high: true, side: 0, tint: "rgba(232,163,23,0.10)" },
  champions: { high: true, side: 1, tint: "rgba(17,119,51,0.09)" },
  opponents: { high: true, side: -1, tint: "rgba(209,53,43,0.09)" },
  allies: { high: false, side: 1, tint: "rgba(17,119,51,0.04)" },
  neutral: { high: false, side: 0, tint: "rgba(107,118,133,0.05)" },
  "minor-opponents": { high: false, side: -1, tint: "rgba(209,53,43,0.04)" },
};

/** The spectrum's words under the columns, −2 … +2. */
export const COLUMN_WORDS = ["opposed", "leaning against", "neutral", "leaning for", "champion"] as const;

export interface GridWords {
  quadrants: { id: QuadrantId; title: string; count: number }[];
  /** The name of the strip under the grid (the core). */
  strip: string;
}

/** How a box's title is drawn: its font, its top and left margins, its line height and most lines (pixels). */
const TITLE = { font: "600 12px system-ui, sans-serif", top: 5, left: 6, line: 14, lines: 3 } as const;
/** Pixels kept between a title's last line and the top of the nodes' circles below it. */
const TITLE_GAP = 4;

const MUTED = "#4A5563";
const LINE = "rgba(74,85,99,0.45)";

/** A box of the grid (graph coordinates) on screen. */
function screenBox(r: GridProjection, b: Box): Box {
  const p = r.graphToViewport({ x: b.x0, y: b.y0 });
  const q = r.graphToViewport({ x: b.x1, y: b.y1 });
  return { x0: Math.min(p.x, q.x), y0: Math.min(p.y, q.y), x1: Math.max(p.x, q.x), y1: Math.max(p.y, q.y) };
}

/** The graph-coordinate box of one quadrant. */
function quadrantBox(frame: GridFrame, id: QuadrantId): Box {
  const cell = QUADRANT_CELLS[id];
  const g = frame.grid;
  const mid = thresholdY(frame);
  const left = cell.side < 0 ? g.x0 : cell.side === 0 ? alignmentX(frame, -0.5) : alignmentX(frame, 0.5);
  const right = cell.side < 0 ? alignmentX(frame, -0.5) : cell.side === 0 ? alignmentX(frame, 0.5) : g.x1;
  return { x0: left, x1: right, y0: cell.high ? mid : g.y0, y1: cell.high ? g.y1 : mid };
}

/** Text in at most `lines` lines of `max` pixels, measured in `c`'s font (fit-text.ts `wrapText`). */
function wrapped(c: CanvasRenderingContext2D, text: string, max: number, lines: number): string[] {
  return wrapText(text, max, lines, (t) => c.measureText(t).width);
}

/** Text cut to `max` pixels with an ellipsis, measured in `c`'s font (fit-text.ts `fitText`). */
function fitted(c: CanvasRenderingContext2D, text: string, max: number): string {
  return fitText(text, max, (t) => c.measureText(t).width);
}

/** A box's title as drawn: its quadrant and the rectangle its lines take (viewport pixels). */
export interface GridTitleBox extends Box {
  quadrant: QuadrantId;
}

/** A box's title as written on it. */
function titleText(q: GridWords["quadrants"][number]): string {
  return `${q.title} · ${q.count}`;
}

/**
 * The room the titles and the nodes need on the grid (power-grid.ts `GridRoom`, in graph units),
 * for a framing that draws `pixelsPerUnit` pixels per graph unit and the largest node with a
 * radius of `nodeRadius` pixels: each row's band is its tallest title (as `drawGrid` wraps it in
 * its box's width) plus the largest radius and a small gap. `c` measures the text.
 */
export function titleRoom(c: CanvasRenderingContext2D, frame: GridFrame, words: GridWords, pixelsPerUnit: number, nodeRadius: number): GridRoom {
  c.save();
  c.font = TITLE.font;
  const band = { high: 0, low: 0 };
  for (const q of words.quadrants) {
    const b = quadrantBox(frame, q.id);
    const lines = wrapped(c, titleText(q), (b.x1 - b.x0) * pixelsPerUnit - 2 * TITLE.left, TITLE.lines).length;
    const px = TITLE.top + lines * TITLE.line + TITLE_GAP + nodeRadius;
    const row = QUADRANT_CELLS[q.id].high ? "high" : "low";
    band[row] = Math.max(band[row], px / pixelsPerUnit);
  }
  c.restore();
  return { titleBand: band, nodeRadius: (nodeRadius + 2) / pixelsPerUnit };
}

/**
 * Draw the grid on `c` (a canvas the size of the viewport of `r`, in its CSS pixels); returns the
 * rectangles of the boxes' titles as drawn.
 */
export function drawGrid(c: CanvasRenderingContext2D, r: GridProjection, frame: GridFrame, words: GridWords, alpha: number): GridTitleBox[] {
  const { width, height } = r.getDimensions();
  c.clearRect(0, 0, width, height);
  const titles: GridTitleBox[] = [];
  if (alpha <= 0) return titles;
  c.save();
  c.globalAlpha = Math.min(1, alpha);
  c.textBaseline = "top";
  for (const q of words.quadrants) {
    const b = screenBox(r, quadrantBox(frame, q.id));
    c.fillStyle = QUADRANT_CELLS[q.id].tint;
    c.fillRect(b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0);
    c.strokeStyle = LINE;
    c.lineWidth = 1;
    c.strokeRect(b.x0 + 0.5, b.y0 + 0.5, b.x1 - b.x0 - 1, b.y1 - b.y0 - 1);
    c.font = TITLE.font;
    c.fillStyle = TEXT;
    const lines = wrapped(c, titleText(q), b.x1 - b.x0 - 2 * TITLE.left, TITLE.lines);
    const x = b.x0 + TITLE.left, y = b.y0 + TITLE.top;
    lines.forEach((line, i) => c.fillText(line, x, y + i * TITLE.line));
    const wide = Math.max(...lines.map((line) => c.measureText(line).width));
    titles.push({ quadrant: q.id, x0: x, y0: y, x1: x + wide, y1: y + lines.length * TITLE.line });
  }
  const g = screenBox(r, frame.grid);
  c.font = "12px system-ui, sans-serif";
  c.fillStyle = MUTED;
  c.textAlign = "center";
  COLUMN_WORDS.forEach((word, i) => {
    const x = r.graphToViewport({ x: alignmentX(frame, i - 2), y: frame.grid.y0 }).x;
    c.fillText(word, x, g.y1 + 4);
  });
  // Up the left side: less power at the bottom, more power at the top.
  c.save();
  c.translate(g.x0 - 6, g.y1);
  c.rotate(-Math.PI / 2);
  c.textAlign = "left";
  c.textBaseline = "bottom";
  c.fillText("less power", 4, 0);
  c.textAlign = "right";
  c.fillText("more power ▶", g.y1 - g.y0 - 4, 0);
  c.restore();
  const s = screenBox(r, frame.strip);
  c.textAlign = "left";
  c.textBaseline = "bottom";
  c.font = "600 12px system-ui, sans-serif";
  c.fillStyle = MUTED;
  c.fillText(fitted(c, words.strip, s.x1 - s.x0), s.x0, s.y0 - 2);
  c.strokeStyle = LINE;
  c.setLineDash([4, 4]);
  c.strokeRect(s.x0 + 0.5, s.y0 + 0.5, s.x1 - s.x0 - 1, s.y1 - s.y0 - 1);
  c.restore();
  return titles;
}
