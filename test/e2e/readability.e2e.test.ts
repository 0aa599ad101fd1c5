/**
 * A map that reads at a glance (issue 11 §2), in Chromium: every organization's name on small
 * maps; the legend folded out of the way at 1024×700 and opened by keyboard; filters that keep
 * the toolbar on its rows, re-frame the map, and let the keyboard reach the checkboxes without
 * starting the layout; text on coloured chips at ≥ 4.5:1, computed in the page.
 */
import { expect } from "vitest";
import type { Page } from "playwright-core";
import { describeScenes, shot, type Scene } from "./harness.js";
import { acceptImport, attr, expectFramed, expectNoOverlap, importFiles, settledLabels } from "./page.js";

type Files = { name: string; text: string }[];

/** A workbook of `orgs` organizations and `people` people, the people well tied (so they are the brokers). */
function workbook(orgs: number, people: number): { files: Files; orgNames: string[] } {
  const orgNames = Array.from({ length: orgs }, (_, i) => `Org ${String.fromCharCode(65 + i)} Alliance`);
  const sectors = ["shelter", "legal", "health", "faith", "business"];
  const peopleRows = ["id,name,organization,status,decision_maker,sector"];
  for (let i = 0; i < people; i++) peopleRows.push(`p${i},Person ${i + 1},o${i % orgs},${i < 2 ? "core" : "member"},no,${sectors[i % sectors.length]}`);
  const orgRows = ["id,name,sector,services,areas,status", ...orgNames.map((n, i) => `o${i},${n},${sectors[i % sectors.length]},,North,member`)];
  const ties = ["from,to,type,strength"];
  for (let i = 0; i < people; i++) {
    ties.push(`p${i},p${(i + 1) % people},works_with,3`);
    if (people > 4) ties.push(`p${i},p${(i + 3) % people},knows,2`);
  }
  return {
    orgNames,
    files: [
      { name: "people.csv", text: `${peopleRows.join("\n")}\n` },
      { name: "organizations.csv", text: `${orgRows.join("\n")}\n` },
      { name: "connections.csv", text: `${ties.join("\n")}\n` },
    ],
  };
}

async function load(page: Page, files: Files): Promise<void> {
  const before = await attr(page, "data-dataset");
  await importFiles(page, files);
  await page.waitForSelector("#import-dialog[open]");
  await acceptImport(page, before);
}

type Rect = { x: number; y: number; width: number; height: number };

async function rect(page: Page, sel: string): Promise<Rect> {
  return page.$eval(sel, (el) => {
    const b = el.getBoundingClientRect();
    return { x: b.x, y: b.y, width: b.width, height: b.height };
  });
}

/** The toolbar's rows: the distinct tops of its groups. */
async function toolbarRows(page: Page): Promise<number> {
  const tops = await page.$$eval('[role="toolbar"] > .group', (gs) => gs.map((g) => Math.round(g.getBoundingClientRect().top)));
  return new Set(tops).size;
}

