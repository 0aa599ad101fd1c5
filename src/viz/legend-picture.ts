/**
 * The legend of the PNG export: the on-screen legend's model (legend.ts), drawn in a column
 * BESIDE the map picture (never over the network), under a title and a subtitle.
 */
import { TEXT } from "./colors.js";
import { fitText, wrapText } from "./map/fit-text.js";
import { SHAPE_GREY, type LegendModel, type LegendSwatch } from "./legend.js";

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const MUTED = "#52606d";

/** Cut a label to fit `max` pixels in the context's current font, with an ellipsis. */
function fit(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  return fitText(text, max, (t) => ctx.measureText(t).width);
}

/** Draw one swatch centred on (cx, y), `rad` its radius. */
function drawSwatch(ctx: CanvasRenderingContext2D, s: LegendSwatch, cx: number, y: number, rad: number, scale: number): void {
  ctx.save();
  if (s.kind === "tie") {
    ctx.strokeStyle = s.color;
    ctx.lineWidth = 2 * scale;
    ctx.beginPath();
    ctx.moveTo(cx - 6 * scale, y);
    ctx.lineTo(cx + 6 * scale, y);
    ctx.stroke();
  } else if (s.kind === "shape" && s.shape === "square") {
    ctx.fillStyle = SHAPE_GREY;
    ctx.fillRect(cx - rad, y - rad, rad * 2, rad * 2);
  } else {
    const shape = s.kind === "shape" ? s.shape : "disc";
    ctx.beginPath();
    ctx.arc(cx, y, rad, 0, Math.PI * 2);
    ctx.fillStyle = s.kind === "color" ? s.color : shape === "hollow" ? "#FFFFFF" : SHAPE_GREY;
    if (shape === "pale") ctx.globalAlpha = 0.45;
    ctx.fill();
    if (shape === "ring" || shape === "hollow") {
      ctx.lineWidth = (shape === "ring" ? 1.5 : 2.5) * scale;
      ctx.strokeStyle = shape === "ring" ? TEXT : SHAPE_GREY;
      ctx.stroke();
    }
  }
  ctx.restore();
}

/**
 * A label on at most two lines of `max` pixels (fit-text.ts `wrapText`): the words that fit on
 * the first, the rest on the second, cut with an ellipsis if still too long. "Tie (thicker =
 * stronger, → direction)" was cut to "→ direct…" in the 230-pixel column.
 */
export function wrapTwo(text: string, max: number, measure: (t: string) => number): string[] {
  return wrapText(text, max, 2, measure);
}

type Row = { kind: "title" | "heading" | "text"; label: string } | { kind: "item"; label: string; swatch: LegendSwatch };

const rowFont = (r: Row, scale: number): string =>
  r.kind === "item" ? `${11 * scale}px ${FONT}` : `${r.kind === "text" ? "" : "600 "}${(r.kind === "title" ? 13 : 11) * scale}px ${FONT}`;

/**
 * The picture `map` with the legend `model` in a column on its right; `scale` is the picture's
 * pixels per screen pixel (resolution × device pixel ratio).
 */
export function composeWithLegend(map: HTMLCanvasElement, model: LegendModel, scale: number, title: string, subtitle: string): HTMLCanvasElement {
  const line = 15 * scale;
  const pad = 12 * scale;
  const colWidth = 230 * scale;
  const rows: Row[] = [{ kind: "title", label: title }];
  if (subtitle) rows.push({ kind: "text", label: subtitle });
  for (const sec of model.sections) {
    rows.push({ kind: "heading", label: sec.title });
    for (const it of sec.items) rows.push({ kind: "item", label: it.label, swatch: it.swatch });
  }
  rows.push({ kind: "text", label: model.note });
  const out = document.createElement("canvas");
  const ctx = out.getContext("2d");
  if (!ctx) return map;
  // Each row's lines (an entry or a note wraps to two lines rather than losing its end; the title
  // and headings stay on one), measured in its own font.
  const laid = rows.map((r) => {
    ctx.font = rowFont(r, scale);
    const max = r.kind === "item" ? colWidth - 2 * pad - 18 * scale : colWidth - 2 * pad;
    const measure = (t: string) => ctx.measureText(t).width;
    return { r, lines: r.kind === "item" || r.kind === "text" ? wrapTwo(r.label, max, measure) : [fit(ctx, r.label, max)] };
  });
  const lineCount = laid.reduce((n, l) => n + l.lines.length, 0);
  out.width = map.width + colWidth;
  out.height = Math.max(map.height, Math.ceil(lineCount * line + 2 * pad));
  ctx.fillStyle = "#FFFFFF";
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(map, 0, 0);
  ctx.strokeStyle = "#dde2e8";
  ctx.lineWidth = scale;
  ctx.beginPath();
  ctx.moveTo(map.width + 0.5, 0);
  ctx.lineTo(map.width + 0.5, out.height);
  ctx.stroke();
  const x0 = map.width + pad;
  ctx.textBaseline = "middle";
  let at = 0;
  for (const { r, lines } of laid) {
    const y = pad + at * line + line / 2;
    at += lines.length;
    ctx.font = rowFont(r, scale);
    if (r.kind === "item") {
      drawSwatch(ctx, r.swatch, x0 + 5 * scale, y, 4 * scale, scale);
      ctx.fillStyle = TEXT;
      lines.forEach((t, k) => ctx.fillText(t, x0 + 18 * scale, y + k * line));
      continue;
    }
    ctx.fillStyle = r.kind === "text" ? MUTED : TEXT;
    lines.forEach((t, k) => ctx.fillText(t, x0, y + k * line));
  }
  return out;
}
