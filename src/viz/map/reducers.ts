/**
 * The node and edge reducers: how each node and tie is drawn in this frame, from its appearance
 * and the map's view (highlight, hover, selection, filters, the hovered tie). They read, never
 * write: the graph is not changed for display.
 */
import type { NodeDisplayData, EdgeDisplayData } from "sigma/types";
import { DIM_EDGE, DIM_NODE, EDGE_COLOR, EDGE_HOVER, EDGE_NEGATIVE, HIGHLIGHT, TEXT } from "../colors.js";
import type { DisplayEdge, DisplayNode } from "../dataset.js";
import { curvature } from "./curvature.js";
import { negativeType } from "./negative-ties.js";
import type { MapView } from "./view.js";
import { COMPARE_STYLE } from "../app/compare-style.js";

type Display<T> = Partial<T> & Record<string, unknown>;

/** A node as drawn: its style, hidden by the filters, dimmed outside the highlight or the hover. */
export function nodeReducer(view: MapView, node: string, attrs: DisplayNode): Display<NodeDisplayData> {
  const st = view.appearance?.styles.get(node);
  const s = view.state;
  const res: Display<NodeDisplayData> = {
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
  if (view.filtering && view.isNodeHidden(node)) {
    res.hidden = true;
    return res;
  }
  // A comparison with an earlier round: new ones ringed in green, those who left pale.
  if (view.comparing && view.compare.newNodes.has(node)) {
    res.borderColor = COMPARE_STYLE.newColor;
    res.borderSize = COMPARE_STYLE.newRing;
    // A few newcomers are named (the ring's colour alone could be a community's).
    if (view.compare.newNodes.size <= COMPARE_STYLE.namedNewcomers) res.forceLabel = true;
  } else if (view.comparing && view.compare.goneNodes.has(node)) {
    res.color = COMPARE_STYLE.goneNodeColor;
    res.borderColor = COMPARE_STYLE.lostColor;
  }
  const dim = () => {
    res.color = DIM_NODE;
    res.borderColor = DIM_NODE;
    res.label = "";
    res.zIndex = 0;
  };
  if (s.highlight) {
    if (view.hlNodes.has(node)) {
      res.forceLabel = true;
      res.zIndex = 2;
      const groupColor = view.hlGroupColor.get(node);
      if (groupColor !== undefined) res.color = groupColor;
      if (view.hlAccent.has(node)) {
        res.borderColor = HIGHLIGHT;
        res.borderSize = 0.4;
        res.highlighted = true;
      }
    } else dim();
  }
  // A big map draws the hovered and the selected node on its focus layer (map/focus-layer.ts), not here.
  const hovered = view.focusAside ? null : s.hovered;
  const selected = view.focusAside ? null : s.selected;
  if (hovered && node !== hovered && node !== selected) {
    if (!view.neighbours.has(node)) {
      // Big maps: no dimming (it would re-process every node on each move).
      if (!view.big && (!s.highlight || !view.hlNodes.has(node))) dim();
    } else {
      res.zIndex = 2;
      if (view.neighbours.size <= 25) res.forceLabel = true;
    }
  }
  // The selected and the hovered node are always drawn in their own colour, with their name,
  // whatever else is highlighted or dimmed (dim() blanks the label and the ring).
  if (node === selected || node === hovered) {
    res.color = st?.color ?? "#999";
    res.borderColor = view.hlAccent.has(node) ? HIGHLIGHT : st?.borderColor ?? TEXT;
    res.label = attrs.label;
    res.forceLabel = true;
    res.highlighted = true;
    res.zIndex = 3;
  }
  // Small maps: organizations and decision makers (and everyone on a map of a few nodes) are
  // offered to the label planner whatever their size (sigma's label grid would keep only the
  // biggest node of each cell, and its size threshold would drop the smallest).
  if (!view.big && res.label && !res.forceLabel && view.labelledAnySize(node)) res.forceLabel = true;
  return res;
}

/** A tie as drawn: thickness from its strength, red when negative, curved when parallel, emphasized or dimmed. */
export function edgeReducer(view: MapView, edge: string, attrs: DisplayEdge): Display<EdgeDisplayData> {
  const g = view.ds?.graph;
  const s = view.state;
  const big = view.big;
  const negative = attrs.sign < 0;
  const parallel = attrs.parallelIndex !== null && attrs.parallelIndex !== undefined;
  const res: Display<EdgeDisplayData> = {
    color: negative ? EDGE_NEGATIVE : EDGE_COLOR,
    size: (negative ? 1.2 : 0.6) + Math.min(5, attrs.strength) * 0.35,
    type: parallel ? (attrs.directed ? "curvedArrow" : "curved") : attrs.directed ? "arrow" : "line",
    zIndex: negative ? 1 : 0,
  };
  if (parallel) res.curvature = curvature(attrs.parallelIndex ?? 0, attrs.parallelMaxIndex ?? 1);
  // A big map draws its negative ties with their own programs, registered after the others, instead
  // of above them by z-index: with every z-index equal sigma sorts nothing (sorting 232,000 ties took
  // 0.22–0.29 s of each full processing; hidden ties count too). A comparison, the power grid or a
  // highlight order ties by z-index anyway: then the z-index as on small maps.
  if (negative && big && !view.comparing && !s.powerGrid && !s.highlight) {
    res.type = negativeType(res.type ?? "line");
    res.zIndex = 0;
  }
  if (view.hidden.tieTypes.size > 0 && view.hidden.tieTypes.has(attrs.type)) {
    res.hidden = true;
    return res;
  }
  // A comparison with an earlier round: new ties green and thicker, ended ones faint.
  if (view.comparing && view.compare.newEdges.has(edge)) {
    res.color = COMPARE_STYLE.newColor;
    res.size = (res.size ?? 1) * COMPARE_STYLE.newEdgeScale;
    res.zIndex = 2;
  } else if (view.comparing && view.compare.lostEdges.has(edge)) {
    res.color = COMPARE_STYLE.lostColor;
    res.size = 0.5;
    res.zIndex = 0;
  }
  if (!g) return res;
  // The common case on a big map (no power grid, highlight, hovered node or tie): the tie's own
  // look; its ends are not looked up (50,000 lookups at 10,000 nodes).
  if (!s.powerGrid && !s.highlight && !s.hovered && view.hoveredEdge === null) return res;
  const [src, tgt] = g.extremities(edge);
  // The power grid is a chart, not a network: only the highlighted path and the ties of the
  // hovered or selected node are drawn on it.
  if (s.powerGrid && !view.isHlTie(src, tgt, negative) && ![src, tgt].some((n) => n === s.hovered || n === s.selected)) {
    res.hidden = true;
    return res;
  }
  if (s.highlight) {
    if (view.isHlTie(src, tgt, negative)) {
      res.color = negative ? EDGE_NEGATIVE : HIGHLIGHT;
      res.size = (res.size ?? 1) * 2 + 1;
      res.zIndex = 3;
    } else if (view.hlNodes.has(src) && view.hlNodes.has(tgt) && view.hlPairs.size === 0) {
      res.zIndex = 2;
    } else {
      res.color = DIM_EDGE;
      res.zIndex = 0;
    }
  }
  // A big map draws the hovered node's ties and the hovered tie on its focus layer (map/focus-layer.ts).
  const hovered = view.focusAside ? null : s.hovered;
  if (hovered) {
    if (src === hovered || tgt === hovered) {
      res.zIndex = 2;
      if (res.color === DIM_EDGE) res.color = negative ? EDGE_NEGATIVE : EDGE_COLOR;
      // Big maps dim nothing else: the hovered node's ties stand out by a darker colour instead.
      if (big && res.color === EDGE_COLOR) res.color = EDGE_HOVER;
      res.size = (res.size ?? 1) * 1.5;
    } else if (!s.highlight && !big) {
      res.color = DIM_EDGE;
    }
  }
  if (edge === view.hoveredEdge && !view.focusAside) {
    res.color = negative ? EDGE_NEGATIVE : EDGE_HOVER;
    res.size = (res.size ?? 1) * 2 + 1;
    res.zIndex = 4;
  }
  return res;
}
