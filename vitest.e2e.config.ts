import { defineConfig } from "vitest/config";

// Browser (end-to-end) tests: run after `vite build`; they serve dist/ with `vite preview` and
// drive Debian's Chromium with playwright-core. One worker: the scenes share one browser.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
