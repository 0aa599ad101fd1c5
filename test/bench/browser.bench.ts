/**
 * The map in Chromium at 1,000, 10,000, 50,000 and 100,000 nodes (browser.ts): how long the page's main thread is
 * blocked while the network is imported, analysed and drawn — the longest task, the longest run of
 * the app's own script, the time blocked in all — and how fast a hover and a click answer. Needs the
 * built app (`npx vite build`) and Chromium at /usr/bin/chromium; otherwise it says so and skips.
 * About 20 minutes in all, 11 of them at 100,000 nodes (software WebGL on a machine without a GPU). The figures are in
 * docs/performance.md ("The map in the browser").
 */
import { existsSync } from "node:fs";
import { bench, describe } from "vitest";
import { CHROMIUM } from "../e2e/harness.js";
import { browserTable, measureBrowser, type BrowserFigures } from "./browser.js";
import { machineLine } from "./machine.js";

if (existsSync(CHROMIUM) && existsSync("dist/index.html")) {
  const rows: BrowserFigures[] = [];
  for (const n of [1_000, 10_000, 50_000, 100_000]) rows.push(await measureBrowser(n));
  console.log(`\n${machineLine()}\nThe map in Chromium (main-thread tasks over 50 ms; times in wall seconds):\n${browserTable(rows)}`);
} else console.log("\nThe map in Chromium: skipped (needs `npx vite build` and Chromium at /usr/bin/chromium).");

describe("the map in Chromium", () => {
  bench("(figures printed above)", () => undefined, { iterations: 1, time: 0 });
});
