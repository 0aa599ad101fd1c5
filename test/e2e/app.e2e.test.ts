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

/** Count the drawn (non-white) pixels of the map: its picture of the current view, at screen size. */
async function drawnPixels(page: Page): Promise<number> {
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

async function attr(page: Page, name: string): Promise<string> {
  return (await page.getAttribute("#app", name)) ?? "";
}

type Box = { node: string; label: string; x0: number; y0: number; x1: number; y1: number };

/** The labels of the map's settled frame (camera animation over, two frames drawn). */
async function settledLabels(page: Page): Promise<Box[]> {
  await page.waitForFunction(() => window.__coalitionMap?.map.sigma?.getCamera().isAnimated() === false);
  return page.evaluate(
    () =>
      new Promise<Box[]>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.__coalitionMap!.map.drawnLabels()))),
      ),
  );
}

/** Screen boxes (map pixels) of the overlays floating over the map. */
async function overlayBoxes(page: Page): Promise<{ sel: string; x0: number; y0: number; x1: number; y1: number }[]> {
  return page.evaluate(() => {
    const origin = document.querySelector<HTMLElement>("#map")!.getBoundingClientRect();
    return ["#legend", '[role="toolbar"]'].map((sel) => {
      const b = document.querySelector<HTMLElement>(sel)!.getBoundingClientRect();
      return { sel, x0: b.left - origin.left, y0: b.top - origin.top, x1: b.right - origin.left, y1: b.bottom - origin.top };
    });
  });
}

/** No label (but the must-show ones, listed in `except`) hides under the legend or the toolbar. */
async function expectNoneUnderOverlays(page: Page, labels: Box[], except: string[] = []): Promise<void> {
  for (const o of await overlayBoxes(page))
    for (const l of labels) {
      if (except.includes(l.label)) continue;
      const apart = l.x1 <= o.x0 || o.x1 <= l.x0 || l.y1 <= o.y0 || o.y1 <= l.y0;
      expect(apart, `${l.label} is under ${o.sel}`).toBe(true);
    }
}

