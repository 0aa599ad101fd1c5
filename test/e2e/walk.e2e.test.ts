/**
 * The map as an organizer walks it (issue 12's audit), on the sample in a real browser: the
 * legend shows every community inside its box; Details names its measures in plain words and
 * never says a score of 0 is "higher than" anyone's; a person added with markup for a name is
 * shown as text everywhere; the power map's and the communities' numbers say what they mean.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import type { Page } from "playwright-core";
import { describeScenes, shot, type Scene } from "./harness.js";
import { acceptImport } from "./page.js";

/** Every entry of the legend lies inside the legend's own box (none cut off at its right edge). */
async function legendOutside(page: Page): Promise<{ entries: number; outside: string[]; narrowest: number }> {
  // `narrowest`: the smallest share, over the colour entries, of min(label width, 60 px) that shows.
  return page.evaluate(() => {
    const box = document.getElementById("legend")!.getBoundingClientRect();
    const out: string[] = [];
    let narrowest = Infinity;
    const items = [...document.querySelectorAll<HTMLElement>("#legend-body li")];
    for (const li of items) {
      const r = li.getBoundingClientRect();
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5) out.push(`${li.textContent} at ${Math.round(r.left)}–${Math.round(r.right)} (box ${Math.round(box.left)}–${Math.round(box.right)})`);
      // How much of a label shows: all of a short one, at least 60 pixels of a long one.
      const label = li.querySelector<HTMLElement>(".label");
      if (label) narrowest = Math.min(narrowest, label.clientWidth / Math.min(label.scrollWidth, 60));
    }
    return { entries: items.length, outside: out, narrowest };
  });
}

