/**
 * Building the read-only map's viewer (vite.config.ts beside this file) — in node, never in the
 * browser. Two users:
 *  - the app's build and dev server, through the plugin `shareViewerPlugin()` (listed in the
 *    project's vite.config.ts): the module `virtual:share-viewer` is the viewer page as a string,
 *    in a chunk of its own that the map loads only when someone shares (`npm run build` makes it;
 *    `npm start` makes it on the first share);
 *  - the command line (`--share FILE`, src/cli/share-run.ts), through `viewerTemplateSync()`: the
 *    viewer is built on demand into node_modules/.cache/coalition-map/share-viewer/ and kept
 *    there with a fingerprint of every source it is made from, so it is built again only when
 *    one of them changed. Nothing is checked in; a clean clone needs only `npm install`.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

/**
 * The project's folder: the nearest folder above this module holding Coalition Map's package.json
 * (from the sources, three levels up; from the command line's bundle in node_modules/.cache, more).
 */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown }).name === "coalition-map") return dir;
    const up = dirname(dir);
    if (up === dir) return fileURLToPath(new URL("../../..", import.meta.url));
    dir = up;
  }
}

const ROOT = projectRoot();
const CONFIG = join(ROOT, "src/viz/share/vite.config.ts");
const OUT_DIR = join(ROOT, "node_modules/.cache/coalition-map/share-viewer");
const PAGE = join(OUT_DIR, "src/viz/share/viewer.html");
const STAMP = join(OUT_DIR, "fingerprint.txt");

const VIRTUAL = "virtual:share-viewer";
const RESOLVED = `\0${VIRTUAL}`;

/** The viewer page built in memory (async: for Vite's own hooks). */
export async function buildViewerPage(): Promise<string> {
  const { build } = await import("vite");
  const out = await build({ configFile: CONFIG, logLevel: "warn", build: { write: false } });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => ("output" in o ? o.output : []));
  const page = outputs.find((f) => f.type === "asset" && f.fileName.endsWith(".html"));
  if (!page || page.type !== "asset") throw new Error("The read-only map's build made no page.");
  return String(page.source);
}

/** `virtual:share-viewer`: the viewer page as the default export (a string). */
export function shareViewerPlugin(): Plugin {
  let page: Promise<string> | null = null;
  return {
    name: "coalition-map:share-viewer",
    // The viewer's own build runs inside this one's load hook: its time is expected, not a slow plugin.
    config: () => ({ build: { rollupOptions: { checks: { bundlerTimings: false } } } }),
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      // The dev server builds it afresh after a change; a build makes it once.
      page ??= buildViewerPage();
      const html = await page.catch((e: unknown) => {
        page = null;
        throw e;
      });
      return `export default ${JSON.stringify(html)};`;
    },
    handleHotUpdate() {
      page = null;
    },
  };
}

/** Every file the viewer is made from: the sources, the page, the configs, the installed versions. */
function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|css|html|json)$/.test(name)) out.push(p);
    }
  };
  walk(join(ROOT, "src"));
  for (const f of ["package-lock.json", "package.json", "tsconfig.json"]) if (existsSync(join(ROOT, f))) out.push(join(ROOT, f));
  return out;
}

/** A fingerprint of what the viewer is made from (file names and contents). */
export function viewerFingerprint(): string {
  const hash = createHash("sha256");
  for (const f of sourceFiles()) hash.update(relative(ROOT, f)).update("\0").update(readFileSync(f)).update("\0");
  return hash.digest("hex");
}

/**
 * The viewer page for the command line (synchronous): the cached build when its fingerprint
 * matches the sources, else a fresh build (`vite build` with the viewer's config, in a child
 * process; a few seconds). `onBuild` hears that a build starts.
 */
export function viewerTemplateSync(onBuild?: () => void): string {
  const fingerprint = viewerFingerprint();
  if (existsSync(PAGE) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === fingerprint) return readFileSync(PAGE, "utf8");
  onBuild?.();
  const vite = join(dirname(createRequire(import.meta.url).resolve("vite/package.json")), "bin/vite.js");
  const r = spawnSync(process.execPath, [vite, "build", "--config", CONFIG, "--logLevel", "error"], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0 || !existsSync(PAGE)) throw new Error(`The read-only map's viewer could not be built (npx vite build --config src/viz/share/vite.config.ts): ${(r.stderr || r.stdout || String(r.error ?? "")).trim().slice(0, 2000)}`);
  writeFileSync(STAMP, fingerprint);
  return readFileSync(PAGE, "utf8");
}
