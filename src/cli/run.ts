/**
 * The whole command behind `npm run analyze`, callable in-process: `runCli(argv, io)` returns the
 * exit code (0 ok, 1 the input could not be read — one clear message, no stack trace —, 2 a
 * command-line mistake). Output goes through `io`; files (--out, --outreach) are written with
 * node's fs. `src/cli/analyze.ts` is the thin entry that calls it with the process's streams.
 */
import { FOLDER_INPUT } from "./folder-inputs.js";
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync, writeSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { analyzeCoalition, type AnalyzeOptions, type FullReport } from "../graph/analyze.js";
import type { CoalitionChange } from "../graph/compare.js";
import { changeMarkdown } from "../graph/compare-markdown.js";
import { rotationCalendar, rotationCsv } from "../graph/rotation-export.js";
import { compareAnalysis } from "./compare-run.js";
import { coalitionGexf } from "../graph/exports/gexf.js";
import { neo4jExport } from "../graph/exports/neo4j.js";
import { writeRedactedCopy } from "./redact-run.js";
import { writeBriefFile, writeShareFile } from "./share-run.js";
import { calendarPath, outputOverInput } from "./output-guard.js";
import { makeFolder } from "./make-folder.js";
import { outreachCsv } from "../graph/outreach.js";
import { namedTargets } from "../graph/ask-targets.js";
import { renderFullMarkdown } from "../graph/report-markdown.js";
import { STANDING_DEFAULTS } from "../graph/standing.js";
import { analysisById } from "../graph/registry.js";
import { reportJsonPieces } from "../graph/report.js";
import type { CoalitionGraph } from "../graph/types.js";
import { ImportError, importCoalition, type FileRole, type ImportReport, type InputFile } from "../import/index.js";
import { escapeControls } from "../import/text.js";
import type { MeasureChoices } from "../viz/protocol.js";
import { parseCliArgs, UsageError, USAGE, type CliOptions } from "./args.js";
import { silentProgress, stageProgress, type StageProgress } from "./progress.js";
import { releaseGraph, releaseMemory } from "./memory.js";

/** Where the command writes: the terminal's streams, or strings in a test. */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** The environment (COALITION_DEBUG=1 adds the stack to an unexpected error). */
  env?: Readonly<Record<string, string | undefined>>;
  /** stderr is a terminal: progress is one updating line (else one log line per slow stage). */
  stderrIsTTY?: boolean;
  /** A clock in milliseconds for progress timings. Default: performance.now. */
  now?: () => number;
}

let stdoutIsFile: boolean | undefined;

/**
 * Write to the process's stdout: straight to the file when stdout is one (`> report.json`: no
 * stream, no Buffer made per piece), else through the stream (a terminal, a pipe).
 */
function writeStdout(s: string): void {
  if (stdoutIsFile === undefined) {
    try {
      stdoutIsFile = fstatSync(1).isFile();
    } catch {
      stdoutIsFile = false;
    }
  }
  if (stdoutIsFile) writeSync(1, s);
  else process.stdout.write(s);
}

/** The process's own streams and environment. */
export const processIo: Io = {
  env: process.env,
  stderrIsTTY: process.stderr.isTTY === true,
  now: () => performance.now(),
  stdout: (s) => writeStdout(s),
  stderr: (s) => process.stderr.write(s),
};

/** Spreadsheets saved in another format, in a folder given: not read, but named in a warning. */
const OTHER_SPREADSHEET = /\.(xlsx|xlsm|xls|ods|numbers)$/i;

