/**
 * The organizer's walk (branch walk), on the sample in a real browser: what an organizer reads at
 * 1280×800 is whole — the top bar's buttons on one line and the data set's name shown, the
 * one-on-one reasons, the outreach targets and the power map's names not cut — and a planned ask
 * does not read as one made.
 */
import { expect } from "vitest";
import type { Page } from "playwright-core";
import { describeScenes, type Scene } from "./harness.js";

/** Elements under `selector` whose text is cut (clamped lines or an ellipsis), with their text. */
async function cutTexts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (els) =>
    els.filter((e) => e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent ?? ""),
  );
}

const scenes: Scene[] = [
  {
    name: "top bar at 1280 pixels: every button on one line, nothing pushed out, the data set's name whole",
    async run({ page, consoleErrors }) {
      const bar = await page.evaluate(() => {
        const t = document.querySelector<HTMLElement>(".topbar")!;
        const buttons = [...t.querySelectorAll<HTMLElement>("button")].filter((b) => b.offsetParent !== null);
        const lineHeight = parseFloat(getComputedStyle(buttons[0]!).lineHeight) || 20;
        return {
          overflow: t.scrollWidth - t.clientWidth,
          // a button of one line of text: its height is one line plus its padding and border
          wrapped: buttons.filter((b) => b.clientHeight > lineHeight * 1.6).map((b) => b.textContent),
          name: document.getElementById("dataset-name")!.textContent,
          nameCut: (() => {
            const n = document.getElementById("dataset-name")!;
            return n.scrollWidth > n.clientWidth + 1;
          })(),
        };
      });
      expect(bar.overflow).toBeLessThanOrEqual(0);
      expect(bar.wrapped).toEqual([]);
      expect(bar.name).toBe("Sample coalition");
      expect(bar.nameCut).toBe(false);
      expect(consoleErrors).toEqual([]);
    },
  },
  {
    name: "panels: the one-on-one reasons, the outreach targets and the power map's names are not cut; a planned ask is not said to be made",
    async run({ page, consoleErrors }) {
      await page.click("#tab-rotation");
      await page.waitForSelector("#rotation-panel .rotation-why");
      expect(await page.locator("#rotation-panel .rotation-why").count()).toBeGreaterThan(50);
      expect(await cutTexts(page, "#rotation-panel .rotation-why")).toEqual([]);
      await page.click("#tab-outreach");
      await page.waitForSelector("#outreach-table td.target");
      expect(await cutTexts(page, "#outreach-table td.target > div:first-child")).toEqual([]);
      // Harriet Coleman's ask is logged as "not yet asked": planned, not made.
      const planned = await page.locator("#outreach-table .asked-not-yet-asked").textContent();
      expect(planned).toBe("to be asked by Jordan Ellis (noted 2026-11-02) — not yet asked");
      await page.click("#tab-powerMap");
      await page.waitForSelector("#tabpanel .list .row1 > .title");
      expect(await cutTexts(page, "#tabpanel .list .row1 > .title")).toEqual([]);
      expect(await cutTexts(page, "#tabpanel .next-step")).toEqual([]);
      expect(consoleErrors).toEqual([]);
    },
  },
];

describeScenes("the organizer's walk", scenes);
