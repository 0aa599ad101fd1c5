/**
 * Output folders (--redact DIR, --neo4j DIR) the system refuses: said in words, never a hang
 * (Node's recursive mkdir never returned for /proc/x) nor a stack trace.
 */
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, folder, WORKBOOK } from "../helpers/cli.js";

describe("--redact / --neo4j into a folder that cannot be made", () => {
  it.runIf(existsSync("/proc/self"))("under /proc: exit 1 with one sentence (before: the run never ended)", () => {
    const input = folder(WORKBOOK);
    for (const flag of ["--redact", "--neo4j"]) {
      const run = cli([input, "--quiet", flag, "/proc/coalition-map-test"]);
      expect(run.code, flag).toBe(1);
      expect(run.err).toBe('Error: could not use "/proc/coalition-map-test": there is no such file or folder (ENOENT).\n');
    }
  });

  it("under a file: 'a part of the path is a file'; missing folders above a new one are made", () => {
    const input = folder(WORKBOOK);
    const out = folder({});
    writeFileSync(join(out, "plain"), "x");
    const run = cli([input, "--quiet", "--redact", join(out, "plain", "copy")]);
    expect(run.code).toBe(1);
    expect(run.err).toBe(`Error: could not use "${join(out, "plain")}": a part of the path is a file, not a folder (ENOTDIR).\n`);
    expect(cli([input, "--quiet", "--neo4j", join(out, "a", "b", "neo")]).code).toBe(0);
    expect(readdirSync(join(out, "a", "b", "neo")).sort()).toEqual(["README.txt", "analyze.cypher", "nodes.csv", "ties.csv"]);
  });
});