/** The input files named on the command line: folders give their *.csv and *.tsv files (sorted by name); `notRead`: the spreadsheets beside them in another format. */
export function collectFiles(opts: CliOptions): { files: InputFile[]; roles: Record<string, FileRole>; notRead: string[] } {
  const paths: { path: string; role?: FileRole }[] = [];
  const notRead: string[] = [];
  for (const input of opts.inputs) {
    if (!existsSync(input)) throw new ImportError(`There is no file or folder named "${input}".`, input);
    if (statSync(input).isDirectory()) {
      // Files only: a folder whose name ends in .csv is not a spreadsheet.
      const names = readdirSync(input)
        .filter((f) => statSync(join(input, f)).isFile())
        .sort();
      const csvs = names.filter((f) => FOLDER_INPUT.test(f));
      const others = names.filter((f) => OTHER_SPREADSHEET.test(f) && !f.startsWith("~$"));
      if (csvs.length === 0) {
        const saved = others.length === 0 ? "" : ` It holds ${others.slice(0, 3).map((f) => `"${f}"`).join(", ")}${others.length > 3 ? ` and ${others.length - 3} more` : ""}: open ${others.length === 1 ? "it" : "each"} in your spreadsheet program and save each sheet as CSV.`;
        throw new ImportError(`The folder "${input}" holds no .csv files.${saved}`, input);
      }
      for (const f of csvs) paths.push({ path: join(input, f) });
      for (const f of others) notRead.push(f);
    } else paths.push({ path: input });
  }
  for (const rf of opts.roleFiles) {
    if (!existsSync(rf.path) || statSync(rf.path).isDirectory()) {
      throw new ImportError(`There is no file named "${rf.path}".`, rf.path);
    }
    // A file given with a role replaces the same file found in a folder.
    const i = paths.findIndex((p) => resolve(p.path) === resolve(rf.path));
    if (i >= 0) paths.splice(i, 1);
    paths.push({ path: rf.path, role: rf.role });
  }
  // The same file given twice (a folder and a file in it, or one file named twice) is read once:
  // its second copy would only merge every row into itself.
  const seen = new Set<string>();
  for (let i = 0; i < paths.length; i++) {
    const p = paths[i];
    if (p === undefined) continue;
    const key = `${realpathSync(p.path)}\u0000${p.role ?? ""}`;
    if (seen.has(key)) paths.splice(i--, 1);
    else seen.add(key);
  }
  // Files are named by their base name; the path is used only when two base names collide.
  const counts = new Map<string, number>();
  for (const p of paths) counts.set(basename(p.path), (counts.get(basename(p.path)) ?? 0) + 1);
  const files: InputFile[] = [];
  const roles: Record<string, FileRole> = {};
  for (const p of paths) {
    const name = (counts.get(basename(p.path)) ?? 0) > 1 ? p.path : basename(p.path);
    files.push({ name, bytes: new Uint8Array(readFileSync(p.path)) });
    if (p.role !== undefined) roles[name] = p.role;
  }
  return { files, roles, notRead };
}

export interface AnalysisResult {
  graph: CoalitionGraph;
  importReport: ImportReport;
  report: FullReport;
  /** With --compare: how the coalition changed since the earlier round. */
  change?: CoalitionChange;
}

/** Read the files and import them: the first stage of every run. */
function importFiles(opts: CliOptions, progress: StageProgress, words = "Reading and importing files…"): { graph: CoalitionGraph; importReport: ImportReport } {
  progress.stage(words);
  const { files, roles, notRead } = collectFiles(opts);
  const { graph, report: importReport } = importCoalition(files, { roles, ...(notRead.length > 0 ? { notRead } : {}) });
  return { graph, importReport };
}

/** The analysis options the command line gives (the same for both rounds of a comparison). */
function analyzeOptions(opts: CliOptions): AnalyzeOptions {
  return {
    ...(opts.asks.length > 0 ? { asks: opts.asks } : {}),
    ...(opts.resolution !== undefined ? { resolution: opts.resolution } : {}),
    ...(opts.unweighted ? { weighted: false } : {}),
    ...(opts.directed ? { directed: true } : {}),
    ...(opts.twoMode !== undefined ? { twoMode: opts.twoMode } : {}),
    ...(opts.exact !== undefined ? { exact: opts.exact } : {}),
    ...(opts.weeks !== undefined ? { rotationWeeks: opts.weeks } : {}),
    ...(opts.perWeek !== undefined ? { rotationPerWeek: opts.perWeek } : {}),
    ...(opts.start !== undefined ? { rotationStart: opts.start } : {}),
    ...(opts.nextMeeting !== undefined ? { nextMeeting: opts.nextMeeting } : {}),
  };
}

/**
 * Import and run every analysis (the same function the browser map's worker calls). `extra`: more
 * analysis options, for the benches (e.g. the quick estimate, to time the other stages of a large network).
 */
export function analyze(opts: CliOptions, progress: StageProgress = silentProgress, extra: AnalyzeOptions = {}): AnalysisResult {
  if (opts.compare !== undefined) return compareAnalysis(opts, opts.compare, progress, analyzeOptions(opts), (o, words) => importFiles(o, progress, words));
  const { graph, importReport } = importFiles(opts, progress);
  progress.stage("Preparing the report…");
  const report = analyzeCoalition(graph, importReport, {
    ...analyzeOptions(opts),
    ...extra,
    onProgress: (stage, done, total) => progress.stage(analysisById(stage).progress, { done, total }),
  });
  return { graph, importReport, report };
}

