/**
 * Composition — the balance of the coalition: members by the five groups (community, lived
 * experience, providers, policy makers, funders…), how centralized it is, how much brokerage a
 * professional elite holds, and how connected members with lived experience are
 * (../composition.ts).
 */
import { composition, type Composition } from "../composition.js";
import { cell, pct } from "../registry/markdown.js";
import type { AnalysisDescription } from "../registry/types.js";
import { standingAnalysis } from "./standing.js";

export const compositionAnalysis: AnalysisDescription<"composition", Composition, Composition> = {
  id: "composition",
  title: "Balance of the coalition",
  question: "Is the coalition balanced, or dominated by a professional elite?",
  progress: "Balance…",
  needs: ["status"],
  note: (p) =>
    p.withSector > 0 ? "Members by the five groups, from sector, role and lived experience." : "No sector column: every member counts as community unless flagged with lived experience.",
  placement: "plan",
  run: (ctx) => composition(ctx.graph, { standing: ctx.use(standingAnalysis).measures }),
  section: (c) => c,
  markdown(comp) {
    const out = ["| group | members | share |", "|---|---:|---:|"];
    for (const g of comp.groups) out.push(`| ${cell(g.group)} | ${g.count} | ${comp.members > 0 ? pct(g.count / comp.members) : "—"} |`);
    out.push("");
    for (const f of comp.findings) out.push(`- ${cell(f)}`);
    out.push("");
    return out;
  },
};
