/**
 * Coalition Map's own outputs written into the folder of the spreadsheets (--outreach, --rotation,
 * the key beside a --redact copy, the --neo4j files): the next run recognises them by their header
 * and skips them with a warning naming the file — never read as people or ties, never a run that
 * stops on "the people file has no name column".
 */
import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importCoalition } from "../../src/import/index.js";
import { cli } from "../helpers/cli.js";

const SAMPLE = "examples/sample-coalition";

interface Report {
  summary: { nodes: number; edges: number };
  import: { rowsRead: number; files: { file: string }[]; warnings: { file: string; message: string }[] };
}

describe("outputs written into the input folder", () => {
  it("are skipped on the next run, each with a warning, and the network is the same", () => {
    const dir = mkdtempSync(join(tmpdir(), "coalition-own-"));
    cpSync(SAMPLE, dir, { recursive: true });
    const before = JSON.parse(cli([dir, "--quiet", "--json"]).out) as Report;
    // Named so that their names alone would make them a people file, an activity log, a people file.
    const write = cli([dir, "--quiet", "--outreach", join(dir, "people-to-ask.csv"), "--rotation", join(dir, "activity-rotation.csv"), "--next-meeting", "2026-12-20"]);
    expect(write.code, write.err).toBe(0);
    expect(cli([dir, "--quiet", "--redact", join(dir, "members")]).code).toBe(0);
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(["people-to-ask.csv", "activity-rotation.csv", "members-key.csv", "members"]));

    const run = cli([dir, "--quiet", "--json"]);
    expect(run.code, run.err).toBe(0);
    const after = JSON.parse(run.out) as Report;
    expect(after.summary).toMatchObject({ nodes: before.summary.nodes, edges: before.summary.edges });
    expect(after.import.rowsRead).toBe(before.import.rowsRead);
    expect(after.import.files.map((f) => f.file)).toEqual(before.import.files.map((f) => f.file));
    const skipped = after.import.warnings.filter((w) => w.message.includes("was not read: it is"));
    expect(skipped.map((w) => w.file).sort()).toEqual(["activity-rotation.csv", "members-key.csv", "people-to-ask.csv"]);
    expect(skipped.find((w) => w.file === "people-to-ask.csv")?.message).toMatch(/^people-to-ask\.csv was not read: it is an outreach plan, written by Coalition Map/);
    expect(skipped.find((w) => w.file === "activity-rotation.csv")?.message).toContain("a one-on-one rotation");
    expect(skipped.find((w) => w.file === "members-key.csv")?.message).toContain("the key to the pseudonyms");
  });

  it("a folder of --neo4j files alone: one clear error (exit 1), saying what they are", () => {
    const dir = mkdtempSync(join(tmpdir(), "coalition-own-"));
    expect(cli([SAMPLE, "--quiet", "--neo4j", join(dir, "neo")]).code).toBe(0);
    const run = cli([join(dir, "neo"), "--quiet"]);
    expect(run.code).toBe(1);
    expect(run.err).toContain("are files that Coalition Map wrote (a file for Neo4j, from --neo4j), not your spreadsheets");
  });

  it("a file given a role by the caller is read as that role, whatever its header (not skipped)", () => {
    const enc = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
    const files = [enc("people.csv", "id,name\np1,Ana\np2,Ben\n"), enc("connections.csv", "from,to\np1,p2\n"), enc("rot.csv", "week,date,member,partner,reason\n1,2026-12-07,p1,p2,x\n")];
    expect(() => importCoalition(files, { roles: { "rot.csv": "activity" } })).toThrow(/rot\.csv \(the activity log file\) has no "kind"/);
    const { report } = importCoalition(files);
    expect(report.files.map((f) => f.file)).toEqual(["people.csv", "connections.csv"]);
    expect(report.warnings.map((w) => w.file)).toEqual(["rot.csv"]);
  });
});
