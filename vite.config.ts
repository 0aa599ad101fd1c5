import { defineConfig } from "vitest/config";
import { shareViewerPlugin } from "./src/viz/share/build-viewer.js";

// A fully static, offline build: relative asset paths so it works from any folder or host.
export default defineConfig({
  base: "./",
  worker: { format: "es" },
  // `virtual:share-viewer`: the read-only map's one-file viewer, for "Share a read-only map…".
  plugins: [shareViewerPlugin()],
  build: { outDir: "dist", sourcemap: false, chunkSizeWarningLimit: 1500 },
  server: { port: 5173, strictPort: false },
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/e2e/**", "node_modules/**"],
    testTimeout: 30000,
    benchmark: { include: ["test/bench/**/*.bench.ts"] },
  },
});
