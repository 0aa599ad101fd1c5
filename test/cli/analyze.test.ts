/**
 * The command line, in-process (`runCli`): arguments, outputs, files written, and the exit codes
 * 0 (ok), 1 (the input could not be read: one line, no stack trace) and 2 (a usage mistake).
 * Inputs are tiny workbooks whose counts are known by construction. A few spawned runs of the
 * real entry point live in spawn.test.ts.
 */
import { chmodSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCliArgs, UsageError, USAGE } from "../../src/cli/args.js";
import { cli, folder, WORKBOOK } from "../helpers/cli.js";

describe("parseCliArgs", () => {
  it("parses inputs, role flags, --json, --out, repeatable --ask, --outreach and --resolution", () => {
    const o = parseCliArgs(["data", "--json", "--out", "r.json", "--people", "a.csv", "--edges", "e.csv", "--ask", "Mayor Lee", "--ask", "Chief", "--outreach", "plan.md", "--resolution", "1.5"]);
    expect(o).toEqual({
      inputs: ["data"],
      roleFiles: [{ path: "a.csv", role: "people" }, { path: "e.csv", role: "edges" }],
      json: true,
      out: "r.json",
      asks: ["Mayor Lee", "Chief"],
      outreach: "plan.md",
      resolution: 1.5,
      help: false,
      unweighted: false,
      directed: false,
      quiet: false,
    });
  });
  it("unknown options, missing values, a bad resolution and no input are usage errors", () => {
    expect(() => parseCliArgs(["data", "--frobnicate"])).toThrow(UsageError);
    expect(() => parseCliArgs(["data", "--frobnicate"])).toThrow("There is no option --frobnicate; the options are listed below.");
    expect(() => parseCliArgs(["data", "--out"])).toThrow("--out needs a value (e.g. --out FILE).");
    expect(() => parseCliArgs(["data", "--json=yes"])).toThrow("--json takes no value.");
    expect(() => parseCliArgs(["data", "--resolution", "0"])).toThrow('--resolution must be a positive number, not "0".');
    expect(() => parseCliArgs([])).toThrow(UsageError);
  });
});

