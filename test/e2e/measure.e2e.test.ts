/**
 * The user's choice of how ties count, on the map (the CLI's --unweighted and --directed): the
 * "Ties" choice measures the data set again in the worker; the report then says what was used,
 * and the map keeps its data set. The choice sits in the top bar, in view at 1024 px.
 */
import { expect } from "vitest";
import { describeScenes, shot, waitForReady, type Scene } from "./harness.js";

interface Summary {
  weighted: boolean;
  directed: boolean;
}

const summary = (page: import("playwright-core").Page): Promise<Summary | undefined> =>
  page.evaluate(() => {
    const s = window.__coalitionMap?.dataset()?.analysis?.report.summary;
    return s ? { weighted: s.weighted, directed: s.directed } : undefined;
  });

const scenes: Scene[] = [
  {
    name: "ties counted all equal, then one-way: the analysis runs again and the report says so",
    async run({ page, consoleErrors }) {
      expect(await summary(page)).toEqual({ weighted: true, directed: false });
      await page.selectOption("#measure-ties", "equal");
      await page.waitForFunction(() => window.__coalitionMap?.dataset()?.analysis?.report.summary.weighted === false);
      await waitForReady(page);
      expect(await summary(page)).toEqual({ weighted: false, directed: false });
      await page.selectOption("#measure-ties", "strength-directed");
      await page.waitForFunction(() => window.__coalitionMap?.dataset()?.analysis?.report.summary.directed === true);
      await waitForReady(page);
      expect(await summary(page)).toEqual({ weighted: true, directed: true });
      expect(await page.getAttribute("#app", "data-nodes")).toBe("250");
      // The choice sits in the top bar, which stays one row at 1024 px.
      await page.setViewportSize({ width: 1024, height: 700 });
      const topbar = await page.evaluate(() => {
        const bar = document.querySelector<HTMLElement>(".topbar")?.getBoundingClientRect();
        const choice = document.querySelector<HTMLElement>("#measure-ties")?.getBoundingClientRect();
        return { barHeight: bar?.height ?? 0, choiceBottom: choice?.bottom ?? 999 };
      });
      await shot(page, "40-ties-choice-1024");
      expect(topbar.choiceBottom).toBeLessThanOrEqual(topbar.barHeight);
      expect(consoleErrors).toEqual([]);
    },
  },
];

describeScenes("how ties count, chosen on the map", scenes);
