/**
 * A large network's first picture and its refine in a real browser (6,000 people: a big map, and
 * past the quick-exact limit, so its figures are refined in the background):
 *  - the map is drawn in two steps: first every node where the layout put it (`#map[data-drawn]`
 *    "nodes"), then the ties too ("all"); the positions do not change between the two, and the
 *    refine's searches start only once the map is drawn whole;
 *  - while the person moves the mouse over the map the refine waits (the progress bar says so and
 *    its percentage stands still), and goes on when the mouse rests (here the mouse moves from the
 *    moment the report is accepted, so the refine starts waiting, whatever the machine's speed);
 *  - the figures it ends with are the exact figures, the same as an exact run of the same file in
 *    Node (analyzeForMap with exact: true), however it paused.
 * Nothing here is timed. What the page showed is recorded in the page as it happens (a store
 * subscriber and a mutation observer, in the order the events came), as in refine.e2e.test.ts.
 */
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { describeScenes, shot, waitForReady, WAIT_MS, type Scene } from "./harness.js";
import { groupedEdgeList } from "./grouped-edge-list.js";
import { drawnPixels, importFiles } from "./page.js";
import { loadGraph } from "../../src/viz/load-graph.js";
import { analyzeForMap } from "../../src/viz/analyze.js";

/** One thing the page did, in order: the map's drawing step, or the progress bar's stage and the figures. */
type Entry =
  | { kind: "drawn"; drawn: string; nodes: number; placed: number; analysed: boolean; positions: string }
  | { kind: "state"; figures: string | null; stage: string | null; background: boolean; progressText: string };

const PAUSED = "(waiting while you use the map)";

/** Start recording (before the file is opened): the map's `data-drawn` steps and every change of the figures and the progress bar. */
async function record(page: Page, nodes: number): Promise<void> {
  await page.evaluate((nodes) => {
    const m = window.__coalitionMap;
    const mapEl = document.getElementById("map");
    if (!m || !mapEl) throw new Error("no test handle or map");
    const w = window as unknown as { __log: Entry[] };
    w.__log = [];
    // A fingerprint of every node's position (to see that the ties' frame moved none).
    const positions = () => {
      const g = m.dataset()?.graph;
      let h = 0;
      g?.forEachNode((_n, a) => (h = (h * 31 + Math.round(a.x * 1000) * 7 + Math.round(a.y * 1000)) | 0));
      return String(h);
    };
    new MutationObserver(() => {
      const drawn = mapEl.dataset.drawn ?? "";
      const r = m.map.sigma;
      const g = r?.getGraph();
      if (!drawn || !r || !g || g.order !== nodes) return;
      let placed = 0;
      g.forEachNode((n, a) => {
        const d = r.getNodeDisplayData(n);
        if (d && !d.hidden && Number.isFinite(a.x) && Number.isFinite(a.y)) placed++;
      });
      w.__log.push({ kind: "drawn", drawn, nodes: g.order, placed, analysed: m.dataset()?.analysis != null, positions: positions() });
    }).observe(mapEl, { attributes: true, attributeFilter: ["data-drawn"] });
    m.store.subscribe((s, prev) => {
      if (s.figures === prev.figures && s.busy === prev.busy) return;
      if (m.dataset()?.graph.order !== nodes) return;
      w.__log.push({ kind: "state", figures: s.figures, stage: s.busy?.stage ?? null, background: s.busy?.background === true, progressText: document.getElementById("progress")?.textContent ?? "" });
    });
  }, nodes);
}

const log = (page: Page) => page.evaluate(() => (window as unknown as { __log: Entry[] }).__log);
/** The refine's percentage in a progress stage ("Refining … 40%"), or null. */
const percent = (stage: string | null) => {
  const m = /^Refining brokers and closeness to exact… (\d+)%/.exec(stage ?? "");
  return m ? Number(m[1]) : null;
};

