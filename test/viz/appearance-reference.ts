/**
 * computeAppearance as it was before stop 16 (verbatim, imports adjusted): the reference that
 * test/viz/appearance.test.ts compares the faster one with.
 */
import { CATEGORY_PALETTE, GROUP_COLORS, OTHER_COLOR, STATUS_COLORS, TEXT, tint } from "../../src/viz/colors.js";
import type { Dataset } from "../../src/viz/dataset.js";
import { SIZE_MEASURES, type ColorMode, type SizeMeasure } from "../../src/viz/state.js";
import { MEMBER_GROUPS } from "../../src/graph/groups.js";

export interface NodeStyle {
  size: number;
  color: string;
  type: "person" | "organization";
  /** Ring (people only): relative size and colour. */
  borderSize: number;
  borderColor: string;
}

export interface LegendEntry {
  label: string;
  color: string;
  /** Extra: the key filtered on when clicking the entry (community id, sector, status…). */
  key?: string;
}

export interface Appearance {
  styles: Map<string, NodeStyle>;
  colorTitle: string;
  colors: LegendEntry[];
  sizeTitle: string;
  /** Two-mode (affiliation) data: the second mode is drawn as squares, and the legend says so. */
  twoMode: boolean;
}

/** Whether node `n` is drawn as a square: an organization, or an event/affiliation of two-mode data. */
function drawnAs(ds: Dataset, n: string, kind: NodeStyle["type"]): NodeStyle["type"] {
  return ds.standing.get(n)?.mode === 2 ? "organization" : kind;
}

const RING_DARK = TEXT;

/** Node size range in pixels, smaller for large graphs so the map is not one blob. */
export function sizeRange(order: number): [number, number] {
  if (order > 5000) return [1.5, 9];
  if (order > 1000) return [2, 11];
  if (order > 200) return [3, 14];
  return [4, 18];
}

function measureOf(ds: Dataset, node: string, measure: SizeMeasure): number {
  const st = ds.standing.get(node);
  if (st) return st[measure];
  // Before the analyses arrive: the number of ties.
  return ds.graph.degree(node);
}

interface ColorCategories {
  colorOf: Map<string, string>;
  colors: LegendEntry[];
  colorTitle: string;
  categoryOf: (n: string) => string;
}

/**
 * Give the palette's colours to the first categories (`keys`, biggest first), and name the grey
 * of the rest honestly: "12 more groups, grey".
 */
function paletteEntries(keys: { key: string; label: string }[], rest: string | null): { colorOf: Map<string, string>; colors: LegendEntry[] } {
  const colorOf = new Map<string, string>();
  const colors: LegendEntry[] = [];
  keys.slice(0, CATEGORY_PALETTE.length).forEach((k, i) => {
    const color = CATEGORY_PALETTE[i] ?? OTHER_COLOR;
    colorOf.set(k.key, color);
    colors.push({ label: k.label, color, key: k.key });
  });
  if (rest !== null) colors.push({ label: rest, color: OTHER_COLOR });
  return { colorOf, colors };
}

/** "1 more group" / "12 more groups". */
function more(n: number, one: string, many: string): string {
  return `${n} more ${n === 1 ? one : many}`;
}

