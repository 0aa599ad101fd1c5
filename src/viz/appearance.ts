/**
 * How each node looks before any highlighting: size from the chosen measure, colour from the
 * chosen grouping, shape from the kind (people = discs, organizations = squares; in two-mode data
 * the second mode, the events/affiliations, = squares too) and a ring or
 * paleness from the coalition status. Computed once per (data set, size measure, colour mode)
 * and read by the renderer's node reducer — the graph itself is never changed.
 */
import { CATEGORY_PALETTE, GROUP_COLORS, OTHER_COLOR, STATUS_COLORS, TEXT, tint } from "./colors.js";
import type { Dataset, DisplayNode } from "./dataset.js";
import { SIZE_MEASURES, type ColorMode, type SizeMeasure } from "./state.js";
import { MEMBER_GROUPS } from "../graph/groups.js";
import { colouredCommunities, slotsOf } from "./community-colors.js";

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

const RING_DARK = TEXT;

/** Node size range in pixels, smaller for large graphs so the map is not one blob. */
export function sizeRange(order: number): [number, number] {
  if (order > 5000) return [1.5, 9];
  if (order > 1000) return [2, 11];
  if (order > 200) return [3, 14];
  return [4, 18];
}

interface ColorCategories {
  colorOf: Map<string, string>;
  colors: LegendEntry[];
  colorTitle: string;
  /** A node's category: its id and attributes (read from them, not looked up again). */
  categoryOf: (n: string, a: DisplayNode) => string;
}

/**
 * Give the palette's colours to the first categories (`keys`, biggest first: in that order, or the
 * palette index a key names), and name the grey of the rest honestly: "12 more groups, grey".
 */
function paletteEntries(keys: { key: string; label: string; slot?: number | undefined }[], rest: string | null): { colorOf: Map<string, string>; colors: LegendEntry[] } {
  const colorOf = new Map<string, string>();
  const colors: LegendEntry[] = [];
  keys.slice(0, CATEGORY_PALETTE.length).forEach((k, i) => {
    const color = CATEGORY_PALETTE[k.slot ?? i] ?? OTHER_COLOR;
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
  if (colorBy === "community") {
    const all = ds.communities.communities;
    const coloured = colouredCommunities(all, CATEGORY_PALETTE.length);
    const rest = all.length - coloured.length;
    // The colour each community keeps across edits (community-colors.ts); by size rank without one.
    const slots = slotsOf(ds);
    const { colorOf, colors } = paletteEntries(
      coloured.map((c) => ({ key: String(c.id), label: c.label, slot: slots.get(c.id) })),
      rest > 0 ? `${more(rest, "group", "groups")}, grey` : null,
    );
    return { colorOf, colors, colorTitle: "Community", categoryOf: (n) => String(ds.communities.assignment[n] ?? -1) };
  }
  if (colorBy === "sector") {
    const named = ds.sectors.filter((s) => s.name !== "(none)");
    const rest = Math.max(0, named.length - CATEGORY_PALETTE.length);
    const none = named.length < ds.sectors.length;
    const words = [rest > 0 ? more(rest, "sector", "sectors") : "", none ? "no sector" : ""].filter((w) => w !== "").join(" and ");
    const label = words === "" ? null : `${words[0]?.toUpperCase() ?? ""}${words.slice(1)}, grey`;
    const { colorOf, colors } = paletteEntries(named.map((s) => ({ key: s.name, label: s.name })), label);
    return { colorOf, colors, colorTitle: "Sector", categoryOf: (_n, a) => a.sector || "(none)" };
  }
  const colorOf = new Map<string, string>();
  const colors: LegendEntry[] = [];
  if (colorBy === "status") {
    const names: Record<string, string> = { core: "Core", member: "Member", prospect: "Prospect", none: "Outside" };
    for (const s of ["core", "member", "prospect", "none"]) {
      colorOf.set(s, STATUS_COLORS[s] ?? OTHER_COLOR);
      colors.push({ label: names[s] ?? s, color: STATUS_COLORS[s] ?? OTHER_COLOR, key: s });
    }
    return { colorOf, colors, colorTitle: "Coalition status", categoryOf: (_n, a) => a.status };
  }
  for (const grp of MEMBER_GROUPS) {
    colorOf.set(grp, GROUP_COLORS[grp] ?? OTHER_COLOR);
    colors.push({ label: grp[0]?.toUpperCase() + grp.slice(1), color: GROUP_COLORS[grp] ?? OTHER_COLOR, key: grp });
  }
  return { colorOf, colors, colorTitle: "Group", categoryOf: (n) => ds.groups[n] ?? "community" };
}

/** `tint(base, t)` once per colour: a big map has a handful of colours and tens of thousands of pale nodes. */
function tintMemo(t: number): (base: string) => string {
  const memo = new Map<string, string>();
  return (base) => {
    let c = memo.get(base);
    if (c === undefined) memo.set(base, (c = tint(base, t)));
    return c;
  };
}

/**
 * Every node's style. One pass reads each node's standing once (its size measure and its mode); the
 * second makes the styles: the same as looking the standing up for each (three lookups a node, a
 * colour parsed for each pale node — 0.14 s at 50,000 people, docs/performance.md stop 16).
 */
export function computeAppearance(ds: Dataset, sizeBy: SizeMeasure, colorBy: ColorMode): Appearance {
  const g = ds.graph;
  const [minSize, maxSize] = sizeRange(g.order);
  const values = new Float64Array(g.order);
  const square = new Uint8Array(g.order);
  let max = 0;
  let i = 0;
  g.forEachNode((n) => {
    const st = ds.standing.get(n);
    // Before the analyses arrive: the number of ties.
    const v = st ? st[sizeBy] : g.degree(n);
    values[i] = v;
    if (st?.mode === 2) square[i] = 1;
    i++;
    max = Math.max(max, v);
  });

  const { colorOf, colors, colorTitle, categoryOf } = colorCategories(ds, colorBy);

  // Without any coalition status (a plain edge list) nobody is "outside": no paleness, no rings.
  const hasStatus = g.someNode((_n, a) => a.status !== "none");
  const palePerson = tintMemo(0.55);
  const paleProspect = tintMemo(0.4);
  const paleOutside = tintMemo(0.62);
  const styles = new Map<string, NodeStyle>();
  i = 0;
  g.forEachNode((n, a) => {
    const v = values[i] ?? 0;
    const type: NodeStyle["type"] = square[i] === 1 ? "organization" : a.kind;
    i++;
    const size = minSize + (maxSize - minSize) * (max > 0 ? Math.sqrt(Math.max(0, v) / max) : 0);
    const base = colorOf.get(categoryOf(n, a)) ?? OTHER_COLOR;
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
      } else if (hasStatus) color = palePerson(base);
    } else {
      if (status === "prospect") color = paleProspect(base);
      else if (status === "none" && hasStatus) color = paleOutside(base);
    }
    styles.set(n, { size: type === "organization" ? size * 0.9 : size, color, type, borderSize, borderColor });
  });
  // The same words as the Size select ("Size: connections", "Size: broker (betweenness)"…).
  const measure = SIZE_MEASURES.find((m) => m.id === sizeBy)?.label ?? sizeBy;
  const sizeTitle = `Size: ${sizeBy === "betweenness" ? "broker (betweenness)" : sizeBy === "pagerank" ? measure : measure.toLowerCase()}`;
  const twoMode = ds.analysis?.report.summary.twoMode !== undefined;
  return { styles, colorTitle, colors, sizeTitle, twoMode };
}
