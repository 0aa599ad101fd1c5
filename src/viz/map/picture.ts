/**
 * The map as a picture, drawn by `@sigma/export-image`: a temporary renderer over the same graph
 * with the screen's settings and reducers (so the picture shows what the screen shows: colours,
 * highlight, filters), framing either the whole network or the current view, at 1×, 2× or 4× the
 * map's size on screen. At N×, every distance in pixels (node and tie sizes, names, padding,
 * label grid) is N times larger too, so the picture looks like the screen, only sharper. Names are
 * planned afresh for the picture, with no floating panels in the way. A big map's focus layer (the
 * selected node's disc, ring and card: focus-layer.ts) is drawn on the picture too.
 */
import { drawOnCanvas } from "@sigma/export-image";
import type Sigma from "sigma";
import type { CameraState } from "sigma/types";
import { attachFocusLayer } from "./focus-layer.js";
import { LabelPlanner } from "./label-planner.js";
import type { MapSettings, Renderer } from "./types.js";
import type { MapView } from "./view.js";

export type PictureScope = "network" | "view";
export type PictureScale = 1 | 2 | 4;

export interface PictureOptions {
  /** The whole (visible) network, or what the map shows now. */
  scope: PictureScope;
  /** Size of the picture, in multiples of the map's size on screen. */
  scale: PictureScale;
}

export const DEFAULT_PICTURE_OPTIONS: PictureOptions = { scope: "network", scale: 1 };

export const PICTURE_SCOPES: { id: PictureScope; label: string }[] = [
  { id: "network", label: "Whole network" },
  { id: "view", label: "Current view" },
];

export const PICTURE_SCALES: { id: PictureScale; label: string }[] = [
  { id: 1, label: "1× (screen size)" },
  { id: 2, label: "2×" },
  { id: 4, label: "4×" },
];

/** The screen's settings with every pixel distance times `scale`, and names drawn by `planner`. */
function scaledSettings(r: Renderer, scale: number, planner: LabelPlanner): Partial<MapSettings> {
  const sizeRatio = r.getSetting("zoomToSizeRatioFunction");
  return {
    labelSize: r.getSetting("labelSize") * scale,
    labelGridCellSize: r.getSetting("labelGridCellSize") * scale,
    labelRenderedSizeThreshold: r.getSetting("labelRenderedSizeThreshold") * scale,
    stagePadding: r.getSetting("stagePadding") * scale,
    // Node and tie sizes are divided by this function of the camera ratio.
    zoomToSizeRatioFunction: (ratio: number) => sizeRatio(ratio) / scale,
    defaultDrawNodeLabel: planner.drawLabel,
    defaultDrawNodeHover: planner.drawHover,
  };
}

/** The layer behind the ties that pictures carry when the map has it (the power grid). */
export const BACKGROUND_LAYER = "powerGrid";

/**
 * Draw the map of renderer `r` on a new canvas (white background), `scale` times its screen size
 * (times the device pixel ratio), looking through `camera` (null: the current view).
 * `background` draws what the map shows behind its ties (the power grid) on the picture's own
 * renderer, as a layer named BACKGROUND_LAYER: it is drawn first.
 */
export async function drawPicture(r: Renderer, view: MapView, scale: PictureScale, camera: CameraState | null, background?: (tmp: Renderer, scale: number) => void): Promise<HTMLCanvasElement> {
  const planner = new LabelPlanner(view, () => []);
  const cleanups: (() => void)[] = [];
  const { width, height } = r.getDimensions();
  // drawOnCanvas is typed for a Sigma (and settings) of untyped attributes; ours are the same
  // objects with the graph's attribute types, hence the casts.
  const canvas = await drawOnCanvas(r as unknown as Sigma, {
    width: width * scale,
    height: height * scale,
    cameraState: camera,
    backgroundColor: "#FFFFFF",
    sigmaSettings: scaledSettings(r, scale, planner) as Partial<Sigma["settings"]>,
    // The background first, then sigma's own layers in their order.
    layers: [BACKGROUND_LAYER, ...Object.keys(r.getCanvases()).filter((id) => id !== BACKGROUND_LAYER)],
    withTempRenderer: (tmp) => {
      // Plan the picture's names on the picture's own renderer, then draw it again with them.
      cleanups.push(planner.attach(tmp as unknown as Renderer));
      // A big map draws the selected (and hovered) node on its focus layer, not through the
      // reducers: the picture gets the same layer, drawn after each of its renderer's frames.
      if (view.focusAside) {
        const focus = attachFocusLayer(tmp as unknown as Renderer, view, planner, true);
        cleanups.push(() => focus.dispose());
      }
      tmp.refresh();
      background?.(tmp as unknown as Renderer, scale);
    },
  });
  for (const c of cleanups) c();
  return canvas;
}
