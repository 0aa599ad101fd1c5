/**
 * The power map in a real browser (harness.ts), on the sample coalition: the panel's six boxes,
 * the County Commission among the opponents with power with Frank Dolan named as must-not-ask,
 * its ask path on the map; the power grid toggle moves the nodes (alignment across, influence
 * up) and moving back restores the network layout exactly.
 */
import { expect } from "vitest";
import type { Page } from "playwright-core";
import { describeScenes, shot, type Scene } from "./harness.js";
import { attr, overlayBoxes } from "./page.js";

type Positions = Record<string, { x: number; y: number }>;

/** Every node's position on the graph (what the renderer draws). */
function positions(page: Page): Promise<Positions> {
  return page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    window.__coalitionMap!.map.graph!.forEachNode((n, a) => (out[n] = { x: a.x, y: a.y }));
    return out;
  });
}

/** Wait until the map has settled on the grid or the network (`data-power-grid`) and the camera stopped. */
async function settled(page: Page, phase: "grid" | "network"): Promise<void> {
  await page.waitForSelector(`#map[data-power-grid="${phase}"]`);
  await page.waitForFunction(() => window.__coalitionMap?.map.sigma?.getCamera().isAnimated() === false);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

const scenes: Scene[] = [
  {
    name: "power map: six boxes in the organizer's words; the Commission is an opponent with power, Frank Dolan must not ask; its ask path is highlighted",
    async run({ page, consoleErrors }) {
      await page.click("#tab-powerMap");
      await page.waitForSelector("#power-map-panel");
      // The panel says what "much power" means (the top third of the network).
      expect(await page.locator("#power-map-panel > .hint").first().textContent()).toContain("Much power = power 0.67 or more: more central than two thirds of the network");
      const titles = await page.locator(".pm-quadrant h3").allTextContents();
      expect(titles.map((t) => t.replace(/ · \d+$/, ""))).toEqual([
        "Persuadable power holders",
        "Champions with power",
        "Opponents with power",
        "Allies to activate",
        "Neutral, little power",
        "Opponents with little power",
      ]);
      const opponents = page.locator('.pm-quadrant[data-quadrant="opponents"]');
      const commission = opponents.locator('li[data-entry="o-county-commission"]');
      expect(await commission.count()).toBe(1);
      expect(await commission.locator(".title").textContent()).toBe("Riverbend County Commission");
      // Who must not ask is said first (before the asker), and names Frank Dolan.
      const mustNot = commission.locator(".must-not");
      expect(await mustNot.textContent()).toContain("Frank Dolan");
      const order = await commission.evaluate((li) => [...li.children].map((c) => c.className));
      expect(order.findIndex((c) => c.includes("must-not"))).toBeLessThan(order.findIndex((c) => c.includes("asker")));
      expect(await commission.locator(".asker").textContent()).toContain("Linda Park-Hughes");
      expect(await commission.locator(".stance").textContent()).toContain("leaning against");
      // The Credit Union is a persuadable power holder (from the stance column: not inferred).
      const cu = page.locator('.pm-quadrant[data-quadrant="persuadable"] li[data-entry="o-credit-union"]');
      expect(await cu.locator(".stance").textContent()).toBe("Organization · neutral");
      // One member is the best asker for most persuadable power holders: the box says so, above its list.
      const load = page.locator('.pm-quadrant[data-quadrant="persuadable"] .asker-load');
      expect(await load.textContent()).toMatch(/^Umar Chowdhury is the best asker for \d+ of these \d+: too many asks for one person\./);
      await load.scrollIntoViewIfNeeded();
      await shot(page, "30-asker-load");
      // Keyboard: the box's list is one Tab stop; ↓ moves to the next entry; Enter selects.
      await opponents.locator('li[role="option"]').first().focus();
      await page.keyboard.press("ArrowDown");
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.entry)).toBe(await opponents.locator('li[role="option"]').nth(1).getAttribute("data-entry"));
      await commission.focus();
      await page.keyboard.press("Enter");
      await page.waitForSelector('#app[data-highlight-source="powerMap"]');
      const hl = (await attr(page, "data-highlight")).split(" ");
      for (const id of ["p-linda-park-hughes", "p-harold-whitfield", "o-county-commission", "p-frank-dolan"]) expect(hl).toContain(id);
      expect(await commission.getAttribute("aria-selected")).toBe("true");
      expect(await page.textContent("#banner")).toContain("Must not ask");
      // The path's ends are named on the map.
      await page.waitForFunction(() => window.__coalitionMap?.map.sigma?.getCamera().isAnimated() === false);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const named = (await page.evaluate(() => window.__coalitionMap!.map.drawnLabels().map((l) => l.label)));
      expect(named).toEqual(expect.arrayContaining(["Linda Park-Hughes", "Riverbend County Commission"]));
      await commission.scrollIntoViewIfNeeded();
      await shot(page, "30-power-map-panel");
      expect(consoleErrors).toEqual([]);
    },
  },
  {
    name: "power grid: the nodes move to alignment × influence (the Commission left of the Credit Union), keep the ask path, and come back exactly",
    async run({ page, consoleErrors }) {
      const before = await positions(page);
      await page.click("#tab-powerMap");
      await page.locator('li[data-entry="o-county-commission"]').click();
      await page.waitForSelector('#app[data-highlight-source="powerMap"]');
      await page.click("#power-grid-toggle");
      expect(await page.getAttribute("#power-grid-toggle", "aria-pressed")).toBe("true");
      expect(await page.isDisabled("#layout-toggle")).toBe(true);
      await settled(page, "grid");
      const grid = await positions(page);
      const moved = Object.keys(before).filter((n) => before[n]!.x !== grid[n]!.x || before[n]!.y !== grid[n]!.y);
      expect(moved.length).toBeGreaterThan(Object.keys(before).length * 0.9);
      // Opposed on the left, champions on the right; more power higher up.
      expect(grid["o-county-commission"]!.x).toBeLessThan(grid["o-credit-union"]!.x);
      expect(grid["p-harold-whitfield"]!.x).toBeLessThan(grid["o-credit-union"]!.x);
      expect(grid["o-credit-union"]!.y).toBeGreaterThan(grid["p-marcus-lindqvist"]!.y);
      // The highlight and the colours are the Store's: unchanged.
      expect(await attr(page, "data-highlight-source")).toBe("powerMap");
      // Every node is in view, clear of the toolbar (the grid is framed).
      const inView = await page.evaluate(() => {
        const app = window.__coalitionMap!;
        const r = app.map.sigma!;
        const { width, height } = r.getDimensions();
        let out = 0;
        app.map.graph!.forEachNode((n) => {
          const d = r.getNodeDisplayData(n)!;
          const p = r.framedGraphToViewport(d);
          if (p.x < 0 || p.y < 0 || p.x > width || p.y > height) out++;
        });
        return out;
      });
      expect(inView).toBe(0);
      const toolbar = (await overlayBoxes(page)).find((o) => o.sel === '[role="toolbar"]')!;
      const top = await page.evaluate(() => {
        const r = window.__coalitionMap!.map.sigma!;
        let min = Infinity;
        window.__coalitionMap!.map.graph!.forEachNode((n) => (min = Math.min(min, r.framedGraphToViewport(r.getNodeDisplayData(n)!).y)));
        return min;
      });
      expect(top).toBeGreaterThan(toolbar.y1);
      await shot(page, "31-power-grid");
      // The panel's own button says what it does now; toggling back restores the layout exactly.
      expect(await page.textContent("#power-grid-show")).toBe("Show the network");
      await page.click("#power-grid-show");
      await settled(page, "network");
      expect(await positions(page)).toEqual(before);
      expect(await page.isDisabled("#layout-toggle")).toBe(false);
      await shot(page, "32-power-grid-back");
      expect(consoleErrors).toEqual([]);
    },
  },
];

describeScenes("Power map in Chromium: the panel and the power grid", scenes);
