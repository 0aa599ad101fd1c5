/**
 * The focus layer of a big map: what hovering and selecting show — the hovered node's ties darker
 * and thicker, its neighbours' discs over them and (up to 25) their names, the tie under the mouse,
 * the selected node's disc and name card — drawn on a 2D canvas over the nodes, instead of
 * re-drawing the whole map.
 *
 * Why. A change to any node or tie in sigma re-draws every node and tie (one WebGL frame): on a
 * machine without a GPU, 50,000 ties take seconds, and each hover or click froze the page for that
 * long (stop 14: 2.9–3.4 s at 10,000 nodes). A few dozen lines and discs on a 2D canvas take a
 * fraction of a millisecond, whatever the size of the map. So on a big map (`MapView.focusAside`:
 * over BIG_GRAPH nodes, not the power grid) the reducers ignore the hovered and selected node and
 * the hovered tie, and this layer draws them; sigma draws only its own light hover layer (the hovered
 * node's disc and card, `renderHighlightedNodes`). The layer is drawn again after every frame of the
 * renderer (it follows the camera) and at once when the hover or the selection changes.
 *
 * The layer sits under sigma's hover layers and over its labels: the hovered node's card (sigma's)
 * stays on top; the names drawn here avoid each other and that card.
 */
import { EDGE_HOVER, EDGE_NEGATIVE, TEXT } from "../colors.js";
import { curveAnchor } from "./curve-anchor.js";
import { fitOverlayCanvas } from "./fit-overlay-canvas.js";
import { labelBox, SCREEN_LABEL_SIZE } from "./label-draw.js";
import type { LabelPlanner } from "./label-planner.js";
import { LABEL_GAP, overlaps } from "./overlaps.js";
import type { Box, Renderer } from "./types.js";
import type { MapView } from "./view.js";

export const FOCUS_LAYER = "focus";

/** At most this many of the hovered node's neighbours are named (as on small maps). */
export const NAMED_NEIGHBOURS = 25;

/** What the layer drew in its last drawing (for the browser tests). */
export interface FocusDrawn {
  hovered: string | null;
  selected: string | null;
  /** The ties drawn darker: the hovered node's, and the tie under the mouse. */
  ties: string[];
  /** Neighbours of the hovered node whose names were drawn. */
  named: string[];
  /** Neighbours offered a name but left unnamed because it would overlap another. */
  crowded: string[];
}

export interface FocusLayer {
  /** Draw again now (the hover, the selection or the hovered tie changed). */
  redraw(): void;
  drawn(): FocusDrawn;
  dispose(): void;
}

type Point = { x: number; y: number };

const EMPTY: FocusDrawn = { hovered: null, selected: null, ties: [], named: [], crowded: [] };

/** A node's disc (or an organization's square) at p, `size` pixels in radius, with a white rim. */
function drawNode(c: CanvasRenderingContext2D, p: Point, size: number, color: string, square: boolean): void {
  c.beginPath();
  if (square) c.rect(p.x - size, p.y - size, 2 * size, 2 * size);
  else c.arc(p.x, p.y, size, 0, 2 * Math.PI);
  c.fillStyle = color;
  c.fill();
  c.lineWidth = 1;
  c.strokeStyle = "#FFFFFF";
  c.stroke();
}

/**
 * Add the layer to a big map's renderer; `labels` draws the names as the map's label planner does.
 * `ownCards`: the renderer draws no hover of its own (the map's picture, map/picture.ts), so the
 * layer draws the hovered node's card too, and the selected node's card even when it is hovered.
 */
