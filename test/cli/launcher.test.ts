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

  it("every worker thread of the command is bundled beside the command (src/cli/*-worker.ts as NAME.js)", () => {
    // The workers are started as `new URL("./NAME.js", import.meta.url)` from the bundle's chunks,
    // which esbuild writes into the same folder.
    const dir = bundle();
    const workers = readdirSync("src/cli").filter((f) => f.endsWith("-worker.ts"));
    expect(workers).toContain("standing-worker.ts");
    for (const w of workers) expect(existsSync(join(dir, w.replace(/\.ts$/, ".js")))).toBe(true);
    expect(readdirSync(dir).every((f) => f.endsWith(".js") || f === "fingerprint.txt")).toBe(true);
  });

  it("the bundled command's standing worker starts and runs ranges (a network large enough for threads)", () => {
    // 3,000 people in groups of 50, 5 ties each inside the group and 1 outside: exact standing
    // visits ≈ 3,000 × 21,000 tie ends, past THREAD_MIN_WORK, so a worker is started.
    const rows = ["from,to,strength"];
    let x = 7;
    const next = (k: number) => ((x = (x * 48271) % 2147483647), x % k);
    for (let i = 0; i < 3000; i++)
      for (let k = 0; k < 6; k++) {
        const j = k < 5 ? i - (i % 50) + next(50) : next(3000);
        if (j !== i) rows.push(`p${i},p${j},${1 + next(5)}`);
      }
    const dir = folder({ "ties.csv": `${rows.join("\n")}\n` });
    launch(["--bogus"]); // the bundle is made (if this test runs alone)
    const script = `const m = await import(${JSON.stringify(`file://${join(bundle(), "analyze.js")}`)});
      m.main([${JSON.stringify(dir)}, "--json", "--quiet", "--exact"]);
      process.stderr.write(JSON.stringify(m.lastStandingThreads()));`;
    // A file, not `node -e`: workers inherit the process's flags, and `--input-type` stops them.
    const file = join(mkdtempSync(join(tmpdir(), "cm-launcher-run-")), "run.mjs");
    writeFileSync(file, script);
    const r = spawnSync(process.execPath, [file], { encoding: "utf8", timeout: 120_000, maxBuffer: 1 << 28 });
    expect(r.status).toBe(0);
    const run = JSON.parse(r.stderr) as { threads: number; ranges: number; byWorkers: number; rescued: number };
    expect(run.threads).toBeGreaterThanOrEqual(2);
    expect(run.byWorkers).toBeGreaterThan(0);
    expect(run.rescued).toBe(0);
  });
});
