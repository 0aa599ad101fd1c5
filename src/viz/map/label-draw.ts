/**
 * How a name is drawn on the map, and the rectangle it covers: a plain label with a white halo
 * (readable over ties), or — for highlighted, selected and hovered nodes — a white card with a soft
 * shadow. Every distance is in proportion to the label size (12 px on screen; bigger in a
 * high-resolution picture), so `labelBox` always matches what `drawLabel`/`drawHover` paint.
 * A name goes to the right of its node, or to its left (`left`: the label planner's choice when
 * the right is taken), at the same distance.
 */
import { TEXT } from "../colors.js";
import type { LabelBox, LabelData, MapSettings } from "./types.js";

/** The screen's label size: the unit of the distances below. */
export const SCREEN_LABEL_SIZE = 12;

function unit(labelSize: number): number {
  return labelSize / SCREEN_LABEL_SIZE;
}

/** A plain label with a white halo, bold when highlighted. */
export function drawLabel(ctx: CanvasRenderingContext2D, data: LabelData, settings: MapSettings, left = false): void {
  if (!data.label) return;
  const size = settings.labelSize;
  const u = unit(size);
  ctx.font = `${data.highlighted ? "600" : settings.labelWeight} ${size}px ${settings.labelFont}`;
  const x = left ? data.x - data.size - 4 * u : data.x + data.size + 4 * u;
  const y = data.y + size / 3;
  ctx.lineJoin = "round";
  ctx.lineWidth = 3.5 * u;
  ctx.strokeStyle = "rgba(255,255,255,0.92)";
  if (left) ctx.textAlign = "right";
  ctx.strokeText(data.label, x, y);
  ctx.fillStyle = TEXT;
  ctx.fillText(data.label, x, y);
  if (left) ctx.textAlign = "left";
}

/** A name on a white card with a soft shadow (highlighted, selected and hovered nodes). */
export function drawHover(ctx: CanvasRenderingContext2D, data: LabelData, settings: MapSettings, left = false): void {
  if (!data.label) return;
  const size = settings.labelSize;
  const u = unit(size);
  ctx.font = `600 ${size}px ${settings.labelFont}`;
  const w = ctx.measureText(data.label).width;
  const x = left ? data.x - data.size - 1 * u - (w + 8 * u) : data.x + data.size + 1 * u;
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
export function labelBox(node: string, label: string, x: number, y: number, size: number, width: number, labelSize: number, card: boolean, left = false): LabelBox {
  const u = unit(labelSize);
  // As drawHover places its card: x + size + 1, width w + 8, from y - labelSize/2 - 4, height labelSize + 8.
  // As drawLabel places it: x + size + 4, baseline y + labelSize/3, plus the 3.5 px halo.
  // On the left: the same distances from x - size, mirrored.
  const near = card ? 1 * u : 2 * u;
  const far = card ? 9 * u + width : 6 * u + width;
  const y0 = y - labelSize / 2 - (card ? 4 : 3) * u;
  const y1 = y + labelSize / 2 + (card ? 4 : 3) * u;
  if (left) return { node, label, x0: x - size - far, y0, x1: x - size - near, y1 };
  return { node, label, x0: x + size + near, y0, x1: x + size + far, y1 };
}