/** Something to write once the work is done (and the progress line erased), in order. */
interface Output {
  /** A stream, or the file `path` (written before anything is shown). */
  to: "stdout" | "stderr" | "file";
  /** The text, or its pieces in order (a large JSON report is never held whole). */
  text: string | Iterable<string>;
  path?: string;
}

/**
 * Text up to this many characters is written in one piece (a small report is one write); beyond
 * it, each piece is written as it comes, so no large string is ever built (large strings are only
 * freed by V8's full collections, which a growing heap postpones).
 */
const ONE_WRITE = 1 << 20;

/** Write text given in pieces: in one write when short, else piece by piece. */
export function writePieces(pieces: Iterable<string>, write: (s: string) => void): void {
  let held: string[] | null = [];
  let length = 0;
  for (const piece of pieces) {
    if (held === null) {
      write(piece);
      continue;
    }
    held.push(piece);
    length += piece.length;
    if (length > ONE_WRITE) {
      for (const p of held) write(p);
      held = null;
    }
  }
  if (held !== null && length > 0) write(held.join(""));
}

/** Write an output to the stream it is meant for. */
function writeOutput(o: Output, io: Io): void {
  if (o.to === "file") {
    const path = o.path ?? "";
    if (typeof o.text === "string") writeFileSync(path, o.text);
    else writeFilePieces(path, o.text);
    return;
  }
  const write = o.to === "stdout" ? io.stdout : io.stderr;
  if (typeof o.text === "string") write(o.text);
  else writePieces(o.text, write);
}

/** Write text given in pieces to a file, without joining it first. */
function writeFilePieces(path: string, pieces: Iterable<string>): void {
  const fd = openSync(path, "w");
  try {
    writePieces(pieces, (s) => void writeSync(fd, s));
  } finally {
    closeSync(fd);
  }
}

export { calendarPath } from "./output-guard.js";

/** The report run: analyse, write the files asked for; what to show, in order. */
function reportRun(opts: CliOptions, progress: StageProgress): Output[] {
  const { report, graph, importReport, change } = analyze(opts, progress);
  progress.stage("Writing the results…");
  const shown: Output[] = [...shareOutputs(opts, graph, importReport, progress), ...briefOutputs(opts, graph, report, progress)];
  const note = (text: string) => shown.push({ to: "stderr", text });
  const text = opts.json ? reportJsonPieces(change === undefined ? report : { ...report, change }) : renderFullMarkdown(report, change === undefined ? {} : { preface: changeMarkdown(change) });
  if (opts.outreach !== undefined) {
    writeFileSync(opts.outreach, outreachCsv(report.outreach, graph));
    note(`Wrote the outreach plan (${report.outreach.length} targets) to ${opts.outreach}.\n`);
  }
  if (opts.gexf !== undefined) {
    writeFileSync(opts.gexf, coalitionGexf(graph, { nodes: new Map(report.nodes.map((n) => [n.id, n])) }));
    note(`Wrote the network for Gephi (${report.summary.nodes} nodes, ${report.summary.edges} ties) to ${opts.gexf}.\n`);
  }
  if (opts.rotation !== undefined) {
    const r = report.rotation;
    const ics = calendarPath(opts.rotation);
    writeFileSync(opts.rotation, rotationCsv(r));
    writeFileSync(ics, rotationCalendar(r));
    const missed = r.unplaced.length > 0 ? ` ${r.unplaced.length} of ${r.members} members could not be placed; the report says why.` : "";
    note(`Wrote the one-on-one rotation (${r.rows.length} one-on-ones over ${r.weeks} weeks from ${r.start}) to ${opts.rotation}, and as a calendar to ${ics}.${missed}\n`);
  }
  const rot = report.rotation;
  if (opts.nextMeeting !== undefined && rot.nextMeeting !== null && rot.nextMeeting < rot.start) {
    note(`Note: the next coalition meeting (--next-meeting ${rot.nextMeeting}) is before the rotation's first week (${rot.start}); check its year.\n`);
  }
  // An option that could not apply to this data: say so rather than ignore it.
  if (opts.twoMode === true && report.summary.twoMode === undefined) {
    note(`Note: --two-mode does not apply here: a name is at both ends of these ties (in both columns of the list, or people tied to people), so the network was measured as one network.\n`);
  }
  if (opts.exact === false && report.summary.standingMethod.kind === "exact") {
    note(
      report.summary.directed
        ? `Note: --estimate does not apply with --directed: directed betweenness and closeness are always exact.\n`
        : `Note: --estimate: every connected part of this network has ${STANDING_DEFAULTS.samples} people or fewer, so betweenness and closeness were computed exactly (searching from everyone costs no more than the estimate).\n`,
    );
  }
  // The note names people from the data ("Did you mean…"): nothing in it may act on the terminal.
  for (const a of report.asks) if ("error" in a) note(`Note: ${escapeControls(a.error)}\n`);
  for (const name of opts.asks) {
    // A name several people share: the ask is for the first (resolveTarget's order); say so.
    const all = graph.hasNode(name) ? [] : namedTargets(graph, name);
    const first = all[0];
    if (first === undefined || all.length < 2) continue;
    const src = graph.getNodeAttribute(first, "source");
    const where = src === undefined ? "" : ` (${src.file} line ${src.line})`;
    const ids = all.length <= 6 ? all.join(", ") : `${all.slice(0, 6).join(", ")}, …`;
    note(`Note: ${escapeControls(`${all.length} people and organizations are named "${name}" (${ids}); the ask is for ${first}${where}. Give the id (--ask ${all[1] ?? ""}) to ask about another.`)}\n`);
  }
  if (opts.out !== undefined) {
    shown.unshift({ to: "file", path: opts.out, text }); // written once the graph is released (runCli)
    const r = report.import;
    note(`Wrote ${opts.out}: ${report.summary.nodes} nodes, ${report.summary.edges} ties; ${r.rowsRead} rows read, ${r.rejected} rejected, ${r.warnings.length} warnings.\n`);
  } else shown.push({ to: "stdout", text });
  if (opts.json && opts.out === undefined && report.import.rejected > 0) {
    note(`${report.import.rejected} rows were rejected; see "import.rejections" in the JSON.\n`);
  }
  return shown;
}

