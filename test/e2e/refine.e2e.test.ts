/**
 * A network above the exact limit (6,000 people) in a real browser: the map answers with
 * estimates, the progress bar names the stage and says the figures shown are estimates, refine
 * workers compute the exact figures in the background, and the exact analysis replaces the
 * estimates in place — the selection, the open tab and the camera stay; measured again meanwhile,
 * the refine stops and the figures say they stay estimates. Then the "Broker scores"
 * choice: "estimated" measures the data set again with the guaranteed estimate (never refined),
 * "automatic" brings the exact figures back. Nothing here is timed.
 *
 * What the page showed is recorded in the page as it happens (a store subscriber): on a loaded
 * machine the page's main thread can be too busy for a poll to catch a state that lasts a moment.
 */
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { describeScenes, shot, waitForReady, type Scene } from "./harness.js";
import { groupedEdgeList } from "./grouped-edge-list.js";
import { importFiles } from "./page.js";

/** One change of the page's state, as it happened. */
interface Entry {
  figures: string | null;
  stage: string | null;
  background: boolean;
  /** The progress bar's text as painted (the status view paints before this log is written). */
  progressText: string;
  nodes: number;
  dataset: number | null;
  selected: string | null;
  tab: string;
  camera: { x: number; y: number; ratio: number; angle: number } | null;
  detailsText: string;
}

/**
 * Record every change of how exact the figures are, of the progress bar and of the selection.
 * When the estimates of the `nodes`-node network first show, select their top broker at once (a
 * microtask: before the next message can bring the exact figures) — or, `remeasure`, when that
 * network is first shown, count every tie equal ("Ties count"), which measures it again.
 */
async function recordFigures(page: Page, nodes: number, then: "select" | "remeasure" = "select"): Promise<void> {
  await page.evaluate(([nodes, then]) => {
    const m = window.__coalitionMap;
    if (!m) throw new Error("no test handle");
    const w = window as unknown as { __figuresLog: Entry[]; __estimate?: { top: string; betweenness: number[] } };
    w.__figuresLog = [];
    m.store.subscribe((s, prev) => {
      if (s.figures === prev.figures && s.busy === prev.busy && s.selected === prev.selected) return;
      const c = m.map.sigma?.getCamera().getState();
      const ds = m.dataset();
      w.__figuresLog.push({
        figures: s.figures,
        stage: s.busy?.stage ?? null,
        background: s.busy?.background === true,
        progressText: document.getElementById("progress")?.textContent ?? "",
        nodes: ds?.graph.order ?? 0,
        dataset: s.dataset,
        selected: s.selected,
        tab: s.tab,
        camera: c ? { x: c.x, y: c.y, ratio: c.ratio, angle: c.angle } : null,
        detailsText: document.getElementById("details")?.textContent ?? "",
      });
      // Measured again as soon as the data set is shown: its first analysis is still being made, so
      // the worker gets the new load while that analysis's refine has just begun (whatever the machine's speed).
      if (then === "remeasure" && s.dataset !== prev.dataset && ds?.graph.order === nodes && !w.__estimate) {
        w.__estimate = { top: "", betweenness: [] };
        queueMicrotask(() => {
          const ties = document.getElementById("measure-ties") as HTMLSelectElement;
          ties.value = "equal";
          ties.dispatchEvent(new Event("change"));
        });
      }
      if (then === "select" && s.figures === "refining" && prev.figures !== "refining" && !w.__estimate && ds?.graph.order === nodes && ds.analysis) {
        const list = ds.analysis.report.nodes;
        const top = list.reduce((a, b) => (b.betweenness > a.betweenness ? b : a)).id;
        w.__estimate = { top, betweenness: list.map((x) => x.betweenness) };
        queueMicrotask(() => m.store.dispatch({ type: "select", node: top }));
      }
    });
  }, [nodes, then] as const);
}

const figuresLog = (page: Page) => page.evaluate(() => (window as unknown as { __figuresLog: Entry[] }).__figuresLog);
const estimateSeen = (page: Page) => page.evaluate(() => (window as unknown as { __estimate?: { top: string; betweenness: number[] } }).__estimate ?? null);

