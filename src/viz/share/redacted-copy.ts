/**
 * A redacted copy of a coalition as files, the same wherever it is made — `--redact DIR` on the
 * command line, "Redacted copy" in the map's Export menu (run in the share worker), and the data
 * of a redacted read-only map: the graph with pseudonyms (src/graph/redact.ts), its workbook as
 * CSV, that workbook READ BACK like any other (so every answer comes from the files themselves),
 * the report of what was read back (report.md, report.json), and the key — which is returned
 * apart and never belongs among the copy's files. No DOM, no file system: runs in node and in a worker.
 */
import { analyzeCoalition, type AnalyzeOptions, type FullReport } from "../../graph/analyze.js";
import { redactedFiles, redactionKeyCsv, type CsvFileText } from "../../graph/exports/redacted-workbook.js";
import type { ImportReport } from "../../graph/import-report.js";
import { redactGraph, type RedactedCopy } from "../../graph/redact.js";
import { renderFullMarkdown } from "../../graph/report-markdown.js";
import { reportToJson } from "../../graph/report.js";
import type { CoalitionGraph } from "../../graph/types.js";
import { importCoalition } from "../../import/index.js";

export interface RedactedCopyFiles {
  /** The pseudonymized graph and its key entries. */
  copy: RedactedCopy;
  /** The workbook read back: the graph every answer of the copy comes from. */
  graph: CoalitionGraph;
  importReport: ImportReport;
  /** The workbook (people, organizations, connections, services — or nodes, edges). */
  workbook: CsvFileText[];
  /** The workbook, then report.md and report.json: everything that goes into the copy. */
  files: CsvFileText[];
  /** The key to the pseudonyms (CSV). Keep it apart from `files`. */
  key: string;
  /** How many people are under pseudonyms, and how many of them are sensitive. */
  people: number;
  sensitive: number;
}

/** The redacted copy of `graph` read back, without its report (the read-only map measures it its own way). */
export function redactedWorkbook(graph: CoalitionGraph): Omit<RedactedCopyFiles, "files"> {
  const copy = redactGraph(graph);
  const workbook = redactedFiles(copy);
  const back = importCoalition(workbook.map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) })));
  return {
    copy,
    graph: back.graph,
    importReport: back.report,
    workbook,
    key: redactionKeyCsv(copy),
    people: copy.key.filter((k) => k.kind === "person").length,
    sensitive: copy.key.filter((k) => k.sensitive).length,
  };
}

/** The redacted copy of `graph` with its report, measured with `options` (see the module comment). */
export function redactedCopyFiles(graph: CoalitionGraph, options: Omit<AnalyzeOptions, "asks"> = {}): RedactedCopyFiles & { report: FullReport } {
  const read = redactedWorkbook(graph);
  const report = analyzeCoalition(read.graph, read.importReport, options);
  return { ...read, report, files: [...read.workbook, { name: "report.md", text: renderFullMarkdown(report) }, { name: "report.json", text: reportToJson(report) }] };
}
