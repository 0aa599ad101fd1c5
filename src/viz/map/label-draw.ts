/**
 * How a name is drawn on the map, and the rectangle it covers: a plain label with a white halo
 * (readable over ties), or — for highlighted, selected and hovered nodes — a white card with a soft
 * shadow. Every distance is in proportion to the label size (12 px on screen; bigger in a
 * high-resolution picture), so `labelBox` always matches what `drawLabel`/`drawHover` paint.
 */
import { TEXT } from "../colors.js";
import type { LabelBox, LabelData, MapSettings } from "./types.js";

/** The screen's label size: the unit of the distances below. */
export const SCREEN_LABEL_SIZE = 12;

function unit(labelSize: number): number {
  return labelSize / SCREEN_LABEL_SIZE;
}

/** A plain label with a white halo, bold when highlighted. */
export function drawLabel(ctx: CanvasRenderingContext2D, data: LabelData, settings: MapSettings): void {
  if (!data.label) return;
  const size = settings.labelSize;
  const u = unit(size);
  ctx.font = `${data.highlighted ? "600" : settings.labelWeight} ${size}px ${settings.labelFont}`;
  const x = data.x + data.size + 4 * u;
  const y = data.y + size / 3;
  ctx.lineJoin = "round";
  ctx.lineWidth = 3.5 * u;
  ctx.strokeStyle = "rgba(255,255,255,0.92)";
  ctx.strokeText(data.label, x, y);
  ctx.fillStyle = TEXT;
  ctx.fillText(data.label, x, y);
}

/** A name on a white card with a soft shadow (highlighted, selected and hovered nodes). */
export function drawHover(ctx: CanvasRenderingContext2D, data: LabelData, settings: MapSettings): void {
  if (!data.label) return;
  const size = settings.labelSize;
  const u = unit(size);
  ctx.font = `600 ${size}px ${settings.labelFont}`;
  const w = ctx.measureText(data.label).width;
  const x = data.x + data.size + 1 * u;
  const y = data.y - size / 2 - 4 * u;
  ctx.save();
  ctx.fillStyle = "#FFFFFF";
  ctx.shadowColor = "rgba(16,24,40,0.25)";
  ctx.shadowBlur = 6 * u;
  ctx.beginPath();
  ctx.roundRect(x, y, w + 8 * u, size + 8 * u, 4 * u);
  ctx.fill();
  ctx.restore();
  ctx.fillStyle = TEXT;
  ctx.fillText(data.label, x + 4 * u, data.y + size / 3);
}

/**
 * The rectangle a label covers, for a node drawn at (x, y) with rendered `size`, its text `width`
 * pixels wide at `labelSize`: the card's (`card`) or the plain label's with its halo.
 */
export function labelBox(node: string, label: string, x: number, y: number, size: number, width: number, labelSize: number, card: boolean): LabelBox {
  const u = unit(labelSize);
  // As drawHover places its card: x + size + 1, width w + 8, from y - labelSize/2 - 4, height labelSize + 8.
  if (card) return { node, label, x0: x + size + 1 * u, y0: y - labelSize / 2 - 4 * u, x1: x + size + 9 * u + width, y1: y + labelSize / 2 + 4 * u };
  // As drawLabel places it: x + size + 4, baseline y + labelSize/3, plus the 3.5 px halo.
  return { node, label, x0: x + size + 2 * u, y0: y - labelSize / 2 - 3 * u, x1: x + size + 6 * u + width, y1: y + labelSize / 2 + 3 * u };
}
