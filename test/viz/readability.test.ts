/**
 * A map that reads at a glance (issue 11 §2), the parts that need no browser: enough category
 * colours and an honest name for the grey rest; text on coloured backgrounds ≥ 4.5:1 (WCAG) by
 * the one rule (`textOn`), and the text/background pairs of styles.css.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { colorCategories } from "../../src/viz/appearance.js";
import { CATEGORY_PALETTE, contrastRatio, OTHER_COLOR, STATUS_COLORS, GROUP_COLORS, textOn, heat } from "../../src/viz/colors.js";
import type { Dataset } from "../../src/viz/dataset.js";

/** Just what colorCategories reads of a data set. */
function fakeDataset(communities: number[], sectors: { name: string; count: number }[]): Dataset {
  const list = communities.map((size, id) => ({ id, label: `Group ${id}`, size, members: [], central: [] }));
  return { communities: { assignment: {}, modularity: 0.5, communities: list, runs: 1 }, sectors, graph: null, groups: {} } as unknown as Dataset;
}

function hexDistance(a: string, b: string): number {
  const p = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const [x, y] = [p(a), p(b)];
  return Math.hypot(...x.map((v, i) => v - (y[i] ?? 0)));
}

describe("category colours", () => {
  it("has about twenty colours, all distinct from each other and from the grey of the rest", () => {
    expect(CATEGORY_PALETTE.length).toBeGreaterThanOrEqual(19);
    const all = [...CATEGORY_PALETTE, OTHER_COLOR];
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++) expect(hexDistance(all[i] ?? "", all[j] ?? ""), `${all[i]} vs ${all[j]}`).toBeGreaterThan(50);
  });

  it("colours 19 of 40 similar communities and names the rest: '21 more groups, grey'", () => {
    const { colors } = colorCategories(fakeDataset(Array.from({ length: 40 }, () => 250), []), "community");
    expect(colors.filter((c) => c.color !== OTHER_COLOR)).toHaveLength(CATEGORY_PALETTE.length);
    expect(colors.at(-1)).toEqual({ label: `${40 - CATEGORY_PALETTE.length} more groups, grey`, color: OTHER_COLOR });
  });

  it("colours every one of 16 sectors (law enforcement too); only 'No sector' is grey", () => {
    const sectors = Array.from({ length: 16 }, (_, i) => ({ name: i === 15 ? "law enforcement" : `sector ${i}`, count: 100 - i }));
    const { colors, colorOf } = colorCategories(fakeDataset([], [...sectors, { name: "(none)", count: 3 }]), "sector");
    expect(colorOf.get("law enforcement")).not.toBe(OTHER_COLOR);
    expect(colors.filter((c) => c.color === OTHER_COLOR).map((c) => c.label)).toEqual(["No sector, grey"]);
    const { colors: few } = colorCategories(fakeDataset([], sectors.slice(0, 3)), "sector");
    expect(few.some((c) => c.color === OTHER_COLOR)).toBe(false);
  });
});

describe("contrast", () => {
  it("textOn gives black or white at ≥ 4.5:1 on every colour", () => {
    const backgrounds = [...CATEGORY_PALETTE, OTHER_COLOR, ...Object.values(STATUS_COLORS), ...Object.values(GROUP_COLORS), ...[0, 0.25, 0.5, 0.75, 1].map(heat)];
    for (let v = 0; v < 256; v += 17) for (let w = 0; w < 256; w += 51) backgrounds.push(`#${[v, w, 255 - v].map((c) => c.toString(16).padStart(2, "0")).join("")}`);
    for (const bg of backgrounds) expect(contrastRatio(textOn(bg), bg), bg).toBeGreaterThanOrEqual(4.5);
  });

  it("the text/background pairs of styles.css reach 4.5:1", () => {
    const css = readFileSync("src/viz/styles.css", "utf-8");
    const vars = Object.fromEntries([...css.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
    const v = (name: string) => vars[name] ?? "";
    const pairs: [string, string, string][] = [
      ["text on panel", v("text"), v("panel")],
      ["text on page", v("text"), v("bg")],
      ["muted on panel", v("muted"), v("panel")],
      ["muted on page (tabs)", v("muted"), v("bg")],
      ["muted on accent-soft (suggestions)", v("muted"), v("accent-soft")],
      ["accent links", v("accent"), v("panel")],
      ["primary button", "#ffffff", v("accent")],
      ["warn", v("warn"), v("panel")],
      ["bad chip", v("bad"), "#fdecea"],
      ["good chip", v("ok"), "#e8f3e9"],
      ["chip", v("text"), "#eef1f4"],
      ["banner", "#6b4c0a", "#fffaf0"],
      ["callout", "#7a1f16", "#fdecea"],
      ["missing service cell (darker stripe)", "#7a1f16", "#f6c9c4"],
      ["tooltip rows", "#d7dde4", "#1f2933"],
      ["selected row score", v("muted"), "#fffcf5"],
    ];
    for (const [what, fg, bg] of pairs) expect(contrastRatio(fg, bg), what).toBeGreaterThanOrEqual(4.5);
  });
});
