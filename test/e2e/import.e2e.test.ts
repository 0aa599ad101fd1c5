/**
 * Files in and out in a real browser (harness.ts): the import report before the map changes, drop
 * to import, a broken file keeps the old map, the role picker, and every export.
 */
import { readFileSync, statSync } from "node:fs";
import { expect } from "vitest";
import { describeScenes, ARTIFACTS, shot, type Scene } from "./harness.js";
import { acceptImport, attr, importFiles, SMALL_EDGES } from "./page.js";

const scenes: Scene[] = [
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
      await acceptImport(page, before);
      expect(await attr(page, "data-nodes")).toBe("5");
      // A bare edge list: the panels that need coalition columns say so instead of showing empty tables.
      for (const [tab, section] of [["gaps", "gaps"], ["composition", "composition"], ["outreach", "outreach"], ["recruits", "recruits"]] as const) {
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
      await acceptImport(page, before);
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
      await acceptImport(page, before);
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
        if (kind === "json") {
          // The report crossed from the worker in parts (the ties parsed only for this export): whole.
          const json = JSON.parse(readFileSync(path, "utf-8")) as { summary: { nodes: number; edges: number }; nodes: unknown[]; ties: unknown[] };
          expect(json.summary.nodes).toBe(250);
          expect(json.nodes).toHaveLength(250);
          expect(json.ties).toHaveLength(json.summary.edges);
          expect(Object.keys(json).slice(0, 3)).toEqual(["summary", "nodes", "ties"]);
        }
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
];

describeScenes("Import and export in Chromium", scenes);
