/**
 * CSV formula injection through the map: files with names a spreadsheet would run as formulas
 * (`=HYPERLINK(…)`, `@SUM(…)`, `-Ana`, a phone `+44 20…`) opened in the map and saved back as
 * spreadsheets (the workspace's "Save the spreadsheets" zip): every such cell is marked as text
 * with a leading `'`, numbers and signs are kept, and the map shows the names as they were written.
 */
import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import Papa from "papaparse";
import { expect } from "vitest";
import { describeScenes, type Scene } from "./harness.js";
import { acceptImport, attr, importFiles } from "./page.js";

const PEOPLE = 'id,name,organization,status,phone\np1,"=HYPERLINK(""http://example.org"",""click"")",Org A,member,+44 20 7946 0000\np2,-Ana,Org A,member,-5\np3,@SUM(1+1),Org A,prospect,\np4,Plain,Org A,prospect,\n';
const TIES = "from,to,type,strength,sign\np1,p2,works_with,-3,\np2,p3,knows,2,-\np3,p4,knows,4,+\n";

const scenes: Scene[] = [
  {
    name: "a workbook with formula-like names, opened and saved back: the cells are marked as text, the values kept",
    async run({ page }) {
      const before = await attr(page, "data-dataset");
      await importFiles(page, [
        { name: "people.csv", text: PEOPLE },
        { name: "connections.csv", text: TIES },
      ]);
      await page.waitForSelector("#import-dialog[open]");
      await acceptImport(page, before);
      const labels = await page.evaluate(() => {
        const g = window.__coalitionMap?.dataset()?.graph;
        return g ? ["p1", "p2", "p3"].map((n) => g.getNodeAttribute(n, "label")) : [];
      });
      expect(labels).toEqual(['=HYPERLINK("http://example.org","click")', "-Ana", "@SUM(1+1)"]);
      await page.click("#workspace-toggle");
      const [dl] = await Promise.all([page.waitForEvent("download"), page.click("#export-workbook")]);
      const path = await dl.path();
      if (!path) throw new Error("no download");
      const files = unzipSync(new Uint8Array(readFileSync(path)));
      const text = (n: string) => strFromU8(files[n] ?? new Uint8Array());
      const cells = (n: string) => Papa.parse<string[]>(text(n).replace(/^\uFEFF/, ""), { header: false }).data.flat();
      for (const name of ["people.csv", "connections.csv"]) {
        for (const c of cells(name)) if (/^[=+\-@\t\r]/.test(c)) expect(c, `${name}: ${c}`).toMatch(/^[+-](\d+([.,]\d+)?)?$/);
      }
      expect(cells("people.csv")).toEqual(expect.arrayContaining(["'=HYPERLINK(\"http://example.org\",\"click\")", "'-Ana", "'@SUM(1+1)", "'+44 20 7946 0000", "-5"]));
      expect(text("connections.csv")).toContain("p1,p2,works_with,-3,\n");
      expect(text("connections.csv")).toContain("p2,p3,knows,2,-\n");
    },
  },
  {
    name: "an empty file beside the others is skipped, named in the import report; the map opens",
    async run({ page }) {
      const before = await attr(page, "data-dataset");
      await importFiles(page, [
        { name: "people.csv", text: PEOPLE },
        { name: "services.csv", text: "" },
        { name: "connections.csv", text: TIES },
      ]);
      await page.waitForSelector("#import-dialog[open]");
      expect(await page.textContent("#import-dialog")).toContain("services.csv is empty (no column names, no rows); it was skipped.");
      expect(await page.textContent("#import-imported")).toBe("7");
      await acceptImport(page, before);
      expect(await attr(page, "data-nodes")).toBe("5");
    },
  },
];

describeScenes("formula-like cells saved back from the map", scenes);