/** How ties count, from the command line (for the read-only map, measured like the report). */
function choicesOf(opts: CliOptions): MeasureChoices {
  return { ...(opts.unweighted ? { weighted: false } : {}), ...(opts.directed ? { directed: true } : {}) };
}

/** `--share FILE` (with or without names): the read-only map; what to tell the user. */
function shareOutputs(opts: CliOptions, graph: CoalitionGraph, importReport: ImportReport, progress: StageProgress, forceRedacted = false): Output[] {
  const out: Output[] = [];
  if (opts.share !== undefined) {
    progress.stage("Writing the read-only map…");
    const files = forceRedacted ? [] : collectFiles(opts).files.map((f) => f.name);
    const text = writeShareFile(graph, importReport, opts.share, {
      redacted: forceRedacted || opts.shareWithNames !== true,
      choices: choicesOf(opts),
      files,
      onBuild: () => progress.stage("Building the read-only map's viewer (once, a few seconds)…"),
    });
    out.push({ to: "stderr", text });
  }
  return out;
}

/** `--brief FILE`: the one-page brief (named, or redacted); what to tell the user. */
function briefOutputs(opts: CliOptions, graph: CoalitionGraph, report: FullReport | null, progress: StageProgress, forceRedacted = false): Output[] {
  if (opts.brief === undefined) return [];
  progress.stage("Writing the brief…");
  const inputs = [...opts.inputs, ...opts.roleFiles.map((f) => f.path)].map((p) => basename(p.replace(/[\\/]+$/, "")));
  const text = writeBriefFile(graph, report, opts.brief, { redacted: forceRedacted || opts.briefRedacted === true, choices: choicesOf(opts), title: inputs.length > 3 ? `${inputs.length} files` : inputs.join(", ") });
  return [{ to: "stderr", text }];
}

