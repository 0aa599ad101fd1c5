/**
 * Map faults found when the map was tried as a new user would, each with a screenshot:
 *  - a two-person ask path is framed inside the part of the map no panel covers (it used to zoom
 *    so far that one end sat under the legend);
 *  - the toolbar is at most two tidy rows at 1280×800 and at 1024×700 (each row's groups on one
 *    line, nothing overlapping, the map's framing below it);
 *  - the PNG of the power grid holds the grid itself (its boxes, lines and words);
 *  - a missing service in the gaps grid suggests who could fill it, with their askers, and the
 *    map shows them (it used to grey everything and suggest no one).
 */
import { expect } from "vitest";
import type { Page } from "playwright-core";
import { describeScenes, shot, type Scene } from "./harness.js";
import { askFor, overlayBoxes, settledLabels } from "./page.js";

/** The highlight banner and the toolbar's groups never overlap; the named nodes' labels lie whole inside the map, not under the banner. */
async function expectBannerClearAndNamesWhole(page: Page, ids: string[]): Promise<void> {
  const r = await page.evaluate(() => {
    const box = (el: Element) => {
      const b = el.getBoundingClientRect();
      return { x0: b.left, y0: b.top, x1: b.right, y1: b.bottom };
    };
    const map = document.getElementById("map")!.getBoundingClientRect();
    return {
      banner: box(document.getElementById("banner")!),
      groups: [...document.querySelectorAll('[role="toolbar"] > .group')].map(box),
      map: { x0: map.left, y0: map.top, width: map.width },
    };
  });
  for (const g of r.groups) expect(r.banner.y0 >= g.y1 || r.banner.y1 <= g.y0 || r.banner.x0 >= g.x1 || r.banner.x1 <= g.x0, "the banner overlaps the toolbar").toBe(true);
  const labels = (await settledLabels(page)).filter((l) => ids.includes(l.node));
  expect(labels.map((l) => l.node).sort()).toEqual([...ids].sort());
  for (const l of labels) {
    expect(l.x1, `${l.label} cut at the map's right edge`).toBeLessThanOrEqual(r.map.width);
    const b = { x0: r.banner.x0 - r.map.x0, y0: r.banner.y0 - r.map.y0, x1: r.banner.x1 - r.map.x0, y1: r.banner.y1 - r.map.y0 };
    expect(l.x1 <= b.x0 || b.x1 <= l.x0 || l.y1 <= b.y0 || b.y1 <= l.y0, `${l.label} under the banner`).toBe(true);
  }
}

/** Screen positions (map pixels) of these nodes once the camera has settled, with the clear area. */
async function placed(page: Page, ids: string[]): Promise<{ area: { x0: number; y0: number; x1: number; y1: number }; points: { id: string; x: number; y: number }[] }> {
  await page.waitForFunction(() => window.__coalitionMap?.map.sigma?.getCamera().isAnimated() === false);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate((list) => {
    const m = window.__coalitionMap!.map;
    const sigma = m.sigma!;
    return {
      area: m.clearArea(),
      points: list.map((id) => {
        const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(id)!);
        return { id, x: p.x, y: p.y };
      }),
    };
  }, ids);
}

/** The toolbar's groups as boxes (page pixels), in document order. */
async function toolbarGroups(page: Page): Promise<{ x0: number; y0: number; x1: number; y1: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[role="toolbar"] > .group')].map((g) => {
      const b = g.getBoundingClientRect();
      return { x0: b.left, y0: b.top, x1: b.right, y1: b.bottom };
    }),
  );
}

/** At most two rows of groups; groups of a row share their top; none overlaps another. */
function expectTidyRows(groups: { x0: number; y0: number; x1: number; y1: number }[], when: string): void {
  // Rows: groups whose middles are within a few pixels (groups of a row are centred on one line).
  const tops: number[] = [];
  for (const g of groups) {
    const mid = (g.y0 + g.y1) / 2;
    if (!tops.some((t) => Math.abs(t - mid) <= 6)) tops.push(mid);
  }
  expect(tops.length, `${when}: rows at ${tops.join(", ")}`).toBeLessThanOrEqual(2);
  for (let i = 0; i < groups.length; i++)
    for (let j = i + 1; j < groups.length; j++) {
      const a = groups[i]!, b = groups[j]!;
      expect(a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0, `${when}: groups ${i} and ${j} overlap`).toBe(true);
    }
  // Every group is one line high (no control wrapped inside its group).
  for (const g of groups) expect(g.y1 - g.y0, when).toBeLessThan(48);
}

