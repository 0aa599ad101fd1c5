/**
 * The renderer's settings: node programs (people: discs with a status ring; organizations:
 * squares), tie programs (straight or curved, with or without an arrow), the label font and grid,
 * camera limits. The label drawers and the reducers are given by the map.
 */
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram, createNodeCompoundProgram, type EdgeProgramType } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from "sigma/types";
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { createNodeBorderProgram } from "@sigma/node-border";
import { NodeSquareProgram } from "@sigma/node-square";
import { TEXT } from "../colors.js";
import type { DisplayEdge, DisplayNode } from "../dataset.js";
import type { GraphAttributes } from "../../graph/types.js";
import { SCREEN_LABEL_SIZE } from "./label-draw.js";
import type { LabelDrawer, MapSettings } from "./types.js";
import { negativeType } from "./negative-ties.js";
import { zoomSwitched } from "./hairline-ties.js";

export interface SettingsHooks {
  drawLabel: LabelDrawer;
  drawHover: LabelDrawer;
  nodeReducer(node: string, attrs: DisplayNode): Partial<NodeDisplayData>;
  edgeReducer(edge: string, attrs: DisplayEdge): Partial<EdgeDisplayData>;
  /** Whether the ties are drawn in this frame (a big map's first picture has its nodes only). */
  tiesShown(): boolean;
}

/** One of sigma's tie programs, typed for this map's attributes (they are generic in them). */
function edgeProgram(Program: EdgeProgramType): EdgeProgramType<DisplayNode, DisplayEdge, GraphAttributes> {
  return Program as unknown as EdgeProgramType<DisplayNode, DisplayEdge, GraphAttributes>;
}

/**
 * `Program`, drawing only while `shown()` (its data is processed as usual either way). Sigma's tie
 * programs are generic in the graph's attributes; the subclass is too, hence the cast.
 */
function drawnWhen(Program: EdgeProgramType, shown: () => boolean): EdgeProgramType<DisplayNode, DisplayEdge, GraphAttributes> {
  const Drawn = class extends Program {
    override render(params: RenderParams): void {
      if (shown()) super.render(params);
    }
  };
  return Drawn as unknown as EdgeProgramType<DisplayNode, DisplayEdge, GraphAttributes>;
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
      // Big maps: hairlines at the fitted view or wider, rectangles zoomed in (map/hairline-ties.ts).
      line: big ? zoomSwitched(edgeProgram(EdgeLineProgram), edgeProgram(EdgeRectangleProgram), hooks.tiesShown) : drawnWhen(EdgeRectangleProgram, hooks.tiesShown),
      arrow: drawnWhen(EdgeArrowProgram, hooks.tiesShown),
      curved: drawnWhen(EdgeCurveProgram, hooks.tiesShown),
      curvedArrow: drawnWhen(EdgeCurvedArrowProgram, hooks.tiesShown),
      // The same programs again, drawn after the others: a big map's negative ties, on top of the
      // positive ones without a z-index (sigma sorts every tie by z-index when they differ: 0.22–0.29 s
      // at 232,000 ties in each full processing). See edgeReducer.
      ...(big ? negativePrograms(hooks.tiesShown) : {}),
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
    // Big maps find the tie under the mouse on the CPU (map/tie-finder.ts): the renderer's tie
    // picking draws every tie a second time in each frame.
    enableEdgeEvents: !big,
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

/** The programs of a big map's negative ties (map/negative-ties.ts). */
function negativePrograms(shown: () => boolean): Record<string, ReturnType<typeof drawnWhen>> {
  return {
    [negativeType("line")]: drawnWhen(EdgeRectangleProgram, shown),
    [negativeType("arrow")]: drawnWhen(EdgeArrowProgram, shown),
    [negativeType("curved")]: drawnWhen(EdgeCurveProgram, shown),
    [negativeType("curvedArrow")]: drawnWhen(EdgeCurvedArrowProgram, shown),
  };
}
