/**
 * The command line on hostile input (branch `attack`): what it prints can never act on the
 * terminal, and a file given twice is read once.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, folder } from "../helpers/cli.js";

const ACTING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe("runCli: hostile names", () => {
  it("the Markdown report and the ask note show a name's escape sequence escaped", () => {
    const dir = folder({
      "people.csv": 'id,name,status\np1,"Ana\u001b[31m Ruiz",core\np2,Ben,member\np3,Anabel,member\n',
      "connections.csv": "from,to\np1,p2\n",
    });
    const run = cli([dir, "--ask", "An", "--quiet"]);
    expect(run.code).toBe(0);
    expect(run.err).toContain("Did you mean: Ana\\u001b[31m Ruiz, Anabel?");
    expect(run.err).not.toMatch(ACTING);
    expect(run.out).toContain("Ana\\u001b\\[31m Ruiz"); // and its [ escaped for a Markdown viewer
    expect(run.out).not.toMatch(ACTING);
  });
});

describe("runCli: the same file given twice", () => {
  it("is read once, whether named twice or given with its folder", () => {
    const dir = folder({ "people.csv": "id,name\np1,Ana\np2,Ben\n", "connections.csv": "from,to\np1,p2\n" });
    for (const argv of [[`${dir}/people.csv`, `${dir}/people.csv`, `${dir}/connections.csv`], [dir, `${dir}/people.csv`], [dir, dir]]) {
      const run = cli([...argv, "--json", "--quiet"]);
      expect(run.code).toBe(0);
      const imp = (JSON.parse(run.out) as { import: { files: { file: string }[]; merged: number; rowsRead: number } }).import;
      expect(imp.files.map((f) => f.file).sort()).toEqual(["connections.csv", "people.csv"]);
      expect(imp.merged).toBe(0);
      expect(imp.rowsRead).toBe(3);
    }
  });
});

describe("runCli: file-system problems in words", () => {
  it("a folder named like a CSV inside the input folder is skipped; an output that cannot be written is said in words", () => {
    const dir = folder({ "people.csv": "id,name\np1,Ana\np2,Ben\n", "connections.csv": "from,to\np1,p2\n" });
    mkdirSync(join(dir, "old.csv"));
    const run = cli([dir, "--json", "--quiet"]);
    expect(run.code).toBe(0);
    expect(run.err).toBe("");
    const out = cli([dir, "--quiet", "--out", join(dir, "old.csv")]);
    expect(out.code).toBe(1);
    expect(out.err).toBe(`Error: could not use "${join(dir, "old.csv")}": it is a folder, not a file (EISDIR).\n`);
    const missing = cli([dir, "--quiet", "--outreach", join(dir, "no-such-folder", "plan.csv")]);
    expect(missing.err).toContain(": there is no such file or folder (ENOENT).");
  });
});

describe("runCli: --ask NAME when several people have that name", () => {
  // The ask went to the first "Maria Lopez" (people first, then the smallest id) and nothing said
  // that two others have the same name: the organizer asking about the prospect got someone else's asks.
  it("says which one the ask is for, and how to choose another", () => {
    const dir = folder({
      "people.csv": "id,name,status\np1,Maria Lopez,member\np2,Maria Lopez,prospect\np3,Ben,core\n",
      "organizations.csv": "id,name\no1,maria lopez\n",
      "connections.csv": "from,to\np3,p1\np3,p2\np3,o1\n",
    });
    const run = cli([dir, "--ask", "Maria Lopez", "--quiet"]);
    expect(run.code).toBe(0);
    expect(run.err).toContain('Note: 3 people and organizations are named "Maria Lopez" (p1, p2, o1); the ask is for p1 (people.csv line 2). Give the id (--ask p2) to ask about another.');
    const once = cli([dir, "--ask", "Ben", "--ask", "p2", "--quiet"]);
    expect(once.err).not.toMatch(/are named/);
  });
});
