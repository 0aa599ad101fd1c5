/**
 * `--compare OLD`: the two rounds of a comparison, analysed with the same options and seed, and
 * the change between them (src/graph/compare.ts). OLD is the earlier workbook (folders or files),
 * or a date: then the one workbook is taken as it was on that date and as it stands now
 * (src/graph/compare-snapshot.ts). The later round's report is the run's report.
 */
import { existsSync, realpathSync } from "node:fs";
import { resolve } from "node:path";
import { analyzeCoalition, type AnalyzeOptions, type FullReport } from "../graph/analyze.js";
import { compareRounds, type CoalitionChange } from "../graph/compare.js";
import { coalitionAsOf, coalitionNow, hasTimeline, joinedLaterFinding, latestDate } from "../graph/compare-snapshot.js";
import { earlierRoundFinding } from "../graph/compare-earlier.js";
import type { ImportReport } from "../graph/import-report.js";
import { analysisById } from "../graph/registry.js";
import type { CoalitionGraph } from "../graph/types.js";
import { dateKey } from "../graph/utils/date-key.js";
import { ImportError, normalizeName, undatedTiesFinding } from "../import/index.js";
import type { CliOptions } from "./args.js";
import type { StageProgress } from "./progress.js";

export interface CompareResult {
  graph: CoalitionGraph;
  importReport: ImportReport;
  report: FullReport;
  change: CoalitionChange;
}

/** Whether `--compare` names a date (and no file or folder of that name exists). */
export function compareDate(values: readonly string[]): string | undefined {
  const only = values.length === 1 ? values[0] : undefined;
  if (only === undefined || existsSync(only)) return undefined;
  return dateKey(only) !== undefined ? only : undefined;
}

type Import = (o: CliOptions, what: string) => { graph: CoalitionGraph; importReport: ImportReport };

/** Analyse both rounds and compare them; `importFiles` reads a set of inputs as the CLI does. */
export function compareAnalysis(opts: CliOptions, compare: readonly string[], progress: StageProgress, options: AnalyzeOptions, importFiles: Import): CompareResult {
  const run = (graph: CoalitionGraph, importReport: ImportReport, round: string) =>
    analyzeCoalition(graph, importReport, { ...options, onProgress: (stage, done, total) => progress.stage(`${round}: ${analysisById(stage).progress}`, { done, total }) });
  const date = compareDate(compare);
  if (date !== undefined) {
    const { graph: whole, importReport } = importFiles(opts, "Reading and importing files…");
    if (!hasTimeline(whole))
      throw new ImportError(`--compare ${date}: this workbook has no dates to go back in time with (a "since" or "until" column for ties, "joined" or "left" for members). Give the earlier workbook instead (its folder or files).`);
    const now = latestDate(whole) ?? date;
    const before = coalitionAsOf(whole, date);
    const after = coalitionNow(whole);
    const beforeReport = run(before, importReport, `As of ${date}`);
    const report = run(after, importReport, "Now");
    progress.stage("Comparing the rounds…");
    const change = compareRounds(
      { graph: before, report: beforeReport, label: `as of ${date}` },
      { graph: after, report, label: `now (${now})` },
      { nameKey: normalizeName, basis: { kind: "dates", asOf: date, now } },
    );
    const undated = undatedTiesFinding(whole);
    const joinedLater = joinedLaterFinding(before, after, date);
    // A date on or after the workbook's last one: both sides are the same coalition, which "0 joined, 0 left" alone does not say.
    const noChange = dateKey(date) !== undefined && (dateKey(date) ?? "") >= now ? `${date} is not before the latest date this workbook mentions (${now}): nothing in it can have changed since, so both sides are the same coalition. Give an earlier date.` : undefined;
    const caveats = [joinedLater, undated].filter((x): x is string => x !== undefined);
    if (noChange === undefined && caveats.length === 0) return { graph: after, importReport, report, change };
    const findings = [...(noChange === undefined ? [] : [noChange]), ...change.findings, ...caveats];
    return { graph: after, importReport, report, change: { ...change, findings } };
  }
  const missing = compare.find((p) => !existsSync(p));
  if (missing !== undefined)
    throw new ImportError(`--compare "${missing}": there is no file or folder of that name, and it is not a date Coalition Map reads (write 2024, 2024-03 or 2024-03-15).`, missing);
  const older = importFiles({ ...opts, inputs: [...compare], roleFiles: [] }, "Reading the earlier round…");
  const newer = importFiles(opts, "Reading and importing files…");
  const before = coalitionNow(older.graph);
  const after = coalitionNow(newer.graph);
  const beforeReport = run(before, older.importReport, "Earlier round");
  const report = run(after, newer.importReport, "This round");
  progress.stage("Comparing the rounds…");
  const change = compareRounds(
    { graph: before, report: beforeReport, label: compare.join(", ") },
    { graph: after, report, label: opts.inputs.concat(opts.roleFiles.map((f) => f.path)).join(", ") },
    { nameKey: normalizeName, basis: { kind: "workbooks" } },
  );
  // The same folder or files on both sides (a slip when picking last year's copy): "0 joined, 0 left" alone does not say why.
  const same = sameFiles(compare, opts.inputs.concat(opts.roleFiles.map((f) => f.path)))
    ? `The earlier round is the same ${compare.length === 1 ? "folder or file" : "files"} as this round (${compare.join(", ")}): nothing can have changed. Give the folder of the earlier round's copy.`
    : undefined;
  const earlier = earlierRoundFinding(older.importReport, compare);
  const first = [...(same === undefined ? [] : [same]), ...(earlier === undefined ? [] : [earlier])];
  return { graph: after, importReport: newer.importReport, report, change: first.length === 0 ? change : { ...change, findings: [...first, ...change.findings] } };
}

/** Whether two lists of paths name the same files and folders (links and relative paths followed). */
function sameFiles(a: readonly string[], b: readonly string[]): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const sa = new Set(a.map(real));
  const sb = new Set(b.map(real));
  return sa.size === sb.size && [...sa].every((p) => sb.has(p));
}

/** What the earlier round's import rejected or warned about (src/graph/compare-earlier.ts, shared with the map). */
export { earlierRoundFinding };
