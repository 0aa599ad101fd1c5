/**
 * A statewide network's route in a real browser, on a network small enough for a test: with the
 * page's test hook `?e2e&refineLimit=5000` (client.ts), a 6,000-person network under the automatic
 * choice is past the refine limit, so its quick estimates are refined in the background by the
 * refine workers to the GUARANTEED estimate (every score within a stated margin, 99% confidence),
 * not to exact. The progress bar says what it refines to and that the figures shown are estimates;
 * Details says "quick estimate for now", then the margin; the overview note states the margin in
 * plain words. Nothing here is timed.
 *
 * What the page showed is recorded in the page as it happens (a store subscriber), as in
 * refine.e2e.test.ts: on a loaded machine a poll can miss a state that lasts a moment.
 */
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { describeScenes, shot, waitForReady, type Scene } from "./harness.js";
import { groupedEdgeList } from "./grouped-edge-list.js";
import { importFiles } from "./page.js";

interface Entry {
  figures: string | null;
  stage: string | null;
  background: boolean;
  progressText: string;
  nodes: number;
  selected: string | null;
  detailsText: string;
}

/**
 * Record every change of the figures, the progress bar and the selection; when the quick estimates
 * of the `nodes`-node network first show, keep them and select their top broker (a microtask).
 */
async function recordFigures(page: Page, nodes: number): Promise<void> {
  await page.evaluate((nodes) => {
    const m = window.__coalitionMap;
    if (!m) throw new Error("no test handle");
    const w = window as unknown as { __figuresLog: Entry[]; __quick?: { top: string; betweenness: number[]; method: string } };
    w.__figuresLog = [];
    m.store.subscribe((s, prev) => {
      if (s.figures === prev.figures && s.busy === prev.busy && s.selected === prev.selected) return;
      const ds = m.dataset();
      w.__figuresLog.push({
        figures: s.figures,
        stage: s.busy?.stage ?? null,
        background: s.busy?.background === true,
        progressText: document.getElementById("progress")?.textContent ?? "",
        nodes: ds?.graph.order ?? 0,
        selected: s.selected,
        detailsText: document.getElementById("details")?.textContent ?? "",
      });
      if (s.figures === "refining" && prev.figures !== "refining" && !w.__quick && ds?.graph.order === nodes && ds.analysis) {
        const list = ds.analysis.report.nodes;
        const top = list.reduce((a, b) => (b.betweenness > a.betweenness ? b : a)).id;
        w.__quick = { top, betweenness: list.map((x) => x.betweenness), method: ds.analysis.report.summary.standingMethod.description };
        queueMicrotask(() => m.store.dispatch({ type: "select", node: top }));
      }
    });
  }, nodes);
}

