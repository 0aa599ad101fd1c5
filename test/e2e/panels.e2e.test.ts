/**
 * The analysis panels on the sample in a real browser (harness.ts): search, make the ask (the path
 * highlighted, who must not ask, keyboard), details and the legend, the planted missing service in
 * the gap matrix, and every other panel.
 */
import { expect } from "vitest";
import { describeScenes, shot, type Scene } from "./harness.js";
import { askFor, attr } from "./page.js";

const scenes: Scene[] = [
  {
    name: "search finds and selects a node",
    async run({ page }) {
      await page.fill("#search", "evelyn");
      await page.waitForSelector("#search-suggestions li");
      await page.press("#search", "Enter");
      await page.waitForSelector("#details-name");
      expect(await page.textContent("#details-name")).toBe("Evelyn Marsh");
      expect(await attr(page, "data-selected")).toBe("p-evelyn-marsh");
      await page.waitForSelector("#details-ask .list li");
      await shot(page, "02-details");
    },
  },
  {
    name: "make the ask highlights a path",
    async run({ page }) {
      await askFor(page, "Helping Hands Helpline");
      await page.waitForSelector('#app[data-highlight-source="asks"]');
      const first = page.locator("#askers > li").first();
      const askerId = await first.getAttribute("data-asker");
      const highlighted = (await attr(page, "data-highlight")).split(" ");
      expect(askerId).toBeTruthy();
      expect(highlighted).toContain(askerId);
      expect(highlighted.length).toBeGreaterThanOrEqual(2);
      expect(await page.isVisible("#banner")).toBe(true);
      // Selecting the second asker changes the highlighted path.
      const count = await page.locator("#askers > li").count();
      if (count > 1) {
        const second = page.locator("#askers > li").nth(1);
        await second.click();
        const id2 = await second.getAttribute("data-asker");
        expect((await attr(page, "data-highlight")).split(" ")).toContain(id2);
      }
      await shot(page, "03-ask");
    },
  },
  {
    name: "a node chosen while a path is highlighted keeps its name and colour, and its details open from any tab",
    async run({ page }) {
      await askFor(page, "Helping Hands Helpline");
      await page.waitForSelector('#app[data-highlight-source="asks"]');
      // Search from the Make-the-ask tab: the Details tab opens for the chosen node.
      await page.fill("#search", "grace");
      await page.waitForSelector("#search-suggestions li");
      await page.press("#search", "Enter");
      await page.waitForSelector("#details-name");
      expect(await page.textContent("#details-name")).toBe("Grace Okafor");
      expect(await page.getAttribute("#tab-details", "aria-selected")).toBe("true");
      const id = await attr(page, "data-selected");
      // The ask path stays highlighted…
      expect(await attr(page, "data-highlight-source")).toBe("asks");
      expect((await attr(page, "data-highlight")).split(" ")).not.toContain(id);
      // …and the selected node is still drawn in its own colour, with its name.
      const drawn = await page.evaluate((node) => {
        const m = window.__coalitionMap!.map;
        const d = m.sigma!.getNodeDisplayData(node);
        return { label: d?.label, color: d?.color, forceLabel: d?.forceLabel, own: m.getAppearance()?.styles.get(node)?.color };
      }, id);
      expect(drawn.label).toBe("Grace Okafor");
      expect(drawn.forceLabel).toBe(true);
      expect(drawn.color).toBe(drawn.own);
      expect(drawn.color).not.toBe("#E4E7EB");
      // Clicking a name in a panel also opens Details, whichever tab is open (but Conflicts, whose
      // names are shown on the map with the list kept open: panels-words.e2e.test.ts).
      await page.click("#tab-communities");
      await page.locator("#tabpanel .linklike[data-node]").first().click();
      expect(await page.getAttribute("#tab-details", "aria-selected")).toBe("true");
      await shot(page, "03b-selected-over-highlight");
    },
  },
  {
    name: "make the ask: who must not ask is said first; arrow keys move through the askers and Enter picks one",
    async run({ page }) {
      await askFor(page, "Harold Whitfield");
      // The callout comes before the askers and names Frank Dolan with the reason; the full list stays below.
      const callout = (await page.textContent("#ask-must-not")) ?? "";
      expect(callout).toMatch(/^Must not ask: Frank Dolan — bad history with Harold Whitfield/);
      const order = await page.evaluate(() => {
        const c = document.querySelector("#ask-must-not")!, a = document.querySelector("#askers")!, x = document.querySelector("#ask-excluded")!;
        return [c.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING, a.compareDocumentPosition(x) & Node.DOCUMENT_POSITION_FOLLOWING];
      });
      expect(order.every((v) => v > 0)).toBe(true);
      expect(await page.textContent("#ask-excluded")).toContain("Frank Dolan");
      const calloutTop = (await page.locator("#ask-must-not").boundingBox())!.y;
      expect(calloutTop).toBeLessThan(800);
      // Keyboard: ↓ moves the focus to the next asker, ↑ back, Enter selects (its path is highlighted).
      const items = page.locator("#askers > li");
      expect(await items.count()).toBeGreaterThan(2);
      await items.first().focus();
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      const third = await items.nth(2).getAttribute("data-asker");
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.asker)).toBe(third);
      await page.keyboard.press("ArrowUp");
      const second = await items.nth(1).getAttribute("data-asker");
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.asker)).toBe(second);
      // One Tab stop for the list: the focused item only.
      expect(await page.evaluate(() => [...document.querySelectorAll<HTMLElement>("#askers > li")].filter((li) => li.tabIndex === 0).length)).toBe(1);
      await page.keyboard.press("Enter");
      expect(await items.nth(1).getAttribute("aria-selected")).toBe("true");
      expect((await attr(page, "data-highlight")).split(" ")).toContain(second);
      await shot(page, "18-ask-must-not");
    },
  },
  {
    name: "details: the sample's name, size legend in the select's words, legend follows the filters, broker names keep their commas, outreach sorts from the whole header",
    async run({ page }) {
      expect(await page.textContent("#dataset-name")).toBe("Sample coalition");
      // A comma always stays with the name before it.
      const loose = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("#tabpanel .path .linklike")].filter((a) => !a.parentElement?.classList.contains("nowrap")).length,
      );
      expect(loose).toBe(0);
      await page.selectOption("#size-by", "degree");
      await page.waitForFunction(() => document.querySelector("#legend")?.textContent?.includes("Size: connections"));
      await page.selectOption("#size-by", "betweenness");
      await page.waitForFunction(() => document.querySelector("#legend")?.textContent?.includes("Size: broker (betweenness)"));
      // Hiding a community removes it from the legend.
      const first = await page.evaluate(() => document.querySelector("#legend li .label")?.textContent ?? "");
      expect(first.length).toBeGreaterThan(0);
      await page.click("#filters-toggle");
      await page.locator('#filters-panel input[data-filter="communities"]').first().uncheck();
      const legendText = await page.evaluate(() => [...document.querySelectorAll("#legend li .label")].map((l) => l.textContent));
      expect(legendText).not.toContain(first);
      await page.keyboard.press("Escape");
      // The ask box shows a long organization name whole.
      await page.click("#tab-asks");
      await page.fill("#ask-target", "Riverbend County Commission");
      expect(await page.evaluate(() => { const i = document.querySelector<HTMLInputElement>("#ask-target")!; return i.scrollWidth <= i.clientWidth; })).toBe(true);
      // Outreach: a click anywhere in the header cell sorts; equal values keep rank order both ways.
      await page.click("#tab-outreach");
      await page.waitForSelector("#outreach-table tbody tr");
      const cell = (await page.locator('#outreach-table th[data-key="alignment"]').boundingBox())!;
      for (const dir of ["descending", "ascending"]) {
        await page.mouse.click(cell.x + cell.width - 2, cell.y + cell.height - 2);
        await page.waitForSelector(`#outreach-table th[data-key="alignment"][aria-sort="${dir}"]`);
        const rows = await page.evaluate(() =>
          [...document.querySelectorAll("#outreach-table tbody tr")].map((tr) => [Number(tr.children[0]!.textContent), tr.children[3]!.textContent]),
        );
        for (let i = 1; i < rows.length; i++)
          if (rows[i]![1] === rows[i - 1]![1]) expect(rows[i]![0], `${dir}: ties by rank`).toBeGreaterThan(rows[i - 1]![0] as number);
      }
    },
  },
  {
    name: "the gap matrix shows the planted missing service",
    async run({ page }) {
      await page.click("#tab-gaps");
      const cell = page.locator('#gap-matrix td[data-service="interpretation"][data-area="East"]');
      expect(await cell.getAttribute("data-status")).toBe("missing");
      expect(await page.textContent("#gaps-missing")).toContain("interpretation in East");
      const thin = page.locator('#gap-matrix td[data-status="thin"]').first();
      await thin.click();
      await page.waitForSelector('#app[data-highlight-source="gaps"]');
      expect((await attr(page, "data-highlight")).length).toBeGreaterThan(0);
      await shot(page, "04-gaps");
    },
  },
  {
    name: "the other panels render: outreach, conflicts, recruit, balance, communities",
    async run({ page }) {
      await page.click("#tab-outreach");
      await page.waitForSelector("#outreach-table tbody tr");
      await page.locator("#outreach-table tbody tr").first().click();
      await page.waitForSelector('#app[data-highlight-source="outreach"]');
      await shot(page, "05-outreach");
      await page.click("#tab-conflicts");
      await page.locator("#conflict-groups > li .title").first().click();
      await page.waitForSelector('#app[data-highlight-source="conflicts"]');
      // The two sides are drawn in two colours, named in the banner.
      expect(await page.locator("#banner .banner-group").allTextContents()).toEqual(["Side A", "Side B"]);
      await shot(page, "06-conflicts");
      // Counts read as words: "1 negative tie", never "1 negative ties" or "tie(s)".
      const conflictsText = (await page.textContent("#tabpanel")) ?? "";
      expect(conflictsText).not.toMatch(/\(s\)|\b1 (negative )?ties\b|\b1 pairs\b/);
      await page.click("#tab-recruits");
      await page.locator("#recruits > li .title").first().click();
      await page.waitForSelector('#app[data-highlight-source="recruits"]');
      // What a recruit adds is said in words, not as a raw score ("+1.6719", "+0").
      const scores = await page.locator("#recruits > li .score").allTextContents();
      for (const t of scores) expect(t).toMatch(/^(\+\d+ reached|broker)$/);
      expect(await page.locator("#recruits > li .recruit-adds").first().textContent()).toMatch(/^(Reaches \d+ more|A broker)/);
      await shot(page, "06b-recruit");
      await page.click("#tab-composition");
      await page.waitForSelector("#balance-groups svg rect");
      await shot(page, "07-balance");
      await page.click("#tab-communities");
      await page.locator("#communities-panel .list > li .title").first().click();
      await page.waitForSelector('#app[data-highlight-source="communities"]');
      await shot(page, "08-communities");
    },
  },
];

describeScenes("The panels in Chromium: search, make the ask, details, gaps, the others", scenes);
