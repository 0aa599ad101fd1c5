/**
 * Smoke tests of the real entry point (`src/cli/analyze.ts` run by node with tsx), as a user runs
 * it: the process's exit code and streams. Everything else about the command is tested
 * in-process (analyze.test.ts).
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { SAMPLE_DIR } from "../helpers/sample.js";
import { folder } from "../helpers/cli.js";

function spawnCli(args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "src/cli/analyze.ts", ...args], { encoding: "utf8", cwd: process.cwd(), timeout: 120_000 });
}

describe("npm run analyze (spawned)", () => {
  it("exit 0 with only the JSON document on stdout, on the sample coalition", () => {
    const r = spawnCli([SAMPLE_DIR, "--json"]);
    // Nothing but progress: a stage over a second (on a loaded machine) is logged, nothing else.
    expect(r.stderr).toMatch(/^(.+… done in \d+\.\d s\n)*$/);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).summary.format).toBe("workbook");
  });

  it("exit 1 on a fatal input error: one clear line on stderr, no stack trace", () => {
    const r = spawnCli([folder({ "people.csv": "id,organization\np1,Hope\n" })]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe('Error: people.csv (the people file) has no "name" or "label" column. Its columns are: "id", "organization".\n');
  });

  it("exit 2 on a usage error, with the usage text", () => {
    const r = spawnCli(["--bogus"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Usage: npm run analyze");
  });
});