describe("runCli: output", () => {
  it("a folder: reads its .csv files; text summary on stdout", () => {
    const { code, out, err } = cli([folder(WORKBOOK)]);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toContain("# Coalition Map — report");
    expect(out).toContain("## Network summary");
    expect(out).toContain('connections.csv:3:4 (column "strength"): strength "9" is outside 1–5; row skipped.');
  });

  it("--json prints only JSON on stdout, messages on stderr", () => {
    const { code, out, err } = cli([folder(WORKBOOK), "--json"]);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.summary).toMatchObject({ nodes: 3, people: 2, organizations: 1 });
    // 2 people + 1 organization + 2 connections read; the strength-9 tie is rejected.
    expect(doc.import).toMatchObject({ rowsRead: 5, imported: 4, rejected: 1 });
    expect(err).toBe('1 rows were rejected; see "import.rejections" in the JSON.\n');
  });

  it("--out writes the output to the file and nothing to stdout; stderr says what was written", () => {
    const dir = folder(WORKBOOK);
    const target = join(dir, "report.json");
    const { code, out, err } = cli([dir, "--json", "--out", target]);
    expect(code).toBe(0);
    expect(out).toBe("");
    // Ana's tie to Ben and her membership of Hope House.
    expect(JSON.parse(readFileSync(target, "utf8")).summary.edges).toBe(2);
    expect(err).toBe(`Wrote ${target}: 3 nodes, 2 ties; 5 rows read, 1 rejected, 0 warnings.\n`);
  });

  it("--outreach writes the plan as CSV besides the report", () => {
    const dir = folder({ ...WORKBOOK, "people.csv": "id,name,organization,status\np1,Ana,Hope House,core\np2,Ben,,prospect\n" });
    const plan = join(dir, "plan.csv");
    const { code, err } = cli([dir, "--outreach", plan]);
    expect(code).toBe(0);
    expect(err).toMatch(/^Wrote the outreach plan \(\d+ targets?\) to .*plan\.csv\.\n$/);
    const csv = readFileSync(plan, "utf8");
    expect(csv.split("\n")[0]).toContain("target,decision maker,asker");
    expect(csv).toContain("Ben");
  });

  it("an --ask target that does not exist is a note on stderr, not a failure", () => {
    const { code, err } = cli([folder(WORKBOOK), "--json", "--ask", "Nobody At All"]);
    expect(code).toBe(0);
    expect(err).toMatch(/^Note: .*Nobody At All/m);
  });

  it("role flags override name detection", () => {
    const dir = folder({ "a.csv": "name\nAna\nBen\n", "b.csv": "x,y\nAna,Ben\n" });
    const { code, out, err } = cli(["--people", join(dir, "a.csv"), "--connections", join(dir, "b.csv"), "--json"]);
    // b.csv has no from/to columns: the connections role demands them.
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toMatch(/^Error: b\.csv \(the connections file\) has no "from"/);
    const ok = folder({ "a.csv": "name\nAna\nBen\n", "b.csv": "from,to\nAna,Ben\n" });
    const r = cli(["--people", join(ok, "a.csv"), join(ok, "b.csv"), "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).summary).toMatchObject({ nodes: 2, edges: 1 });
  });
});

describe("runCli: exit codes and messages", () => {
  it("--help prints the usage on stdout, exit 0", () => {
    expect(cli(["--help"])).toEqual({ code: 0, out: USAGE, err: "" });
  });

  it("a usage mistake: exit 2, the problem then the usage, on stderr", () => {
    const r = cli(["data", "--bogus"]);
    expect(r).toEqual({ code: 2, out: "", err: `There is no option --bogus; the options are listed below.\n\n${USAGE}` });
    expect(cli([]).code).toBe(2);
  });

  it("a missing path is a fatal input error (exit 1, one line, no stack)", () => {
    const { code, err } = cli(["/nonexistent/coalition"]);
    expect(code).toBe(1);
    expect(err).toBe('Error: There is no file or folder named "/nonexistent/coalition".\n');
  });

  it("a folder without CSV files, and a missing role file, are fatal input errors", () => {
    const empty = folder({ "notes.txt": "hello" });
    expect(cli([empty])).toEqual({ code: 1, out: "", err: `Error: The folder "${empty}" holds no .csv files.\n` });
    expect(cli(["--people", join(empty, "nope.csv")]).err).toBe(`Error: There is no file named "${join(empty, "nope.csv")}".\n`);
  });

  it("a file that cannot be written is one plain sentence with the path and the system's code", () => {
    const dir = folder(WORKBOOK);
    const target = join(dir, "missing-folder", "report.md");
    const { code, out, err } = cli([dir, "--out", target]);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toBe(`Error: could not use "${target}": there is no such file or folder (ENOENT).\n`);
  });

  it("a folder given as --out is refused the same way (no stack trace)", () => {
    const dir = folder(WORKBOOK);
    const sub = join(dir, "sub");
    mkdirSync(sub);
    chmodSync(sub, 0o755);
    const { code, err } = cli([dir, "--out", sub]);
    expect(code).toBe(1);
    expect(err).toMatch(/^Error: could not use ".*sub": [a-z ,]+ \(E[A-Z]+\)\.\n$/);
  });

  it("a file whose role cannot be told: says how to name it, and which flag gives its role", () => {
    const dir = folder({ "export.csv": "Full name,Agency,Email\nAna,Hope,a@example.org\n" });
    const { code, err } = cli([dir]);
    expect(code).toBe(1);
    expect(err).toMatch(/can't tell what export\.csv holds/);
    expect(err).toContain("On the command line: --people/--orgs/--connections/--needs/--nodes/--edges/--activity FILE.");
    expect(err.split("\n").filter(Boolean)).toHaveLength(1);
    const ok = cli(["--people", join(dir, "export.csv"), "--json"]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).summary.people).toBe(1);
  });
});
