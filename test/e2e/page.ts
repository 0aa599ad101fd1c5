/**
 * What the browser scenes read from the page: the app's state attributes, the drawn map (pixels,
 * labels, framing), and files given to the import. Shared by the *.e2e.test.ts files.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import type { Page } from "playwright-core";
import { waitForReady } from "./harness.js";

/** Count the drawn (non-white) pixels of the map: its picture of the current view, at screen size. */
export async function drawnPixels(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const canvas = await window.__coalitionMap?.map.picture({ scope: "view", scale: 1 });
    const c2d = canvas?.getContext("2d");
    if (!canvas || !c2d) return 0;
    const data = c2d.getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 16) if ((data[i] ?? 255) < 235 || (data[i + 1] ?? 255) < 235 || (data[i + 2] ?? 255) < 235) n++;
    return n;
  });
}

export async function attr(page: Page, name: string): Promise<string> {
  return (await page.getAttribute("#app", name)) ?? "";
}

export type Box = { node: string; label: string; x0: number; y0: number; x1: number; y1: number };

/** The labels of the map's settled frame (camera animation over, two frames drawn). */
export async function settledLabels(page: Page): Promise<Box[]> {
  await page.waitForFunction(() => window.__coalitionMap?.map.sigma?.getCamera().isAnimated() === false);
  return page.evaluate(
    () =>
      new Promise<Box[]>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.__coalitionMap!.map.drawnLabels()))),
      ),
  );
}

/** Screen boxes (map pixels) of the overlays floating over the map. */
export async function overlayBoxes(page: Page): Promise<{ sel: string; x0: number; y0: number; x1: number; y1: number }[]> {
  return page.evaluate(() => {
    const origin = document.querySelector<HTMLElement>("#map")!.getBoundingClientRect();
    return ["#legend", '[role="toolbar"]'].map((sel) => {
      const b = document.querySelector<HTMLElement>(sel)!.getBoundingClientRect();
      return { sel, x0: b.left - origin.left, y0: b.top - origin.top, x1: b.right - origin.left, y1: b.bottom - origin.top };
    });
  });
}

/** No label (but the must-show ones, listed in `except`) hides under the legend or the toolbar. */
export async function expectNoneUnderOverlays(page: Page, labels: Box[], except: string[] = []): Promise<void> {
  for (const o of await overlayBoxes(page))
    for (const l of labels) {
      if (except.includes(l.label)) continue;
      const apart = l.x1 <= o.x0 || o.x1 <= l.x0 || l.y1 <= o.y0 || o.y1 <= l.y0;
      expect(apart, `${l.label} is under ${o.sel}`).toBe(true);
    }
}

export function expectNoOverlap(labels: Box[]): void {
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!, b = labels[j]!;
      const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
      expect(apart, `${a.label} overlaps ${b.label}`).toBe(true);
    }
}

/**
 * Every visible node is drawn inside the map's clear area (below the toolbar, right of the
 * expanded legend), once the camera has settled.
 */
export async function expectFramed(page: Page, when: string): Promise<void> {
  await page.waitForFunction(() => window.__coalitionMap?.map.sigma?.getCamera().isAnimated() === false);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const r = await page.evaluate(() => {
    const m = window.__coalitionMap!.map;
    const sigma = m.sigma!;
    const area = m.clearArea();
    const dims = sigma.getDimensions();
    const out: string[] = [];
    let n = 0;
    sigma.getGraph().forEachNode((node) => {
      if (!m.isVisible(node)) return;
      const d = sigma.getNodeDisplayData(node)!;
      const p = sigma.framedGraphToViewport(d);
      n++;
      if (p.x < area.x0 || p.x > area.x1 || p.y < area.y0 || p.y > area.y1) out.push(`${d.label} at ${Math.round(p.x)},${Math.round(p.y)}`);
    });
    return { area, dims, n, out };
  });
  expect(r.n, when).toBeGreaterThan(0);
  // The clear area is a real part of the map: below the toolbar, right of the legend.
  expect(r.area.y0, when).toBeGreaterThan(30);
  expect(r.area.x0, when).toBeGreaterThan(60);
  expect(r.area.x1, when).toBe(r.dims.width);
  expect(r.out, `${when}: outside ${JSON.stringify(r.area)}`).toEqual([]);
}

/** A small generic edge list: a different network from the sample. */
export const SMALL_EDGES = "source,target,weight,type\nAlice,Bob,3,works_with\nBob,Carol,2,knows\nCarol,Dave,4,partner\nDave,Alice,1,knows\nEve,Alice,2,conflict\n";

export async function importFiles(page: Page, files: { name: string; text: string }[]): Promise<void> {
  await page.setInputFiles(
    "#file-input",
    files.map((f) => ({ name: f.name, mimeType: "text/csv", buffer: Buffer.from(f.text, "utf-8") })),
  );
}

/** Accept the import report, then wait until the new data set (not `before`) is drawn and analysed. */
export async function acceptImport(page: Page, before: string): Promise<void> {
  await page.click("#import-accept");
  await page.waitForFunction((b) => document.getElementById("app")?.dataset.dataset !== b, before);
  await waitForReady(page);
}

/** On the Make-the-ask tab, ask who should approach `target`; waits for the list of askers. */
export async function askFor(page: Page, target: string): Promise<void> {
  await page.click("#tab-asks");
  await page.fill("#ask-target", target);
  await page.click("#ask-run");
  await page.waitForSelector("#askers > li");
}

/** The CSV files of one of examples/ folders (sorted by name), as the import takes them. */
export function folderFiles(name: string): { name: string; text: string }[] {
  const dir = join(import.meta.dirname, "..", "..", "examples", name);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".csv"))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), "utf-8") }));
}

/** Open the workspace's edit panel from its menu (opening it closes the menu). */
export async function openEditPanel(page: Page): Promise<void> {
  await page.click("#workspace-toggle");
  await page.click("#edit-toggle");
  await page.waitForSelector("#edit-panel:not([hidden])");
}

/** Open one of the edit panel's sections (a <details> by id) unless it is open already. */
export async function openSection(page: Page, id: string): Promise<void> {
  const open = await page.evaluate((s) => (document.getElementById(s) as HTMLDetailsElement | null)?.open ?? false, id);
  if (!open) await page.click(`#${id} > summary`);
}

/** Submit a form of the edit panel and wait for the map to show the change and the form's words. */
export async function submitted(page: Page, form: string): Promise<string> {
  const before = await attr(page, "data-dataset");
  await page.click(`#${form}-submit`);
  await page.waitForFunction((b) => document.getElementById("app")?.dataset.dataset !== b, before);
  await waitForReady(page);
  await page.waitForSelector(`#${form}-done:not(:empty)`);
  return (await page.textContent(`#${form}-done`)) ?? "";
}

/** Select node `id` on the map (through the store, as a click does) and wait for the page to show it. */
export async function select(page: Page, id: string): Promise<void> {
  await page.evaluate((n) => window.__coalitionMap?.store.dispatch({ type: "select", node: n }), id);
  await page.waitForSelector(`#app[data-selected="${id}"]`);
}
