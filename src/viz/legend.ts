/**
 * The legend: an overlay on the map (DOM), and the same content drawn onto a canvas for the
 * PNG export. Colours, shapes (people ● organizations ■), status (ring / hollow / pale) and ties.
 */
import type { Appearance } from "./appearance.js";
import { EDGE_COLOR, EDGE_NEGATIVE, TEXT } from "./colors.js";
import { h, replaceChildren } from "./dom.js";

const SHAPES = [
  { label: "Person", cls: "sw", color: "#7b8794" },
  { label: "Organization", cls: "sw square", color: "#7b8794" },
];
const STATUS = [
  { label: "Member (ring)", cls: "sw member", color: "#7b8794" },
  { label: "Prospect (hollow)", cls: "sw ring", color: "" },
  { label: "Outside (pale)", cls: "sw pale", color: "#7b8794" },
];

export function renderLegend(root: HTMLElement, app: Appearance | null): void {
  if (!app) {
    replaceChildren(root);
    root.hidden = true;
    return;
  }
  root.hidden = false;
  const swatch = (cls: string, color: string) => {
    const s = h("span", { className: cls, attrs: { "aria-hidden": "true" } });
    if (color) s.style.background = color;
    return s;
  };
  const details = h("details", { attrs: { open: "" } });
  replaceChildren(root, details);
  replaceChildren(
    details,
    h("summary", {}, "Legend"),
    h("h3", {}, app.colorTitle),
    h("ul", {}, ...app.colors.map((c) => h("li", {}, swatch("sw", c.color), h("span", { className: "label", title: c.label }, c.label)))),
    h("h3", {}, "Shape & status"),
    h(
      "ul",
      { className: "grid" },
      ...SHAPES.map((s) => h("li", {}, swatch(s.cls, s.color), s.label)),
      ...STATUS.map((s) => h("li", {}, swatch(s.cls, s.color), s.label)),
    ),
    h("h3", {}, "Ties"),
    h(
      "ul",
      {},
      h("li", {}, h("span", { className: "line" }), "Tie (thicker = stronger, → direction)"),
      h("li", {}, h("span", { className: "line neg" }), "Conflict / bad history"),
    ),
    h("div", { className: "muted" }, app.sizeTitle),
  );
}

/** Draw the legend in the bottom-left corner of a canvas (for the PNG export). */
export function drawLegend(ctx: CanvasRenderingContext2D, app: Appearance, scale: number, title: string): void {
  const font = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
  const line = 17 * scale;
  const pad = 10 * scale;
  const rows: { kind: "title" | "color" | "shape" | "tie" | "text"; label: string; color?: string; shape?: string }[] = [];
  rows.push({ kind: "title", label: title });
  rows.push({ kind: "title", label: app.colorTitle });
  for (const c of app.colors) rows.push({ kind: "color", label: c.label, color: c.color });
  rows.push({ kind: "shape", label: "Person", shape: "disc" });
  rows.push({ kind: "shape", label: "Organization", shape: "square" });
  rows.push({ kind: "shape", label: "Member (dark ring)", shape: "ring" });
  rows.push({ kind: "shape", label: "Prospect (hollow)", shape: "hollow" });
  rows.push({ kind: "tie", label: "Positive tie", color: EDGE_COLOR });
  rows.push({ kind: "tie", label: "Conflict / bad history", color: EDGE_NEGATIVE });
  rows.push({ kind: "text", label: app.sizeTitle });
  ctx.font = `${12 * scale}px ${font}`;
  const width = Math.max(...rows.map((r) => ctx.measureText(r.label).width)) + 40 * scale;
  const height = rows.length * line + 2 * pad;
  const x0 = 12 * scale;
  const y0 = ctx.canvas.height - height - 12 * scale;
  ctx.fillStyle = "rgba(255,255,255,0.95)";
  ctx.strokeStyle = "#dde2e8";
  ctx.lineWidth = 1 * scale;
  ctx.beginPath();
  ctx.rect(x0, y0, width, height);
  ctx.fill();
  ctx.stroke();
  rows.forEach((r, i) => {
    const y = y0 + pad + i * line + line / 2;
    const tx = x0 + pad + 20 * scale;
    ctx.fillStyle = TEXT;
    ctx.font = `${r.kind === "title" ? "600 " : ""}${12 * scale}px ${font}`;
    ctx.textBaseline = "middle";
    if (r.kind === "title" || r.kind === "text") {
      ctx.fillText(r.label, x0 + pad, y);
      return;
    }
    const cx = x0 + pad + 6 * scale;
    const rad = 5 * scale;
    ctx.fillStyle = r.color ?? "#7b8794";
    if (r.kind === "color" || r.shape === "disc") {
      ctx.beginPath();
      ctx.arc(cx, y, rad, 0, Math.PI * 2);
      ctx.fill();
    } else if (r.shape === "square") {
      ctx.fillRect(cx - rad, y - rad, rad * 2, rad * 2);
    } else if (r.shape === "ring" || r.shape === "hollow") {
      ctx.beginPath();
      ctx.arc(cx, y, rad, 0, Math.PI * 2);
      ctx.fillStyle = r.shape === "ring" ? "#7b8794" : "#fff";
      ctx.fill();
      ctx.lineWidth = (r.shape === "ring" ? 2 : 3) * scale;
      ctx.strokeStyle = r.shape === "ring" ? TEXT : "#7b8794";
      ctx.stroke();
    } else if (r.kind === "tie") {
      ctx.strokeStyle = r.color ?? EDGE_COLOR;
      ctx.lineWidth = 2.5 * scale;
      ctx.beginPath();
      ctx.moveTo(cx - 8 * scale, y);
      ctx.lineTo(cx + 8 * scale, y);
      ctx.stroke();
    }
    ctx.fillStyle = TEXT;
    ctx.fillText(r.label, tx, y);
  });
}