const scenes: Scene[] = [
  {
    name: "a 4-node and a 22-node workbook name every organization on the map",
    async run({ page }) {
      for (const [orgs, people, file] of [[2, 2, "readability-4-nodes"], [10, 12, "readability-22-nodes"]] as const) {
        const { files, orgNames } = workbook(orgs, people);
        await load(page, files);
        expect(await attr(page, "data-nodes")).toBe(String(orgs + people));
        const labels = await settledLabels(page);
        const shown = labels.map((l) => l.label);
        for (const name of orgNames) expect(shown, `${name} on the ${orgs + people}-node map`).toContain(name);
        expectNoOverlap(labels);
        await shot(page, file);
      }
    },
  },
  {
    name: "at 1024×700 the legend is folded out of the way (< 20% of the map) and opens by keyboard",
    async run({ page }) {
      await page.setViewportSize({ width: 1024, height: 700 });
      await page.waitForFunction(() => document.querySelector("#legend-toggle")?.getAttribute("aria-expanded") === "false");
      const map = await rect(page, "#map");
      const folded = await rect(page, "#legend");
      expect((folded.width * folded.height) / (map.width * map.height)).toBeLessThan(0.2);
      await expectFramed(page, "legend folded");
      await shot(page, "readability-legend-folded-1024");
      // Keyboard: focus the button, Enter opens it; Space folds it again.
      await page.focus("#legend-toggle");
      await page.keyboard.press("Enter");
      expect(await page.getAttribute("#legend-toggle", "aria-expanded")).toBe("true");
      expect(await page.isVisible("#legend-body li")).toBe(true);
      await expectFramed(page, "legend open");
      await shot(page, "readability-legend-open-1024");
      await page.keyboard.press("Space");
      expect(await page.getAttribute("#legend-toggle", "aria-expanded")).toBe("false");
      // A big window: still the user's choice (folded).
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.waitForTimeout(0);
      expect(await page.getAttribute("#legend-toggle", "aria-expanded")).toBe("false");
    },
  },
  {
    name: "filters keep the toolbar on its rows, re-frame the map, and the keyboard reaches the checkboxes without starting the layout",
    async run({ page }) {
      await page.setViewportSize({ width: 1024, height: 700 });
      await expectFramed(page, "first view");
      const rows = await toolbarRows(page);
      const button = await rect(page, "#filters-toggle");
      const layout = await attr(page, "data-layout");
      // By keyboard: Enter opens, Tab goes to the first checkbox, Space unticks it.
      await page.focus("#filters-toggle");
      await page.keyboard.press("Enter");
      await page.waitForSelector("#filters-panel");
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.closest("#filters-panel") !== null && document.activeElement instanceof HTMLInputElement)).toBe(true);
      await page.keyboard.press("Space");
      await page.waitForFunction(() => document.getElementById("filters-toggle")?.textContent?.includes("hidden"));
      expect(await attr(page, "data-layout")).toBe(layout);
      // Hide a sector too: the button keeps its place and size, the toolbar its rows.
      await page.click('#filters-panel input[data-filter="sectors"]');
      await page.waitForFunction(() => document.getElementById("filters-toggle")?.textContent === "Filters (2 hidden)");
      expect(await rect(page, "#filters-toggle")).toEqual(button);
      expect(await toolbarRows(page)).toBe(rows);
      await shot(page, "readability-filters-1024");
      // Closed: the map frames what is left.
      await page.keyboard.press("Escape");
      await expectFramed(page, "after filtering");
      await shot(page, "readability-filtered-1024");
    },
  },
  {
    name: "text on the legend, toolbar and coloured chips reaches 4.5:1, computed in the page",
    async run({ page }) {
      await page.click("#tab-communities");
      await page.waitForSelector("#communities-panel .chip");
      const low = await page.evaluate(() => {
        const parse = (c: string): [number, number, number, number] => {
          const m = /rgba?\(([^)]+)\)/.exec(c);
          const p = (m?.[1] ?? "0,0,0,0").split(",").map((x) => parseFloat(x));
          return [p[0] ?? 0, p[1] ?? 0, p[2] ?? 0, p[3] ?? 1];
        };
        const lum = ([r, g, b]: number[]) => {
          const f = (v: number) => {
            const s = v / 255;
            return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          };
          return 0.2126 * f(r ?? 0) + 0.7152 * f(g ?? 0) + 0.0722 * f(b ?? 0);
        };
        // The first background that is not transparent, walking up.
        const background = (el: Element): number[] => {
          for (let e: Element | null = el; e; e = e.parentElement) {
            const bg = parse(getComputedStyle(e).backgroundColor);
            if (bg[3] > 0.5) return bg;
          }
          return [255, 255, 255, 1];
        };
        const out: string[] = [];
        const els = document.querySelectorAll("#legend button, #legend h3, #legend li, #legend .muted, [role='toolbar'] label, [role='toolbar'] button, .chip");
        els.forEach((el) => {
          if (!(el instanceof HTMLElement) || el.offsetParent === null || !el.textContent?.trim()) return;
          const fg = lum(parse(getComputedStyle(el).color)), bg = lum(background(el));
          const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
          if (ratio < 4.5) out.push(`${el.className || el.tagName} "${el.textContent.trim().slice(0, 30)}": ${ratio.toFixed(2)}`);
        });
        return { out, n: els.length };
      });
      await shot(page, "readability-communities-chips");
      expect(low.n).toBeGreaterThan(10);
      expect(low.out).toEqual([]);
    },
  },
];

describeScenes("A map that reads at a glance in Chromium", scenes);
