/**
 * Where the camera looks: framing the whole (visible) network in a clear area of the map, and
 * moving to a few nodes. Pure computations on a renderer's processed positions; the caller
 * applies (or animates to) the camera state they return.
 */
import type { CameraState } from "sigma/types";
import { matrixFromCamera } from "sigma/utils";
import { nodeDisplayData } from "./display-data.js";
import { FramingPoints, type FramePoint } from "./framing-points.js";
import { MAX_FREE_LABELS } from "./label-planner.js";
import type { Box, Renderer } from "./types.js";
import type { MapView } from "./view.js";

const REFERENCE: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

/**
 * The camera state that shows every visible node inside `area` (viewport pixels of `r`), with
 * room for the names of the biggest nodes on the right. `textWidth` measures a name. Null when no
 * node is visible. `r` must have processed its positions (call `r.refresh()` first). With `box`
 * (graph coordinates: the power grid's frame), that box is framed instead of the nodes.
 */
export function fitCamera(r: Renderer, view: MapView, area: Box, textWidth: (label: string) => number, box?: Box): CameraState | null {
  const graph = view.ds?.graph;
  if (!graph) return null;
  const pts: FramePoint[] = [];
  if (box)
    for (const [x, y] of [[box.x0, box.y0], [box.x1, box.y1]] as const) {
      const p = r.graphToViewport({ x, y }, { cameraState: REFERENCE });
      pts.push({ x: p.x, y: p.y, size: 8, label: "" });
    }
  else {
    // The reference camera's matrix, made once (sigma makes it again for every point given the
    // camera state: 0.2 s of the page's thread at 10,000 nodes); the same numbers.
    const matrix = matrixFromCamera(REFERENCE, r.getDimensions(), r.getGraphDimensions(), r.getStagePadding());
    // The framing reads only the extent, the largest size and the MAX_FREE_LABELS biggest points:
    // kept in one pass instead of a point per node (10,000 of them, then sorted, took 60–140 ms
    // of the page's thread whenever a big map was framed again, e.g. when its figures arrived).
    const kept = new FramingPoints(MAX_FREE_LABELS);
    let order = 0;
    graph.forEachNode((n, a) => {
      if (view.isNodeHidden(n)) return;
      const d = nodeDisplayData(r, n);
      if (!d) return;
      const p = r.framedGraphToViewport(d, { matrix });
      kept.add(p.x, p.y, view.appearance?.styles.get(n)?.size ?? 4, a.label, order++);
    });
    pts.push(...kept.points());
  }
  return frameCamera(r, pts, area, textWidth, { min: r.getSetting("minCameraRatio") ?? 0.02, max: r.getSetting("maxCameraRatio") ?? 5 });
}



/**
 * The camera state that puts `pts` inside `area` (with a margin, and room on the right for the
 * names of the biggest points near the right edge), the zoom kept within `ratio` bounds — or
 * `fixedRatio` exactly (one node: centred at a readable zoom). Null with no point.
 */
function frameCamera(r: Renderer, pts: FramePoint[], area: Box, textWidth: (label: string) => number, ratio: { min: number; max: number }, fixedRatio?: number, everyName = false): CameraState | null {
  if (pts.length === 0) return null;
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
  const biggest = [...pts].sort((a, b) => b.size - a.size).slice(0, MAX_FREE_LABELS);
  for (const p of biggest) if (p.label && p.x >= maxX - span * 0.15) labelRoom = Math.max(labelRoom, textWidth(p.label) + 8);
  const margin = 16 + Math.min(20, maxSize);
  const room = { x0: area.x0 + margin, y0: area.y0 + margin, x1: area.x1 - margin - Math.min(labelRoom, 140), y1: area.y1 - margin };
  const zoomFor = () => Math.min(Math.max(40, room.x1 - room.x0) / Math.max(1, maxX - minX), Math.max(40, room.y1 - room.y0) / Math.max(1, maxY - minY));
  // Viewport distances scale as 1/ratio: zoom so the extent fills the room, then move the camera
  // so the extent's centre lands on the room's centre.
  let k = zoomFor();
  if (everyName) {
    // Every point's name is drawn (a focus): at this zoom, how far does the furthest name reach
    // past the rightmost point? Make that much room on the right, and zoom again.
    let reach = 0;
    for (const p of pts) if (p.label) reach = Math.max(reach, textWidth(p.label) + 12 + p.size - (maxX - p.x) * k);
    const extra = Math.max(0, reach - Math.min(labelRoom, 140));
    if (extra > 0) {
      room.x1 = Math.max(room.x0 + 40, room.x1 - extra);
      k = zoomFor();
    }
  }
  const zoom = fixedRatio ?? Math.min(ratio.max, Math.max(ratio.min, 1 / k));
  const centre = r.viewportToFramedGraph({ x: (minX + maxX) / 2, y: (minY + maxY) / 2 }, { cameraState: REFERENCE });
  const { width, height } = r.getDimensions();
  const target = { x: (room.x0 + room.x1) / 2, y: (room.y0 + room.y1) / 2 };
  const look = { ...REFERENCE, x: centre.x, y: centre.y, ratio: zoom };
  const cam = r.viewportToFramedGraph({ x: width - target.x, y: height - target.y }, { cameraState: look });
  return { x: cam.x, y: cam.y, ratio: zoom, angle: 0 };
}

/**
 * The camera state that shows these nodes inside `area` (the part of the map no floating panel
 * covers), with room for their names: one node with its direct ties (`around`: its neighbours),
 * no closer than a readable neighbourhood and no further than needed to show every tie's other
 * end; several (an ask path, a group) framed together — a two-person path is not zoomed so far
 * that an end sits under the legend.
 */
export function focusCamera(r: Renderer, ids: readonly string[], area: Box, textWidth: (label: string) => number, labelOf: (id: string) => string, around: readonly string[] = []): CameraState | null {
  const pts: FramePoint[] = [];
  const add = (id: string, label: string) => {
    const d = r.getNodeDisplayData(id);
    if (!d) return;
    const p = r.framedGraphToViewport(d, { cameraState: REFERENCE });
    pts.push({ x: p.x, y: p.y, size: d.size, label });
  };
  for (const id of ids) add(id, labelOf(id));
  if (pts.length !== 1) return frameCamera(r, pts, area, textWidth, FOCUS_RATIO, undefined, true);
  // One node: its neighbours framed with it, with room for the names of those on the right.
  for (const id of around) add(id, labelOf(id));
  const current = r.getCamera().getState();
  const closest = Math.min(current.ratio, FOCUS_RATIO.single);
  if (pts.length === 1) return frameCamera(r, pts, area, textWidth, FOCUS_RATIO, closest, true);
  // As far out as the other ends need: never further than the whole network's frame, since they are in it.
  return frameCamera(r, pts, area, textWidth, { min: closest, max: Math.max(closest, r.getSetting("maxCameraRatio") ?? 5) }, undefined, true);
}

/**
 * How close a focus may zoom: several nodes between `min` and `max`; one node at most `single`
 * (closer only when the camera already is), further out when its ties' other ends need it.
 */
export const FOCUS_RATIO = { min: 0.12, max: 1.2, single: 0.45 } as const;

/** Whether two camera states are the same (to tell whether the user moved the camera since a fit). */
export function sameCamera(a: CameraState, b: CameraState): boolean {
  return Math.abs(a.x - b.x) < 1e-6 && Math.abs(a.y - b.y) < 1e-6 && Math.abs(a.ratio - b.ratio) < 1e-6;
}