const scenes: Scene[] = [
  {
    name: "legend: every community's entry is inside the legend's box, with a readable label",
    async run({ page, consoleErrors }) {
      await page.waitForSelector("#legend-body li");
      const communities = await page.evaluate(() => window.__coalitionMap?.dataset()?.communities.communities.length ?? 0);
      expect(communities).toBeGreaterThan(8);
      const r = await legendOutside(page);
      expect(r.outside).toEqual([]);
      expect(r.entries).toBeGreaterThan(communities / 2);
      // Cut with "…" if long, but never to nothing.
      expect(r.narrowest).toBeGreaterThanOrEqual(1);
      // Two communities whose names start alike are told apart: neither is cut.
      const cut = await page.$$eval("#legend-body .label", (els) =>
        els.filter((e) => /^Grassroots · (South|East)$/.test(e.textContent ?? "")).map((e) => e.scrollWidth - e.clientWidth),
      );
      expect(cut).toEqual([0, 0]);
      await page.locator("#legend").screenshot({ path: "test-artifacts/walk-legend.png" });
      expect(consoleErrors).toEqual([]);
    },
  },
  {
    name: "a person named with markup, added in the edit panel: shown as text; Details in plain words, true standings",
    async run({ page, consoleErrors }) {
      const dialogs: string[] = [];
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      const name = "<img src=x onerror=alert(1)>";
      await page.click("#workspace-toggle");
      await page.click("#edit-toggle");
      await page.waitForSelector("#edit-panel:not([hidden])");
      const open = await page.evaluate(() => (document.getElementById("edit-person-form-section") as HTMLDetailsElement | null)?.open ?? false);
      if (!open) await page.click("#edit-person-form-section > summary");
      await page.fill("#edit-person-name", name);
      await page.fill("#edit-person-role", "<b>bold</b>");
      const before = await page.getAttribute("#app", "data-dataset");
      await page.click("#edit-person-form-submit");
      await page.waitForFunction((b) => document.getElementById("app")?.dataset.dataset !== b, before);
      await page.waitForSelector('#app[data-ready="true"]');
      await page.click("#tab-details");
      await page.waitForFunction((n) => document.getElementById("details-name")?.textContent === n, name);
      // Text, never HTML: no image or bold element made from it, no script run.
      expect(await page.locator("img").count()).toBe(0);
      expect(await page.locator("#tabpanel b", { hasText: "bold" }).count()).toBe(0);
      expect(await page.textContent("#tabpanel")).toContain("<b>bold</b>");
      // The measures' plain names, their own names in brackets.
      const rows = await page.$$eval("#tabpanel dt, #tabpanel th, #tabpanel .k", (els) => els.map((e) => e.textContent ?? ""));
      expect(rows).toEqual(expect.arrayContaining(["Broker score", "Insider score", "Boxed in", "Separate circles"]));
      expect(rows).not.toEqual(expect.arrayContaining(["Eigenvector", "Constraint", "Effective size"]));
      // No ties: the lowest broker score, not "higher than 5% of the network".
      const broker = (await page.textContent('[data-measure="betweenness"] .measure-value')) ?? "";
      expect(broker).toMatch(/^0 \(betweenness\) — the lowest in the network/);
      expect(await page.textContent('[data-measure="eigenvector"] .measure-value')).toMatch(/\(eigenvector\) — the lowest in the network/);
      await shot(page, "walk-markup-person");
      // The tie form speaks of "their" ties only once someone is chosen to tie them with.
      expect(await page.textContent('#edit-tie-which option[value=""]')).toBe("a new tie");
      await page.fill("#edit-tie-other", "Evelyn Marsh");
      await page.dispatchEvent("#edit-tie-other", "change");
      expect(await page.textContent('#edit-tie-which option[value=""]')).toBe("a new tie (they have none)");
      // The search list shows it as text too.
      await page.fill("#search", "<img");
      await page.waitForSelector("#search-suggestions li[role=option]");
      expect(await page.textContent("#search-suggestions li[role=option]")).toContain(name);
      expect(await page.locator("img").count()).toBe(0);
      expect(dialogs).toEqual([]);
      expect(consoleErrors).toEqual([]);
    },
  },
  {
    name: "power map, communities, balance and recruits: their numbers say what they mean",
    async run({ page }) {
      await page.click("#tab-powerMap");
      await page.waitForSelector("#power-map-panel .score");
      const scores = await page.$$eval("#power-map-panel .score", (els) => els.map((e) => e.textContent ?? ""));
      expect(scores.length).toBeGreaterThan(10);
      for (const s of scores) expect(s).toMatch(/^power [01](\.\d+)? of 1$/);
      expect(await page.getAttribute("#power-map-panel .score", "title")).toMatch(/0\.67 or more is much power/);
      await page.click("#tab-communities");
      const hint = (await page.textContent("#communities-panel .hint")) ?? "";
      expect(hint).toMatch(/how clearly they stand apart: 0\.\d\d \(modularity/);
      expect(hint).not.toMatch(/\(Louvain, modularity/);
      // The brief is titled with the coalition's name, as the top bar shows it (not "5 files").
      await page.click("#export-toggle");
      await page.click('[data-action="print-brief"]');
      await page.waitForSelector("#brief-print");
      expect(await page.locator("h1", { hasText: "Coalition brief" }).first().textContent()).toBe(`Coalition brief — ${await page.textContent("#dataset-name")}`);
      await page.click("#brief-close");
      // The outreach plan shows the answer of an earlier ask whole (it was cut before "— no").
      await page.click("#tab-outreach");
      const asked = await page.$$eval("#outreach-table .asked-line", (els) =>
        els.map((e) => ({ text: e.textContent ?? "", cut: e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1 })),
      );
      expect(asked.length).toBeGreaterThan(3);
      expect(asked.filter((a) => a.cut)).toEqual([]);
      expect(asked[0]?.text).toMatch(/^asked \d{4}-\d\d-\d\d by .+ — (no|yes|pending|not yet asked)$/);
      // "Find askers" with no target says what it needs (a button never does nothing).
      await page.click("#tab-asks");
      await page.fill("#ask-target", "");
      await page.click("#ask-run");
      expect(await page.textContent("#ask-need-target")).toMatch(/^Type the name of the person or organization/);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("ask-target");
      await page.click("#tab-composition");
      expect(await page.textContent("#balance-key")).toMatch(/share of it held by the top 5 members.*Centralization: 0 = everyone equally connected, 1 = one hub/);
      await page.click("#tab-recruits");
      const reasons = (await page.textContent("#recruits")) ?? "";
      expect(reasons).toMatch(/broker score 0\.\d{3} \(betweenness: how often they sit between others\)/);
      expect(reasons).not.toMatch(/\bnodes?\b|broker: betweenness|low constraint/);
      await shot(page, "walk-recruits");
    },
  },
  {
    name: "service gaps without services.csv: the panel says what needs were assumed, and how to give yours",
    async run({ page }) {
      await page.click("#tab-gaps");
      expect(await page.textContent("#gaps-needs")).toMatch(/\(the needs from services\.csv\)/);
      // examples/messy has no services.csv (its bytes as they are: one file is Windows-1252).
      const dir = "examples/messy";
      const before = (await page.getAttribute("#app", "data-dataset")) ?? "";
      await page.setInputFiles(
        "#file-input",
        readdirSync(dir)
          .filter((f) => f.endsWith(".csv"))
          .map((f) => ({ name: f, mimeType: "text/csv", buffer: readFileSync(join(dir, f)) })),
      );
      await page.waitForSelector("#import-accept");
      await acceptImport(page, before);
      await page.click("#tab-gaps");
      const hint = (await page.textContent("#gaps-needs")) ?? "";
      expect(hint).toContain("there is no services.csv, so every area is assumed to need the usual victim services");
      expect(hint).toContain("open a services.csv (service, area, priority)");
      expect(hint).not.toContain("default catalog");
      await shot(page, "walk-gaps-no-services");
    },
  },
  {
    name: "rounds compared: the key over the map covers neither the Network / Power grid switch nor the legend",
    async run({ page }) {
      await page.click("#compare-open");
      const dir = "examples/sample-coalition-2026";
      await page.setInputFiles(
        "#compare-files",
        readdirSync(dir)
          .filter((f) => f.endsWith(".csv"))
          .map((f) => ({ name: f, mimeType: "text/csv", buffer: readFileSync(join(dir, f)) })),
      );
      await page.waitForSelector("#change-findings li");
      await page.waitForSelector("#compare-bar:not([hidden])");
      const boxes = await page.evaluate(() =>
        ["#compare-bar", "#view-switch", "#legend"].map((sel) => {
          const b = document.querySelector(sel)!.getBoundingClientRect();
          return { sel, x0: b.left, y0: b.top, x1: b.right, y1: b.bottom };
        }),
      );
      const [bar, ...others] = boxes;
      for (const o of others) {
        const apart = bar!.x1 <= o.x0 || o.x1 <= bar!.x0 || bar!.y1 <= o.y0 || o.y1 <= bar!.y0;
        expect(apart, `#compare-bar ${JSON.stringify(bar)} covers ${o.sel} ${JSON.stringify(o)}`).toBe(true);
      }
      await shot(page, "walk-compare-key");
    },
  },
];

describeScenes("the map as an organizer walks it", scenes);
