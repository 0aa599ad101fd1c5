/**
 * The panels read at a glance (issue 11, §2), on the sample in a real browser: the outreach row
 * says who asks whom and its scores are explained; a misspelt name gets "did you mean"; the
 * service-gap grid is one Tab stop with arrow keys and its marks sit beside the number; a
 * facilitator clicked keeps the Conflicts panel open; Details explains closeness.
 */
import { expect } from "vitest";
import { describeScenes, shot, type Scene } from "./harness.js";
import { attr } from "./page.js";

const scenes: Scene[] = [
  {
    name: "outreach: the member asks, and Fit, Infl. and Reach are explained",
    async run({ page }) {
      await page.click("#tab-outreach");
      await page.waitForSelector("#outreach-table tbody tr");
      const lines = await page.$$eval("#outreach-table .ask-line", (els) => els.map((e) => e.textContent ?? ""));
      expect(lines.some((l) => / asks /.test(l))).toBe(true);
      expect(lines.join("\n")).not.toMatch(/^ask |· via /m);
      // The commission's row: its asker asks its decision maker.
      const commission = page.locator("#outreach-table tbody tr", { hasText: "Riverbend County Commission" }).first();
      expect(await commission.locator(".ask-line").textContent()).toBe("Linda Park-Hughes asks Harold Whitfield");
      expect(await page.getAttribute('#outreach-table th[data-key="alignment"]', "title")).toMatch(/gaps/);
      expect(await page.getAttribute('#outreach-table th[data-key="influence"]', "title")).toMatch(/central/);
      expect(await page.getAttribute('#outreach-table th[data-key="reachability"]', "title")).toMatch(/warm/);
      expect(await page.textContent("#outreach-key")).toMatch(/Fit = fills the coalition's gaps.*Infl\. = how central.*Reach = how warm/);
      await shot(page, "words-outreach");
    },
  },
  {
    name: "search and ask: a typo gets 'No one called …' and the closest names",
    async run({ page }) {
      await page.fill("#search", "riverbend commision");
      await page.waitForSelector("#search-none");
      expect(await page.textContent("#search-none")).toContain("No one called “riverbend commision”");
      const guesses = await page.$$eval("#search-suggestions li[role=option]", (els) => els.map((e) => e.textContent ?? ""));
      expect(guesses[0]).toContain("Riverbend County Commission");
      await shot(page, "words-search-typo");
      // Enter alone does not pick a guess; ↓ then Enter does.
      await page.press("#search", "ArrowDown");
      await page.press("#search", "Enter");
      await page.waitForSelector("#details-name");
      expect(await page.textContent("#details-name")).toBe("Riverbend County Commission");
      // The same in Make the ask: the guess is a button that asks.
      await page.click("#tab-asks");
      await page.fill("#ask-target", "riverbend commision");
      await page.click("#ask-run");
      await page.waitForSelector("#ask-no-match");
      expect(await page.textContent("#ask-no-match")).toContain("No one called “riverbend commision”");
      await shot(page, "words-ask-typo");
      await page.click("#ask-no-match button >> text=Riverbend County Commission");
      await page.waitForSelector("#askers > li");
      expect(await page.inputValue("#ask-target")).toBe("Riverbend County Commission");
      // The Commission was asked already (activity.csv): follow that up before anyone asks again.
      expect(await page.textContent("#ask-logged")).toBe("Already asked 2026-09-15 by Linda Park-Hughes — pending; next: follow up on Linda Park-Hughes's pending ask before anyone asks again.");
      await shot(page, "words-ask-logged");
    },
  },
  {
    name: "service gaps: one Tab stop, arrow keys move the focus, marks beside the number",
    async run({ page }) {
      await page.click("#tab-gaps");
      await page.waitForSelector("#gap-matrix td");
      const stops = await page.$$eval("#gap-matrix td", (tds) => tds.filter((td) => (td as HTMLElement).tabIndex === 0).length);
      expect(stops).toBe(1);
      await page.focus('#gap-matrix td[tabindex="0"]');
      const at = () => page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.tagName === "TD" ? `${el.dataset.service}|${el.dataset.area}` : (el?.tagName ?? "");
      });
      const first = await at();
      await page.keyboard.press("ArrowRight");
      const right = await at();
      expect(right).not.toBe(first);
      expect(right.split("|")[0]).toBe(first.split("|")[0]);
      await page.keyboard.press("ArrowDown");
      const down = await at();
      expect(down.split("|")[1]).toBe(right.split("|")[1]);
      expect(down.split("|")[0]).not.toBe(right.split("|")[0]);
      // Still one Tab stop, on the focused cell; Enter selects it.
      expect(await page.$$eval("#gap-matrix td", (tds) => tds.filter((td) => (td as HTMLElement).tabIndex === 0).length)).toBe(1);
      await page.keyboard.press("Enter");
      await page.waitForSelector('#gap-matrix td[aria-selected="true"]');
      // Tab leaves the grid.
      await page.keyboard.press("Tab");
      expect(await at()).not.toMatch(/\|/);
      // Every ⚠ or ◆ sits beside its cell's number, not over it.
      const overlaps = await page.$$eval("#gap-matrix td .mark", (marks) =>
        marks.filter((m) => {
          const n = m.parentElement?.querySelector(".num")?.getBoundingClientRect();
          const b = m.getBoundingClientRect();
          return !n || !(b.right <= n.left + 0.5 || n.right <= b.left + 0.5);
        }).length,
      );
      expect(overlaps).toBe(0);
      expect(await page.$$eval("#gap-matrix td .mark", (m) => m.length)).toBeGreaterThan(0);
      await page.locator("#gap-matrix").screenshot({ path: "test-artifacts/words-gaps-grid.png" });
    },
  },
  {
    name: "conflicts: a facilitator clicked is selected on the map, the panel stays open at its place",
    async run({ page }) {
      await page.click("#tab-conflicts");
      await page.waitForSelector("#conflict-groups > li");
      const link = page.locator("#conflict-groups .facilitators button[data-node]").first();
      await link.scrollIntoViewIfNeeded();
      const id = await link.getAttribute("data-node");
      expect(id).toBeTruthy();
      const before = await page.evaluate(() => document.getElementById("tabpanel")?.scrollTop ?? -1);
      await link.click();
      await page.waitForFunction((n) => document.getElementById("app")?.dataset.selected === n, id);
      expect(await attr(page, "data-selected")).toBe(id);
      expect(await page.getAttribute("#tab-conflicts", "aria-selected")).toBe("true");
      expect(await page.isVisible("#conflicts-panel")).toBe(true);
      expect(await page.evaluate(() => document.getElementById("tabpanel")?.scrollTop ?? -1)).toBe(before);
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.node ?? "")).toBe(id);
      await shot(page, "words-conflicts-facilitator");
    },
  },
  {
    name: "details: closeness, eigenvector, constraint and effective size explained, names in their own case",
    async run({ page }) {
      await page.fill("#search", "evelyn");
      await page.waitForSelector("#search-suggestions li[role=option]");
      await page.press("#search", "Enter");
      await page.waitForSelector('[data-measure="closeness"]');
      expect(await page.textContent('[data-measure="closeness"] .measure-words')).toMatch(/steps/);
      expect(await page.textContent('[data-measure="closeness"] .measure-value')).toMatch(/^\d/);
      for (const k of ["eigenvector", "constraint", "effectiveSize"]) expect((await page.textContent(`[data-measure="${k}"] .measure-words`))?.length ?? 0).toBeGreaterThan(30);
      // Headings are not uppercased by CSS (names keep their spelling).
      expect(await page.$$eval("#tabpanel h3", (hs) => hs.map((x) => getComputedStyle(x).textTransform))).not.toContain("uppercase");
      await page.locator('[data-measure="closeness"]').scrollIntoViewIfNeeded();
      await shot(page, "words-details");
    },
  },
];

describeScenes("panels read at a glance", scenes);
