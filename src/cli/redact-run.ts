/**
 * `npm run analyze -- DIR --redact OUTDIR`: a copy to share that exposes no one (src/graph/redact.ts).
 * OUTDIR gets the redacted workbook, then the report of that workbook read back (report.md,
 * report.json) — so every answer in it comes from the redacted files themselves; the key goes
 * beside OUTDIR (OUTDIR-key.csv), never inside it. The copy is made by
 * src/viz/share/redacted-copy.ts, as the map's Export → Redacted copy makes it.
 */
import { writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { AnalyzeOptions } from "../graph/analyze.js";
import type { CoalitionGraph } from "../graph/types.js";
import { redactedCopyFiles } from "../viz/share/redacted-copy.js";
import { makeFolder } from "./make-folder.js";

/** Where the key of OUTDIR goes: beside it, named after it. */
export function keyPathFor(outDir: string): string {
  const abs = resolve(outDir);
  return join(dirname(abs), `${basename(abs)}-key.csv`);
}

/** Write the redacted copy of `graph`; returns what to tell the user. */
export function writeRedactedCopy(graph: CoalitionGraph, outDir: string, options: Omit<AnalyzeOptions, "asks">): string {
  const copy = redactedCopyFiles(graph, options);
  makeFolder(outDir);
  for (const f of copy.files) writeFileSync(join(outDir, f.name), f.text);
  const keyPath = keyPathFor(outDir);
  writeFileSync(keyPath, copy.key);
  return (
    `Wrote a redacted copy to ${outDir}: ${copy.files.map((f) => f.name).join(", ")} — ` +
    `${copy.people} people under pseudonyms (${copy.sensitive} sensitive, shown only as "Private contact"), contacts and notes removed.\n` +
    `The key to the pseudonyms is ${keyPath}: keep it to yourself, never send it with the copy.\n`
  );
}
