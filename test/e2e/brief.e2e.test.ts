/**
 * The one-page brief for a meeting, in a real browser: from the map's Export menu ("Print a
 * brief…") with names, then with pseudonyms (no name, e-mail, phone or note of the sample in the
 * page), and from the command line (--brief FILE, --brief-redacted); each printed to PDF by
 * Chromium on A4 and on Letter: one page each.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { secretsIn } from "../helpers/secrets.js";
import { describeScenes, shot, type Scene } from "./harness.js";

/** Pages of the PDF Chromium prints of `page` (print media, the brief's own page size). */
async function printedPages(page: Page, format: "A4" | "Letter"): Promise<number> {
  const pdf = await page.pdf({ format, preferCSSPageSize: false });
  return (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

const scenes: Scene[] = [
  {
    name: "Print a brief… from the map: power map, top ten with askers, gaps, conflicts — one page on A4 and Letter; with pseudonyms, no one named",
    timeoutMs: 600_000,
    async run({ page }) {
      await page.click("#export-toggle");
      await page.click('[data-action="print-brief"]');
      await page.waitForSelector('#print-brief[data-state="ready"]');
      const text = (await page.textContent("#print-brief .meeting-brief")) ?? "";
      for (const heading of ["Power map", "Whom to approach first", "Service gaps", "Conflicts to address first"]) expect(text).toContain(heading);
      // The top ten, or the whole plan when it is shorter: the sample's plan has 9 targets since its
      // activity log (situation 11) turned one prospect into a member.
      const planned = await page.evaluate(() => window.__coalitionMap?.dataset()?.analysis?.report.outreach.length ?? -1);
      expect(planned).toBeGreaterThan(0);
      expect(await page.locator("#print-brief .brief-outreach tbody tr").count()).toBe(Math.min(10, planned));
      // The Commission: Linda Park-Hughes asks, Frank Dolan must not.
      const commission = page.locator("#print-brief .brief-outreach tr", { hasText: "Riverbend County Commission" });
      expect(await commission.textContent()).toContain("Linda Park-Hughes");
      expect(await commission.textContent()).toContain("Frank Dolan");
      // Who could fill the missing interpretation in East.
      expect(text).toMatch(/interpretation in East.*could fill/);
      await shot(page, "brief-names");
      expect(await printedPages(page, "A4")).toBe(1);
      expect(await printedPages(page, "Letter")).toBe(1);

      await page.check("#brief-pseudonyms");
      await page.waitForSelector('#print-brief[data-redacted="true"][data-state="ready"]');
      const redacted = (await page.evaluate(() => document.getElementById("print-brief")?.outerHTML)) ?? "";
      expect(secretsIn(redacted)).toEqual([]);
      expect(redacted).toContain("Names replaced by pseudonyms");
      await shot(page, "brief-pseudonyms");
      expect(await printedPages(page, "A4")).toBe(1);
      expect(await printedPages(page, "Letter")).toBe(1);
      await page.click("#brief-close");
      expect(await page.locator("#print-brief").count()).toBe(0);
    },
  },
  {
    name: "--brief FILE: one printed page on A4 and Letter; --brief-redacted names no one",
    timeoutMs: 600_000,
    async run({ context }) {
      const dir = mkdtempSync(join(tmpdir(), "cm-brief-"));
      const named = join(dir, "brief.html");
      const redacted = join(dir, "brief-redacted.html");
      const quiet = { stdout: () => undefined, stderr: () => undefined };
      expect(runCli(["examples/sample-coalition", "--brief", named, "--out", join(dir, "r.md")], quiet)).toBe(0);
      expect(runCli(["examples/sample-coalition", "--brief", redacted, "--brief-redacted", "--out", join(dir, "r2.md")], quiet)).toBe(0);
      expect(readFileSync(named, "utf8")).toContain("Linda Park-Hughes");
      expect(secretsIn(readFileSync(redacted, "utf8"))).toEqual([]);
      for (const file of [named, redacted]) {
        const page = await context.newPage();
        const requests: string[] = [];
        page.on("request", (r) => requests.push(r.url()));
        await page.goto(`file://${resolve(file)}`);
        expect(await page.locator(".meeting-brief .brief-box").count()).toBe(6);
        expect(await printedPages(page, "A4")).toBe(1);
        expect(await printedPages(page, "Letter")).toBe(1);
        expect(requests).toEqual([`file://${resolve(file)}`]);
        await shot(page, file === named ? "brief-cli" : "brief-cli-redacted");
        await page.close();
      }
    },
  },
];

describeScenes("meeting brief", scenes);