export function attachFocusLayer(r: Renderer, view: MapView, labels: LabelPlanner, ownCards = false): FocusLayer {
  const canvas = r.createCanvas(FOCUS_LAYER, { beforeLayer: "hovers", style: { pointerEvents: "none", inset: "0" } });
  const c = canvas.getContext("2d");
  if (!c) return { redraw: () => {}, drawn: () => EMPTY, dispose: () => canvas.remove() };
  let last: FocusDrawn = EMPTY;
  /** Names this layer gave the label planner in its last drawing (taken back before the next). */
  let given: string[] = [];

  const at = (node: string): { p: Point; size: number; color: string; square: boolean; label: string } | null => {
    const d = r.getNodeDisplayData(node);
    if (!d || d.hidden) return null;
    return { p: r.framedGraphToViewport(d), size: r.scaleSize(d.size), color: d.color, square: d.type === "organization", label: d.label ?? "" };
  };

  /** One tie as the renderer draws it (straight, or curved when parallel), darker and thicker. */
  const drawTie = (edge: string, widthScale: number, extra: number): boolean => {
    const d = r.getEdgeDisplayData(edge);
    const g = r.getGraph();
    if (!d || d.hidden || !g.hasEdge(edge)) return false;
    const [s, t] = g.extremities(edge);
    const a = at(s);
    const b = at(t);
    if (!a || !b) return false;
    const negative = g.getEdgeAttribute(edge, "sign") < 0;
    c.strokeStyle = negative ? EDGE_NEGATIVE : EDGE_HOVER;
    c.lineWidth = Math.max(1, r.scaleSize(d.size) * widthScale + extra);
    c.beginPath();
    c.moveTo(a.p.x, a.p.y);
    const curvature = (d as { curvature?: unknown }).curvature;
    if (typeof curvature === "number" && curvature !== 0) {
      // As @sigma/edge-curve places its curve: the anchor off the middle, across the tie.
      const anchor = curveAnchor(a.p, b.p, curvature);
      c.quadraticCurveTo(anchor.x, anchor.y, b.p.x, b.p.y);
    } else c.lineTo(b.p.x, b.p.y);
    c.stroke();
    return true;
  };

  const draw = (): void => {
    const { width, height } = fitOverlayCanvas(c, r);
    c.clearRect(0, 0, width, height);
    labels.forget(given);
    given = [];
    const g = view.ds?.graph;
    if (!view.focusAside || !g) {
      last = EMPTY;
      return;
    }
    const s = view.state;
    const hovered = s.hovered !== null && g.hasNode(s.hovered) ? s.hovered : null;
    const selected = s.selected !== null && g.hasNode(s.selected) ? s.selected : null;
    // The card sigma drew for the node hovered before is gone with its hover.
    if (last.hovered !== null && last.hovered !== hovered) labels.forget([last.hovered]);
    const ties: string[] = [];
    const named: string[] = [];
    const crowded: string[] = [];
    const settings = r.getSettings();
    const labelSize = settings.labelSize;
    const gap = (LABEL_GAP * labelSize) / SCREEN_LABEL_SIZE;
    const placed: Box[] = [];
    c.save();
    c.lineCap = "round";
    if (hovered) for (const e of g.edges(hovered)) if (drawTie(e, 1.5, 0)) ties.push(e);
    const edge = view.hoveredEdge;
    if (edge !== null && !ties.includes(edge) && drawTie(edge, 2, 1)) ties.push(edge);
    c.restore();
    // The hovered node's card (sigma draws it) and the selected node's come before the neighbours' names.
    const cardOf = (node: string) => {
      const n = at(node);
      const label = n && (n.label || g.getNodeAttribute(node, "label"));
      return n && label ? { n, label, box: labelBox(node, label, n.p.x, n.p.y, n.size, labels.labelWidth(label), labelSize, true) } : null;
    };
    const hoverCard = hovered ? cardOf(hovered) : null;
    const selectCard = selected && (selected !== hovered || ownCards) ? cardOf(selected) : null;
    for (const card of [hoverCard, selectCard]) if (card) placed.push(card.box);
    if (hovered) {
      const neighbours = [...new Set(g.neighbors(hovered))]
        .map((node) => ({ node, n: at(node) }))
        .filter((x): x is { node: string; n: NonNullable<ReturnType<typeof at>> } => x.n !== null && x.node !== hovered);
      for (const { n } of neighbours) drawNode(c, n.p, n.size, n.color, n.square);
      if (neighbours.length <= NAMED_NEIGHBOURS) {
        // Biggest first, then in the graph's order: the same names every time.
        neighbours.sort((a, b) => b.n.size - a.n.size);
        for (const { node, n } of neighbours) {
          if (!n.label || node === selected) continue;
          const box = labelBox(node, n.label, n.p.x, n.p.y, n.size, labels.labelWidth(n.label), labelSize, false);
          if (placed.some((b) => overlaps(b, box, gap))) {
            crowded.push(node);
            continue;
          }
          placed.push(box);
          labels.drawLabel(c, { key: node, label: n.label, x: n.p.x, y: n.p.y, size: n.size, color: n.color }, settings);
          given.push(node);
          named.push(node);
        }
      }
      // A node dimmed by a highlight has no label in the renderer: its card is drawn here instead.
      const own = at(hovered);
      if (hoverCard && own && (!own.label || ownCards) && !(selectCard && hovered === selected)) {
        labels.drawHover(c, { key: hovered, label: hoverCard.label, x: own.p.x, y: own.p.y, size: own.size, color: own.color }, settings);
        given.push(hovered);
      }
    }
    if (selectCard) {
      const { n, label } = selectCard;
      drawNode(c, n.p, n.size, n.color, n.square);
      c.beginPath();
      c.arc(n.p.x, n.p.y, n.size + 2, 0, 2 * Math.PI);
      c.lineWidth = 2;
      c.strokeStyle = TEXT;
      c.stroke();
      labels.drawHover(c, { key: selected ?? "", label, x: n.p.x, y: n.p.y, size: n.size, color: n.color }, settings);
      given.push(selected ?? "");
    }
    last = { hovered, selected, ties, named, crowded };
  };

  r.on("afterRender", draw);
  return {
    redraw: draw,
    drawn: () => ({ ...last, ties: [...last.ties], named: [...last.named], crowded: [...last.crowded] }),
    dispose: () => {
      r.off("afterRender", draw);
      labels.forget(given);
      canvas.remove();
    },
  };
}
