/**
 * Small map fixes, in a real browser on the sample coalition (harness.ts):
 * - the power grid's box titles are never drawn under a node: no node's drawn circle meets a
 *   title's rectangle (both in viewport pixels, from the map's own coordinates), at the framed
 *   view and in a small window;
 * - the edit panel, open over the map's right side, hides no node of a fitted map (the network
 *   is framed again left of it) and never the person being edited (the camera brings them out
 *   from under it); closed, the map is framed on its whole width again.
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

interface PanelRect {
  left: number;
  top: number;
  bottom: number;
}

/**
 * Every visible node whose drawn circle reaches under the edit panel (map viewport pixels) — the
 * open panel's rectangle, or `where` it was — and that rectangle.
 */
function underEditPanel(page: Page, where?: PanelRect): Promise<PanelRect & { under: string[] }> {
  return page.evaluate((given) => {
    const app = window.__coalitionMap!;
    const r = app.map.sigma!;
    const origin = document.querySelector<HTMLElement>("#map")!.getBoundingClientRect();
    const panel = document.querySelector<HTMLElement>("#edit-panel")!.getBoundingClientRect();
    const { left, top, bottom } = given ?? { left: panel.left - origin.left, top: panel.top - origin.top, bottom: panel.bottom - origin.top };
    const under: string[] = [];
    app.map.graph!.forEachNode((n) => {
      if (!app.map.isVisible(n)) return;
      const d = r.getNodeDisplayData(n);
      if (!d) return;
      const p = r.framedGraphToViewport(d);
      const radius = r.scaleSize(d.size);
      if (p.x + radius > left && p.y + radius > top && p.y - radius < bottom) under.push(n);
    });
    return { left, top, bottom, under };
  }, where);
}

/** The rightmost visible node on the map now (the one an edit panel on the right would cover first). */
function rightmostNode(page: Page): Promise<string> {
  return page.evaluate(() => {
    const app = window.__coalitionMap!;
    const r = app.map.sigma!;
    let best = "", bestX = -Infinity;
    app.map.graph!.forEachNode((n) => {
      const d = r.getNodeDisplayData(n);
      if (!d || !app.map.isVisible(n)) return;
      const x = r.framedGraphToViewport(d).x;
      if (x > bestX) (best = n), (bestX = x);
    });
    return best;
  });
}

/** Wait for the camera to stop, then two frames. */
async function cameraStill(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__coalitionMap?.map.sigma?.getCamera().isAnimated() === false);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function toggleEditPanel(page: Page): Promise<void> {
  await page.click("#workspace-toggle");
  await page.click("#edit-toggle");
  // Opening the edit panel closes the menu; closing it leaves the menu open.
  if (await page.isVisible("#workspace-menu")) await page.click("#workspace-toggle");
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
  {
    name: "edit panel: opened on a fitted map, no node is under it; the person being edited stays in view when zoomed in; closed, the map uses its whole width",
    async run({ page, consoleErrors }) {
      await cameraStill(page);
      expect(await page.getAttribute("#legend-toggle", "aria-expanded")).toBe("true");
      const edited = await rightmostNode(page);
      await page.evaluate((n) => window.__coalitionMap!.store.dispatch({ type: "select", node: n }), edited);
      await page.waitForSelector(`#app[data-selected="${edited}"]`);
      await cameraStill(page);
      await toggleEditPanel(page);
      await page.waitForSelector("#edit-panel:not([hidden])");
      await cameraStill(page);
      await shot(page, "polish-edit-panel-open");
      const fitted = await underEditPanel(page);
      expect(fitted.left).toBeGreaterThan(300);
      expect(fitted.under).toEqual([]);
      // The legend (open on this window) folds while the panel leaves too little room beside it.
      expect(await page.getAttribute("#legend-toggle", "aria-expanded")).toBe("false");
      // Closed: framed on the whole width again (nodes right of where the panel was), the legend open again.
      await page.click("#edit-close");
      await page.waitForSelector("#edit-panel", { state: "hidden" });
      await cameraStill(page);
      expect(await page.getAttribute("#legend-toggle", "aria-expanded")).toBe("true");
      const closed = await underEditPanel(page, fitted);
      expect(closed.under.length).toBeGreaterThan(0);
      // Zoomed in on the right of the map (the user moved the camera), the panel opens over the
      // edited person: the camera brings them out from under it.
      await page.evaluate(([n, left]) => {
        const r = window.__coalitionMap!.map.sigma!;
        const d = r.getNodeDisplayData(n)!;
        // Looking at the person, zoomed in; then moved so that they are drawn 60 pixels right of the panel's left edge.
        const look = { x: d.x, y: d.y, ratio: 0.3, angle: 0 };
        const { width, height } = r.getDimensions();
        const centre = r.viewportToFramedGraph({ x: width - (left + 60), y: height / 2 }, { cameraState: look });
        r.getCamera().setState({ ...look, x: centre.x, y: centre.y });
      }, [edited, fitted.left] as const);
      await cameraStill(page);
      expect((await underEditPanel(page, fitted)).under).toContain(edited);
      await toggleEditPanel(page);
      await page.waitForSelector("#edit-panel:not([hidden])");
      await cameraStill(page);
      await shot(page, "polish-edit-panel-zoomed");
      const zoomed = await underEditPanel(page);
      expect(zoomed.under).not.toContain(edited);
      expect(await page.evaluate(() => window.__coalitionMap!.map.sigma!.getCamera().getState().ratio)).toBeCloseTo(0.3, 5);
      expect(consoleErrors).toEqual([]);
    },
  },
];

describeScenes("Map polish in Chromium", scenes);
