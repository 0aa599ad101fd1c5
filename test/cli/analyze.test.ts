import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCliArgs, UsageError } from "../../src/cli/args.js";
import { main } from "../../src/cli/analyze.js";

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "coalition-cli-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const WORKBOOK = {
  "people.csv": "id,name,organization\np1,Ana,Hope House\np2,Ben,\n",
  "organizations.csv": "id,name\no1,Hope House\n",
  "connections.csv": "from,to,type,strength\np1,p2,knows,3\np1,p2,knows,9\n",
  "notes.txt": "not a csv, ignored",
};

function run(argv: string[]) {
  let out = "";
  let err = "";
  const code = main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

describe("parseCliArgs", () => {
  it("parses inputs, role flags, --json, --out, repeatable --ask and --outreach", () => {
    const o = parseCliArgs(["data", "--json", "--out", "r.json", "--people", "a.csv", "--edges", "e.csv", "--ask", "Mayor Lee", "--ask", "Chief", "--outreach", "plan.md"]);
    expect(o).toEqual({
      inputs: ["data"],
      roleFiles: [{ path: "a.csv", role: "people" }, { path: "e.csv", role: "edges" }],
      json: true,
      out: "r.json",
      asks: ["Mayor Lee", "Chief"],
      outreach: "plan.md",
      help: false,
    });
  });
  it("unknown options and no input are usage errors", () => {
    expect(() => parseCliArgs(["data", "--frobnicate"])).toThrow(UsageError);
    expect(() => parseCliArgs(["data", "--frobnicate"])).toThrow("There is no option --frobnicate; the options are listed below.");
    expect(() => parseCliArgs(["data", "--out"])).toThrow("--out needs a value (e.g. --out FILE).");
    expect(() => parseCliArgs([])).toThrow(UsageError);
  });
});

describe("analyze (in process)", () => {
  it("a folder: reads its .csv files; text summary on stdout", () => {
    const { code, out } = run([folder(WORKBOOK)]);
    expect(code).toBe(0);
    expect(out).toContain("# Coalition Map — report");
    expect(out).toContain("## Network summary");
    expect(out).toContain('connections.csv:3:4 (column "strength"): strength "9" is outside 1–5; row skipped.');
  });

  it("--json prints only JSON on stdout, messages on stderr", () => {
    const { code, out, err } = run([folder(WORKBOOK), "--json"]);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.summary).toMatchObject({ nodes: 3, people: 2, organizations: 1 });
    expect(doc.import).toMatchObject({ rowsRead: 5, imported: 4, rejected: 1 });
    expect(err).toMatch(/1 rows were rejected/);
  });

  it("--out writes the output to the file and nothing to stdout", () => {
    const dir = folder(WORKBOOK);
    const target = join(dir, "report.json");
    const { code, out } = run([dir, "--json", "--out", target]);
    expect(code).toBe(0);
    expect(out).toBe("");
    expect(JSON.parse(readFileSync(target, "utf8")).summary.edges).toBe(2);
  });

  it("role flags override name detection", () => {
    const dir = folder({ "a.csv": "name\nAna\nBen\n", "b.csv": "x,y\nAna,Ben\n" });
    const { code, out, err } = run(["--people", join(dir, "a.csv"), "--connections", join(dir, "b.csv"), "--json"]);
    // b.csv has no from/to columns: the connections role demands them.
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toMatch(/^Error: b\.csv \(the connections file\) has no "from"/);
    const ok = folder({ "a.csv": "name\nAna\nBen\n", "b.csv": "from,to\nAna,Ben\n" });
    const r = run(["--people", join(ok, "a.csv"), join(ok, "b.csv"), "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).summary).toMatchObject({ nodes: 2, edges: 1 });
  });

  it("a missing path is a fatal input error (exit 1, one line, no stack)", () => {
    const { code, err } = run(["/nonexistent/coalition"]);
    expect(code).toBe(1);
    expect(err).toBe('Error: There is no file or folder named "/nonexistent/coalition".\n');
  });
});

describe("analyze (spawned, exit codes)", () => {
  const cli = (args: string[]) => spawnSync("npx", ["tsx", "src/cli/analyze.ts", ...args], { encoding: "utf8", cwd: process.cwd() });

  it("0 on success with only JSON on stdout", () => {
    const r = cli([folder(WORKBOOK), "--json"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).summary.nodes).toBe(3);
  });

  it("1 on a fatal input error: one clear message, no stack trace", () => {
    const r = cli([folder({ "people.csv": "id,organization\np1,Hope\n" })]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim()).toBe('Error: people.csv (the people file) has no "name" or "label" column. Its columns are: "id", "organization".');
  });

  it("2 on a usage error", () => {
    const r = cli(["--bogus"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Usage: npm run analyze");
  });
});

describe("a file whose role cannot be told", () => {
  it("says how to name it, and on the command line which flag gives its role", () => {
    const dir = folder({ "export.csv": "Full name,Agency,Email\nAna,Hope,a@example.org\n" });
    const { code, err } = run([dir]);
    expect(code).toBe(1);
    expect(err).toMatch(/can't tell what export\.csv holds/);
    expect(err).toContain("On the command line: --people/--orgs/--connections/--needs/--nodes/--edges FILE.");
    const ok = run(["--people", join(dir, "export.csv"), "--json"]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).summary.people).toBe(1);
  });
});