const scenes: Scene[] = [
  {
    name: "6,000 people: nodes first, then ties; the refine starts after, waits while the mouse moves, and ends with the exact figures",
    timeoutMs: 900_000,
    async run({ page, consoleErrors, foreignRequests }) {
      const n = 6_000;
      const text = groupedEdgeList(n, 11);
      await record(page, n);
      await importFiles(page, [{ name: "statewide-edges.csv", text }]);
      await page.waitForSelector("#import-dialog[open]");
      await page.click("#import-accept");
      const box = await page.locator("#map").boundingBox();
      if (!box) throw new Error("no map box");

      // 1. The mouse moves over the map from the moment the report is accepted: the refine, once
      // it may start (the map drawn whole), starts waiting, and says so. (Whatever the machine's
      // speed: the refine cannot end while the mouse keeps moving.)
      let paused = false;
      for (let i = 0; i < 6000 && !paused; i++) {
        await page.mouse.move(box.x + box.width / 2 + (i % 20) * 4, box.y + box.height / 2 + (i % 7) * 3);
        await page.waitForTimeout(100);
        paused = (await log(page)).some((e) => e.kind === "state" && e.stage?.endsWith(PAUSED) === true);
      }
      expect(paused).toBe(true);
      // Still moving: nothing is searched (the percentage stands still).
      for (let i = 0; i < 20; i++) {
        await page.mouse.move(box.x + box.width / 2 - (i % 10) * 5, box.y + box.height / 2 - (i % 5) * 4);
        await page.waitForTimeout(100);
      }
      const whileMoving = (await log(page)).filter((e): e is Extract<Entry, { kind: "state" }> => e.kind === "state");
      const firstPaused = whileMoving.findIndex((e) => e.stage?.endsWith(PAUSED) === true);
      const after = whileMoving.slice(firstPaused);
      expect(after.every((e) => percent(e.stage) === percent(whileMoving[firstPaused]?.stage ?? null))).toBe(true);
      expect(whileMoving[firstPaused]?.figures).toBe("refining");
      expect(whileMoving[firstPaused]?.progressText).toContain("The figures shown are estimates");
      await shot(page, "71-map-fast-refine-waiting");

      // 2. Drawn in two steps: every node placed in the first picture, the ties in the next; nothing moved.
      const drawnSteps = (await log(page)).filter((e): e is Extract<Entry, { kind: "drawn" }> => e.kind === "drawn");
      expect(drawnSteps.map((e) => e.drawn)).toEqual(["nodes", "all"]);
      expect(drawnSteps[0]?.placed).toBe(n);
      expect(drawnSteps[1]?.positions).toBe(drawnSteps[0]?.positions);
      console.log(`First picture drawn ${drawnSteps[0]?.analysed ? "after" : "before"} the analyses arrived.`);

      // 3. The mouse rests: the refine goes on, and ends with the exact figures.
      await page.waitForSelector('#app[data-figures="exact"]', { timeout: 10 * WAIT_MS });
      await waitForReady(page);
      expect(await drawnPixels(page)).toBeGreaterThan(1000);
      await shot(page, "70-map-fast-refined");
      const states = (await log(page)).filter((e): e is Extract<Entry, { kind: "state" }> => e.kind === "state");
      const resumed = states.slice(firstPaused).find((e) => percent(e.stage) !== null && !e.stage?.endsWith(PAUSED));
      expect(resumed).toBeDefined();

      // The refine's searches began only once the map was drawn whole (its first range done after "all").
      const entries = await log(page);
      const allAt = entries.findIndex((e) => e.kind === "drawn" && e.drawn === "all");
      const firstRangeAt = entries.findIndex((e) => e.kind === "state" && (percent(e.stage) ?? 0) > 0);
      expect(allAt).toBeGreaterThanOrEqual(0);
      expect(firstRangeAt).toBeGreaterThan(allAt);

      // 4. The same figures as an exact run of the same file (bit for bit, as the JSON prints them).
      const onMap = await page.evaluate(() => JSON.stringify(window.__coalitionMap?.dataset()?.analysis?.report.nodes ?? null));
      const { graph, report, communities } = loadGraph([{ name: "statewide-edges.csv", bytes: new TextEncoder().encode(text) }], undefined);
      const reference = analyzeForMap(graph, report, communities, () => undefined, { exact: true });
      expect(reference.report.summary.standingMethod.kind).toBe("exact");
      expect(onMap).toBe(JSON.stringify(reference.report.nodes));
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    },
  },
];

describeScenes("A large network's first picture and its refine, in Chromium", scenes);
