/**
 * Details' "higher than 80% of the network" and the summary's top brokers, read from the ranks the
 * analysis worker sends with each analysis (standing-ranks.ts) instead of a pass over every node
 * per click: what the page shows equals the old computation (a pass over every node's values,
 * a sort of every node), for the first analysis and for the one after measuring again. Nothing
 * here is timed.
 */
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { describeScenes, waitForReady, type Scene } from "./harness.js";
import { groupedEdgeList } from "./grouped-edge-list.js";
import { importFiles } from "./page.js";
import { measureValues, standingPhrase, type MeasureKey } from "../../src/viz/panels/text/measure-words.js";

const MEASURES: MeasureKey[] = ["betweenness", "closeness", "pagerank", "eigenvector", "constraint", "effectiveSize"];

type Standing = { id: string } & Record<MeasureKey, number | null>;

/** The report's nodes as the page holds them (the measures only). */
async function reportNodes(page: Page): Promise<Standing[]> {
  return page.evaluate((keys) => {
    const nodes = window.__coalitionMap?.dataset()?.analysis?.report.nodes ?? [];
    return nodes.map((n) => {
      const out: Record<string, unknown> = { id: n.id };
      for (const k of keys) out[k] = (n as unknown as Record<string, unknown>)[k];
      return out as Standing;
    });
  }, MEASURES);
}

/** Select each of `ids` and check every measure's words against the old computation. */
async function checkDetails(page: Page, nodes: Standing[], ids: string[]): Promise<number> {
  const standing = new Map(nodes.map((n) => [n.id, n]));
  const values = new Map(MEASURES.map((k) => [k, measureValues(standing as never, k)]));
  let checked = 0;
  for (const id of ids) {
    await page.evaluate((node) => window.__coalitionMap?.store.dispatch({ type: "select", node }), id);
    await page.waitForSelector(`#details[data-node="${id}"]`);
    expect(await page.getAttribute("#details", "data-ranks")).toBe("worker");
    for (const k of MEASURES) {
      const text = (await page.textContent(`#details [data-measure="${k}"] .measure-value`)) ?? "";
      const expected = standingPhrase(k, standing.get(id)?.[k] ?? null, values.get(k) ?? []);
      if (expected === "") expect(text).not.toContain(" — ");
      else expect(text.endsWith(` — ${expected}`), `${id} ${k}: "${text}" should end with "${expected}"`).toBe(true);
      checked++;
    }
  }
  return checked;
}

/** The old summary's top brokers: every node sorted by betweenness, then id. */
function oldTop(nodes: Standing[]): string[] {
  return [...new Map(nodes.map((n) => [n.id, n])).values()]
    .sort((x, y) => (y.betweenness ?? 0) - (x.betweenness ?? 0) || (x.id < y.id ? -1 : 1))
    .slice(0, 5)
    .map((n) => n.id);
}

async function shownTop(page: Page): Promise<string[]> {
  await page.evaluate(() => window.__coalitionMap?.store.dispatch({ type: "select", node: null }));
  await page.waitForSelector("#summary");
  return page.$$eval("#summary .path [data-node]", (els) => els.map((e) => e.getAttribute("data-node") ?? ""));
}

/** Nodes to click: the top and bottom brokers, the most and least boxed in, and some spread over the list. */
function sampleIds(nodes: Standing[]): string[] {
  const by = (k: MeasureKey) => [...nodes].sort((a, b) => (a[k] ?? -1) - (b[k] ?? -1));
  const ids = new Set<string>();
  for (const k of ["betweenness", "constraint", "closeness"] as const) {
    const s = by(k);
    for (const n of [s[0], s[1], s[s.length - 1]]) if (n) ids.add(n.id);
  }
  for (let i = 0; i < 8; i++) {
    const n = nodes[Math.floor(((i + 0.5) / 8) * nodes.length)];
    if (n) ids.add(n.id);
  }
  return [...ids];
}

const scenes: Scene[] = [
  {
    name: "1,500 people: Details' standing words and the top brokers equal a pass over every node, measured again too",
    async run({ page, consoleErrors }) {
      await importFiles(page, [{ name: "county-edges.csv", text: groupedEdgeList(1_500, 5) }]);
      await page.waitForSelector("#import-dialog[open]");
      await page.click("#import-accept");
      await page.waitForSelector('#app[data-nodes="1500"][data-ready="true"]');
      const first = await reportNodes(page);
      expect(first).toHaveLength(1_500);
      expect(await checkDetails(page, first, sampleIds(first))).toBeGreaterThan(60);
      expect(await shownTop(page)).toEqual(oldTop(first));

      // Measured again (every tie counts 1): a new analysis brings its own ranks.
      await page.selectOption("#measure-ties", "equal");
      await page.waitForFunction(() => window.__coalitionMap?.dataset()?.analysis?.report.summary.weighted === false);
      await waitForReady(page);
      const again = await reportNodes(page);
      // The figures changed (else nothing shows that the new ranks were used).
      const before = new Map(first.map((n) => [n.id, n.betweenness]));
      expect(again.filter((n) => n.betweenness !== before.get(n.id)).length).toBeGreaterThan(100);
      expect(await checkDetails(page, again, sampleIds(again))).toBeGreaterThan(60);
      expect(await shownTop(page)).toEqual(oldTop(again));
      expect(consoleErrors).toEqual([]);
    },
  },
];

describeScenes("Details' ranks from the analysis worker", scenes);
