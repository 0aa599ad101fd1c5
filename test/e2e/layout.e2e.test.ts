/**
 * The first picture of a 10,000-node planted-partition network in a real browser (harness.ts): the
 * bench's network (`plantedPartition({ n: 10_000, tiesPerNode: 10 })`: groups of 50, 80% of ties
 * inside) imported as a CSV through the file input. The drawn positions must show the planted
 * groups (tie length inside a group under half that between groups; most nodes nearer their own
 * group's centre than any other's), and the screenshot test-artifacts/13-layout-planted-10k.png
 * shows the communities as separate patches.
 *
 * Then "Resume layout" runs the live ForceAtlas2 (LinLog above 500 nodes) until it stops by itself:
 * the groups must still be apart (test-artifacts/13b-layout-planted-10k-resumed.png).
 *
 * The times (file chosen → import report, report accepted → map drawn) are printed and written to
 * test-artifacts/layout-timings.json — never asserted (see big-network.e2e.test.ts).
 */
import { writeFileSync } from "node:fs";
import { expect } from "vitest";
import { ownCentreShare } from "../../src/graph/layout/own-centre-share.js";
import { tieLengths } from "../../src/graph/layout/tie-lengths.js";
import { plantedGroup } from "../bench/layout.js";
import { plantedPartition } from "../bench/generate.js";
import type { Page } from "playwright-core";
import { ARTIFACTS, describeScenes, shot, waitForLayoutStop, waitForReady, type Scene } from "./harness.js";
import { drawnPixels, importFiles } from "./page.js";

const NODES = 10_000;

/** The drawn positions of every node. */
async function drawnPositions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    const g = window.__coalitionMap?.map.sigma?.getGraph();
    const out: Record<string, { x: number; y: number }> = {};
    g?.forEachNode((n, a) => (out[n] = { x: Number(a.x), y: Number(a.y) }));
    return out;
  });
}

const scenes: Scene[] = [
  {
    name: "a 10,000-node planted network is first drawn with its groups apart",
    timeoutMs: 900_000,
    async run({ page }) {
      const graph = plantedPartition({ n: NODES, tiesPerNode: 10 });
      const lines = ["source,target,weight"];
      graph.forEachEdge((_e, a, s, t) => lines.push(`${s},${t},${String(a.strength)}`));
      const t0 = Date.now();
      await importFiles(page, [{ name: "planted-10k.csv", text: `${lines.join("\n")}\n` }]);
      await page.waitForSelector("#import-dialog[open]", { timeout: 600_000 });
      const reportMs = Date.now() - t0;
      const t1 = Date.now();
      await page.click("#import-accept");
      await page.waitForSelector(`#app[data-nodes="${NODES}"]`, { timeout: 600_000 });
      const drawnMs = Date.now() - t1;
      await waitForReady(page);
      expect(await drawnPixels(page)).toBeGreaterThan(1000);
      await shot(page, "13-layout-planted-10k");
      const positions = await drawnPositions(page);
      expect(Object.keys(positions).length).toBe(NODES);
      const lengths = tieLengths(graph, positions, plantedGroup);
      const own = ownCentreShare(positions, plantedGroup);
      expect(lengths.ratio).toBeLessThan(0.5);
      expect(own).toBeGreaterThan(0.8);

      // The live layout keeps the groups apart.
      await page.click("#layout-toggle");
      await page.waitForSelector('#app[data-layout="running"]');
      await waitForLayoutStop(page, 600_000);
      await shot(page, "13b-layout-planted-10k-resumed");
      const resumed = await drawnPositions(page);
      const lengthsAfter = tieLengths(graph, resumed, plantedGroup);
      const ownAfter = ownCentreShare(resumed, plantedGroup);
      const figures = { reportMs, drawnMs, ratio: lengths.ratio, ownCentrePlanted: own, resumed: { ratio: lengthsAfter.ratio, ownCentrePlanted: ownAfter } };
      writeFileSync(`${ARTIFACTS}/layout-timings.json`, JSON.stringify(figures, null, 2) + "\n");
      console.log(
        `${NODES.toLocaleString("en-US")} planted nodes: import report after ${reportMs} ms (parse, analysis and first picture in the worker), map drawn ${drawnMs} ms after accepting; tie length inside ÷ between groups ${lengths.ratio.toFixed(3)}, nodes nearest their own group's centre ${(100 * own).toFixed(1)}%; after the live layout ${lengthsAfter.ratio.toFixed(3)} and ${(100 * ownAfter).toFixed(1)}%.`,
      );
      expect(lengthsAfter.ratio).toBeLessThan(0.5);
    },
  },
];

describeScenes("The first picture of a 10,000-node planted network in Chromium", scenes);
