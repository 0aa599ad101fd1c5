/**
 * The map's workers may compile WebAssembly: the shortest-path kernel (src/graph/paths/wasm-kernel.ts)
 * runs there in its faster form. Were a Content-Security-Policy ever to forbid it (a worker's policy
 * comes with its own script, not from the page's meta tag), the kernel would fall back to JavaScript
 * with the same figures, only slower; this test says so at once instead.
 */
import { expect } from "vitest";
import { describeScenes } from "./harness.js";

/** An empty WebAssembly module (magic number and version): compiling it only tests permission. */
const COMPILE_CHECK = `(() => {
  try {
    new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
    return "compiled";
  } catch (e) {
    return String(e);
  }
})()`;

describeScenes("WebAssembly in the map's workers", [
  {
    name: "the analysis worker compiles WebAssembly",
    run: async ({ page, consoleErrors }) => {
      // the app's own workers (the layout library's blob worker inherits the page's policy and needs no WebAssembly)
      const workers = page.workers().filter((w) => !w.url().startsWith("blob:"));
      expect(workers.some((w) => w.url().includes("analysis.worker"))).toBe(true);
      const results = await Promise.all(workers.map(async (w) => `${w.url()}: ${await w.evaluate(COMPILE_CHECK)}`));
      expect(results.every((r) => r.endsWith(": compiled")), results.join("; ")).toBe(true);
      expect(consoleErrors).toEqual([]);
    },
  },
]);
