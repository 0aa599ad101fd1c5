/**
 * `--share FILE` and `--brief FILE`: the read-only map to send (src/viz/share/share-data.ts, in
 * the viewer built by src/viz/share/build-viewer.ts — on demand, cached) and the one-page brief
 * for a meeting. Both redacted or named as asked; the key of a redacted map goes beside it
 * (FILE-key.csv), never inside.
 */
import { writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { FullReport } from "../graph/analyze.js";
import { briefHtml, meetingBrief } from "../graph/exports/brief.js";
import type { ImportReport } from "../graph/import-report.js";
import type { CoalitionGraph } from "../graph/types.js";
import type { MeasureChoices } from "../viz/protocol.js";
import { viewerTemplateSync } from "../viz/share/build-viewer.js";
import { redactedCopyFiles } from "../viz/share/redacted-copy.js";
import { embedSharedMap, REDACTED_TITLE, sharedMap } from "../viz/share/share-data.js";

/** Where the key of a shared file goes: beside it, named after it. */
export function shareKeyPathFor(file: string): string {
  const abs = resolve(file);
  return join(dirname(abs), `${basename(abs).replace(/\.html?$/i, "")}-key.csv`);
}

/** Write the read-only map of `graph` to `file`; returns what to tell the user. */
export function writeShareFile(
  graph: CoalitionGraph,
  importReport: ImportReport,
  file: string,
  options: { redacted: boolean; choices: MeasureChoices; files: string[]; onBuild?: () => void },
): string {
  const template = viewerTemplateSync(options.onBuild);
  const title = options.files.length > 3 ? `${options.files.length} files` : options.files.join(", ") || "Coalition map";
  const { data, key } = sharedMap(graph, importReport, { redacted: options.redacted, choices: options.choices, files: options.files, title });
  writeFileSync(file, embedSharedMap(template, data));
  const people = data.analysis.report.nodes.filter((n) => n.kind === "person").length;
  if (key === null)
    return `Wrote a read-only map to ${file} WITH NAMES: everyone in it is named, with contacts and notes. Give it only to people who may see all of that.\n`;
  const keyPath = shareKeyPathFor(file);
  writeFileSync(keyPath, key);
  return (
    `Wrote a read-only map to ${file}: one file that opens in any browser, with no install and no network; ${people} people under pseudonyms, contacts and notes removed.\n` +
    `The key to the pseudonyms is ${keyPath}: keep it to yourself, never send it with the map.\n`
  );
}

/**
 * Write the one-page brief to `file`: from `report` (named), or — `redacted`, or no report — from
 * the report of the redacted copy of `graph` (pseudonyms, as --redact). Returns what to tell the user.
 */
export function writeBriefFile(graph: CoalitionGraph, report: FullReport | null, file: string, options: { redacted: boolean; choices: MeasureChoices; title: string }): string {
  const from = options.redacted || report === null ? redactedCopyFiles(graph, { ...(options.choices.weighted === false ? { weighted: false } : {}), ...(options.choices.directed ? { directed: true } : {}) }).report : report;
  const redacted = options.redacted || report === null;
  writeFileSync(file, briefHtml(meetingBrief(from, { title: redacted ? REDACTED_TITLE : options.title, redacted })));
  return `Wrote the one-page brief to ${file}${redacted ? " (names replaced by pseudonyms)" : " (it names people)"}: open it in a browser and print it.\n`;
}
