/** Shared by the workbook tests: read a folder's CSV files, import a workbook, compare graphs. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { importCoalition, type InputFile } from "../../src/import/index.js";
import { importWorkbook, readWorkbook, type Workbook } from "../../src/workbook/index.js";
import type { CoalitionGraph } from "../../src/graph/types.js";

export function folderFiles(dir: string, only?: (name: string) => boolean): InputFile[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith(".csv") && (only ? only(n) : true))
    .sort()
    .map((n) => ({ name: n, bytes: new Uint8Array(readFileSync(join(dir, n))) }));
}

export const SAMPLE = "examples/sample-coalition";

export function sampleWorkbook(): Workbook {
  return readWorkbook(folderFiles(SAMPLE));
}

/** The graph as JSON (graphology's export), for exact comparison. */
export function graphJson(g: CoalitionGraph): string {
  return JSON.stringify(g.export());
}

export { importCoalition, importWorkbook };

/** The node called `label`. */
export function nodeNamed(g: CoalitionGraph, label: string): string {
  const id = g.findNode((_n, a) => a.label === label);
  if (id === undefined) throw new Error(`no node called ${label}`);
  return id;
}
