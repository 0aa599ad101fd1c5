/**
 * The command line against a user's slips (branch `audit`): an output named like an input file,
 * or an output folder that is the input folder, replaced the organizer's spreadsheets silently.
 */
import { readFileSync, readdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, folder } from "../helpers/cli.js";

const PEOPLE = "id,name\np1,Ana\np2,Ben\n";
const TIES = "from,to\np1,p2\n";

describe("runCli: outputs never written over the inputs", () => {
  it("--out, --outreach, --gexf, --rotation, --share, --brief naming an input file: exit 2, one sentence, the file untouched", () => {
    const dir = folder({ "people.csv": PEOPLE, "connections.csv": TIES });
    const people = join(dir, "people.csv");
    for (const flag of ["--out", "--outreach", "--gexf", "--rotation", "--share", "--brief"]) {
      const run = cli([dir, "--quiet", flag, people]);
      expect(run.code, flag).toBe(2);
      expect(run.err).toBe(`${flag} "${people}" is one of your input files: Coalition Map never writes over your spreadsheets. Give another file name.\n`);
      expect(readFileSync(people, "utf8")).toBe(PEOPLE);
    }
    // Named by another path (a relative one through "..", a link) it is still the same file.
    const viaDotDot = join(dir, "..", dir.split(/[\\/]/).pop() ?? "", "connections.csv");
    expect(cli([people, join(dir, "connections.csv"), "--quiet", "--out", viaDotDot]).code).toBe(2);
    symlinkSync(people, join(dir, "link.md"));
    expect(cli([dir, "--quiet", "--out", join(dir, "link.md")]).code).toBe(2);
    expect(readFileSync(people, "utf8")).toBe(PEOPLE);
    expect(readFileSync(join(dir, "connections.csv"), "utf8")).toBe(TIES);
  });

  it("--redact or --neo4j into the input folder: exit 2, nothing written there", () => {
    const dir = folder({ "people.csv": PEOPLE, "connections.csv": TIES });
    for (const flag of ["--redact", "--neo4j"]) {
      const run = cli([dir, "--quiet", flag, dir]);
      expect(run.code, flag).toBe(2);
      expect(run.err).toBe(`${flag} "${dir}" is the folder of your input files: the files written there would replace your spreadsheets. Give a new folder.\n`);
    }
    expect(readdirSync(dir).sort()).toEqual(["connections.csv", "people.csv"]);
    expect(readFileSync(join(dir, "people.csv"), "utf8")).toBe(PEOPLE);
  });

  it("an output beside the inputs under its own name is written as before", () => {
    const dir = folder({ "people.csv": PEOPLE, "connections.csv": TIES });
    const run = cli([dir, "--quiet", "--out", join(dir, "report.md")]);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, "report.md"), "utf8")).toMatch(/^# Coalition Map/);
  });
});

describe("runCli: --compare with a date on or after the workbook's latest", () => {
  it("says both sides are the same coalition, first among the findings (before: only '0 members joined, 0 left', against a 'now' earlier than the date given)", () => {
    const dir = folder({ "people.csv": "name,status,joined\nAna,member,2024\nBob,member,2025\n", "connections.csv": "from,to,since\nAna,Bob,2024\n" });
    const run = cli([dir, "--quiet", "--json", "--compare", "2025-06-01"]);
    expect(run.code).toBe(0);
    const findings = (JSON.parse(run.out) as { change: { findings: string[] } }).change.findings;
    expect(findings[0]).toBe("2025-06-01 is not before the latest date this workbook mentions (2025-01-01): nothing in it can have changed since, so both sides are the same coalition. Give an earlier date.");
    const earlier = (JSON.parse(cli([dir, "--quiet", "--json", "--compare", "2024-06-01"]).out) as { change: { findings: string[] } }).change.findings;
    expect(earlier.some((f) => f.includes("is not before the latest date"))).toBe(false);
  });
});
