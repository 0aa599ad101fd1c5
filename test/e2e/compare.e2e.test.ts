/**
 * Rounds compared in a real browser (harness.ts): the sample's second round is opened, then
 * compared with the first round's files (and then by date, moving the timeline); the newcomers
 * and new ties are marked green by the reducers, what ended is faint, the Change panel says it
 * in words. Screenshots go to test-artifacts/compare-*.png.
 */
import { expect } from "vitest";
import type { Page } from "playwright-core";
import { describeScenes, shot, waitForReady, type Scene } from "./harness.js";
import { acceptImport, attr, folderFiles, importFiles } from "./page.js";

/** Open the second round on the map. */
async function openRound2(page: Page): Promise<void> {
  const before = await attr(page, "data-dataset");
  await importFiles(page, folderFiles("sample-coalition-2026"));
  await acceptImport(page, before);
}

/** Wait for the comparison to be on the map (the Change panel lists its findings) and the page idle. */
async function compared(page: Page, label: string): Promise<void> {
  await page.waitForFunction((l) => window.__coalitionMap?.store.state.comparison?.label === l, label);
  await page.waitForSelector("#change-findings li");
  await waitForReady(page);
  await page.waitForFunction(() => window.__coalitionMap?.map.sigma?.getCamera().isAnimated() === false);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** How the reducers draw a node's ring and a tie's colour right now. */
function drawn(page: Page, node: string, tie: [string, string]) {
  return page.evaluate(
    ([n, [a, b]]) => {
      const sigma = window.__coalitionMap!.map.sigma!;
      const g = sigma.getGraph();
      const edge = g.edges(a, b)[0] ?? g.edges(b, a)[0] ?? "";
      const nd = sigma.getNodeDisplayData(n) as unknown as { borderColor?: string; color: string };
      return { ring: nd.borderColor, color: nd.color, tie: sigma.getEdgeDisplayData(edge)?.color };
    },
    [node, tie] as const,
  );
}

const scenes: Scene[] = [
  {
    name: "compare with the earlier round's files: newcomers ringed, new ties green, ended ties and the member who left faint, the Change panel in words",
    async run({ page, consoleErrors, foreignRequests }) {
      await openRound2(page);
      await page.click("#compare-open");
      await page.waitForSelector("#compare-dialog[open]");
      // The workbook has dates: the dialog offers them too.
      expect(await page.locator("#compare-date").count()).toBe(1);
      await page.setInputFiles(
        "#compare-files",
        folderFiles("sample-coalition").map((f) => ({ name: f.name, mimeType: "text/csv", buffer: Buffer.from(f.text, "utf-8") })),
      );
      await compared(page, "the earlier round (5 files)");
      expect(await attr(page, "data-dataset")).not.toBe("");
      const findings = await page.locator("#change-findings li").allTextContents();
      expect(findings[0]).toBe("3 members joined, 1 left (members: 134 → 136). New: Eastside Language Access, Rosa Delgado, Tomás Ibarra. Left: Naomi Lindgren.");
      expect(findings[2]).toBe("10 ties were added, 5 removed, 3 strengthened and 2 weakened (890 ties unchanged).");
      expect(await page.locator("#change-added > li").count()).toBe(10);
      expect(await page.locator("#change-gaps-closed > li").allTextContents()).toContain("interpretation in East: no provider");
      // The marks, as the reducers draw them.
      const rosa = await drawn(page, "p-rosa-delgado", ["p-rosa-delgado", "p-tanya-brooks"]);
      expect(rosa.ring?.toUpperCase()).toBe("#009E73");
      expect(rosa.tie?.toUpperCase()).toBe("#009E73");
      const naomi = await drawn(page, "p-naomi-lindgren", ["p-naomi-lindgren", "p-zoe-hashemi"]);
      expect(naomi.color.toUpperCase()).toBe("#D5D9DF");
      expect(naomi.tie?.toUpperCase()).toBe("#9AA3AE");
      // The key on the map says what the marks mean.
      expect(await page.locator("#compare-key").textContent()).toContain("new person or organization");
      await shot(page, "compare-files");
      // "Show what is new" highlights the newcomers.
      await page.click("#change-show-new");
      await page.waitForFunction(() => window.__coalitionMap?.store.state.highlight?.source === "change");
      expect(await attr(page, "data-highlight")).toContain("p-rosa-delgado");
      // Clear takes the marks away.
      await page.click("#compare-clear");
      await page.waitForFunction(() => window.__coalitionMap?.store.state.comparison === null);
      // The Change tab stays while it is open, offering to compare again.
      expect(await page.isVisible("#change-start")).toBe(true);
      expect((await drawn(page, "p-rosa-delgado", ["p-rosa-delgado", "p-tanya-brooks"])).ring?.toUpperCase()).not.toBe("#009E73");
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    },
  },
  {
    name: "compare by date, then move the timeline: the worker recomputes the comparison at the new date",
    async run({ page, consoleErrors }) {
      await openRound2(page);
      // No comparison yet: no Change tab (the top bar's button starts one).
      expect(await page.isVisible("#tab-change")).toBe(false);
      await page.click("#compare-open");
      await page.waitForSelector("#compare-dialog[open]");
      await page.fill("#compare-date", "2025-12-31");
      await page.click("#compare-by-date");
      await compared(page, "the coalition on 2025-12-31");
      const first = await page.locator("#change-findings li").first().textContent();
      // Sunita Rao among them: she said yes on 2026-10-02 (activity.csv), so she joined that day.
      expect(first).toContain("4 members joined, 1 left");
      expect(await page.locator("#compare-timeline").count()).toBe(1);
      await shot(page, "compare-date");
      // Move the timeline to 2026-02-20 (Eastside Language Access and Tomás Ibarra had joined on 2026-02-01; Rosa Delgado joins on 2026-03-01).
      const index = await page.evaluate(() => window.__coalitionMap!.store.state.comparison!.result.dates.indexOf("2026-02-20"));
      expect(index).toBeGreaterThan(0);
      await page.evaluate((i) => {
        const s = document.querySelector<HTMLInputElement>("#compare-timeline")!;
        s.value = String(i);
        s.dispatchEvent(new Event("change"));
      }, index);
      await compared(page, "the coalition on 2026-02-20");
      expect(await page.locator("#change-findings li").first().textContent()).toBe("2 members joined, 1 left (members: 135 → 136). New: Rosa Delgado, Sunita Rao. Left: Naomi Lindgren.");
      expect(await page.locator("#compare-timeline-date").textContent()).toBe("2026-02-20");
      expect(consoleErrors).toEqual([]);
    },
  },
  {
    name: "ties the map's graph does not have are drawn faintly in the comparison layer, with the people who are gone",
    async run({ page, consoleErrors }) {
      // The sample (first round) on the map, compared with the second round's files: its newcomers are "gone" here.
      await page.click("#compare-open");
      await page.setInputFiles(
        "#compare-files",
        folderFiles("sample-coalition-2026").map((f) => ({ name: f.name, mimeType: "text/csv", buffer: Buffer.from(f.text, "utf-8") })),
      );
      await compared(page, "the earlier round (6 files)");
      const r = await page.evaluate(() => window.__coalitionMap!.store.state.comparison!.result);
      expect(r.ghosts.map((g) => g.label).sort()).toEqual(["Eastside Language Access", "Rosa Delgado", "Tomás Ibarra"]);
      expect(r.lostTies.length).toBe(10);
      // The layer has drawn something (its canvas is not blank).
      const inked = await page.evaluate(() => {
        const c = document.querySelector<HTMLCanvasElement>("canvas.sigma-comparison-lost");
        const d = c?.getContext("2d")?.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        if (d) for (let i = 3; i < d.length; i += 4) if ((d[i] ?? 0) > 0) n++;
        return n;
      });
      expect(inked).toBeGreaterThan(50);
      await shot(page, "compare-layer");
      expect(consoleErrors).toEqual([]);
    },
  },
  {
    name: "the Partners tab shows the survey's two rounds and the trust each partner receives; 'Show on the map' highlights the relationships",
    async run({ page, consoleErrors }) {
      await openRound2(page);
      await page.click("#tab-partnership");
      await page.waitForSelector("#partnership-rounds");
      const rounds = await page.locator("#partnership-rounds tbody tr").evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.round));
      expect(rounds).toEqual(["2025", "2026"]);
      expect(await page.locator("#partnership-scores > li").count()).toBeGreaterThan(10);
      await page.click("#partnership-show");
      await page.waitForFunction(() => window.__coalitionMap?.store.state.highlight?.source === "partnership");
      expect(await attr(page, "data-highlight")).toContain("o-harbor-house");
      await shot(page, "compare-partners");
      expect(consoleErrors).toEqual([]);
    },
  },
];

describeScenes("rounds compared on the map", scenes);
