/**
 * A big map re-draws only its nodes when the analyses arrive (map/node-sizes.ts): the nodes at
 * their new sizes, the ties whose arrow heads touch them, and sigma's label grid — not every tie.
 * The picture must be exactly the one sigma's full re-processing gives: here a 2,500-person network
 * with directed (arrow), negative and parallel (curved) ties is shown; its analyses are taken
 * away and given back (so every size changes), then the renderer's data — every node and tie
 * program's buffer, and the names the label grid offers — is compared with the data after a full
 * `refresh()`. Nothing here is timed.
 */
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { describeScenes, waitForReady, WAIT_MS, type Scene } from "./harness.js";
import { importFiles } from "./page.js";

/**
 * `n` people: a seeded random tree plus a tie inside each group of 50; every 7th row a referral
 * (directed), every 11th a bad history (negative), every 13th pair tied twice (parallel, curved).
 */
function mixedEdgeList(n: number): string {
  let seed = 5;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const lines = ["source,target,weight,type"];
  for (let i = 1; i < n; i++) {
    const a = `n${i}`;
    const b = `n${Math.floor(rnd() * i)}`;
    const type = i % 7 === 0 ? "refers_to" : i % 11 === 0 ? "bad_history" : "works_with";
    lines.push(`${a},${b},${1 + Math.floor(rnd() * 5)},${type}`);
    if (i % 13 === 0) lines.push(`${a},${b},2,${type === "works_with" ? "refers_to" : "works_with"}`);
    const group = Math.floor(i / 50) * 50;
    lines.push(`${a},n${group + Math.floor(rnd() * 50)},${1 + Math.floor(rnd() * 5)},works_with`);
  }
  return lines.join("\n") + "\n";
}

interface Snapshot {
  /** Each program's buffer (node and tie programs, compound ones by part), as a checksum and length. */
  programs: Record<string, string>;
  /** The names sigma's label grid offers at the current zoom. */
  labels: string[];
  /** Each node's drawn size, in the graph's order (a few, to see they changed). */
  sizes: number[];
}

/** The renderer's data as drawn: read from sigma's private fields (a test's look inside). */
async function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => {
    type Program = { array?: Float32Array; programs?: Program[] };
    const r = window.__coalitionMap?.map.sigma as unknown as {
      nodePrograms: Record<string, Program>;
      edgePrograms: Record<string, Program>;
      labelGrid: { getLabelsToDisplay(ratio: number, density: number): string[] };
      getCamera(): { getState(): { ratio: number } };
      getSetting(name: string): number;
      getGraph(): { nodes(): string[] };
      getNodeDisplayData(n: string): { size: number } | undefined;
    };
    const programs: Record<string, string> = {};
    const sum = (name: string, p: Program) => {
      if (p.array) {
        let h = 0;
        for (let i = 0; i < p.array.length; i++) h = (h * 31 + Math.round((p.array[i] ?? 0) * 1e4)) | 0;
        programs[name] = `${p.array.length}:${h}`;
      }
      (p.programs ?? []).forEach((c, i) => sum(`${name}/${i}`, c));
    };
    for (const [k, p] of Object.entries(r.nodePrograms)) sum(`node ${k}`, p);
    for (const [k, p] of Object.entries(r.edgePrograms)) sum(`tie ${k}`, p);
    const labels = r.labelGrid.getLabelsToDisplay(r.getCamera().getState().ratio, r.getSetting("labelDensity"));
    const sizes = r.getGraph().nodes().slice(0, 50).map((n) => r.getNodeDisplayData(n)?.size ?? -1);
    return { programs, labels, sizes };
  });
}

/** Wait for two frames (the scheduled render is drawn). */
const frames = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));

const scenes: Scene[] = [
  {
    name: "2,500 people: the analyses' sizes re-draw the nodes, arrow heads and names exactly as a full re-processing does, without it",
    timeoutMs: 600_000,
    async run({ page, consoleErrors, foreignRequests }) {
      await importFiles(page, [{ name: "mixed-ties.csv", text: mixedEdgeList(2_500) }]);
      await page.waitForSelector("#import-dialog[open]", { timeout: WAIT_MS });
      await page.click("#import-accept");
      await page.waitForFunction(() => window.__coalitionMap?.dataset()?.graph.order === 2_500, undefined, { timeout: WAIT_MS });
      await waitForReady(page);
      await page.waitForSelector('#map[data-drawn="all"]', { timeout: WAIT_MS });
      // What the network has: a big map, arrows, negative and curved ties.
      const kinds = await page.evaluate(() => {
        const g = window.__coalitionMap?.dataset()?.graph;
        return { nodes: g?.order ?? 0, directed: g?.directedSize ?? 0, negative: g?.filterEdges((_e, a) => a.sign < 0).length ?? 0, parallel: g?.filterEdges((_e, a) => a.parallelIndex != null).length ?? 0 };
      });
      expect(kinds.nodes).toBe(2_500);
      expect(kinds.directed).toBeGreaterThan(300);
      expect(kinds.negative).toBeGreaterThan(100);
      expect(kinds.parallel).toBeGreaterThan(100);

      // The analyses taken away (every node the smallest size), then given back, as when they arrive;
      // sigma's process() counted meanwhile.
      const calls = await page.evaluate(async () => {
        const m = window.__coalitionMap;
        const ds = m?.dataset();
        const r = m?.map.sigma as unknown as { process(): unknown } | null | undefined;
        if (!m || !ds || !r) throw new Error("no map");
        const analysis = ds.analysis;
        ds.analysis = null;
        m.map.analysisArrived();
        await new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(() => res(null))));
        ds.analysis = analysis;
        let processed = 0;
        const process = r.process.bind(r);
        r.process = () => {
          processed++;
          return process();
        };
        m.map.analysisArrived();
        await new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(() => res(null))));
        delete (r as { process?: unknown }).process;
        return processed;
      });
      expect(calls).toBe(0);
      await frames(page);
      const inPlace = await snapshot(page);
      expect(new Set(inPlace.sizes).size).toBeGreaterThan(3);
      expect(inPlace.labels.length).toBeGreaterThan(0);
      expect(Object.keys(inPlace.programs).some((k) => k.startsWith("tie arrow"))).toBe(true);

      // sigma's own full re-processing: the same buffers and names.
      await page.evaluate(() => window.__coalitionMap?.map.sigma?.refresh());
      await frames(page);
      const full = await snapshot(page);
      expect(inPlace.programs).toEqual(full.programs);
      expect(inPlace.labels).toEqual(full.labels);
      expect(inPlace.sizes).toEqual(full.sizes);
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    },
  },
];

describeScenes("the map's creation and the analyses' arrival on a big map", scenes);
