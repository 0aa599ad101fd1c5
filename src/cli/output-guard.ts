/**
 * Outputs never written over the inputs. `--out people.csv` (a slip of the hand: the folder's file
 * instead of report.md) replaced the organizer's spreadsheet with the report, and `--redact` into
 * the input folder replaced people.csv, organizations.csv… with their redacted copies — silently,
 * with "Wrote …" as the only message. Checked before anything is read or written.
 */
import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { dirname, extname, join, resolve } from "node:path";
import type { CliOptions } from "./args.js";
import { FOLDER_INPUT } from "./folder-inputs.js";
import { keyPathFor } from "./redact-run.js";
import { shareKeyPathFor } from "./share-run.js";

/** The calendar file beside a rotation CSV: the same path with the extension .ics. */
export function calendarPath(csvPath: string): string {
  const ext = extname(csvPath);
  return ext === "" ? `${csvPath}.ics` : `${csvPath.slice(0, -ext.length)}.ics`;
}

/** A path as the file system knows it: its real path when it exists (links followed), else its parent's real path joined with its name. */
function canonical(path: string): string {
  const abs = resolve(path);
  if (existsSync(abs)) {
    try {
      return realpathSync(abs);
    } catch {
      return abs;
    }
  }
  const parent = dirname(abs);
  return parent === abs ? abs : join(canonical(parent), abs.slice(parent.length).replace(/^[\\/]+/, ""));
}

/** Whether a path is a folder, a file, or neither (missing, a broken link, no permission: then the run itself says so). */
function kindOf(path: string): "folder" | "file" | undefined {
  try {
    const st = statSync(path);
    return st.isDirectory() ? "folder" : st.isFile() ? "file" : undefined;
  } catch {
    return undefined;
  }
}

/** Every input file: the .csv files of the folders given, the files given (with or without a role), and the earlier round's. */
function inputFiles(opts: CliOptions): Set<string> {
  const paths = [...opts.inputs, ...opts.roleFiles.map((f) => f.path), ...(opts.compare ?? [])];
  const out = new Set<string>();
  for (const p of paths) {
    const kind = kindOf(p);
    if (kind === "folder") {
      // As collectFiles reads them: files only (a folder named x.csv is not an input).
      let names: string[] = [];
      try {
        names = readdirSync(p);
      } catch {
        continue;
      }
      for (const f of names) if (FOLDER_INPUT.test(f) && kindOf(join(p, f)) === "file") out.add(canonical(join(p, f)));
    } else if (kind === "file") out.add(canonical(p));
  }
  return out;
}

/** The files the options would write, each with the option that names it. */
function outputFiles(opts: CliOptions): { flag: string; path: string }[] {
  const out: { flag: string; path: string }[] = [];
  const file = (flag: string, path: string | undefined) => {
    if (path !== undefined) out.push({ flag, path });
  };
  file("--out", opts.out);
  file("--outreach", opts.outreach);
  file("--gexf", opts.gexf);
  file("--rotation", opts.rotation);
  if (opts.rotation !== undefined) file("--rotation (its calendar)", calendarPath(opts.rotation));
  file("--share", opts.share);
  if (opts.share !== undefined && opts.shareWithNames !== true) file("--share (its key)", shareKeyPathFor(opts.share));
  file("--brief", opts.brief);
  if (opts.redact !== undefined) file("--redact (its key)", keyPathFor(opts.redact));
  return out;
}

/** The folders the options would fill with files of their own (people.csv, report.md, …), each with its option. */
function outputFolders(opts: CliOptions): { flag: string; path: string }[] {
  const out: { flag: string; path: string }[] = [];
  if (opts.redact !== undefined) out.push({ flag: "--redact", path: opts.redact });
  if (opts.neo4j !== undefined) out.push({ flag: "--neo4j", path: opts.neo4j });
  return out;
}

/**
 * The problem in words when an output would be written over an input file, or into a folder that
 * holds input files (where its own people.csv, connections.csv… would replace them); undefined when none.
 */
export function outputOverInput(opts: CliOptions): string | undefined {
  const inputs = inputFiles(opts);
  if (inputs.size === 0) return undefined;
  for (const { flag, path } of outputFiles(opts)) {
    if (inputs.has(canonical(path))) return `${flag} "${path}" is one of your input files: Coalition Map never writes over your spreadsheets. Give another file name.`;
  }
  for (const { flag, path } of outputFolders(opts)) {
    const dir = canonical(path);
    for (const input of inputs) {
      if (dirname(input) === dir) return `${flag} "${path}" is the folder of your input files: the files written there would replace your spreadsheets. Give a new folder.`;
    }
  }
  return undefined;
}
