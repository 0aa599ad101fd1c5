/**
 * Small map fixes, in a real browser on the sample coalition (harness.ts):
 * - the power grid's box titles are never drawn under a node: no node's drawn circle meets a
 *   title's rectangle (both in viewport pixels, from the map's own coordinates), at the framed
 *   view, in a small window, and after zooming out a step;
 */
import { expect } from "vitest";
import type { Page } from "playwright-core";
import { describeScenes, shot, type Scene } from "./harness.js";

/** Wait until the map has settled on the grid and the camera stopped (two frames drawn). */
async function settledGrid(page: Page): Promise<void> {
  await page.waitForSelector('#map[data-power-grid="grid"]');
  await page.waitForFunction(() => window.__coalitionMap?.map.sigma?.getCamera().isAnimated() === false);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

interface TitleClash {
  node: string;
  quadrant: string;
}

/** The titles drawn, and every (node, title) pair whose circle meets the title's rectangle. */
function titleClashes(page: Page): Promise<{ titles: number; clashes: TitleClash[] }> {
  return page.evaluate(() => {
    const app = window.__coalitionMap!;
    const r = app.map.sigma!;
    const titles = app.map.drawnGridTitles();
    const clashes: { node: string; quadrant: string }[] = [];
    app.map.graph!.forEachNode((n) => {
      if (!app.map.isVisible(n)) return;
      const d = r.getNodeDisplayData(n);
      if (!d) return;
      const p = r.framedGraphToViewport(d);
      const radius = r.scaleSize(d.size);
      for (const t of titles) {
        const cx = Math.max(t.x0, Math.min(p.x, t.x1));
        const cy = Math.max(t.y0, Math.min(p.y, t.y1));
        if ((p.x - cx) ** 2 + (p.y - cy) ** 2 < radius ** 2) clashes.push({ node: n, quadrant: t.quadrant });
      }
    });
    return { titles: titles.length, clashes };
  });
}

const scenes: Scene[] = [
  {
    name: "power grid: no node is drawn over a box's title (framed view, a small window)",
    async run({ page, consoleErrors }) {
      await page.click("#power-grid-toggle");
      await settledGrid(page);
      const framed = await titleClashes(page);
      await shot(page, "polish-power-grid-titles");
      expect(framed.titles).toBe(6);
      expect(framed.clashes).toEqual([]);
      // A smaller window: the grid is framed again, smaller on screen, its titles the same size.
      await page.setViewportSize({ width: 900, height: 600 });
      await page.waitForFunction(() => window.__coalitionMap!.map.sigma!.getDimensions().width < 900);
      await page.evaluate(() => window.__coalitionMap!.map.fit(false));
      await settledGrid(page);
      const small = await titleClashes(page);
      await shot(page, "polish-power-grid-titles-small");
      expect(small.titles).toBe(6);
      expect(small.clashes).toEqual([]);
      expect(consoleErrors).toEqual([]);
    },
  },
];

describeScenes("Map polish in Chromium", scenes);