const scenes: Scene[] = [
  {
    name: "6,000 people past the (lowered) refine limit: quick estimates first, refined in the background to a stated margin",
    timeoutMs: 900_000,
    async run({ page, consoleErrors, foreignRequests }) {
      const n = 6_000;
      await page.goto(new URL("/?e2e&refineLimit=5000", page.url()).href);
      await waitForReady(page);
      await recordFigures(page, n);
      await importFiles(page, [{ name: "statewide-edges.csv", text: groupedEdgeList(n, 7) }]);
      await page.waitForSelector("#import-dialog[open]");
      await page.click("#import-accept");
      await page.waitForSelector(`#app[data-nodes="${n}"]`);
      await page.waitForFunction(() => window.__coalitionMap?.dataset()?.analysis?.refined === true, undefined, { timeout: 600_000 });
      await waitForReady(page);
      const quick = await page.evaluate(() => (window as unknown as { __quick?: { top: string; betweenness: number[]; method: string } }).__quick ?? null);
      expect(quick).not.toBeNull();
      expect(quick?.method).toContain("no score carries a guarantee");
      const ours = (await page.evaluate(() => (window as unknown as { __figuresLog: Entry[] }).__figuresLog)).filter((e) => e.nodes === n);
      // Quick estimates being refined, then estimates (with a margin) — never exact.
      const figures = ours.map((e) => e.figures).filter((f, i, all) => f !== null && f !== all[i - 1]);
      expect(figures).toEqual(["refining", "estimates"]);
      // The progress bar named what the quick estimates become, and said the figures shown are estimates.
      const bars = ours.filter((e) => e.background);
      expect(bars.length).toBeGreaterThan(1);
      for (const e of bars) expect(e.progressText).toContain("The figures shown are estimates");
      expect(bars.some((e) => /^Refining the quick estimates of brokers and closeness to a stated margin… \d+%$/.test(e.stage ?? ""))).toBe(true);
      expect(bars.some((e) => e.stage?.startsWith("Estimates with a stated margin:"))).toBe(true);
      expect(bars.some((e) => /exact/i.test(e.stage ?? ""))).toBe(false);
      // Details while refining: the top broker's scores are quick estimates for now.
      const whileRefining = ours.find((e) => e.figures === "refining" && e.selected === quick?.top);
      expect(whileRefining?.detailsText).toContain("quick estimate for now");
      // Refined: the guaranteed estimate, its margin stated; the selection kept.
      const refined = await page.evaluate(() => {
        const m = window.__coalitionMap!;
        const a = m.dataset()!.analysis!;
        return {
          method: a.report.summary.standingMethod,
          betweenness: a.report.nodes.map((x) => x.betweenness),
          selected: m.store.state.selected,
          progressHidden: document.getElementById("progress")?.hidden ?? false,
          figures: document.getElementById("app")?.dataset.figures,
        };
      });
      expect(refined.method.kind).toBe("estimate");
      expect(refined.method.betweennessMargin).toBeGreaterThan(0);
      expect(refined.method.confidence).toBe(0.99);
      expect(refined.method.description).toContain("with 99% confidence");
      expect(refined.selected).toBe(quick?.top);
      expect(refined.progressHidden).toBe(true);
      expect(refined.figures).toBe("estimates");
      // The figures really changed (else nothing was shown to be refined).
      expect(refined.betweenness.filter((b, i) => b !== quick?.betweenness[i]).length).toBeGreaterThan(n / 10);
      await page.waitForSelector(`#details[data-node="${quick?.top}"]`);
      const details = (await page.textContent("#details")) ?? "";
      expect(details).toMatch(/betweenness, estimate within ±[\d.e-]+ with 99% confidence/);
      expect(details).not.toContain("quick estimate");
      await shot(page, "62-refined-to-margin-details");

      // The progress bar as it was while refining (its recorded stage painted again), for the screenshot.
      const shown = bars.find((e) => e.stage?.startsWith("Refining") && !e.stage.endsWith(" 0%")) ?? bars[0];
      await page.evaluate((stage) => window.__coalitionMap!.store.dispatch({ type: "busy", busy: { stage, fraction: 0.9 * (Number(/(\d+)%/.exec(stage)?.[1] ?? 40) / 100), background: true } }), shown?.stage ?? "");
      await shot(page, "63-refine-to-margin-progress");
      await page.evaluate(() => window.__coalitionMap!.store.dispatch({ type: "busy", busy: null }));

      // With nothing selected, the overview states the margin in plain words.
      await page.keyboard.press("Escape");
      const note = await page.waitForSelector('#approximate-note[data-figures="estimates"][data-margin="true"]');
      const text = (await note.textContent()) ?? "";
      expect(text).toContain("A large network:");
      expect(text).toMatch(/every betweenness score is within ±[\d.e-]+ of its exact value, all at once, with 99% confidence/);
      expect(text).toContain("Computed in the background after the quick estimates.");
      await shot(page, "64-refined-to-margin-overview");
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    },
  },
];

describeScenes("a statewide network's quick estimates refined to a stated margin", scenes);
