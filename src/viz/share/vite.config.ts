/**
 * The build of the read-only map (the viewer a shared file carries): one HTML page with its
 * script and styles inside (single-file.ts), no other file, no request. `npm run build` makes it
 * through the main config (virtual:share-viewer, build-viewer.ts); the command line builds it on
 * demand (src/cli/share-run.ts) into node_modules/.cache.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { singleFile } from "./single-file.js";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

export default defineConfig({
  root: ROOT,
  base: "./",
  publicDir: false,
  logLevel: "warn",
  // A classic worker: a module worker's script must come from the page's own origin, and a page
  // opened from file:// has none (its Blob URL is refused); a classic one is not checked so.
  worker: { format: "iife" },
  plugins: [singleFile()],
  build: {
    outDir: "node_modules/.cache/coalition-map/share-viewer",
    emptyOutDir: true,
    sourcemap: false,
    modulePreload: false,
    cssCodeSplit: false,
    assetsInlineLimit: () => true,
    chunkSizeWarningLimit: 5000,
    reportCompressedSize: false,
    rollupOptions: {
      input: fileURLToPath(new URL("./viewer.html", import.meta.url)),
      output: { codeSplitting: false },
      // The worker inlined into the page is built inside this build: its time is expected.
      checks: { bundlerTimings: false },
    },
  },
});