function expectNoOverlap(labels: Box[]): void {
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
async function expectFramed(page: Page, when: string): Promise<void> {
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
      // The first view's labels: a few, the top brokers among them, none overlapping another.
      const labels = await page.evaluate(() => window.__coalitionMap!.map.drawnLabels());
      expect(labels.length).toBeGreaterThanOrEqual(5);
      expect(labels.length).toBeLessThanOrEqual(30);
      expect(labels.map((l) => l.label)).toContain("Evelyn Marsh");
      for (let i = 0; i < labels.length; i++)
        for (let j = i + 1; j < labels.length; j++) {
          const a = labels[i]!, b = labels[j]!;
          const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
          expect(apart, `${a.label} overlaps ${b.label}`).toBe(true);
        }
      // No label hides under the legend or the toolbar floating over the map.
      await expectNoneUnderOverlays(page, labels);
      // The tab strip is two rows at most, above the panel, and every tab's name fits.
      const tabs = await page.evaluate(() => {
        const list = document.querySelector<HTMLElement>('[role="tablist"]')!.getBoundingClientRect();
        const heading = document.querySelector<HTMLElement>("#tabpanel h2")!.getBoundingClientRect();
        const cut = [...document.querySelectorAll<HTMLElement>('[role="tab"]')].filter((t) => t.scrollWidth > t.clientWidth).map((t) => t.textContent);
        const tops = new Set([...document.querySelectorAll<HTMLElement>('[role="tab"]')].map((t) => Math.round(t.getBoundingClientRect().top)));
        return { rows: tops.size, listBottom: list.bottom, headingTop: heading.top, cut };
      });
      expect(tabs.rows).toBeLessThanOrEqual(2);
      expect(tabs.listBottom).toBeLessThanOrEqual(tabs.headingTop);
      expect(tabs.cut).toEqual([]);
      // The search box shows its whole placeholder.
      const fits = await page.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>("#search")!;
        const cs = getComputedStyle(input);
        const c2d = document.createElement("canvas").getContext("2d")!;
        c2d.font = `${cs.fontSize} ${cs.fontFamily}`;
        const room = input.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
        return c2d.measureText(input.placeholder).width <= room;
      });
      expect(fits).toBe(true);
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    },
  },
  {
    name: "the first picture is deterministic: same positions on every load, and the layout can be resumed and paused",
    async run({ page }) {
      const positions = () =>
        page.evaluate(() => {
          const g = window.__coalitionMap!.dataset()!.graph;
          return g.nodes().sort().slice(0, 40).map((n) => [n, Math.round(g.getNodeAttribute(n, "x") * 1e6), Math.round(g.getNodeAttribute(n, "y") * 1e6)]);
        });
      const first = await positions();
      await page.reload();
      await waitForReady(page);
      expect(await positions()).toEqual(first);
      expect(await page.textContent("#layout-toggle")).toBe("Resume layout");
      await page.click("#layout-toggle");
      await page.waitForSelector('#app[data-layout="running"]');
      expect(await page.textContent("#layout-toggle")).toBe("Pause layout");
      await page.click("#layout-toggle");
      await page.waitForSelector('#app[data-layout="stopped"]');
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
    name: "a node chosen while a path is highlighted keeps its name and colour, and its details open from any tab",
    async run({ page }) {
      await page.click("#tab-ask");
      await page.fill("#ask-target", "Helping Hands Helpline");
      await page.click("#ask-run");
      await page.waitForSelector('#app[data-highlight-source="ask"]');
      // Search from the Make-the-ask tab: the Details tab opens for the chosen node.
      await page.fill("#search", "grace");
      await page.waitForSelector("#search-suggestions li");
      await page.press("#search", "Enter");
      await page.waitForSelector("#details-name");
      expect(await page.textContent("#details-name")).toBe("Grace Okafor");
      expect(await page.getAttribute("#tab-details", "aria-selected")).toBe("true");
      const id = await attr(page, "data-selected");
      // The ask path stays highlighted…
      expect(await attr(page, "data-highlight-source")).toBe("ask");
      expect((await attr(page, "data-highlight")).split(" ")).not.toContain(id);
      // …and the selected node is still drawn in its own colour, with its name.
      const drawn = await page.evaluate((node) => {
        const m = window.__coalitionMap!.map;
        const d = m.sigma!.getNodeDisplayData(node);
        return { label: d?.label, color: d?.color, forceLabel: d?.forceLabel, own: m.getAppearance()?.styles.get(node)?.color };
      }, id);
      expect(drawn.label).toBe("Grace Okafor");
      expect(drawn.forceLabel).toBe(true);
      expect(drawn.color).toBe(drawn.own);
      expect(drawn.color).not.toBe("#E4E7EB");
      // Clicking a name in a panel also opens Details, whichever tab is open.
      await page.click("#tab-conflicts");
      await page.locator("#tabpanel .linklike[data-node]").first().click();
      expect(await page.getAttribute("#tab-details", "aria-selected")).toBe("true");
      await shot(page, "03b-selected-over-highlight");
    },
  },
  {
    name: "keyboard: the first Tab stop is the Open button, not the hidden file input; the test handle needs ?e2e",
    async run({ page }) {
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("open-files");
      const url = new URL(page.url());
      url.search = "";
      await page.goto(url.href);
      await waitForReady(page);
      expect(await page.evaluate(() => window.__coalitionMap === undefined)).toBe(true);
    },
  },
  {
    name: "filters at 1024×700: the panel opens below its button, fits, keeps focus on a ticked box, closes on Esc or a click outside",
    async run({ page }) {
      await page.setViewportSize({ width: 1024, height: 700 });
      await page.click("#filters-toggle");
      await page.waitForSelector("#filters-panel");
      // Keyboard: tick a box with Space; the focus stays on that same box.
      const box = page.locator('#filters-panel input[data-filter="kinds"][data-value="organization"]');
      await box.focus();
      await page.keyboard.press("Space");
      await page.waitForFunction(() => document.querySelector("#filters-toggle")?.textContent === "Filters (1 hidden)");
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.value)).toBe("organization");
      expect(await box.isChecked()).toBe(false);
      // The toggle is not covered by its panel; the panel is below it and within the window.
      const geo = await page.evaluate(() => {
        const btn = document.querySelector<HTMLElement>("#filters-toggle")!.getBoundingClientRect();
        const panel = document.querySelector<HTMLElement>("#filters-panel")!;
        const p = panel.getBoundingClientRect();
        const hit = document.elementFromPoint(btn.left + btn.width / 2, btn.top + btn.height / 2);
        return { onButton: hit?.id === "filters-toggle", btnBottom: btn.bottom, pTop: p.top, pBottom: p.bottom, pLeft: p.left, pRight: p.right, vh: innerHeight, vw: innerWidth, dx: Math.abs(p.right - btn.right) };
      });
      expect(geo.onButton).toBe(true);
      expect(geo.pTop).toBeGreaterThanOrEqual(geo.btnBottom);
      expect(geo.pBottom).toBeLessThanOrEqual(geo.vh);
      expect(geo.pLeft).toBeGreaterThanOrEqual(0);
      expect(geo.pRight).toBeLessThanOrEqual(geo.vw);
      await shot(page, "16-filters-1024");
      // "Show everything" can be reached (the panel scrolls inside) and works.
      await page.locator("#filters-clear").scrollIntoViewIfNeeded();
      await page.click("#filters-clear");
      expect(await page.textContent("#filters-toggle")).toBe("Filters");
      // The mouse can close it with its own button, and open it again.
      await page.click("#filters-toggle");
      expect(await page.locator("#filters-panel").count()).toBe(0);
      await page.click("#filters-toggle");
      await page.waitForSelector("#filters-panel");
      // A click outside closes it.
      const map = (await page.locator("#map").boundingBox())!;
      await page.mouse.click(map.x + map.width - 20, map.y + map.height - 80);
      expect(await page.locator("#filters-panel").count()).toBe(0);
      // Esc closes it, wherever the focus is.
      await page.click("#filters-toggle");
      await page.waitForSelector("#filters-panel");
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press("Escape");
      expect(await page.locator("#filters-panel").count()).toBe(0);
      expect(await page.getAttribute("#filters-toggle", "aria-expanded")).toBe("false");
    },
  },
  {
    name: "a messy workbook at 1024×700: the first view, Fit and a resize frame every node clear of the toolbar and legend; search ignores accents",
    async run({ page }) {
      await page.setViewportSize({ width: 1024, height: 700 });
      const before = await attr(page, "data-dataset");
      await page.setInputFiles(
        "#file-input",
        ["people.csv", "organizations.csv", "connections.csv"].map((f) => ({ name: f, mimeType: "text/csv", buffer: readFileSync(`examples/messy/${f}`) })),
      );
      await page.waitForSelector("#import-dialog[open]");
      await page.click("#import-accept");
      await page.waitForFunction((b) => document.getElementById("app")?.dataset.dataset !== b, before);
      await waitForReady(page);
      await expectFramed(page, "first view");
      // Move the camera away, then Fit brings everything back into the clear area.
      await page.evaluate(() => window.__coalitionMap!.map.sigma!.getCamera().setState({ x: 0.9, y: 0.1, ratio: 3 }));
      await page.click("#fit");
      await expectFramed(page, "after Fit");
      await shot(page, "17-messy-fit-1024");
      // A bigger window: the untouched view is framed again.
      await page.setViewportSize({ width: 1280, height: 800 });
      await expectFramed(page, "after a resize");
      // Search: plain letters and straight apostrophes find accented names and curly ones.
      for (const [q, name] of [["jose", "José Ramírez"], ["ramirez", "José Ramírez"], ["cafe", "Café Esperanza"], ["o'neill", "Tom O’Neill"]] as const) {
        await page.fill("#search", q);
        await page.waitForSelector("#search-suggestions li");
        expect(await page.locator("#search-suggestions li").allTextContents(), q).toContainEqual(expect.stringContaining(name));
      }
    },
  },
  {
    name: "make the ask: who must not ask is said first; arrow keys move through the askers and Enter picks one",
    async run({ page }) {
      await page.click("#tab-ask");
      await page.fill("#ask-target", "Harold Whitfield");
      await page.click("#ask-run");
      await page.waitForSelector("#askers > li");
      // The callout comes before the askers and names Frank Dolan with the reason; the full list stays below.
      const callout = (await page.textContent("#ask-must-not")) ?? "";
      expect(callout).toMatch(/^Must not ask: Frank Dolan — bad history with Harold Whitfield/);
      const order = await page.evaluate(() => {
        const c = document.querySelector("#ask-must-not")!, a = document.querySelector("#askers")!, x = document.querySelector("#ask-excluded")!;
        return [c.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING, a.compareDocumentPosition(x) & Node.DOCUMENT_POSITION_FOLLOWING];
      });
      expect(order.every((v) => v > 0)).toBe(true);
      expect(await page.textContent("#ask-excluded")).toContain("Frank Dolan");
      const calloutTop = (await page.locator("#ask-must-not").boundingBox())!.y;
      expect(calloutTop).toBeLessThan(800);
      // Keyboard: ↓ moves the focus to the next asker, ↑ back, Enter selects (its path is highlighted).
      const items = page.locator("#askers > li");
      expect(await items.count()).toBeGreaterThan(2);
      await items.first().focus();
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      const third = await items.nth(2).getAttribute("data-asker");
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.asker)).toBe(third);
      await page.keyboard.press("ArrowUp");
      const second = await items.nth(1).getAttribute("data-asker");
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.asker)).toBe(second);
      // One Tab stop for the list: the focused item only.
      expect(await page.evaluate(() => [...document.querySelectorAll<HTMLElement>("#askers > li")].filter((li) => li.tabIndex === 0).length)).toBe(1);
      await page.keyboard.press("Enter");
      expect(await items.nth(1).getAttribute("aria-selected")).toBe("true");
      expect((await attr(page, "data-highlight")).split(" ")).toContain(second);
      await shot(page, "18-ask-must-not");
    },
  },
  {
    name: "details: the sample's name, size legend in the select's words, legend follows the filters, broker names keep their commas, outreach sorts from the whole header",
    async run({ page }) {
      expect(await page.textContent("#dataset-name")).toBe("Sample coalition");
      // A comma always stays with the name before it.
      const loose = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("#tabpanel .path .linklike")].filter((a) => !a.parentElement?.classList.contains("nowrap")).length,
      );
      expect(loose).toBe(0);
      await page.selectOption("#size-by", "degree");
      await page.waitForFunction(() => document.querySelector("#legend")?.textContent?.includes("Size: connections"));
      await page.selectOption("#size-by", "betweenness");
      await page.waitForFunction(() => document.querySelector("#legend")?.textContent?.includes("Size: broker (betweenness)"));
      // Hiding a community removes it from the legend.
      const first = await page.evaluate(() => document.querySelector("#legend li .label")?.textContent ?? "");
      expect(first.length).toBeGreaterThan(0);
      await page.click("#filters-toggle");
      await page.locator('#filters-panel input[data-filter="communities"]').first().uncheck();
      const legendText = await page.evaluate(() => [...document.querySelectorAll("#legend li .label")].map((l) => l.textContent));
      expect(legendText).not.toContain(first);
      await page.keyboard.press("Escape");
      // The ask box shows a long organization name whole.
      await page.click("#tab-ask");
      await page.fill("#ask-target", "Riverbend County Commission");
      expect(await page.evaluate(() => { const i = document.querySelector<HTMLInputElement>("#ask-target")!; return i.scrollWidth <= i.clientWidth; })).toBe(true);
      // Outreach: a click anywhere in the header cell sorts; equal values keep rank order both ways.
      await page.click("#tab-outreach");
      await page.waitForSelector("#outreach-table tbody tr");
      const cell = (await page.locator('#outreach-table th[data-key="alignment"]').boundingBox())!;
      for (const dir of ["descending", "ascending"]) {
        await page.mouse.click(cell.x + cell.width - 2, cell.y + cell.height - 2);
        await page.waitForSelector(`#outreach-table th[data-key="alignment"][aria-sort="${dir}"]`);
        const rows = await page.evaluate(() =>
          [...document.querySelectorAll("#outreach-table tbody tr")].map((tr) => [Number(tr.children[0]!.textContent), tr.children[3]!.textContent]),
        );
        for (let i = 1; i < rows.length; i++)
          if (rows[i]![1] === rows[i - 1]![1]) expect(rows[i]![0], `${dir}: ties by rank`).toBeGreaterThan(rows[i - 1]![0] as number);
      }
    },
  },
  {
    name: "a hovered tie is drawn highlighted",
    async run({ page }) {
      await waitForLayoutStop(page);
      const hit = await page.evaluate(() => {
        const r = window.__coalitionMap!.map.sigma!;
        const g = r.getGraph();
        // The longest tie on screen: its middle is far from any node.
        let best: { e: string; x: number; y: number; len: number } | null = null;
        g.forEachEdge((e, _a, s, t) => {
          const a = r.framedGraphToViewport(r.getNodeDisplayData(s)!), b = r.framedGraphToViewport(r.getNodeDisplayData(t)!);
          const len = Math.hypot(a.x - b.x, a.y - b.y);
          if (g.edges(s, t).length === 1 && (!best || len > best.len)) best = { e, x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, len };
        });
        return best as { e: string; x: number; y: number; len: number } | null;
      });
      if (!hit) throw new Error("no tie");
      const box = (await page.locator("#map").boundingBox())!;
      await page.mouse.move(box.x + hit.x + 3, box.y + hit.y + 3);
      await page.mouse.move(box.x + hit.x, box.y + hit.y);
      await page.waitForFunction(() => window.__coalitionMap!.map.getHoveredEdge() !== null);
      const drawn = await page.evaluate(() => {
        const m = window.__coalitionMap!.map;
        const e = m.getHoveredEdge()!;
        return { color: m.sigma!.getEdgeDisplayData(e)?.color, tooltip: !document.querySelector<HTMLElement>(".edge-tooltip")!.hidden };
      });
      expect(["#6B7685", "#D1352B"].map((c) => c.toLowerCase())).toContain(String(drawn.color).toLowerCase());
      expect(drawn.tooltip).toBe(true);
      await shot(page, "19-edge-hover");
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
      // The two sides are drawn in two colours, named in the banner.
      expect(await page.locator("#banner .banner-group").allTextContents()).toEqual(["Side A", "Side B"]);
      await shot(page, "06-conflicts");
      // Counts read as words: "1 negative tie", never "1 negative ties" or "tie(s)".
      const conflictsText = (await page.textContent("#tabpanel")) ?? "";
      expect(conflictsText).not.toMatch(/\(s\)|\b1 (negative )?ties\b|\b1 pairs\b/);
      await page.click("#tab-recruit");
      await page.locator("#recruits > li .title").first().click();
      await page.waitForSelector('#app[data-highlight-source="recruit"]');
      // What a recruit adds is said in words, not as a raw score ("+1.6719", "+0").
      const scores = await page.locator("#recruits > li .score").allTextContents();
      for (const t of scores) expect(t).toMatch(/^(\+\d+ reached|broker)$/);
      expect(await page.locator("#recruits > li .recruit-adds").first().textContent()).toMatch(/^(Reaches \d+ more|A broker)/);
      await shot(page, "06b-recruit");
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
    name: "highlighted names never pile up: recruit, conflicts (with a node chosen) and ask views",
    async run({ page }) {
      // Recruit: the first recruit is always named; the rest of what they open is named where it fits.
      await page.click("#tab-recruit");
      const recruit = page.locator("#recruits > li").first();
      const recruitId = await recruit.getAttribute("data-recruit");
      await recruit.locator(".title").click();
      await page.waitForSelector('#app[data-highlight-source="recruit"]');
      const highlighted = new Set((await attr(page, "data-highlight")).split(" "));
      let labels = await settledLabels(page);
      await shot(page, "13-recruit-labels");
      expect(labels.map((l) => l.node)).toContain(recruitId);
      expect(labels.find((l) => l.node === recruitId)?.label).toBe("Grace Okafor");
      expect(labels.length).toBeGreaterThanOrEqual(5);
      expect(labels.length).toBeLessThan(highlighted.size);
      for (const l of labels) expect(highlighted.has(l.node), l.label).toBe(true);
      expectNoOverlap(labels);
      await expectNoneUnderOverlays(page, labels, ["Grace Okafor", "Miriam Adeyemi"]);
      // Conflicts, group 1, then a node chosen from the panel: its name is shown, none overlap.
      await page.click("#tab-conflicts");
      await page.locator("#conflict-groups > li .title").first().click();
      await page.waitForSelector('#app[data-highlight-source="conflicts"]');
      labels = await settledLabels(page);
      await shot(page, "14-conflicts-labels");
      expect(labels.length).toBeGreaterThanOrEqual(5);
      expectNoOverlap(labels);
      await expectNoneUnderOverlays(page, labels, ["Grace Okafor", "Miriam Adeyemi"]);
      await page.click("#tab-conflicts");
      const link = page.locator("#conflict-groups .linklike[data-node]").first();
      const chosen = await link.getAttribute("data-node");
      await link.click();
      await page.waitForFunction((n) => document.getElementById("app")?.dataset.selected === n, chosen);
      expect(await attr(page, "data-highlight-source")).toBe("conflicts");
      labels = await settledLabels(page);
      await shot(page, "14b-conflicts-selected-labels");
      expect(labels.map((l) => l.node)).toContain(chosen);
      expectNoOverlap(labels);
      await expectNoneUnderOverlays(page, labels, ["Grace Okafor", "Miriam Adeyemi"]);
      // Make the ask: both ends of the path are named.
      await page.click("#tab-ask");
      await page.fill("#ask-target", "Helping Hands Helpline");
      await page.click("#ask-run");
      await page.waitForSelector('#app[data-highlight-source="ask"]');
      const asker = await page.locator("#askers > li").first().getAttribute("data-asker");
      const ids = await page.evaluate(() => window.__coalitionMap!.store.state.highlight?.labels ?? []);
      expect(ids).toContain(asker);
      expect(ids.length).toBe(2);
      labels = await settledLabels(page);
      await shot(page, "15-ask-labels");
      for (const id of ids) expect(labels.map((l) => l.node), JSON.stringify(labels)).toContain(id);
      expectNoOverlap(labels);
      await expectNoneUnderOverlays(page, labels, ["Grace Okafor", "Miriam Adeyemi"]);
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
      // A bare edge list: the panels that need coalition columns say so instead of showing empty tables.
      for (const [tab, section] of [["gaps", "gaps"], ["balance", "composition"], ["outreach", "outreach"], ["recruit", "recruits"]] as const) {
        await page.click(`#tab-${tab}`);
        await page.waitForSelector(`.unavailable[data-section="${section}"]`);
        expect(await page.textContent(`.unavailable[data-section="${section}"]`)).toContain("Not available for this data.");
      }
      await page.click("#tab-conflicts");
      expect(await page.textContent("#turf-unavailable")).toContain("Needs organizations with services and areas");
    },
  },
  {
    name: "dropping CSV files on the map imports them the same way",
    async run({ page }) {
      const before = await attr(page, "data-dataset");
      await page.evaluate((text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], "edges.csv", { type: "text/csv" }));
        const target = document.querySelector(".map-area") ?? document.body;
        target.dispatchEvent(new DragEvent("dragenter", { bubbles: true, dataTransfer: dt }));
        target.dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: dt }));
      }, SMALL_EDGES);
      await page.waitForSelector("#import-dialog[open]");
      expect(await page.textContent("#import-imported")).toBe("5");
      expect(await attr(page, "data-dataset")).toBe(before);
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
      // Its role is known (connections): a missing column is not a question the picker answers.
      expect(await page.locator("#role-picker").count()).toBe(0);
      await shot(page, "10-import-error");
      await page.click("#error-ok");
      expect(await attr(page, "data-dataset")).toBe(before);
      expect(await attr(page, "data-nodes")).toBe("250");
    },
  },
  {
    name: "a file whose role can't be told: the error dialog asks what it holds, then opens it",
    async run({ page }) {
      const before = await attr(page, "data-dataset");
      // A contact-list export: neither its name nor its header says it is a people list.
      const text = "Full name,Agency,Email\nAda Quinn,Northside Shelter,ada@example.org\nBen Ortiz,Northside Shelter,ben@example.org\nCara Diaz,Legal Aid East,cara@example.org\n";
      await importFiles(page, [{ name: "export.csv", text }]);
      await page.waitForSelector("#import-error[open]");
      const message = (await page.textContent("#import-error-message")) ?? "";
      expect(message).toContain("export.csv");
      expect(message).not.toContain("--");
      await page.waitForSelector("#role-picker");
      expect(await page.isDisabled("#role-apply")).toBe(true);
      expect(await page.getAttribute("#role-pick-0", "data-file")).toBe("export.csv");
      await shot(page, "10b-role-picker");
      await page.selectOption("#role-pick-0", "people");
      await page.click("#role-apply");
      // Imported again with the chosen role: the report, then the new map.
      await page.waitForSelector("#import-dialog[open]");
      expect(await page.textContent("#import-imported")).toBe("3");
      await page.click("#import-accept");
      await page.waitForFunction((b) => document.getElementById("app")?.dataset.dataset !== b, before);
      await waitForReady(page);
      // 3 people and the 2 agencies they name.
      expect(await attr(page, "data-nodes")).toBe("5");
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
        if (kind === "csv") {
          // Excel on Windows needs the UTF-8 byte-order mark to read "→" and accents.
          expect(download.suggestedFilename()).toBe("outreach-plan.csv");
          expect([...readFileSync(path).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        }
        if (kind === "png") {
          // The legend is a column beside the map (900 × 752 here), not drawn over it.
          const png = readFileSync(path);
          const width = png.readUInt32BE(16), height = png.readUInt32BE(20);
          expect(width).toBeGreaterThanOrEqual(900 + 150);
          expect(width).toBeLessThanOrEqual(900 + 300);
          expect(height).toBe(752);
        }
        if (kind === "gexf") expect(readFileSync(path, "utf-8")).toContain("betweenness");
        if (kind === "json") expect(JSON.parse(readFileSync(path, "utf-8")).summary.nodes).toBe(250);
      }
      // The panel's button saves the same file, under the same name.
      await page.click("#tab-outreach");
      const [panelCsv] = await Promise.all([page.waitForEvent("download"), page.click("#outreach-csv")]);
      expect(panelCsv.suggestedFilename()).toBe("outreach-plan.csv");
      const panelPath = `${ARTIFACTS}/panel-${panelCsv.suggestedFilename()}`;
      await panelCsv.saveAs(panelPath);
      expect(readFileSync(panelPath)).toEqual(readFileSync(`${ARTIFACTS}/export-outreach-plan.csv`));
    },
  },
  {
    name: "a 10,000-node network loads, lays out, stays responsive, and a click answers at once",
    async run({ page }) {
      // A seeded random tree plus one extra tie per node: 10,000 nodes, ~20,000 ties.
      let seed = 1;
      const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
      const lines = ["source,target,weight"];
      for (let i = 1; i < 10000; i++) {
        lines.push(`n${i},n${Math.floor(rnd() * i)},${1 + Math.floor(rnd() * 5)}`);
        lines.push(`n${i},n${Math.floor(rnd() * i)},1`);
      }
      const t0 = Date.now();
      await importFiles(page, [{ name: "big-edges.csv", text: lines.join("\n") + "\n" }]);
      await page.waitForSelector("#import-dialog[open]", { timeout: 60_000 });
      await page.click("#import-accept");
      await page.waitForSelector('#app[data-nodes="10000"]');
      const shownMs = Date.now() - t0;
      // The page answers while the worker is still analysing.
      const t1 = Date.now();
      await page.evaluate(() => document.title);
      const roundTripMs = Date.now() - t1;
      expect(roundTripMs).toBeLessThan(1000);
      await waitForLayoutStop(page, 60_000);
      expect(await drawnPixels(page)).toBeGreaterThan(1000);
      // The most connected node (drawn biggest).
      const target = await page.evaluate(() => {
        const r = window.__coalitionMap?.map.sigma;
        const g = r?.getGraph();
        if (!r || !g) return null;
        let best = "";
        g.forEachNode((n) => {
          if (best === "" || g.degree(n) > g.degree(best)) best = n;
        });
        const d = r.getNodeDisplayData(best);
        if (!d) return null;
        return { id: best, ...r.framedGraphToViewport({ x: d.x, y: d.y }) };
      });
      if (!target) throw new Error("no node drawn");
      const box = await page.locator("#map").boundingBox();
      if (!box) throw new Error("no map box");
      await shot(page, "11-big-network");
      // Hover a node: its ties stand out and (up to 25) neighbours are named, re-processing only
      // the neighbourhood (partial refresh), so the page's own work stays small.
      await page.mouse.move(box.x + box.width - 5, box.y + 120);
      await page.waitForFunction(() => window.__coalitionMap?.store.state.hovered === null);
      await page.evaluate(() => {
        window.__coalitionMap!.lastHoverFrameMs = 0;
      });
      // Baseline: the same round trip for a move that hovers nothing (mouse event, CDP, one frame).
      const tb = Date.now();
      await page.mouse.move(box.x + box.width - 5, box.y + 160);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      const blankWallMs = Date.now() - tb;
      const t3 = Date.now();
      await page.mouse.move(box.x + target.x, box.y + target.y);
      await page.waitForFunction(() => (window.__coalitionMap?.lastHoverFrameMs ?? 0) > 0);
      const hoverWallMs = Date.now() - t3;
      const hover = await page.evaluate(() => {
        const m = window.__coalitionMap!;
        const r = m.map.sigma!;
        const g = r.getGraph();
        const h = m.store.state.hovered!;
        const ties = g.edges(h).map((e) => r.getEdgeDisplayData(e)?.color);
        const named = g.neighbors(h).filter((n) => r.getNodeDisplayData(n)?.forceLabel).length;
        // For comparison: what re-processing every node and tie (the small-map hover) costs here.
        const t = performance.now();
        r.refresh({ skipIndexation: true });
        const fullMs = performance.now() - t;
        return { hovered: h, degree: g.degree(h), ties, named, pageMs: m.lastHoverMs, frameMs: m.lastHoverFrameMs, fullMs };
      });
      expect(hover.hovered).toMatch(/^n\d+$/);
      expect(hover.ties.length).toBeGreaterThan(0);
      for (const c of hover.ties) expect(c).toBe("#6B7685");
      if (hover.degree <= 25) expect(hover.named).toBe(hover.degree);
      expect(hover.pageMs).toBeLessThan(50);
      console.log(
        `10k nodes hover (degree ${hover.degree}): page work ${hover.pageMs.toFixed(1)} ms, to next frame ${hover.frameMs.toFixed(1)} ms, mouse → frame ${hoverWallMs} ms (a move hovering nothing: ${blankWallMs} ms); full re-process would take ${hover.fullMs.toFixed(1)} ms`,
      );
      await shot(page, "11b-big-network-hover");
      // Click a node on the canvas: its details appear at once.
      const t2 = Date.now();
      await page.mouse.click(box.x + target.x, box.y + target.y);
      await page.waitForSelector('#details-name', { timeout: 5000 });
      const clickMs = Date.now() - t2;
      // Nodes overlap in a dense map: the one on top (at the same spot) is the one selected.
      const selected = await attr(page, "data-selected");
      expect(selected).toMatch(/^n\d+$/);
      expect(await page.textContent("#details-name")).toBe(selected);
      // The page's own work for a click (state, partial map refresh, details panel) is immediate.
      const selectMs = await page.evaluate(() => window.__coalitionMap?.lastSelectMs ?? Infinity);
      expect(selectMs).toBeLessThan(250);
      // End to end it includes software WebGL frames (no GPU here: ~0.5 s per frame of 30,000
      // items); a freeze, the failure this guards against, would be far longer.
      expect(clickMs).toBeLessThan(8000);
      await shot(page, "12-big-network-click");
      // Pan: drag the map.
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 60, { steps: 5 });
      await page.mouse.up();
      expect(await drawnPixels(page)).toBeGreaterThan(1000);
      console.log(`10k nodes: map shown after ${shownMs} ms, page round trip ${roundTripMs} ms, click → details ${clickMs} ms (page work ${Math.round(selectMs)} ms)`);
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
