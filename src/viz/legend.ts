/**
 * The legend: an overlay on the map (DOM), and the same content drawn onto a canvas for the
 * PNG export (in a column beside the map). Colours, shapes (people ● organizations ■), status (ring / hollow / pale) and ties.
 */
import type { Appearance } from "./appearance.js";
import { EDGE_COLOR, EDGE_NEGATIVE, TEXT } from "./colors.js";
import { h, replaceChildren } from "./dom.js";
import type { State } from "./state.js";

const SHAPES = [
  { label: "Person", cls: "sw", color: "#7b8794" },
  { label: "Organization", cls: "sw square", color: "#7b8794" },
];
const STATUS = [
  { label: "Member (ring)", cls: "sw member", color: "#7b8794" },
  { label: "Prospect (hollow)", cls: "sw ring", color: "" },
  { label: "Outside (pale)", cls: "sw pale", color: "#7b8794" },
];

/** Whether the filters hide every node of this colour entry (then the legend leaves it out). */
function filteredOut(key: string | undefined, view: Pick<State, "colorBy" | "filters"> | undefined): boolean {
  if (key === undefined || !view) return false;
  const f = view.filters;
  if (view.colorBy === "community") return f.communities.includes(Number(key));
  if (view.colorBy === "sector") return f.sectors.includes(key);
  if (view.colorBy === "status") return f.statuses.includes(key);
  return false;
}

export function renderLegend(root: HTMLElement, app: Appearance | null, view?: Pick<State, "colorBy" | "filters">): void {
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
  // Keep the user's choice (folded or not) when the legend is redrawn.
  const wasOpen = root.querySelector("details")?.open ?? true;
  const details = h("details", wasOpen ? { attrs: { open: "" } } : {});
  replaceChildren(root, details);
  replaceChildren(
    details,
    h("summary", {}, "Legend"),
    h("h3", {}, app.colorTitle),
    h("ul", {}, ...app.colors.filter((c) => !filteredOut(c.key, view)).map((c) => h("li", {}, swatch("sw", c.color), h("span", { className: "label", title: c.label }, c.label)))),
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

/** Cut a label to fit `max` pixels, with an ellipsis. */
function fit(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let t = text;
  while (t.length > 1 && ctx.measureText(`${t}…`).width > max) t = t.slice(0, -1);
  return `${t}…`;
}

/**
 * The PNG export: the map with a compact legend in a column BESIDE it (never over the map).
 * `title` and `subtitle` head the column (e.g. "Coalition Map" and the file names).
 */
export function composeWithLegend(map: HTMLCanvasElement, app: Appearance, scale: number, title: string, subtitle: string): HTMLCanvasElement {
  const font = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
  const fontSize = 11 * scale;
  const line = 15 * scale;
  const pad = 12 * scale;
  const colWidth = 230 * scale;
  const rows: { kind: "title" | "heading" | "color" | "shape" | "tie" | "text"; label: string; color?: string; shape?: string }[] = [];
  rows.push({ kind: "title", label: title });
  if (subtitle) rows.push({ kind: "text", label: subtitle });
  rows.push({ kind: "heading", label: app.colorTitle });
  for (const c of app.colors) rows.push({ kind: "color", label: c.label, color: c.color });
  rows.push({ kind: "heading", label: "Shape & status" });
  rows.push({ kind: "shape", label: "Person", shape: "disc" });
  rows.push({ kind: "shape", label: "Organization", shape: "square" });
  rows.push({ kind: "shape", label: "Member (dark ring)", shape: "ring" });
  rows.push({ kind: "shape", label: "Prospect (hollow)", shape: "hollow" });
  rows.push({ kind: "heading", label: "Ties" });
  rows.push({ kind: "tie", label: "Positive tie", color: EDGE_COLOR });
  rows.push({ kind: "tie", label: "Conflict / bad history", color: EDGE_NEGATIVE });
  rows.push({ kind: "text", label: app.sizeTitle });
  const legendHeight = rows.length * line + 2 * pad;
  const out = document.createElement("canvas");
  out.width = map.width + colWidth;
  out.height = Math.max(map.height, Math.ceil(legendHeight));
  const ctx = out.getContext("2d");
  if (!ctx) return map;
  ctx.fillStyle = "#FFFFFF";
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(map, 0, 0);
  ctx.strokeStyle = "#dde2e8";
  ctx.lineWidth = 1 * scale;
  ctx.beginPath();
  ctx.moveTo(map.width + 0.5, 0);
  ctx.lineTo(map.width + 0.5, out.height);
  ctx.stroke();
  const x0 = map.width + pad;
  const textMax = colWidth - 2 * pad - 18 * scale;
  ctx.textBaseline = "middle";
  rows.forEach((r, i) => {
    const y = pad + i * line + line / 2;
    const tx = x0 + 18 * scale;
    ctx.fillStyle = TEXT;
    if (r.kind === "title" || r.kind === "heading" || r.kind === "text") {
      ctx.font = `${r.kind === "text" ? "" : "600 "}${r.kind === "title" ? 13 * scale : fontSize}px ${font}`;
      ctx.fillStyle = r.kind === "text" ? "#52606d" : TEXT;
      ctx.fillText(fit(ctx, r.label, colWidth - 2 * pad), x0, y);
      return;
    }
    ctx.font = `${fontSize}px ${font}`;
    const cx = x0 + 5 * scale;
    const rad = 4 * scale;
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
      ctx.lineWidth = (r.shape === "ring" ? 1.5 : 2.5) * scale;
      ctx.strokeStyle = r.shape === "ring" ? TEXT : "#7b8794";
      ctx.stroke();
    } else if (r.kind === "tie") {
      ctx.strokeStyle = r.color ?? EDGE_COLOR;
      ctx.lineWidth = 2 * scale;
      ctx.beginPath();
      ctx.moveTo(cx - 6 * scale, y);
      ctx.lineTo(cx + 6 * scale, y);
      ctx.stroke();
    }
    ctx.fillStyle = TEXT;
    ctx.fillText(fit(ctx, r.label, textMax), tx, y);
  });
  return out;
}