const scenes: Scene[] = [
  {
    name: "6,000 people: estimates first, the progress bar says so, exact figures replace them in place",
    timeoutMs: 900_000,
    async run({ page, consoleErrors, foreignRequests }) {
      const n = 6_000;
      await recordFigures(page, n);
      await importFiles(page, [{ name: "statewide-edges.csv", text: groupedEdgeList(n, 7) }]);
      await page.waitForSelector("#import-dialog[open]");
      await page.click("#import-accept");
      await page.waitForSelector(`#app[data-nodes="${n}"]`);
      await page.waitForSelector('#app[data-figures="exact"]', { timeout: 600_000 });
      await waitForReady(page);
      const estimate = await estimateSeen(page);
      expect(estimate).not.toBeNull();
      const ours = (await figuresLog(page)).filter((e) => e.nodes === n);
      // What the page showed: estimates being refined, then exact — never the other way.
      const figures = ours.map((e) => e.figures).filter((f, i, all) => f !== null && f !== all[i - 1]);
      expect(figures).toEqual(["refining", "exact"]);
      // While refining, the progress bar named the stage and said the figures shown were estimates.
      const refiningBars = ours.filter((e) => e.background);
      expect(refiningBars.length).toBeGreaterThan(1);
      for (const e of refiningBars) expect(e.progressText).toContain("The figures shown are estimates");
      expect(refiningBars.some((e) => /^Refining brokers and closeness to exact… \d+%$/.test(e.stage ?? ""))).toBe(true);
      expect(refiningBars.some((e) => e.stage?.startsWith("Exact figures:"))).toBe(true);
      // The estimates' top broker was selected while they were shown; the Details tab said "estimate".
      const selectedWhileRefining = ours.find((e) => e.figures === "refining" && e.selected === estimate?.top);
      expect(selectedWhileRefining?.tab).toBe("details");
      expect(selectedWhileRefining?.detailsText).toContain("estimate for now");
      // The exact figures replaced them in place: same selection, same tab, the camera where it was.
      const lastRefining = ours.filter((e) => e.figures === "refining").at(-1);
      const firstExact = ours.find((e) => e.figures === "exact");
      expect(firstExact?.selected).toBe(estimate?.top);
      expect(firstExact?.tab).toBe("details");
      expect(firstExact?.camera).toEqual(lastRefining?.camera);
      expect(firstExact?.detailsText).toContain("Broker score");
      expect(firstExact?.detailsText).not.toContain("estimate");
      const atExact = await page.evaluate(() => {
        const m = window.__coalitionMap!;
        const a = m.dataset()!.analysis!;
        return {
          kind: a.report.summary.standingMethod.kind,
          refined: a.refined === true,
          exact: a.report.nodes.map((x) => x.betweenness),
          selected: m.store.state.selected,
          progressHidden: document.getElementById("progress")?.hidden ?? false,
        };
      });
      expect(atExact.kind).toBe("exact");
      expect(atExact.refined).toBe(true);
      expect(atExact.selected).toBe(estimate?.top);
      expect(atExact.progressHidden).toBe(true);
      await page.waitForSelector(`#details[data-node="${estimate?.top}"]`);
      // The figures really changed (else nothing was shown to be refined).
      expect(atExact.exact.filter((b, i) => b !== estimate?.betweenness[i]).length).toBeGreaterThan(n / 10);

      // For the screenshot: the progress bar as it was while refining (its recorded stage painted again).
      const shown = refiningBars.find((e) => e.stage?.startsWith("Refining") && !e.stage.endsWith(" 0%")) ?? refiningBars[0];
      await page.evaluate((stage) => window.__coalitionMap!.store.dispatch({ type: "busy", busy: { stage, fraction: 0.9 * (Number(/(\d+)%/.exec(stage)?.[1] ?? 40) / 100), background: true } }), shown?.stage ?? "");
      await shot(page, "60-refine-progress");
      await page.evaluate(() => window.__coalitionMap!.store.dispatch({ type: "busy", busy: null }));

      // With nothing selected, the overview says the figures are exact, computed after the estimates.
      await page.keyboard.press("Escape");
      const note = await page.waitForSelector('#approximate-note[data-figures="exact"]');
      expect(await note.textContent()).toContain("exact");
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    },
  },
  {
    name: "measured again while refining: the refine stops, the old figures say they stay estimates, the new data set is refined",
    timeoutMs: 900_000,
    async run({ page, consoleErrors }) {
      const n = 6_000;
      await recordFigures(page, n, "remeasure");
      await importFiles(page, [{ name: "statewide-edges.csv", text: groupedEdgeList(n, 7) }]);
      await page.waitForSelector("#import-dialog[open]");
      await page.click("#import-accept");
      await page.waitForFunction(() => window.__coalitionMap?.dataset()?.analysis?.report.summary.weighted === false && document.getElementById("app")?.dataset.figures === "exact", undefined, { timeout: 600_000 });
      await waitForReady(page);
      const log = (await figuresLog(page)).filter((e) => e.nodes === n && e.dataset !== null);
      const ids = [...new Set(log.map((e) => e.dataset))];
      expect(ids).toHaveLength(2);
      const sequence = (id: number | null) => log.filter((e) => e.dataset === id).map((e) => e.figures).filter((f, i, all) => f !== null && f !== all[i - 1]);
      // The first data set's refine was stopped: its figures stayed estimates, and said so.
      expect(sequence(ids[0] ?? null)).toEqual(["refining", "estimates"]);
      // The data set measured again was refined to exact.
      expect(sequence(ids[1] ?? null)).toEqual(["refining", "exact"]);
      expect(consoleErrors).toEqual([]);
    },
  },
  {
    name: "'Broker scores': estimated measures again within a stated margin, not refined; automatic is exact again",
    async run({ page, consoleErrors }) {
      await importFiles(page, [{ name: "county-edges.csv", text: groupedEdgeList(600, 3) }]);
      await page.waitForSelector("#import-dialog[open]");
      await page.click("#import-accept");
      await page.waitForSelector('#app[data-nodes="600"][data-figures="exact"][data-ready="true"]');
      await page.selectOption("#measure-figures", "estimate");
      await page.waitForFunction(() => window.__coalitionMap?.dataset()?.analysis?.report.summary.standingMethod.kind === "estimate");
      await waitForReady(page);
      expect(await page.getAttribute("#app", "data-figures")).toBe("estimates");
      const note = await page.waitForSelector('#approximate-note[data-figures="estimates"]');
      expect(await note.textContent()).toContain("99% confidence");
      await shot(page, "61-figures-choice");
      await page.selectOption("#measure-figures", "auto");
      await page.waitForFunction(() => window.__coalitionMap?.dataset()?.analysis?.report.summary.standingMethod.kind === "exact");
      await waitForReady(page);
      expect(await page.getAttribute("#app", "data-figures")).toBe("exact");
      expect(await page.getAttribute("#app", "data-nodes")).toBe("600");
      expect(consoleErrors).toEqual([]);
    },
  },
];

describeScenes("a large network refined to exact in the background", scenes);