/** The colour of each category of the chosen grouping, and the legend's entries. */
export function colorCategories(ds: Dataset, colorBy: ColorMode): ColorCategories {
  const g = ds.graph;
  if (colorBy === "community") {
    const all = ds.communities.communities;
    const coloured = all.filter((c) => c.size > 1).slice(0, CATEGORY_PALETTE.length);
    const rest = all.length - coloured.length;
    const { colorOf, colors } = paletteEntries(coloured.map((c) => ({ key: String(c.id), label: c.label })), rest > 0 ? `${more(rest, "group", "groups")}, grey` : null);
    return { colorOf, colors, colorTitle: "Community", categoryOf: (n) => String(ds.communities.assignment[n] ?? -1) };
  }
  if (colorBy === "sector") {
    const named = ds.sectors.filter((s) => s.name !== "(none)");
    const rest = Math.max(0, named.length - CATEGORY_PALETTE.length);
    const none = named.length < ds.sectors.length;
    const words = [rest > 0 ? more(rest, "sector", "sectors") : "", none ? "no sector" : ""].filter((w) => w !== "").join(" and ");
    const label = words === "" ? null : `${words[0]?.toUpperCase() ?? ""}${words.slice(1)}, grey`;
    const { colorOf, colors } = paletteEntries(named.map((s) => ({ key: s.name, label: s.name })), label);
    return { colorOf, colors, colorTitle: "Sector", categoryOf: (n) => g.getNodeAttribute(n, "sector") || "(none)" };
  }
  const colorOf = new Map<string, string>();
  const colors: LegendEntry[] = [];
  if (colorBy === "status") {
    const names: Record<string, string> = { core: "Core", member: "Member", prospect: "Prospect", none: "Outside" };
    for (const s of ["core", "member", "prospect", "none"]) {
      colorOf.set(s, STATUS_COLORS[s] ?? OTHER_COLOR);
      colors.push({ label: names[s] ?? s, color: STATUS_COLORS[s] ?? OTHER_COLOR, key: s });
    }
    return { colorOf, colors, colorTitle: "Coalition status", categoryOf: (n) => g.getNodeAttribute(n, "status") };
  }
  for (const grp of MEMBER_GROUPS) {
    colorOf.set(grp, GROUP_COLORS[grp] ?? OTHER_COLOR);
    colors.push({ label: grp[0]?.toUpperCase() + grp.slice(1), color: GROUP_COLORS[grp] ?? OTHER_COLOR, key: grp });
  }
  return { colorOf, colors, colorTitle: "Group", categoryOf: (n) => ds.groups[n] ?? "community" };
}

export function computeAppearance(ds: Dataset, sizeBy: SizeMeasure, colorBy: ColorMode): Appearance {
  const g = ds.graph;
  const [minSize, maxSize] = sizeRange(g.order);
  let max = 0;
  g.forEachNode((n) => {
    max = Math.max(max, measureOf(ds, n, sizeBy));
  });

  const { colorOf, colors, colorTitle, categoryOf } = colorCategories(ds, colorBy);

  // Without any coalition status (a plain edge list) nobody is "outside": no paleness, no rings.
  const hasStatus = g.someNode((_n, a) => a.status !== "none");
  const styles = new Map<string, NodeStyle>();
  g.forEachNode((n, a) => {
    const v = measureOf(ds, n, sizeBy);
    const size = minSize + (maxSize - minSize) * (max > 0 ? Math.sqrt(Math.max(0, v) / max) : 0);
    const base = colorOf.get(categoryOf(n)) ?? OTHER_COLOR;
    const status = a.status;
    let color = base;
    let borderSize = 0;
    let borderColor = RING_DARK;
    if (a.kind === "person") {
      if (status === "core") borderSize = 0.32;
      else if (status === "member") borderSize = 0.18;
      else if (status === "prospect") {
        // Hollow: a thick ring of the colour around a white centre.
        borderSize = 0.38;
        borderColor = base;
        color = "#FFFFFF";
      } else if (hasStatus) color = tint(base, 0.55);
    } else {
      if (status === "prospect") color = tint(base, 0.4);
      else if (status === "none" && hasStatus) color = tint(base, 0.62);
    }
    const type = drawnAs(ds, n, a.kind);
    styles.set(n, { size: type === "organization" ? size * 0.9 : size, color, type, borderSize, borderColor });
  });
  // The same words as the Size select ("Size: connections", "Size: broker (betweenness)"…).
  const measure = SIZE_MEASURES.find((m) => m.id === sizeBy)?.label ?? sizeBy;
  const sizeTitle = `Size: ${sizeBy === "betweenness" ? "broker (betweenness)" : sizeBy === "pagerank" ? measure : measure.toLowerCase()}`;
  const twoMode = ds.analysis?.report.summary.twoMode !== undefined;
  return { styles, colorTitle, colors, sizeTitle, twoMode };
}
