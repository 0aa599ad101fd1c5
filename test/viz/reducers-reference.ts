/**
 * The map's reducers as they were before the big-map fast paths (docs/performance.md, Stop 15),
 * kept verbatim as the reference the reducers' outputs are compared with
 * (map-reducers.test.ts): the same node and tie looks in every state. Only the imports, the
 * names and the filter check (the old `MapView.isNodeHidden`, copied) differ.
 */
import type { NodeDisplayData, EdgeDisplayData } from "sigma/types";
import { DIM_EDGE, DIM_NODE, EDGE_COLOR, EDGE_HOVER, EDGE_NEGATIVE, HIGHLIGHT, TEXT } from "../../src/viz/colors.js";
import type { DisplayEdge, DisplayNode } from "../../src/viz/dataset.js";
import { curvature } from "../../src/viz/map/curvature.js";
import type { MapView } from "../../src/viz/map/view.js";
import { COMPARE_STYLE } from "../../src/viz/app/compare-style.js";

type Display<T> = Partial<T> & Record<string, unknown>;

/** `MapView.isNodeHidden` before the fast path: every filter set looked at for every node. */
function isNodeHidden(view: MapView, node: string): boolean {
  const ds = view.ds;
  if (!ds) return true;
  const a = ds.graph.getNodeAttributes(node);
  const hd = view.hidden;
  return (
    hd.kinds.has(a.kind) ||
    hd.statuses.has(a.status) ||
    (hd.sectors.size > 0 && hd.sectors.has(a.sector || "(none)")) ||
    (hd.communities.size > 0 && hd.communities.has(ds.communities.assignment[node] ?? -1))
  );
}

/** A node as drawn: its style, hidden by the filters, dimmed outside the highlight or the hover. */
export function referenceNodeReducer(view: MapView, node: string, attrs: DisplayNode): Display<NodeDisplayData> {
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
  if (isNodeHidden(view, node)) {
    res.hidden = true;
    return res;
  }
  // A comparison with an earlier round: new ones ringed in green, those who left pale.
  if (view.compare.newNodes.has(node)) {
    res.borderColor = COMPARE_STYLE.newColor;
    res.borderSize = COMPARE_STYLE.newRing;
    // A few newcomers are named (the ring's colour alone could be a community's).
    if (view.compare.newNodes.size <= COMPARE_STYLE.namedNewcomers) res.forceLabel = true;
  } else if (view.compare.goneNodes.has(node)) {
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
  if (s.hovered && node !== s.hovered && node !== s.selected) {
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
  if (node === s.selected || node === s.hovered) {
    res.color = st?.color ?? "#999";
    res.borderColor = view.hlAccent.has(node) ? HIGHLIGHT : st?.borderColor ?? TEXT;
    res.label = attrs.label;
    res.forceLabel = true;
    res.highlighted = true;
    res.zIndex = 3;
  }
  // Small maps: organizations and decision makers are offered to the label planner whatever
  // their size (sigma's label grid would keep only the biggest node of each cell).
  if (!view.big && res.label && !res.forceLabel && view.isKeyActor(node)) res.forceLabel = true;
  return res;
}

/** A tie as drawn: thickness from its strength, red when negative, curved when parallel, emphasized or dimmed. */
export function referenceEdgeReducer(view: MapView, edge: string, attrs: DisplayEdge): Display<EdgeDisplayData> {
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
  if (view.hidden.tieTypes.has(attrs.type)) {
    res.hidden = true;
    return res;
  }
  // A comparison with an earlier round: new ties green and thicker, ended ones faint.
  if (view.compare.newEdges.has(edge)) {
    res.color = COMPARE_STYLE.newColor;
    res.size = (res.size ?? 1) * COMPARE_STYLE.newEdgeScale;
    res.zIndex = 2;
  } else if (view.compare.lostEdges.has(edge)) {
    res.color = COMPARE_STYLE.lostColor;
    res.size = 0.5;
    res.zIndex = 0;
  }
  if (!g) return res;
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
  if (s.hovered) {
    if (src === s.hovered || tgt === s.hovered) {
      res.zIndex = 2;
      if (res.color === DIM_EDGE) res.color = negative ? EDGE_NEGATIVE : EDGE_COLOR;
      // Big maps dim nothing else: the hovered node's ties stand out by a darker colour instead.
      if (big && res.color === EDGE_COLOR) res.color = EDGE_HOVER;
      res.size = (res.size ?? 1) * 1.5;
    } else if (!s.highlight && !big) {
      res.color = DIM_EDGE;
    }
  }
  if (edge === view.hoveredEdge) {
    res.color = negative ? EDGE_NEGATIVE : EDGE_HOVER;
    res.size = (res.size ?? 1) * 2 + 1;
    res.zIndex = 4;
  }
  return res;
}
