/**
 * computeAppearance reads each node's standing once and pales each colour once (stop 16): every
 * node's style, the legend's entries and titles must be what the previous version computed
 * (test/viz/appearance-reference.ts, verbatim) — for every size measure and colouring, before and
 * after the analyses, with and without coalition statuses, two-mode squares, NaN and zero scores.
 */
import { describe, expect, it } from "vitest";
import { COLOR_MODES, SIZE_MEASURES } from "../../src/viz/state.js";
import { computeAppearance } from "../../src/viz/appearance.js";
import { computeAppearance as reference } from "./appearance-reference.js";
import { dataset } from "./appearance-data.js";

describe("computeAppearance", () => {
  const cases = [
    { name: "analysed, statuses", n: 1_200, opts: { analysed: true, statuses: true } },
    { name: "before the analyses (sizes from ties)", n: 300, opts: { analysed: false, statuses: true } },
    { name: "a plain edge list (no status)", n: 300, opts: { analysed: true, statuses: false } },
    { name: "two-mode squares and a NaN score", n: 400, opts: { analysed: true, statuses: true, twoMode: true, nanScore: true } },
    { name: "a big map's sizes (over 5,000 nodes)", n: 5_500, opts: { analysed: true, statuses: true } },
    { name: "the report's nodes in another order", n: 800, opts: { analysed: true, statuses: true, twoMode: true, reportOrder: "shuffled" as const } },
    { name: "no report node list", n: 300, opts: { analysed: true, statuses: true, reportOrder: "none" as const } },
  ];
  for (const c of cases)
    it(`styles every node as before: ${c.name}`, () => {
      const ds = dataset(c.n, c.n + 7, c.opts);
      for (const { id: sizeBy } of SIZE_MEASURES)
        for (const { id: colorBy } of COLOR_MODES) {
          const now = computeAppearance(ds, sizeBy, colorBy);
          const old = reference(ds, sizeBy, colorBy);
          expect([...now.styles], `${sizeBy} × ${colorBy}`).toEqual([...old.styles]);
          expect({ ...now, styles: null }).toEqual({ ...old, styles: null });
        }
    });

  it("the cases above draw pale, hollow, ringed, square and NaN-sized nodes (else they prove little)", () => {
    const ds = dataset(400, 407, { analysed: true, statuses: true, twoMode: true, nanScore: true });
    const styles = [...computeAppearance(ds, "pagerank", "community").styles.values()];
    expect(styles.some((s) => s.color === "#FFFFFF" && s.borderSize === 0.38)).toBe(true);
    expect(styles.some((s) => s.borderSize === 0.32)).toBe(true);
    expect(new Set(styles.map((s) => s.color)).size).toBeGreaterThan(20);
    const graph = ds.graph;
    expect(styles.filter((s) => s.type === "organization").length).toBeGreaterThan(graph.filterNodes((_n, a) => a.kind === "organization").length);
    // PageRank NaN somewhere: every size is the smallest (the maximum is NaN), as before.
    expect(new Set(styles.map((s) => s.size)).size).toBeLessThanOrEqual(2);
  });
});
