/**
 * Coalition Map in a real browser (harness.ts): the first view of the sample — no console error, no
 * request outside the app, labels that do not collide —, the same picture on every load, the
 * canvas drawn, a hovered tie, and the keyboard. Screenshots go to test-artifacts/.
 */
import { expect } from "vitest";
import { describeScenes, shot, waitForLayoutStop, waitForReady, type Scene } from "./harness.js";
import { drawnPixels, attr, expectNoneUnderOverlays, expectNoOverlap, settledLabels } from "./page.js";

const scenes: Scene[] = [
  {
    name: "loads the sample and draws it (non-blank canvas), with no console error and no request outside its origin",
    async run({ page, consoleErrors, foreignRequests }) {
      expect(await attr(page, "data-nodes")).toBe("250");
      await waitForLayoutStop(page);
      expect(await drawnPixels(page)).toBeGreaterThan(2000);
      await shot(page, "01-map");
      // The first view's labels: a few, the top brokers among them, none overlapping another.
      // (read from a settled frame: the first view's camera moves while the page fits the network)
      const labels = await settledLabels(page);
      expect(labels.length).toBeGreaterThanOrEqual(4);
      expect(labels.length).toBeLessThanOrEqual(30);
      expect(labels.map((l) => l.label)).toContain("Evelyn Marsh");
      expectNoOverlap(labels);
      // No label hides under the legend or the toolbar floating over the map.
      await expectNoneUnderOverlays(page, labels);
      // The tab strip is two rows at most, above the panel, and every tab's name fits.
      const tabs = await page.evaluate(() => {
        const list = document.querySelector<HTMLElement>('[role="tablist"]')!.getBoundingClientRect();
        const heading = document.querySelector<HTMLElement>("#tabpanel h2")!.getBoundingClientRect();
        const cut = [...document.querySelectorAll<HTMLElement>('[role="tab"]')].filter((t) => t.scrollWidth > t.clientWidth).map((t) => t.textContent);
        const tops = new Set([...document.querySelectorAll<HTMLElement>('[role="tab"]')].map((t) => Math.round(t.getBoundingClientRect().top)));
        return { rows: tops.size, listBottom: list.bottom, headingTop: heading.top, cut };
      });
      expect(tabs.rows).toBeLessThanOrEqual(2);
      expect(tabs.listBottom).toBeLessThanOrEqual(tabs.headingTop);
      expect(tabs.cut).toEqual([]);
      // The search box shows its whole placeholder.
      const fits = await page.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>("#search")!;
        const cs = getComputedStyle(input);
        const c2d = document.createElement("canvas").getContext("2d")!;
        c2d.font = `${cs.fontSize} ${cs.fontFamily}`;
        const room = input.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
        return c2d.measureText(input.placeholder).width <= room;
      });
      expect(fits).toBe(true);
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    },
  },
  {
    name: "the first picture is deterministic: same positions on every load, and the layout can be resumed and paused",
    async run({ page }) {
      const positions = () =>
        page.evaluate(() => {
          const g = window.__coalitionMap!.dataset()!.graph;
          return g.nodes().sort().slice(0, 40).map((n) => [n, Math.round(g.getNodeAttribute(n, "x") * 1e6), Math.round(g.getNodeAttribute(n, "y") * 1e6)]);
        });
      const first = await positions();
      await page.reload();
      await waitForReady(page);
      expect(await positions()).toEqual(first);
      expect(await page.textContent("#layout-toggle")).toBe("Resume layout");
      await page.click("#layout-toggle");
      await page.waitForSelector('#app[data-layout="running"]');
      expect(await page.textContent("#layout-toggle")).toBe("Pause layout");
      await page.click("#layout-toggle");
      await page.waitForSelector('#app[data-layout="stopped"]');
    },
  },
  {
    name: "a hovered tie is drawn highlighted",
    async run({ page }) {
      await waitForLayoutStop(page);
      const hit = await page.evaluate(() => {
        const r = window.__coalitionMap!.map.sigma!;
        const g = r.getGraph();
        // The longest tie on screen: its middle is far from any node.
        let best: { e: string; x: number; y: number; len: number } | null = null;
        g.forEachEdge((e, _a, s, t) => {
          const a = r.framedGraphToViewport(r.getNodeDisplayData(s)!), b = r.framedGraphToViewport(r.getNodeDisplayData(t)!);
          const len = Math.hypot(a.x - b.x, a.y - b.y);
          if (g.edges(s, t).length === 1 && (!best || len > best.len)) best = { e, x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, len };
        });
        return best as { e: string; x: number; y: number; len: number } | null;
      });
      if (!hit) throw new Error("no tie");
      const box = (await page.locator("#map").boundingBox())!;
      await page.mouse.move(box.x + hit.x + 3, box.y + hit.y + 3);
      await page.mouse.move(box.x + hit.x, box.y + hit.y);
      await page.waitForFunction(() => window.__coalitionMap!.map.getHoveredEdge() !== null);
      const drawn = await page.evaluate(() => {
        const m = window.__coalitionMap!.map;
        const e = m.getHoveredEdge()!;
        return { color: m.sigma!.getEdgeDisplayData(e)?.color, tooltip: !document.querySelector<HTMLElement>(".edge-tooltip")!.hidden };
      });
      expect(["#6B7685", "#D1352B"].map((c) => c.toLowerCase())).toContain(String(drawn.color).toLowerCase());
      expect(drawn.tooltip).toBe(true);
      await shot(page, "19-edge-hover");
    },
  },
  {
    name: "keyboard: the first Tab stop is the Open button, not the hidden file input; the test handle needs ?e2e",
    async run({ page }) {
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("open-files");
      const url = new URL(page.url());
      url.search = "";
      await page.goto(url.href);
      await waitForReady(page);
      expect(await page.evaluate(() => window.__coalitionMap === undefined)).toBe(true);
    },
  },
];

describeScenes("The map in Chromium: first view, determinism, drawing, hover, keyboard", scenes);
