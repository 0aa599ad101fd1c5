/**
 * The read-only map, in a real browser: made from the map's Export menu (redacted by default,
 * "with names" only with a warning) and from the command line (--share FILE); each file opened
 * over file:// with every request recorded — none is made but the file itself —, the map drawn,
 * the panels working (outreach, power map, an ask answered by the file's own worker), no way to
 * import or edit; every byte of the redacted files searched for the sample's names, ids,
 * e-mails, phones and notes. The redacted copy (workbook + report as a zip, the key apart) too.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { secretsIn } from "../helpers/secrets.js";
import { ARTIFACTS, describeScenes, shot, WAIT_MS, type Scene } from "./harness.js";
import { drawnPixels } from "./page.js";

/** Open a shared file over file:// in a fresh context; every request is recorded (and only the file's own allowed). */
async function openShared(browser: Browser, file: string, viewport = { width: 1280, height: 800 }): Promise<{ page: Page; requests: string[]; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  context.setDefaultTimeout(WAIT_MS);
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  const url = `file://${resolve(file)}`;
  await context.route("**", (route) => {
    const u = route.request().url();
    requests.push(u);
    if (u.split("?")[0] === url) return route.continue();
    return route.abort();
  });
  page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${url}?e2e`);
  await page.waitForSelector('#app[data-ready="true"]');
  return { page, requests, errors, close: () => context.close() };
}

/** The map of a shared file works: drawn, searched, its panels answer, nothing to import. */
async function expectWorkingViewer(page: Page, name: string): Promise<void> {
  expect(await drawnPixels(page)).toBeGreaterThan(500);
  expect(await page.locator("#open-files, #file-input").count()).toBe(0);
  // The outreach plan and the power map are there.
  await page.click("#tab-outreach");
  expect(await page.locator("#outreach-table tbody tr").count()).toBeGreaterThan(3);
  await page.click("#tab-powerMap");
  await page.waitForSelector("#power-map-panel");
  expect(await page.locator(".pm-quadrant").count()).toBe(6);
  // An ask, answered by the file's own worker: the Commission's askers, the path drawn.
  await page.click("#tab-asks");
  await page.fill("#ask-target", "Riverbend County Commission");
  await page.click("#ask-run");
  await page.waitForSelector("#askers > li");
  await page.locator("#askers > li").first().click();
  await page.waitForFunction(() => (document.getElementById("app")?.dataset.highlight ?? "") !== "");
  await shot(page, name);
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; path: string }> {
  const [d] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = join(ARTIFACTS, d.suggestedFilename());
  await d.saveAs(path);
  return { name: d.suggestedFilename(), path };
}

const scenes: Scene[] = [
  {
    name: "Share a read-only map… (redacted by default): one file, opened from file:// with no request, names no one, works",
    timeoutMs: 600_000,
    async run({ page, context }) {
      await page.click("#export-toggle");
      await page.click('[data-action="share-map"]');
      await page.waitForSelector("#share-dialog");
      expect(await page.isChecked("#share-redacted")).toBe(true);
      expect(await page.isVisible("#share-names-warning")).toBe(false);
      await page.check("#share-names");
      expect(await page.isVisible("#share-names-warning")).toBe(true);
      await shot(page, "share-dialog-with-names-warning");
      await page.check("#share-redacted");
      expect(await page.isVisible("#share-names-warning")).toBe(false);
      const file = await download(page, () => page.click("#share-save"));
      expect(file.name).toBe("coalition-map-read-only.html");
      await page.waitForSelector("#share-saved");
      const key = await download(page, () => page.click("#share-save-key"));
      expect(readFileSync(key.path, "utf8")).toContain("Linda Park-Hughes");

      const html = readFileSync(file.path, "utf8");
      expect(secretsIn(html)).toEqual([]);
      expect(html).toContain("Private contact");
      expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="(?!data:)/);

      const browser = context.browser();
      if (!browser) throw new Error("no browser");
      const shared = await openShared(browser, file.path);
      try {
        expect(await shared.page.getAttribute("#app", "data-read-only")).toBe("redacted");
        await expectWorkingViewer(shared.page, "share-redacted-viewer");
        // The ask path's people are pseudonyms too.
        const askers = await shared.page.locator("#askers > li").allTextContents();
        expect(secretsIn(askers.join("\n"))).toEqual([]);
        expect(shared.requests).toEqual([`file://${resolve(file.path)}?e2e`]);
        expect(shared.errors).toEqual([]);
      } finally {
        await shared.close();
      }
    },
  },
  {
    name: "--share FILE from the command line: redacted, key beside it; the file opens from file:// with no request; --share-with-names names people",
    timeoutMs: 600_000,
    async run({ context }) {
      const dir = mkdtempSync(join(tmpdir(), "cm-share-"));
      const file = join(dir, "riverbend.html");
      let err = "";
      const code = runCli(["examples/sample-coalition", "--share", file, "--quiet"], { stdout: () => undefined, stderr: (s) => (err += s) });
      expect(code, err).toBe(0);
      expect(err).toContain("riverbend-key.csv");
      expect(readFileSync(join(dir, "riverbend-key.csv"), "utf8")).toContain("Linda Park-Hughes");
      const html = readFileSync(file, "utf8");
      expect(secretsIn(html)).toEqual([]);
      writeFileSync(join(ARTIFACTS, "share-cli.html"), html);
      const browser = context.browser();
      if (!browser) throw new Error("no browser");
      const shared = await openShared(browser, file);
      try {
        await expectWorkingViewer(shared.page, "share-cli-viewer");
        expect(shared.requests).toEqual([`file://${resolve(file)}?e2e`]);
        expect(shared.errors).toEqual([]);
      } finally {
        await shared.close();
      }
      const named = join(dir, "named.html");
      expect(runCli(["examples/sample-coalition", "--share", named, "--share-with-names", "--quiet"], { stdout: () => undefined, stderr: () => undefined })).toBe(0);
      expect(readFileSync(named, "utf8")).toContain("Linda Park-Hughes");
      const namedView = await openShared(browser, named);
      try {
        expect(await namedView.page.getAttribute("#app", "data-read-only")).toBe("names");
        expect(await namedView.page.textContent("#read-only-badge")).toContain("WITH NAMES");
      } finally {
        await namedView.close();
      }
    },
  },
  {
    name: "Redacted copy from the map: a zip of the workbook and its report (as --redact writes), naming no one; the key apart",
    timeoutMs: 600_000,
    async run({ page }) {
      await page.click("#export-toggle");
      const zip = await download(page, () => page.click('[data-action="redacted-copy"]'));
      expect(zip.name).toBe("coalition-redacted.zip");
      await page.waitForSelector("#share-saved");
      await shot(page, "redacted-copy-saved");
      const key = await download(page, () => page.click("#share-save-key"));
      expect(key.name).toBe("coalition-redacted-key.csv");
      const files = unzipSync(new Uint8Array(readFileSync(zip.path)));
      const names = Object.keys(files).sort();
      expect(names).toEqual(["connections.csv", "organizations.csv", "people.csv", "report.json", "report.md", "services.csv"].map((f) => `coalition-redacted/${f}`));
      const text = names.map((n) => strFromU8(files[n] ?? new Uint8Array())).join("\n");
      expect(secretsIn(text)).toEqual([]);
      expect(text).not.toContain("original name");
      // The same copy as the command line's --redact.
      const dir = join(mkdtempSync(join(tmpdir(), "cm-redact-")), "copy");
      expect(runCli(["examples/sample-coalition", "--redact", dir, "--quiet"], { stdout: () => undefined, stderr: () => undefined })).toBe(0);
      for (const f of ["people.csv", "connections.csv", "report.md"]) expect(strFromU8(files[`coalition-redacted/${f}`] ?? new Uint8Array())).toBe(readFileSync(join(dir, f), "utf8"));
    },
  },
];

describeScenes("sharing", scenes);
