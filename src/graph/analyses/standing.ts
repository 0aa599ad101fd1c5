/**
 * Standing — who holds the network together: degree, tie strength, betweenness (brokers),
 * closeness, eigenvector, PageRank and Burt's constraint / effective size, on the positive ties.
 * The measures themselves are in ../standing.ts; they are written onto the report's nodes
 * (no section of their own), so this section's Markdown lists the top brokers.
 */
import { cell, fix } from "../registry/markdown.js";
import type { AnalysisDescription } from "../registry/types.js";
import { standing, type NodeStanding } from "../standing.js";
import { compareIds } from "../utils/compare-ids.js";

export const standingAnalysis: AnalysisDescription<"standing", Record<string, NodeStanding>, undefined> = {
  id: "standing",
  title: "Most central (betweenness)",
  question: "Who holds the network together, and who brokers between groups?",
  progress: "Measuring…",
  needs: ["nodes"],
  note: () => "Centralities on the positive ties; works on any network.",
  placement: "reference",
  run: (ctx) => standing(ctx.graph),
  section: () => undefined,
  markdown(_section, md) {
    const top = [...md.nodes].sort((a, b) => b.betweenness - a.betweenness || compareIds(a.id, b.id)).slice(0, 10);
    const out = ["| who | status | degree | betweenness | PageRank | constraint |", "|---|---|---:|---:|---:|---:|"];
    for (const n of top) out.push(`| ${cell(n.label)} | ${n.status} | ${n.degree} | ${fix(n.betweenness)} | ${fix(n.pagerank)} | ${n.constraint === null ? "—" : fix(n.constraint)} |`);
    out.push("");
    return out;
  },
};
