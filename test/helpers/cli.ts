/**
 * Test helpers for the command line: run `runCli` in-process with captured output, and make a
 * throwaway folder of CSV files.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/run.js";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** `npm run analyze -- …argv`, in this process: exit code, stdout and stderr as strings. */
export function cli(argv: string[], env: Record<string, string | undefined> = {}): CliRun {
  let out = "";
  let err = "";
  const code = runCli(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), env });
  return { code, out, err };
}

/** A fresh temporary folder holding `files` (name → text). */
export function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "coalition-cli-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** A small coalition workbook: 2 people, 1 organization, 2 ties of which one is rejected (strength 9). */
export const WORKBOOK: Readonly<Record<string, string>> = {
  "people.csv": "id,name,organization\np1,Ana,Hope House\np2,Ben,\n",
  "organizations.csv": "id,name\no1,Hope House\n",
  "connections.csv": "from,to,type,strength\np1,p2,knows,3\np1,p2,knows,9\n",
  "notes.txt": "not a csv, ignored",
};
