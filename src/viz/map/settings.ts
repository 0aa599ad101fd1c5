/**
 * The renderer's settings: node programs (people: discs with a status ring; organizations:
 * squares), tie programs (straight or curved, with or without an arrow), the label font and grid,
 * camera limits. The label drawers and the reducers are given by the map.
 */
import { EdgeArrowProgram, EdgeRectangleProgram, createNodeCompoundProgram } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { createNodeBorderProgram } from "@sigma/node-border";
import { NodeSquareProgram } from "@sigma/node-square";
import { TEXT } from "../colors.js";
import type { DisplayEdge, DisplayNode } from "../dataset.js";
import type { GraphAttributes } from "../../graph/types.js";
import { SCREEN_LABEL_SIZE } from "./label-draw.js";
import type { LabelDrawer, MapSettings } from "./types.js";

export interface SettingsHooks {
  drawLabel: LabelDrawer;
  drawHover: LabelDrawer;
  nodeReducer(node: string, attrs: DisplayNode): Partial<NodeDisplayData>;
  edgeReducer(edge: string, attrs: DisplayEdge): Partial<EdgeDisplayData>;
}

/** The settings of the map's renderer; `big` (over BIG_GRAPH nodes) trades label detail and hover effects for speed. */
export function rendererSettings(big: boolean, hooks: SettingsHooks): Partial<MapSettings> {
  return {
    nodeProgramClasses: {
      person: createNodeBorderProgram({
        borders: [
          { size: { attribute: "borderSize", defaultValue: 0 }, color: { attribute: "borderColor" } },
          { size: { fill: true }, color: { attribute: "color" } },
        ],
      }),
      // Wrapped so organizations' names go through the same label plan as people's (the square
      // program's own drawLabel/drawHover would bypass defaultDrawNodeLabel/-Hover).
      organization: createNodeCompoundProgram<DisplayNode, DisplayEdge, GraphAttributes>([NodeSquareProgram]),
    },
    edgeProgramClasses: {
      line: EdgeRectangleProgram,
      arrow: EdgeArrowProgram,
      curved: EdgeCurveProgram,
      curvedArrow: EdgeCurvedArrowProgram,
    },
    defaultNodeType: "person",
    defaultEdgeType: "line",
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    labelSize: SCREEN_LABEL_SIZE,
    labelWeight: "400",
    labelColor: { color: TEXT },
    // Small maps: the grid only pre-selects (one candidate per 40 px cell); the label planner then
    // keeps the biggest non-overlapping ones. Big maps: sigma's grid alone, coarser.
    labelDensity: big ? 0.4 : 1,
    labelGridCellSize: big ? 120 : 40,
    labelRenderedSizeThreshold: big ? 9 : 6,
    defaultDrawNodeLabel: hooks.drawLabel,
    defaultDrawNodeHover: hooks.drawHover,
    enableEdgeEvents: true,
    hideEdgesOnMove: big,
    hideLabelsOnMove: big,
    zIndex: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 5,
    stagePadding: 40,
    nodeReducer: hooks.nodeReducer,
    edgeReducer: hooks.edgeReducer,
  };
}
