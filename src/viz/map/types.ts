/** The types the map's pieces share: the renderer, its settings, a label as sigma draws it, boxes on screen. */
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";
import type { DisplayEdge, DisplayNode } from "../dataset.js";
import type { GraphAttributes } from "../../graph/types.js";

export type Renderer = Sigma<DisplayNode, DisplayEdge, GraphAttributes>;
export type MapSettings = Settings<DisplayNode, DisplayEdge, GraphAttributes>;
/** What sigma hands a label drawer (plus the node's key, which sigma passes along). */
export type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color"> & { key?: string };
export type LabelDrawer = (ctx: CanvasRenderingContext2D, data: LabelData, settings: MapSettings) => void;

/** A rectangle on screen (viewport pixels). */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A label's rectangle on screen (viewport pixels). */
export interface LabelBox extends Box {
  node: string;
  label: string;
}
