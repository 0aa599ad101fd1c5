/**
 * A big map's straight ties, drawn as one-pixel lines while the view is at least as wide as the
 * fitted network, and as rectangles (thickness by strength) once zoomed in.
 *
 * Why. At the fitted view or wider, sigma draws every tie between 1.7 px (its thinnest) and about
 * 2.4 px (the strongest, size / √ratio): strengths barely differ there, and a hairline looks the
 * same. A line takes 2 vertices where a rectangle takes 6; where WebGL runs in software (no usable
 * graphics card: the browser's fallback), a frame of 49,000 ties took 0.9 s instead of 2.1–2.4 s
 * (docs/performance.md, stop 17). Zoomed in (ratio below 1) ties are drawn thicker than their size
 * and the strength shows again, so the rectangles come back.
 *
 * Both programs receive every tie (sigma processes a tie into the program of its type, once per
 * full processing); only the one that fits the zoom draws. Negative ties keep their own rectangle
 * programs (map/negative-ties.ts): bad history stays visible at any zoom.
 */
import type { EdgeProgramType } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from "sigma/types";
import type Sigma from "sigma";
import type { GraphAttributes } from "../../graph/types.js";
import type { DisplayEdge, DisplayNode } from "../dataset.js";

type Program = InstanceType<EdgeProgramType<DisplayNode, DisplayEdge, GraphAttributes>>;

/** Whether a frame at these render parameters draws hairlines: the camera at the fitted view or wider. */
export function hairlinesAt(params: Pick<RenderParams, "sizeRatio">): boolean {
  return params.sizeRatio >= 1;
}

type Ties = EdgeProgramType<DisplayNode, DisplayEdge, GraphAttributes>;

/**
 * A tie program made of two — for a big map's straight ties, sigma's `EdgeLineProgram` and
 * `EdgeRectangleProgram` (map/settings.ts): every tie is processed into both, and each frame only
 * `Thin` draws when `hairlinesAt` its parameters, else only `Thick`; nothing while `shown()` is false.
 */
export function zoomSwitched(Thin: Ties, Thick: Ties, shown: () => boolean): Ties {
  const ZoomSwitched = class {
    drawLabel = undefined;
    private readonly thin: Program;
    private readonly thick: Program;
    constructor(gl: WebGLRenderingContext, pickingBuffer: WebGLFramebuffer | null, renderer: Sigma<DisplayNode, DisplayEdge, GraphAttributes>) {
      this.thin = new Thin(gl, pickingBuffer, renderer);
      this.thick = new Thick(gl, pickingBuffer, renderer);
    }
    reallocate(capacity: number): void {
      this.thin.reallocate(capacity);
      this.thick.reallocate(capacity);
    }
    process(edgeIndex: number, offset: number, sourceData: NodeDisplayData, targetData: NodeDisplayData, data: EdgeDisplayData): void {
      this.thin.process(edgeIndex, offset, sourceData, targetData, data);
      this.thick.process(edgeIndex, offset, sourceData, targetData, data);
    }
    render(params: RenderParams): void {
      if (!shown()) return;
      (hairlinesAt(params) ? this.thin : this.thick).render(params);
    }
    kill(): void {
      this.thin.kill();
      this.thick.kill();
    }
  };
  return ZoomSwitched as unknown as Ties;
}
