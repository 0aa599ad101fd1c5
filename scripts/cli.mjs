#!/usr/bin/env node
/**
 * `npm run analyze -- …`: the command line, started from one bundled JavaScript file.
 *
 * Why: run from the TypeScript sources through tsx, Node spends 1.4–1.7 s (and a worker thread
 * 0.3–0.7 s more) resolving and loading about 250 modules through tsx's loader before the command
 * starts — more than the whole analysis of a 250-person coalition. esbuild bundles the command (and
 * its worker threads, src/cli/*-worker.ts) into node_modules/.cache/coalition-map/cli/ in
 * about 0.3 s; the bundle is kept, in a folder named by a fingerprint of every source it is made from (file names and
 * contents under src/, package-lock.json, this file) and made again only when one of them changed.
 * Nothing is checked in; a clean clone needs only `npm ci`. The results are the same as from the
 * sources (test/cli/launcher.test.ts).
 *
 * Should the bundle not build (esbuild missing or failing), the command runs from the sources
 * through tsx as before: slower, same results. `COALITION_MAP_CLI_CACHE` (tests) puts the bundle
 * elsewhere; `COALITION_MAP_CLI_FROM_SOURCES=1` skips the bundle.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CACHE = process.env.COALITION_MAP_CLI_CACHE || join(ROOT, "node_modules/.cache/coalition-map/cli");
/** The command and every worker thread it starts (src/cli/*-worker.ts, started beside the bundle as `NAME.js`). */
const entries = () => ["src/cli/analyze.ts", ...readdirSync(join(ROOT, "src/cli")).filter((f) => f.endsWith("-worker.ts")).sort().map((f) => `src/cli/${f}`)];

/** Every file under `dir` (sorted, so the fingerprint does not depend on the file system's order). */
function filesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

/** A fingerprint of what the bundle is made from: the sources, the installed versions, this launcher. */
function fingerprint() {
  const hash = createHash("sha256");
  const files = [...filesUnder(join(ROOT, "src")), join(ROOT, "package-lock.json"), join(ROOT, "package.json"), fileURLToPath(import.meta.url)];
  for (const f of files) if (existsSync(f)) hash.update(relative(ROOT, f)).update("\0").update(readFileSync(f)).update("\0");
  hash.update(process.version);
  return hash.digest("hex");
}

/**
 * The bundle's entry (its file URL), built when missing or out of date. Each build has its own
 * folder named by its fingerprint, so a command never runs a bundle made from other sources (two
 * checkouts sharing node_modules); it is built into a fresh folder and renamed into place, so two
 * commands started at once never read a half-written bundle. Builds of other sources older than a
 * day are removed.
 */
async function bundledEntry() {
  const want = fingerprint();
  const dir = join(CACHE, want.slice(0, 16));
  const entry = join(dir, "analyze.js");
  const stamp = join(dir, "fingerprint.txt");
  if (existsSync(entry) && existsSync(stamp) && readFileSync(stamp, "utf8") === want) return pathToFileURL(entry).href;
  const { build } = await import("esbuild");
  const fresh = `${dir}.${process.pid}.tmp`;
  rmSync(fresh, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: entries(),
    outdir: fresh,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Vite is loaded only to build the read-only map's viewer (--share), from its own package.
    external: ["vite"],
    // CommonJS packages bundled into an ES module still find Node's require.
    banner: { js: "import { createRequire as __coalitionMapRequire } from 'node:module'; const require = __coalitionMapRequire(import.meta.url);" },
    logLevel: "silent",
  });
  writeFileSync(join(fresh, "fingerprint.txt"), want);
  mkdirSync(CACHE, { recursive: true });
  rmSync(dir, { recursive: true, force: true });
  try {
    renameSync(fresh, dir);
  } catch {
    // another command put its (identical) bundle in place first
    rmSync(fresh, { recursive: true, force: true });
  }
  const dayAgo = Date.now() - 86_400_000;
  for (const old of readdirSync(CACHE)) {
    const p = join(CACHE, old);
    if (p !== dir && statSync(p).mtimeMs < dayAgo) rmSync(p, { recursive: true, force: true });
  }
  return pathToFileURL(entry).href;
}

/** The command's module: the bundle, or the sources through tsx when the bundle cannot be made. */
async function command() {
  if (process.env.COALITION_MAP_CLI_FROM_SOURCES !== "1") {
    try {
      return await import(await bundledEntry());
    } catch {
      // fall through: run from the sources
    }
  }
  const { register } = await import("tsx/esm/api");
  register();
  return import(pathToFileURL(join(ROOT, "src/cli/analyze.ts")).href);
}

const { main } = await command();
main(process.argv.slice(2));
