/**
 * Hostile text in a real browser (harness.ts): a 5,000-character name (one with spaces, one
 * without) never widens the page, the side panel, the banner, the outreach table or a label drawn
 * on the map, and Details shows it whole; names holding control characters, U+FFFE and markup
 * still export as well-formed GEXF (the browser's strict XML parser reads it).
 */
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import type { Page } from "playwright-core";
import { ARTIFACTS, describeScenes, shot, type Scene } from "./harness.js";
import { acceptImport, attr, importFiles } from "./page.js";

/** 5,000 characters of words, and 5,000 characters with no space at all. */
const LONG_WORDS = "Maria Lopez de la Cruz Fundación Esperanza ".repeat(120).slice(0, 5000).trim();
const LONG_SOLID = "Wolfeschlegelsteinhausenbergerdorff".repeat(143).slice(0, 5000);

/** A small coalition whose two prospects carry the long names (one reached by a warm path each). */
function longWorkbook(): { name: string; text: string }[] {
  const people = [
    "id,name,organization,status,decision_maker,sector",
    "p1,Dana Ruiz,o1,core,yes,shelter",
    "p2,Eli Chen,o1,member,no,shelter",
    "p3,Fay Ito,o2,member,no,legal",
    `p4,${LONG_WORDS},,prospect,yes,business`,
    `p5,${LONG_SOLID},,prospect,yes,health`,
  ].join("\n");
  const orgs = ["id,name,sector,services,areas,status", "o1,Harbor House,shelter,emergency shelter,North,core", "o2,Legal Aid East,legal,legal advocacy,East,member"].join("\n");
  const ties = ["from,to,type,strength", "p1,p2,works_with,3", "p2,p3,knows,2", "p3,p4,knows,2", "p1,p5,knows,1", "p2,p5,knows,2"].join("\n");
  return [
    { name: "people.csv", text: `${people}\n` },
    { name: "organizations.csv", text: `${orgs}\n` },
    { name: "connections.csv", text: `${ties}\n` },
  ];
}

type Rect = { left: number; right: number; top: number; bottom: number; width: number };

async function rect(page: Page, sel: string): Promise<Rect> {
  return page.$eval(sel, (el) => {
    const b = el.getBoundingClientRect();
    return { left: b.left, right: b.right, top: b.top, bottom: b.bottom, width: b.width };
  });
}

/** The page never scrolls sideways, the side panel keeps its 380 px and nothing in it overflows. */
async function expectContained(page: Page, when: string): Promise<void> {
  const r = await page.evaluate(() => {
    const doc = document.documentElement;
    const panel = document.getElementById("tabpanel");
    return {
      page: doc.scrollWidth - doc.clientWidth,
      body: document.body.scrollWidth - document.body.clientWidth,
      panel: panel ? panel.scrollWidth - panel.clientWidth : 0,
    };
  });
  expect(r, when).toEqual({ page: 0, body: 0, panel: 0 });
  expect((await rect(page, ".side")).width, when).toBeCloseTo(380, 0);
}

/** The drawn label (or hover card) of `node` in a settled frame. */
async function drawnLabelWidth(page: Page, node: string): Promise<number> {
  await page.waitForFunction(() => window.__coalitionMap?.map.sigma?.getCamera().isAnimated() === false);
  return page.evaluate(
    (id) =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const box = window.__coalitionMap?.map.drawnLabels().find((b) => b.node === id);
            resolve(box ? box.x1 - box.x0 : -1);
          }),
        ),
      ),
    node,
  );
}

async function selectNode(page: Page, node: string): Promise<void> {
  await page.evaluate((id) => window.__coalitionMap?.store.dispatch({ type: "select", node: id }), node);
  await page.click("#tab-details");
  await page.waitForSelector(`#details[data-node="${node}"]`);
}

