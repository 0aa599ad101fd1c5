/**
 * Colour-blind friendly palettes (Paul Tol's "muted" and "bright" schemes, Okabe & Ito) and
 * small colour utilities. No colour carries meaning alone: shapes, rings and the legend repeat it.
 */

/**
 * The category colours, in the order they are given out: Paul Tol's muted qualitative scheme (9),
 * then ten from Okabe & Ito and Kelly's colours of maximum contrast chosen to stay apart from
 * those and from the grey of "more groups" (no white, black or grey; no orange: that is the
 * highlight ring). Enough for 19 communities or sectors before any is grouped under grey.
 */
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
  "#0072B2", // blue
  "#D55E00", // vermillion
  "#8DB600", // yellow green
  "#654522", // brown
  "#E68FAC", // pink
  "#F3C300", // yellow
  "#2B3D26", // forest
  "#BE0032", // red
  "#F99379", // salmon
  "#00C2C7", // aqua
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

/** WCAG 2 relative luminance of an sRGB colour (0 = black, 1 = white). */
export function relativeLuminance(hex: string): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = parseHex(hex);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio of two colours (1 to 21; text asks ≥ 4.5). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a), lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export const TEXT_ON_LIGHT = "#000000";
export const TEXT_ON_DARK = "#FFFFFF";

/**
 * The one rule for text on a coloured background (chips, swatches with a number, heat cells):
 * black or white, whichever contrasts more by WCAG relative luminance. One of the two always
 * reaches 4.5:1: the better of black and white is at least 4.58:1 on any opaque background (the
 * page's dark grey #1F2933 would not: 3.8:1 at worst).
 */
export function textOn(hex: string): string {
  return contrastRatio(hex, TEXT_ON_LIGHT) >= contrastRatio(hex, TEXT_ON_DARK) ? TEXT_ON_LIGHT : TEXT_ON_DARK;
}
