/**
 * Test helper: the bundled sample coalition (examples/sample-coalition), read and imported exactly
 * as the CLI does (its *.csv files, sorted by name).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CoalitionGraph } from "../../src/graph/types.js";
import { importCoalition, type InputFile } from "../../src/import/index.js";

export const SAMPLE_DIR = join(import.meta.dirname, "..", "..", "examples", "sample-coalition");

/** The sample's CSV files as the importer takes them. */
export function sampleFiles(dir: string = SAMPLE_DIR): InputFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".csv"))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}

/** The sample coalition's graph. */
export function loadSample(): CoalitionGraph {
  return importCoalition(sampleFiles()).graph;
}
