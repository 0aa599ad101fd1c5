/**
 * `npm run analyze -- DIR --redact OUTDIR`: a copy to share that exposes no one (src/graph/redact.ts).
 * OUTDIR gets the redacted workbook, then the report of that workbook read back (report.md,
 * report.json) — so every answer in it comes from the redacted files themselves; the key goes
 * beside OUTDIR (OUTDIR-key.csv), never inside it.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { analyzeCoalition, type AnalyzeOptions } from "../graph/analyze.js";
import { redactedFiles, redactionKeyCsv } from "../graph/exports/redacted-workbook.js";
import { redactGraph } from "../graph/redact.js";
import { renderFullMarkdown } from "../graph/report-markdown.js";
import { reportToJson } from "../graph/report.js";
import type { CoalitionGraph } from "../graph/types.js";
import { importCoalition } from "../import/index.js";

/** Where the key of OUTDIR goes: beside it, named after it. */
export function keyPathFor(outDir: string): string {
  const abs = resolve(outDir);
  return join(dirname(abs), `${basename(abs)}-key.csv`);
}

/** Write the redacted copy of `graph`; returns what to tell the user. */
export function writeRedactedCopy(graph: CoalitionGraph, outDir: string, options: Omit<AnalyzeOptions, "asks">): string {
  const copy = redactGraph(graph);
  const files = redactedFiles(copy);
  mkdirSync(outDir, { recursive: true });
  for (const f of files) writeFileSync(join(outDir, f.name), f.text);
  // The report of the files as written: read them back like any workbook.
  const back = importCoalition(files.map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) })));
  const report = analyzeCoalition(back.graph, back.report, options);
  writeFileSync(join(outDir, "report.md"), renderFullMarkdown(report));
  writeFileSync(join(outDir, "report.json"), reportToJson(report));
  const keyPath = keyPathFor(outDir);
  writeFileSync(keyPath, redactionKeyCsv(copy));
  const hidden = copy.key.filter((k) => k.sensitive).length;
  return (
    `Wrote a redacted copy to ${outDir}: ${files.map((f) => f.name).join(", ")}, report.md, report.json — ` +
    `${copy.key.filter((k) => k.kind === "person").length} people under pseudonyms (${hidden} sensitive, shown only as "Private contact"), contacts and notes removed.\n` +
    `The key to the pseudonyms is ${keyPath}: keep it to yourself, never send it with the copy.\n`
  );
}
