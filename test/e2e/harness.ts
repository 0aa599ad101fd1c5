/**
 * E2E harness: serves the built app (dist/) with Vite's preview server on a free port and
 * drives Debian's Chromium with playwright-core. Records console errors and any request that
 * leaves the app's origin. `describeScenes` runs a table of `{ name, run }` scenes, each on a
 * fresh page that waited for the app's ready signal.
 *
 * No wall-clock limit decides a pass or a fail: every wait is on the app's own state, with
 * timeouts generous enough for a slow, shared, GPU-less machine (software WebGL). Timings are
 * printed by the scenes that measure them, never asserted.
 */
import { existsSync, mkdirSync } from "node:fs";
import { preview, type PreviewServer } from "vite";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";

export const ARTIFACTS = "test-artifacts";
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** The browser tests run only when Chromium and the built app are there (scripts/e2e.mjs builds it). */
export const HAVE_BROWSER = existsSync(CHROMIUM) && existsSync("dist/index.html");

/** How long any one wait on the page may take before it is a failure (a hang, not slowness). */
export const WAIT_MS = 120_000;
/** A scene's own limit (vitest's per-test timeout): several waits, on a loaded machine. */
export const SCENE_MS = 300_000;

export interface Harness {
  server: PreviewServer;
  browser: Browser;
  origin: string;
  close(): Promise<void>;
}

export interface Session {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
}

export async function startHarness(): Promise<Harness> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const server = await preview({ preview: { port: 0, host: "127.0.0.1", strictPort: false, open: false }, logLevel: "warn" });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report its URL");
  const origin = new URL(url).origin;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"],
  });
  return {
    server,
    browser,
    origin,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    },
  };
}

/** A fresh page at 1280×800 on the app, waiting for its ready signal. */
export async function openApp(h: Harness, waitReady = true): Promise<Session> {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  context.setDefaultTimeout(WAIT_MS);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(h.origin) && !u.startsWith("blob:") && !u.startsWith("data:")) foreignRequests.push(u);
  });
  // `?e2e` turns on the page's test handle (window.__coalitionMap).
  await page.goto(`${h.origin}/?e2e`);
  if (waitReady) await waitForReady(page);
  return { context, page, consoleErrors, foreignRequests };
}

/** The app's explicit ready signal: data set drawn and analyses attached. */
export async function waitForReady(page: Page, timeout = WAIT_MS): Promise<void> {
  await page.waitForSelector('#app[data-ready="true"]', { timeout });
}

/** Wait for the ForceAtlas2 layout to stop (it auto-stops), so screenshots are stable. */
export async function waitForLayoutStop(page: Page, timeout = WAIT_MS): Promise<void> {
  await page.waitForSelector('#app[data-layout="stopped"]', { timeout });
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png` });
}

/** One browser scene: what it checks, and how, on a fresh page showing the sample. */
export interface Scene {
  name: string;
  run: (s: Session) => Promise<void>;
  /** This scene's own limit when it needs more than SCENE_MS (a very large network). */
  timeoutMs?: number;
}

/**
 * A `describe` of scenes sharing one browser and one preview server; each scene gets a fresh
 * page (its own context) that waited for the app's ready signal, closed afterwards.
 */
export function describeScenes(title: string, scenes: readonly Scene[]): void {
  describe.skipIf(!HAVE_BROWSER)(title, () => {
    let h: Harness | undefined;
    beforeAll(async () => {
      h = await startHarness();
    }, SCENE_MS);
    afterAll(async () => {
      await h?.close();
    }, SCENE_MS);
    for (const scene of scenes) {
      it(
        scene.name,
        async () => {
          if (!h) throw new Error("the browser harness did not start");
          const s = await openApp(h);
          try {
            await scene.run(s);
          } finally {
            await s.context.close();
          }
        },
        scene.timeoutMs ?? SCENE_MS,
      );
    }
  });
}
