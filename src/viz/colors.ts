/**
 * Colour-blind friendly palettes (Paul Tol's "muted" and "bright" schemes, Okabe & Ito) and
 * small colour utilities. No colour carries meaning alone: shapes, rings and the legend repeat it.
 */

/** Paul Tol's muted qualitative scheme (9 colours), then a neutral for "other". */
export const CATEGORY_PALETTE = [
  "#332288", // indigo
  "#117733", // green
  "#44AA99", // teal
  "#88CCEE", // cyan
  "#DDCC77", // sand
  "#CC6677", // rose
  "#AA4499", // purple
  "#882255", // wine
  "#999933", // olive
] as const;

export const OTHER_COLOR = "#B4B9C2";
export const EDGE_COLOR = "#C9CED6";
/** A hovered node's ties on big maps (where the rest is not dimmed). */
export const EDGE_HOVER = "#6B7685";
export const EDGE_NEGATIVE = "#D1352B";
export const HIGHLIGHT = "#E8A317";
/** The two sides of a bad-history group (colour-blind-safe pair, distinct from the highlight). */
export const SIDE_COLORS = ["#0072B2", "#CC79A7"] as const;
export const DIM_NODE = "#E4E7EB";
export const DIM_EDGE = "#F0F2F4";
export const TEXT = "#1F2933";

/** Coalition status colours (Okabe–Ito blues/orange + grey). */
export const STATUS_COLORS: Record<string, string> = {
  core: "#0072B2",
  member: "#56B4E9",
  prospect: "#E69F00",
  none: "#A0A6AF",
};

/** The seed's five groups (Okabe–Ito). */
export const GROUP_COLORS: Record<string, string> = {
  "lived experience": "#CC79A7",
  providers: "#0072B2",
  influential: "#E69F00",
  "policy makers": "#009E73",
  community: "#56B4E9",
};

function parseHex(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!m || m[1] === undefined) return [128, 128, 128];
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex(r: number, g: number, b: number): string {
  const c = (x: number) => Math.max(0, Math.min(255, Math.round(x))).toString(16).padStart(2, "0");
  return `#${c(r)}${c(g)}${c(b)}`;
}

/** Mix a colour with white: t = 0 → the colour, t = 1 → white. */
export function tint(hex: string, t: number): string {
  const [r, g, b] = parseHex(hex);
  return toHex(r + (255 - r) * t, g + (255 - g) * t, b + (255 - b) * t);
}

/** Mix with black: t = 0 → the colour, t = 1 → black. */
export function shade(hex: string, t: number): string {
  const [r, g, b] = parseHex(hex);
  return toHex(r * (1 - t), g * (1 - t), b * (1 - t));
}

/** Sequential heat colours for the gap matrix (light to dark blue, Tol's "iridescent"-like). */
export function heat(t: number): string {
  const stops = ["#F7FBFF", "#C6DBEF", "#6BAED6", "#2171B5", "#08306B"];
  const x = Math.max(0, Math.min(1, t)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  const [r1, g1, b1] = parseHex(stops[i] ?? "#ffffff");
  const [r2, g2, b2] = parseHex(stops[i + 1] ?? "#000000");
  const f = x - i;
  return toHex(r1 + (r2 - r1) * f, g1 + (g2 - g1) * f, b1 + (b2 - b1) * f);
}

/** Readable text colour on a background. */
export function textOn(hex: string): string {
  const [r, g, b] = parseHex(hex);
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? "#1F2933" : "#FFFFFF";
}
