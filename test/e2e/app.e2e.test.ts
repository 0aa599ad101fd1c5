/**
 * Coalition Map in a real browser: Debian's Chromium (playwright-core) against the built app
 * (dist/, served by `vite preview`). Scenes as a table of { name, run }, each on a fresh page,
 * waiting for the app's explicit ready signal (#app[data-ready="true"]), never on sleeps.
 * Screenshots of the main views go to test-artifacts/.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { ARTIFACTS, CHROMIUM, openApp, shot, startHarness, waitForLayoutStop, waitForReady, type Harness, type Session } from "./harness.js";

const haveBrowser = existsSync(CHROMIUM) && existsSync("dist/index.html");

/** Count the drawn (non-white) pixels of the map, composed from sigma's layers. */
async function drawnPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = window.__coalitionMap?.map.snapshot();
    const c2d = canvas?.getContext("2d");
    if (!canvas || !c2d) return 0;
    const data = c2d.getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 16) if ((data[i] ?? 255) < 235 || (data[i + 1] ?? 255) < 235 || (data[i + 2] ?? 255) < 235) n++;
    return n;
  });
}

async function attr(page: Page, name: string): Promise<string> {
  return (await page.getAttribute("#app", name)) ?? "";
}

/** A small generic edge list: a different network from the sample. */
const SMALL_EDGES = "source,target,weight,type\nAlice,Bob,3,works_with\nBob,Carol,2,knows\nCarol,Dave,4,partner\nDave,Alice,1,knows\nEve,Alice,2,conflict\n";

async function importFiles(page: Page, files: { name: string; text: string }[]): Promise<void> {
  await page.setInputFiles(
    "#file-input",
    files.map((f) => ({ name: f.name, mimeType: "text/csv", buffer: Buffer.from(f.text, "utf-8") })),
  );
}

type Scene = { name: string; run: (s: Session) => Promise<void> };

const scenes: Scene[] = [
  {
    name: "loads the sample with no console error and no request outside its origin",
    async run({ page, consoleErrors, foreignRequests }) {
      expect(await attr(page, "data-nodes")).toBe("250");
      await waitForLayoutStop(page);
      await shot(page, "01-map");
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    },
  },
  {
    name: "draws the map (non-blank canvas)",
    async run({ page }) {
      const n = await drawnPixels(page);
      expect(n).toBeGreaterThan(2000);
    },
  },
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
      await page.click("#tab-ask");
      await page.fill("#ask-target", "Helping Hands Helpline");
      await page.click("#ask-run");
      await page.waitForSelector("#askers > li");
      await page.waitForSelector('#app[data-highlight-source="ask"]');
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
      await shot(page, "06-conflicts");
      await page.click("#tab-recruit");
      await page.locator("#recruits > li .title").first().click();
      await page.waitForSelector('#app[data-highlight-source="recruit"]');
      await page.click("#tab-balance");
      await page.waitForSelector("#balance-groups svg rect");
      await shot(page, "07-balance");
      await page.click("#tab-communities");
      await page.locator("#communities-panel .list > li .title").first().click();
      await page.waitForSelector('#app[data-highlight-source="communities"]');
      await shot(page, "08-communities");
    },
  },
  {
    name: "importing a CSV shows the report first, then changes the map",
    async run({ page }) {
      const before = await attr(page, "data-dataset");
      await importFiles(page, [{ name: "edges.csv", text: SMALL_EDGES }]);
      await page.waitForSelector("#import-dialog[open]");
      expect(await page.textContent("#import-imported")).toBe("5");
      // The map has not changed yet.
      expect(await attr(page, "data-dataset")).toBe(before);
      await shot(page, "09-import-report");
      await page.click("#import-accept");
      await page.waitForFunction((b) => document.getElementById("app")?.dataset.dataset !== b, before);
      await waitForReady(page);
      expect(await attr(page, "data-nodes")).toBe("5");
    },
  },
  {
    name: "a broken CSV shows its error and keeps the old map",
    async run({ page }) {
      const before = await attr(page, "data-dataset");
      await importFiles(page, [{ name: "connections.csv", text: "foo,bar\n1,2\n" }]);
      await page.waitForSelector("#import-error[open]");
      expect(await page.textContent("#import-error-message")).toContain("connections.csv");
      await shot(page, "10-import-error");
      await page.click("#error-ok");
      expect(await attr(page, "data-dataset")).toBe(before);
      expect(await attr(page, "data-nodes")).toBe("250");
    },
  },
  {
    name: "every export produces a file",
    async run({ page }) {
      for (const kind of ["png", "csv", "gexf", "json"]) {
        await page.click("#export-toggle");
        const [download] = await Promise.all([page.waitForEvent("download"), page.click(`[data-export="${kind}"]`)]);
        const path = `${ARTIFACTS}/export-${download.suggestedFilename()}`;
        await download.saveAs(path);
        const size = statSync(path).size;
        expect(size, kind).toBeGreaterThan(100);
        if (kind === "gexf") expect(readFileSync(path, "utf-8")).toContain("betweenness");
        if (kind === "json") expect(JSON.parse(readFileSync(path, "utf-8")).summary.nodes).toBe(250);
      }
    },
  },
];

describe.skipIf(!haveBrowser)("Coalition Map in Chromium", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });
  for (const scene of scenes) {
    it(scene.name, async () => {
      const s = await openApp(h);
      try {
        await scene.run(s);
      } finally {
        await s.context.close();
      }
    });
  }
});
