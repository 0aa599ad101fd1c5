/**
 * What the map shows in a real browser (harness.ts): the filters panel at 1024×700, every node
 * framed clear of the toolbar and legend (a messy workbook, Fit, a resize), and highlighted names
 * that never pile up.
 */
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { describeScenes, shot, type Scene } from "./harness.js";
import { acceptImport, askFor, attr, expectFramed, expectNoneUnderOverlays, expectNoOverlap, importFiles, settledLabels } from "./page.js";

/** Three mutually hostile blocs (everyone has bad history with the other two), one facilitator, one leaning person. */
const THREE_BLOCS = (() => {
  const blocs = [
    ["Ana Reyes", "Ben Ortiz", "Cal Duarte", "Dee Moss"],
    ["Eli Novak", "Fay Lund", "Gus Varga"],
    ["Hal Brook", "Ivy Chen", "Jo Park"],
  ];
  const rows = ["source,target,weight,type"];
  for (const b of blocs) b.forEach((x, i) => i > 0 && rows.push(`${b[i - 1]},${x},2,works_with`));
  blocs.forEach((x, i) =>
    blocs.forEach((y, j) => {
      if (j > i) for (let t = 0; t < Math.max(x.length, y.length); t++) rows.push(`${x[t % x.length]},${y[t % y.length]},1,conflict`);
    }),
  );
  rows.push("Zoe Quinn,Ana Reyes,3,knows", "Zoe Quinn,Eli Novak,3,knows", "Yan Ito,Hal Brook,2,knows");
  return `${rows.join("\n")}\n`;
})();

const scenes: Scene[] = [
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
      await acceptImport(page, before);
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
    name: "highlighted names never pile up: recruit, conflicts (with a node chosen) and ask views",
    async run({ page }) {
      // Recruit: the first recruit is always named; the rest of what they open is named where it fits.
      await page.click("#tab-recruits");
      const recruit = page.locator("#recruits > li").first();
      const recruitId = await recruit.getAttribute("data-recruit");
      await recruit.locator(".title").click();
      await page.waitForSelector('#app[data-highlight-source="recruits"]');
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
      await askFor(page, "Helping Hands Helpline");
      await page.waitForSelector('#app[data-highlight-source="asks"]');
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
    name: "three hostile blocs: the conflicts tab lists three factions, each highlighted in its own colour and named in the banner",
    async run({ page }) {
      const before = await attr(page, "data-dataset");
      await importFiles(page, [{ name: "blocs.csv", text: THREE_BLOCS }]);
      await page.waitForSelector("#import-dialog[open]");
      await acceptImport(page, before);
      await page.click("#tab-conflicts");
      const group = page.locator("#conflict-groups > li").first();
      expect(await page.locator("#conflict-groups > li").count()).toBe(1);
      expect(await group.getAttribute("data-factions")).toBe("3");
      const lines = await group.locator(".faction").allTextContents();
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(/^Faction 1 \(Ana Reyes side\): Ana Reyes, Ben Ortiz, Cal Duarte, Dee Moss$/);
      expect(lines[1]).toMatch(/^Faction 2 .*: Eli Novak, Fay Lund, Gus Varga$/);
      expect(lines[2]).toMatch(/^Faction 3 .*: Hal Brook, Ivy Chen, Jo Park$/);
      expect(await group.locator('.facilitators[data-factions="0-1"]').textContent()).toContain("Zoe Quinn");
      expect(await group.locator(".leaning").textContent()).toContain("Yan Ito");
      await group.locator(".title").click();
      await page.waitForSelector('#app[data-highlight-source="conflicts"]');
      // Three groups in three colours, each drawn in its colour, and named in the banner.
      const drawn = await page.evaluate(() => {
        const app = window.__coalitionMap!;
        const sigma = app.map.sigma!;
        return (app.store.state.highlight?.groups ?? []).map((g) => ({ name: g.name, color: g.color, drawn: [...new Set(g.nodes.map((n) => sigma.getNodeDisplayData(n)?.color))] }));
      });
      expect(drawn).toHaveLength(3);
      expect(new Set(drawn.map((g) => g.color)).size).toBe(3);
      for (const g of drawn) expect(g.drawn, g.name).toEqual([g.color]);
      const banner = await page.locator("#banner .banner-group").allTextContents();
      expect(banner).toEqual(["Faction 1", "Faction 2", "Faction 3"]);
      expect(drawn.map((g) => g.name)).toEqual(banner);
      expect(await page.textContent("#banner")).toContain("Bad history: Ana Reyes side vs");
      await shot(page, "18-conflicts-three-factions");
    },
  },
];

describeScenes("Views in Chromium: filters, framing, labels over highlights", scenes);
