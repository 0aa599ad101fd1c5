/**
 * Test helper: build a CoalitionGraph from a classic network's CSVs (test/fixtures/datasets) following
 * the recipe stored in a NetworkX fixture (scripts/networkx_reference.py). Deliberately independent of
 * src/import: nodes and ties are added with the model helpers only.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes } from "../../src/graph/model.js";
import type { CoalitionGraph } from "../../src/graph/types.js";

export const DATASETS = join(__dirname, "..", "fixtures", "datasets");

export interface Recipe {
  vertices: { file: string; id: string; label: string };
  edges: { file: string; strength: string | null; transform: "identity" | "five_minus"; directed: boolean }[];
  weighted: boolean;
  partition: string;
}

export function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(join(DATASETS, file), "utf8");
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors[0]!.message}`);
  return parsed.data;
}

/** The graph of a recipe; `hasStrength` = recipe.weighted. Self-loops are skipped. */
export function loadRecipe(recipe: Recipe): CoalitionGraph {
  const graph = createCoalitionGraph({ format: "generic", hasStrength: recipe.weighted });
  for (const row of readCsv(recipe.vertices.file)) {
    const id = row[recipe.vertices.id]!;
    graph.addNode(id, nodeAttributes({ label: row[recipe.vertices.label] ?? id, kind: "organization" }));
  }
  for (const spec of recipe.edges) {
    for (const row of readCsv(spec.file)) {
      const s = row.source!;
      const t = row.target!;
      if (s === t) continue;
      const raw = spec.strength === null ? 1 : Number(row[spec.strength]);
      const strength = spec.transform === "five_minus" ? 5 - raw : raw;
      addTie(graph, s, t, edgeAttributes({ type: spec.directed ? "refers_to" : "knows", strength, directed: spec.directed }));
    }
  }
  return graph;
}
