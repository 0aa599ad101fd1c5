/**
 * The side panels, found by file: every module in this folder that exports `panel` (a `Panel`
 * keyed by "details" or an analysis id of the registry). Tabs are in the registry's reading order
 * (src/graph/registry.ts), after Details; adding an analysis's panel is adding its file here.
 */
import { readingOrder } from "../../graph/registry.js";
import type { Panel } from "../context.js";
import "./panels.css";

// Not this list itself, nor the panels' shared building blocks (they export no `panel`, and the
// bundler refuses an import of a missing export).
const modules = import.meta.glob<Panel>(["./*.ts", "!./index.ts", "!./common.ts"], { eager: true, import: "panel" });

/** Details first, then the analyses' panels in reading order. */
function tabOrder(id: Panel["id"]): number {
  // The comparison of rounds comes after every analysis.
  if (id === "change") return readingOrder().length;
  return id === "details" ? -1 : readingOrder().findIndex((a) => a.id === id);
}

export const PANELS: Panel[] = Object.values(modules)
  .filter((p): p is Panel => p !== undefined)
  .sort((a, b) => tabOrder(a.id) - tabOrder(b.id));
