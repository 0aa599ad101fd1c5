/**
 * Standing — who holds the network together: degree, tie strength, betweenness (brokers),
 * closeness, eigenvector, PageRank and Burt's constraint / effective size, on the positive ties.
 * The measures themselves are in ../standing.ts; they are written onto the report's nodes
 * (no section of their own), so this section's Markdown lists the top brokers.
 */
import { cell, fix } from "../registry/markdown.js";
import type { AnalysisDescription, AnalyzedNode, RunOptions } from "../registry/types.js";
import { standingWithMethod, STANDING_AUTO_EXACT_LIMIT, STANDING_QUICK_EXACT_LIMIT, type NodeStanding, type StandingOptions } from "../standing.js";
import type { StandingMethod } from "../paths/path-measures.js";
import { twoModeSplit, twoModeStanding, type TwoModeSplit } from "../two-mode.js";
import type { CoalitionGraph } from "../types.js";
import { compareIds } from "../utils/compare-ids.js";

/** Standing of every node, and how it was measured. */
export interface StandingRun {
  measures: Record<string, NodeStanding>;
  weighted: boolean;
  /** Direction kept (never for two-mode data, which is measured on undirected projections). */
  directed: boolean;
  twoMode: TwoModeSplit | null;
  /** Exact, or estimated and how (with its guarantee in words). */
  method: StandingMethod;
}

/** The options of a run that standing reads. */
export type StandingRunOptions = Pick<RunOptions, "weighted" | "directed" | "twoMode" | "exact" | "quickEstimate">;

/** What a caller may add to every standing computation of a run (see `StandingOptions`). */
export type StandingHooks = Pick<StandingOptions, "runSources" | "onStage" | "searchesOnly">;

/**
 * The standing analysis's run under a run's `options`: two-mode data measured on each side's
 * projection (two-mode.ts), other data on the positive view; above the exact limit the estimate with
 * a stated guarantee, unless the quick one was asked for. `hooks` go to every standing computation
 * (the map plans its refine searches with a recording `runSources` and `searchesOnly`:
 * src/viz/analyze.ts `guaranteedSearches`, the same choices as the report's run).
 */
export function measureStanding(graph: CoalitionGraph, options: StandingRunOptions, hooks: StandingHooks = {}): StandingRun {
  // Above the exact limit: the estimate with a stated guarantee, unless the quick one was asked for
  // (the map's first figures: exact only up to the quick limit, the quick estimate above).
  const guaranteed = options.exact === false || !options.quickEstimate;
  const autoExactLimit = options.quickEstimate ? STANDING_QUICK_EXACT_LIMIT : STANDING_AUTO_EXACT_LIMIT;
  const split = twoModeSplit(graph, options.twoMode === undefined ? {} : { twoMode: options.twoMode });
  if (split) {
    const { measures, method } = twoModeStanding(graph, split, { ...hooks, exact: options.exact, guaranteed, autoExactLimit });
    return { measures, weighted: true, directed: false, twoMode: split, method };
  }
  const weighted = options.weighted ?? graph.getAttribute("hasStrength");
  const { measures, method } = standingWithMethod(graph, { ...hooks, weighted, directed: options.directed, exact: options.exact, guaranteed, autoExactLimit });
  return { measures, weighted, directed: options.directed, twoMode: null, method };
}

export const standingAnalysis: AnalysisDescription<"standing", StandingRun, undefined> = {
  id: "standing",
  title: "Most central (betweenness)",
  question: "Who holds the network together, and who brokers between groups?",
  progress: "Measuring…",
  needs: ["nodes"],
  note: () => "Centralities on the positive ties; works on any network.",
  placement: "reference",
  run: (ctx) => measureStanding(ctx.graph, ctx.options),
  section: () => undefined,
  markdown(_section, md) {
    const table = (nodes: readonly AnalyzedNode[], top: number): string[] => {
      const out = ["| who | status | degree | betweenness | PageRank | constraint |", "|---|---|---:|---:|---:|---:|"];
      const ranked = [...nodes].sort((a, b) => b.betweenness - a.betweenness || compareIds(a.id, b.id)).slice(0, top);
      for (const n of ranked) out.push(`| ${cell(n.label)} | ${n.status} | ${n.degree} | ${fix(n.betweenness)} | ${fix(n.pagerank)} | ${n.constraint === null ? "—" : fix(n.constraint)} |`);
      out.push("");
      return out;
    };
    if (md.summary.twoMode === undefined) return table(md.nodes, 10);
    return [
      "Two-mode data: each side measured among its own (ties = shared affiliations).",
      "",
      ...table(md.nodes.filter((n) => n.mode !== 2), 10),
      "The other side (events, committees…), measured on what they share:",
      "",
      ...table(md.nodes.filter((n) => n.mode === 2), 5),
    ];
  },
};
