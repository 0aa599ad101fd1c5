/**
 * The organizer's walk (branch walk), on the sample in a real browser: what an organizer reads at
 * 1280×800 is whole — the top bar's buttons on one line and the data set's name shown, the
 * one-on-one reasons, the outreach targets and the power map's names not cut — and a planned ask
 * does not read as one made.
 */
import { expect } from "vitest";
import type { Page } from "playwright-core";
import { describeScenes, waitForReady, type Scene } from "./harness.js";
import { acceptImport, attr, importFiles, settledLabels } from "./page.js";

/** Five people and organizations, named with markup, one a prospect with no broker score. */
const MARKUP = [
  { name: "people.csv", text: "id,name,organization,status,area,sector,lived_experience\np1,<img src=x onerror=alert(1)>,<b>Org</b>,member,North,grassroots,yes\np2,**bold**,Org2,core,North,shelter,no\np3,Carol,,prospect,South,faith,no\n" },
  { name: "organizations.csv", text: "id,name,services,areas,status\no1,<b>Org</b>,hotline,North,member\n" },
  { name: "connections.csv", text: "from,to,type,strength\np1,p2,knows,3\np2,p3,knows,2\np1,p3,conflict,3\n" },
];

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
      // One member is the best asker for 4 of the 9 targets: said, as in the report.
      expect(await page.locator("#outreach-panel .callout.asker-load").textContent()).toMatch(/^Linda Park-Hughes is the best asker for 4 of the plan's 9 targets: too many asks for one person\./);
      await page.click("#tab-powerMap");
      await page.waitForSelector("#tabpanel .list .row1 > .title");
      expect(await cutTexts(page, "#tabpanel .list .row1 > .title")).toEqual([]);
      expect(await cutTexts(page, "#tabpanel .next-step")).toEqual([]);
      // The gap matrix counts every provider, members or not (outreach's "thin" counts members): said so.
      await page.click("#tab-gaps");
      expect(await page.locator(".heat-key").textContent()).toContain("Number = providers (members or not)");
      // Every service's name is whole in its row ("medical/forensic exam", "financial assistance").
      expect(await page.locator("#gap-matrix tbody th").count()).toBe(12);
      expect(await cutTexts(page, "#gap-matrix tbody th, #gap-matrix tbody th > span")).toEqual([]);
      expect(consoleErrors).toEqual([]);
    },
  },
  {
    name: "a five-node workbook named with markup: every name on the map as text, the page no wider than the window",
    async run({ page, consoleErrors }) {
      const dialogs: string[] = [];
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await importFiles(page, MARKUP);
      await page.waitForSelector("#import-dialog[open]");
      await acceptImport(page, await attr(page, "data-dataset"));
      expect(await attr(page, "data-nodes")).toBe("5");
      const shown = (await settledLabels(page)).map((l) => l.label).sort();
      // Carol, a prospect with no broker score (the smallest disc), is named too.
      expect(shown).toEqual(["**bold**", "<b>Org</b>", "<img src=x onerror=alert(1)>", "Carol", "Org2"]);
      // Three file names make a long data set name: cut in the top bar, never widening the page.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
      expect(await page.evaluate(() => document.getElementById("tabpanel")!.getBoundingClientRect().right)).toBeLessThanOrEqual(1280);
      expect(await page.locator("img").count()).toBe(0);
      expect(dialogs).toEqual([]);
      expect(consoleErrors).toEqual([]);
    },
  },
  {
    name: "opening the sample draws the legend once per change (not again for the same picture) and measures the map area once",
    async run({ page, consoleErrors }) {
      // Counted from before the app's own script: legend bodies drawn, and the map area's size read
      // (each read mid-task makes the browser lay the page out).
      await page.addInitScript(`
        window.__legendDrawn = 0; window.__areaReads = 0;
        const rect = Element.prototype.getBoundingClientRect;
        Element.prototype.getBoundingClientRect = function () { if (this.classList && this.classList.contains("map-area")) window.__areaReads++; return rect.call(this); };
        new MutationObserver((list) => { for (const m of list) for (const n of m.addedNodes) if (n.id === "legend-body") window.__legendDrawn++; }).observe(document, { childList: true, subtree: true });
      `);
      await page.reload();
      await waitForReady(page);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const counts = await page.evaluate(() => {
        const w = window as unknown as { __legendDrawn: number; __areaReads: number };
        return { drawn: w.__legendDrawn, reads: w.__areaReads };
      });
      // Drawn when the data set is shown and when its analysis arrives (sizes by broker score):
      // not a third time for the data set's own dispatch. Read once by the legend, once by the toolbar.
      expect(counts.drawn).toBe(2);
      expect(counts.reads).toBeLessThanOrEqual(2);
      expect(await page.getAttribute("#legend-toggle", "aria-expanded")).toBe("true");
      // A smaller window still folds it (the room is measured again on a resize).
      await page.setViewportSize({ width: 1024, height: 700 });
      await page.waitForFunction(() => document.querySelector("#legend-toggle")?.getAttribute("aria-expanded") === "false");
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.waitForFunction(() => document.querySelector("#legend-toggle")?.getAttribute("aria-expanded") === "true");
      expect(consoleErrors).toEqual([]);
    },
  },
  {
    name: "conflicts: the tie that does not fit a split is named (Frank Dolan and Harold Whitfield also work together)",
    async run({ page, consoleErrors }) {
      await page.click("#tab-conflicts");
      await page.waitForSelector("#conflict-groups > li");
      const fit = await page.locator("#conflict-groups > li", { hasText: "Frank Dolan" }).locator(".path.muted").last().textContent();
      expect(fit).toBe("1 tie does not fit this split: Frank Dolan – Harold Whitfield (works with), a good tie across the sides");
      expect(consoleErrors).toEqual([]);
    },
  },
  {
    name: "keyboard: a dialog opened from the Export menu gives the focus back to Export ▾ when Escape closes it",
    async run({ page, consoleErrors }) {
      await page.focus("#export-toggle");
      await page.keyboard.press("Enter");
      await page.waitForSelector("#export-menu:not([hidden])");
      await page.locator('#export-menu [data-action]').first().focus();
      // Down to "Share a read-only map…" with the arrow keys, then Enter.
      for (let i = 0; i < 10 && !((await page.evaluate(() => document.activeElement?.textContent)) ?? "").startsWith("Share"); i++) await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      await page.waitForSelector("#share-dialog[open]");
      await page.keyboard.press("Escape");
      await page.waitForFunction(() => document.querySelector("dialog[open]") === null);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("export-toggle");
      expect(consoleErrors).toEqual([]);
    },
  },
];

describeScenes("the organizer's walk", scenes);