/** `--neo4j DIR`: import, then write the Neo4j files (no analysis: Neo4j does it). */
function neo4jRun(opts: CliOptions, dir: string, progress: StageProgress): Output[] {
  const { graph, importReport } = importFiles(opts, progress);
  progress.stage("Writing the files for Neo4j…");
  const { files, generatedKeys } = neo4jExport(graph, opts.unweighted ? { weighted: false } : {});
  makeFolder(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const notes = [`Wrote the network for Neo4j (${graph.order} nodes, ${graph.size} ties) to ${dir}: ${Object.keys(files).join(", ")}. The two commands to run are in ${join(dir, "README.txt")}.\n`];
  if (generatedKeys) notes.push("Note: some ids would read as spreadsheet formulas, so the nodes are keyed n1, n2, … for the import; each keeps its id in the \"id\" property.\n");
  if (importReport.rejected > 0) notes.push(`${importReport.rejected} rows were rejected; run without --neo4j to see which and why.\n`);
  return notes.map((text) => ({ to: "stderr", text }));
}

/** `--redact DIR`: import, then write the redacted copy and its report (redact-run.ts). */
function redactRun(opts: CliOptions, dir: string, progress: StageProgress): Output[] {
  const { graph, importReport } = importFiles(opts, progress);
  const shared = [...shareOutputs(opts, graph, importReport, progress, true), ...briefOutputs(opts, graph, null, progress, true)];
  progress.stage("Writing the redacted copy…");
  const text = writeRedactedCopy(graph, dir, {
    ...(opts.resolution !== undefined ? { resolution: opts.resolution } : {}),
    ...(opts.unweighted ? { weighted: false } : {}),
    ...(opts.directed ? { directed: true } : {}),
    ...(opts.twoMode !== undefined ? { twoMode: opts.twoMode } : {}),
    ...(opts.exact !== undefined ? { exact: opts.exact } : {}),
  });
  return [...shared, { to: "stderr", text }];
}

/** The same progress, with what the last stage left behind freed at each stage boundary when it is a lot (memory.ts). */
export function releasingBetweenStages(progress: StageProgress): StageProgress {
  return {
    stage: (words, step) => {
      releaseMemory();
      progress.stage(words, step);
    },
    end: () => progress.end(),
    stop: () => progress.stop(),
  };
}

/** File-system error codes in words (the code itself follows, for whoever helps). */
const FILE_PROBLEMS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  ENOENT: "there is no such file or folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a folder, not a file",
  EEXIST: "something with that name is already there",
  ENOTDIR: "a part of the path is a file, not a folder",
  ENOSPC: "the disk is full",
  EROFS: "the disk is read-only",
  EMFILE: "too many files are open",
  EBUSY: "the file is in use by another program",
});

/** Run the command with `argv` (the arguments after the script name); returns the exit code. */
export function runCli(argv: string[], io: Io = processIo): number {
  let opts: CliOptions;
  try {
    opts = parseCliArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (opts.help) {
    io.stdout(USAGE);
    return 0;
  }
  const overInput = outputOverInput(opts);
  if (overInput !== undefined) {
    io.stderr(`${escapeControls(overInput)}\n`);
    return 2;
  }
  const progress = releasingBetweenStages(stageProgress({ write: io.stderr, isTTY: io.stderrIsTTY === true, now: io.now ?? (() => performance.now()), quiet: opts.quiet }));
  try {
    const shown = opts.neo4j !== undefined ? neo4jRun(opts, opts.neo4j, progress) : opts.redact !== undefined ? redactRun(opts, opts.redact, progress) : reportRun(opts, progress);
    releaseGraph(); // the graph and its views are no longer needed: only the report is written
    for (const o of shown) if (o.to === "file") writeOutput(o, io);
    progress.end();
    for (const o of shown) if (o.to !== "file") writeOutput(o, io);
    return 0;
  } catch (e) {
    progress.stop();
    if (e instanceof ImportError) {
      // The importer's "can't tell what FILE holds" says "say which it is": here, with a flag.
      const hint = /can't tell what .* holds/.test(e.message) ? " On the command line: --people/--orgs/--connections/--needs/--nodes/--edges/--activity FILE." : "";
      io.stderr(`Error: ${e.message}${hint}\n`);
      return 1;
    }
    const err = e as NodeJS.ErrnoException;
    if (typeof err?.code === "string" && typeof err.path === "string") {
      // File-system problems (no permission, cannot write --out …): a plain sentence.
      io.stderr(`Error: could not use "${err.path}": ${FILE_PROBLEMS[err.code] ?? "the system refused"} (${err.code}).\n`);
      return 1;
    }
    io.stderr(`Error: Coalition Map hit an unexpected problem: ${e instanceof Error ? e.message : String(e)}\n`);
    if (io.env?.["COALITION_DEBUG"] && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    return 1;
  }
}

