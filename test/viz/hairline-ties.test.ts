/**
 * A big map's straight ties (map/hairline-ties.ts): every tie is processed into both programs, and a
 * frame draws hairlines at the fitted view or wider, rectangles zoomed in, nothing while the ties
 * are hidden. Checked with recording stand-ins for sigma's programs.
 */
import { describe, expect, it } from "vitest";
import type { RenderParams } from "sigma/types";

import { hairlinesAt, zoomSwitched } from "../../src/viz/map/hairline-ties.js";
import { tieLegend } from "../../src/viz/legend.js";
import { BIG_GRAPH } from "../../src/viz/map/view.js";

type Ties = Parameters<typeof zoomSwitched>[0];

function recorder(log: string[], name: string): Ties {
  return class {
    drawLabel = undefined;
    reallocate(capacity: number): void {
      log.push(`${name}.reallocate(${capacity})`);
    }
    process(edgeIndex: number, offset: number): void {
      log.push(`${name}.process(${edgeIndex},${offset})`);
    }
    render(params: RenderParams): void {
      log.push(`${name}.render(${params.sizeRatio})`);
    }
    kill(): void {
      log.push(`${name}.kill`);
    }
  } as unknown as Ties;
}

const params = (sizeRatio: number) => ({ sizeRatio }) as RenderParams;

describe("hairline ties", () => {
  it("processes every tie into both programs and draws the one that fits the zoom", () => {
    const log: string[] = [];
    let shown = true;
    const Program = zoomSwitched(recorder(log, "thin"), recorder(log, "thick"), () => shown);
    const p = new Program(null as unknown as WebGLRenderingContext, null, null as never);
    p.reallocate(2);
    p.process(0, 0, {} as never, {} as never, {} as never);
    p.process(1, 1, {} as never, {} as never, {} as never);
    expect(log.splice(0)).toEqual(["thin.reallocate(2)", "thick.reallocate(2)", "thin.process(0,0)", "thick.process(0,0)", "thin.process(1,1)", "thick.process(1,1)"]);
    p.render(params(1)); // the fitted view
    p.render(params(Math.sqrt(2))); // zoomed out
    p.render(params(0.5)); // zoomed in
    expect(log.splice(0)).toEqual([`thin.render(1)`, `thin.render(${Math.sqrt(2)})`, "thick.render(0.5)"]);
    shown = false;
    p.render(params(1));
    p.render(params(0.5));
    expect(log.splice(0)).toEqual([]);
    p.kill();
    expect(log).toEqual(["thin.kill", "thick.kill"]);
  });

  it("draws hairlines exactly when the camera is at the fitted view or wider", () => {
    expect(hairlinesAt(params(1))).toBe(true);
    expect(hairlinesAt(params(3))).toBe(true);
    expect(hairlinesAt(params(0.999))).toBe(false);
  });

  it("the legend says a big map shows strength once zoomed in", () => {
    const styles = (n: number) => ({ styles: new Map(Array.from({ length: n }, (_, i) => [`n${i}`, {}])) }) as unknown as Parameters<typeof tieLegend>[0];
    expect(tieLegend(styles(BIG_GRAPH))).toBe("Tie (thicker = stronger, → direction)");
    expect(tieLegend(styles(BIG_GRAPH + 1))).toBe("Tie (thicker = stronger when zoomed in, → direction)");
  });
});
