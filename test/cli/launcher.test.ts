/**
 * `npm run analyze` runs scripts/cli.mjs: the command bundled by esbuild into a cache folder (made
 * again when a source changes), or from the sources through tsx when the bundle cannot be made.
 * Both must give exactly what the command gives in-process, with the same exit codes and streams.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { folder } from "../helpers/cli.js";
import { SAMPLE_DIR } from "../helpers/sample.js";

const cache = join(mkdtempSync(join(tmpdir(), "cm-launcher-")), "cli");

function launch(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ["scripts/cli.mjs", ...args], {
    encoding: "utf8",
    cwd: process.cwd(),
    timeout: 120_000,
    env: { ...process.env, COALITION_MAP_CLI_CACHE: cache, ...env },
  });
}

/** The one bundle folder in the cache (named by its sources' fingerprint). */
function bundle(): string {
  const dirs = readdirSync(cache);
  expect(dirs).toHaveLength(1);
  return join(cache, dirs[0] ?? "");
}

function inProcess(args: string[]): { code: number; out: string } {
  let out = "";
  const code = runCli(args, { stdout: (s) => (out += s), stderr: () => undefined });
  return { code, out };
}

const ARGS = [SAMPLE_DIR, "--json", "--start", "2026-12-07"];

describe("scripts/cli.mjs (npm run analyze)", () => {
  it("builds the bundle once and prints the same document as the command in-process", () => {
    const first = launch(ARGS);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(inProcess(ARGS).out);
    const dir = bundle();
    for (const f of ["analyze.js", "standing-worker.js", "fingerprint.txt"]) expect(existsSync(join(dir, f))).toBe(true);
    expect(readFileSync(join(dir, "fingerprint.txt"), "utf8").startsWith(dir.slice(-16))).toBe(true);
    const built = statSync(join(dir, "analyze.js")).mtimeMs;
    const again = launch(ARGS);
    expect(again.stdout).toBe(first.stdout);
    expect(statSync(join(bundle(), "analyze.js")).mtimeMs).toBe(built); // not built again
  });

  it("builds again when the sources changed (another fingerprint)", () => {
    const dir = bundle();
    writeFileSync(join(dir, "fingerprint.txt"), "an older build");
    const r = launch(ARGS);
    expect(r.status).toBe(0);
    expect(bundle()).toBe(dir);
    expect(readFileSync(join(dir, "fingerprint.txt"), "utf8")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("from the sources (no bundle): the same document", () => {
    const r = launch(ARGS, { COALITION_MAP_CLI_FROM_SOURCES: "1" });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(inProcess(ARGS).out);
  });

  it("exit codes and messages as from the sources: 1 on an input error, 2 on a usage error, no stack trace", () => {
    const bad = launch([folder({ "people.csv": "id,organization\np1,Hope\n" })]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toBe('Error: people.csv (the people file) has no "name" or "label" column. Its columns are: "id", "organization".\n');
    const usage = launch(["--bogus"]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("Usage: npm run analyze");
    expect(usage.stderr).not.toMatch(/\n\s+at /);
  });

  it("the standing worker is bundled beside the chunk that starts it", () => {
    // standing-threads.ts starts `new URL("./standing-worker.js", import.meta.url)` when bundled:
    // the chunk holding that code must sit in the same folder as the worker's entry.
    const dir = bundle();
    const files = ["analyze.js", ...(readFileSync(join(dir, "analyze.js"), "utf8").match(/chunk-[A-Z0-9]+\.js/g) ?? [])];
    const starter = files.filter((f) => readFileSync(join(dir, f), "utf8").includes('"./standing-worker.js"'));
    expect(starter.length).toBe(1);
  });
});