const scenes: Scene[] = [
  {
    name: "a 5,000-character name is cut with an ellipsis everywhere and shown whole in Details",
    async run({ page }) {
      const before = await attr(page, "data-dataset");
      await importFiles(page, longWorkbook());
      await page.waitForSelector("#import-dialog[open]");
      await expectContained(page, "import report");
      await acceptImport(page, before);
      await expectContained(page, "first view");

      for (const [node, name] of [["p4", LONG_WORDS], ["p5", LONG_SOLID]] as const) {
        // Details: the whole name, wrapped inside the panel.
        await selectNode(page, node);
        expect(await page.textContent("#details-name")).toBe(name);
        await expectContained(page, `details of ${node}`);
        // The selected node's name card on the map stays a few hundred pixels wide.
        const w = await drawnLabelWidth(page, node);
        expect(w, `label of ${node}`).toBeGreaterThan(20);
        expect(w, `label of ${node}`).toBeLessThanOrEqual(320);
      }
      await shot(page, "long-text-details");

      // The ask: the banner naming the path fits the viewport; the full text is on hover.
      await page.click("#tab-asks");
      await page.fill("#ask-target", LONG_SOLID);
      await page.click("#ask-run");
      await page.waitForSelector("#ask-results h3");
      await page.waitForSelector("#banner:not([hidden])");
      const banner = await rect(page, "#banner");
      const map = await rect(page, ".map-area");
      expect(banner.left).toBeGreaterThanOrEqual(map.left);
      expect(banner.right).toBeLessThanOrEqual(map.right);
      expect(banner.bottom - banner.top, "the banner is one line").toBeLessThan(60);
      expect(await page.getAttribute("#banner .banner-text", "title")).toContain(LONG_SOLID);
      await expectContained(page, "ask panel");
      await shot(page, "long-text-ask");

      // The outreach table: every column in view, the long names cut, whole on hover.
      await page.click("#tab-outreach");
      await page.waitForSelector("#outreach-table tbody tr");
      await expectContained(page, "outreach");
      const side = await rect(page, ".side");
      const heads = await page.$$eval("#outreach-table th", (ths) => ths.map((th) => th.getBoundingClientRect().right));
      expect(heads.length).toBe(6);
      for (const right of heads) expect(right).toBeLessThanOrEqual(side.right);
      const titles = await page.$$eval("#outreach-table td .cut", (els) => els.map((el) => el.getAttribute("title") ?? ""));
      expect(titles).toContain(LONG_WORDS);
      await shot(page, "long-text-outreach");

      // Every other panel stays inside its width too.
      for (const tab of await page.$$eval('[role="tab"]', (bs) => bs.map((b) => b.id))) {
        await page.click(`#${tab}`);
        await expectContained(page, tab);
      }
    },
  },
  {
    name: "names with control characters, U+FFFE and markup export as well-formed GEXF",
    async run({ page }) {
      const before = await attr(page, "data-dataset");
      const names = ["Ann\u0001a Bell", "Esc\u001b[31mape", "Not\uFFFEa char", "<script>alert(1)</script>"];
      const edges = ["source,target,weight", `${names[0]},${names[1]},2`, `${names[1]},${names[2]},1`, `"${names[3]}",${names[0]},3`].join("\n");
      await importFiles(page, [{ name: "edges.csv", text: `${edges}\n` }]);
      await page.waitForSelector("#import-dialog[open]");
      await acceptImport(page, before);
      expect(await attr(page, "data-nodes")).toBe("4");
      // No markup from the data reached the page.
      expect(await page.locator("script:not([src])").count()).toBe(0);
      await page.click("#export-toggle");
      const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-export="gexf"]')]);
      const path = `${ARTIFACTS}/hostile-${download.suggestedFilename()}`;
      await download.saveAs(path);
      const xml = readFileSync(path, "utf-8");
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, "application/xml");
        const error = doc.getElementsByTagName("parsererror")[0];
        return { error: error ? (error.textContent ?? "parsererror") : null, labels: [...doc.getElementsByTagName("node")].map((n) => n.getAttribute("label") ?? "") };
      }, xml);
      expect(parsed.error).toBeNull();
      expect(parsed.labels).toHaveLength(4);
      expect(parsed.labels).toContain("<script>alert(1)</script>");
      expect(xml).toContain("betweenness");
    },
  },
];

describeScenes("Long and hostile text in Chromium", scenes);