const scenes: Scene[] = [
  {
    name: "a two-person ask path is framed in the map's clear area, not under the legend",
    async run({ page }) {
      // Harold Whitfield, the Commission's decision maker: Linda Park-Hughes knows him directly.
      await askFor(page, "Harold Whitfield");
      await page.locator("#askers > li").first().click();
      await page.waitForFunction(() => (document.getElementById("app")?.dataset.highlight ?? "").split(" ").length === 2);
      const ids = (await page.getAttribute("#app", "data-highlight"))?.split(" ") ?? [];
      expect(ids).toHaveLength(2);
      const { area, points } = await placed(page, ids);
      await shot(page, "fault-two-person-path");
      for (const p of points) {
        expect(p.x, `${p.id} left of the clear area ${JSON.stringify(area)}`).toBeGreaterThan(area.x0);
        expect(p.x).toBeLessThan(area.x1);
        expect(p.y, `${p.id} above the clear area`).toBeGreaterThan(area.y0);
        expect(p.y).toBeLessThan(area.y1);
      }
      // …and not under any floating panel (legend, toolbar, banner).
      for (const o of await overlayBoxes(page))
        for (const p of points) expect(p.x < o.x0 || p.x > o.x1 || p.y < o.y0 || p.y > o.y1, `${p.id} under ${o.sel}`).toBe(true);
      // Still a close-up: the two are well apart on screen, not a dot in the middle.
      const [a, b] = points;
      expect(Math.hypot((a?.x ?? 0) - (b?.x ?? 0), (a?.y ?? 0) - (b?.y ?? 0))).toBeGreaterThan(80);
      await expectBannerClearAndNamesWhole(page, ids);
      // The same at 1024×700, after Fit and a new focus.
      await page.setViewportSize({ width: 1024, height: 700 });
      await page.locator("#askers > li").nth(1).click();
      await page.locator("#askers > li").first().click();
      await placed(page, ids);
      await shot(page, "fault-two-person-path-1024");
      await expectBannerClearAndNamesWhole(page, ids);
    },
  },
  {
    name: "the toolbar is at most two tidy rows at 1280×800 and 1024×700",
    async run({ page }) {
      expectTidyRows(await toolbarGroups(page), "1280×800");
      await shot(page, "fault-toolbar-1280");
      await page.setViewportSize({ width: 1024, height: 700 });
      await page.waitForTimeout(300);
      expectTidyRows(await toolbarGroups(page), "1024×700");
      await shot(page, "fault-toolbar-1024");
      // With filters on (the button's words change) it stays the same.
      await page.click("#filters-toggle");
      await page.locator("#filters-panel input[type=checkbox]").first().click();
      await page.waitForFunction(() => /hidden/.test(document.getElementById("filters-toggle")?.textContent ?? ""));
      await page.keyboard.press("Escape");
      expectTidyRows(await toolbarGroups(page), "1024×700, filtered");
      await shot(page, "fault-toolbar-1024-filtered");
    },
  },
  {
    name: "the power grid's PNG holds the grid: its boxes, lines and words",
    async run({ page }) {
      await page.click("#power-grid-toggle");
      await page.waitForSelector('#map[data-power-grid="grid"]');
      await page.waitForFunction(() => window.__coalitionMap?.map.sigma?.getCamera().isAnimated() === false);
      // The picture of the map alone (no legend column): count the grid's tinted and line pixels.
      const counts = await page.evaluate(async () => {
        const out: Record<string, { tinted: number; dataUrl: string }> = {};
        for (const scope of ["view", "network"] as const) {
          const canvas = await window.__coalitionMap!.map.picture({ scope, scale: 1 });
          const c = canvas!.getContext("2d")!;
          const d = c.getImageData(0, 0, canvas!.width, canvas!.height).data;
          let tinted = 0;
          // The boxes' tints (reddish, greenish, amber) on white: pixels neither white nor grey.
          for (let i = 0; i < d.length; i += 4) {
            const r = d[i]!, g = d[i + 1]!, b = d[i + 2]!;
            if (r > 200 && g > 200 && b > 200 && Math.max(r, g, b) - Math.min(r, g, b) >= 6 && Math.max(r, g, b) < 255) tinted++;
          }
          out[scope] = { tinted, dataUrl: canvas!.toDataURL("image/png") };
        }
        return out;
      });
      for (const scope of ["view", "network"]) {
        const c = counts[scope]!;
        expect(c.tinted, `${scope}: grid boxes in the picture`).toBeGreaterThan(5000);
        await page.evaluate((url) => {
          const img = document.createElement("img");
          img.id = "png-preview";
          img.src = url;
          img.style.cssText = "position:fixed;inset:0;width:100%;height:100%;object-fit:contain;background:#fff;z-index:99";
          document.body.appendChild(img);
        }, c.dataUrl);
        await shot(page, `fault-grid-png-${scope}`);
        await page.evaluate(() => document.getElementById("png-preview")?.remove());
      }
    },
  },
];

scenes.push({
  name: "a missing-service cell says who could fill it, with their askers, and the map shows them instead of greying everything",
  async run({ page }) {
    await page.click("#tab-gaps");
    await page.click('#gap-matrix td[data-service="interpretation"][data-area="East"]');
    await page.waitForSelector("#gap-fillers > li");
    const items = page.locator("#gap-fillers > li");
    expect(await items.count()).toBe(3);
    const ids = await items.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.filler ?? ""));
    expect(ids.sort()).toEqual(["o-language-bridge", "o-open-door", "o-welcome-center"]);
    for (const t of await items.allTextContents()) {
      expect(t).toContain("next door");
      expect(t).toMatch(/Ask: \S/);
    }
    // On the map: the three and their askers highlighted (not an empty highlight that greys all).
    await page.waitForSelector('#app[data-highlight-source="gaps"]');
    const hl = ((await page.getAttribute("#app", "data-highlight")) ?? "").split(" ");
    for (const id of ids) expect(hl).toContain(id);
    expect(hl.length).toBeGreaterThan(ids.length);
    expect(await page.textContent("#banner")).toContain("Who could fill interpretation in East");
    const { area, points } = await placed(page, ids);
    for (const p of points) expect(p.x > area.x0 && p.x < area.x1 && p.y > area.y0 && p.y < area.y1, `${p.id} in view`).toBe(true);
    await shot(page, "fault-gap-fillers");
    await expectBannerClearAndNamesWhole(page, ids);
  },
});

describeScenes("map faults", scenes);
