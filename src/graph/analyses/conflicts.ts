/**
 * Conflicts — bad history: factions split by negative ties (structural balance), the ties the
 * split leaves unexplained, neutral facilitators with ties to both sides, and the people whose
 * bad history makes them poor askers (../conflicts.ts).
 */
import { conflictFactions, type ConflictGroup, type ConflictResult } from "../conflicts.js";
import { cell, plural } from "../registry/markdown.js";
import type { AnalysisDescription, MarkdownContext } from "../registry/types.js";

function groupMarkdown(g: ConflictGroup, md: MarkdownContext): string[] {
  const fit =
    g.frustration === 0
      ? "the two sides explain all of them"
      : `${plural(g.frustration, "tie does", "ties do")} not fit this split (${plural(g.positiveAcross, "good tie", "good ties")} across the sides, ${plural(g.negativeInside, "bad tie", "bad ties")} within a side)`;
  return [
    `### Conflict ${g.id + 1}: ${cell(g.sideLabels.join(" vs "))}`,
    "",
    `- Side A: ${cell(md.names(g.sides[0]))}`,
    `- Side B: ${cell(md.names(g.sides[1]))}`,
    `- ${plural(g.negativeTies.length, "negative tie", "negative ties")}; ${fit}${g.exact ? "" : " (best split found by a heuristic)"}.`,
    g.facilitators.length > 0
      ? `- Neutral facilitators: ${g.facilitators.map((f) => `${cell(f.label)} (${f.tiesToSides[0]} ties to A, ${f.tiesToSides[1]} to B)`).join("; ")}`
      : "- No neutral facilitator with ties to both sides.",
    "",
  ];
}

export const conflictsAnalysis: AnalysisDescription<"conflicts", ConflictResult, ConflictResult> = {
  id: "conflicts",
  title: "Bad history and factions",
  question: "Where is there bad history, who is on which side, and who could facilitate?",
  progress: "Conflicts…",
  needs: ["negativeTies"],
  note: () => "Factions from negative ties (sign -, conflict/bad_history types).",
  placement: "plan",
  run: (ctx) => conflictFactions(ctx.graph),
  section: (conflicts) => conflicts,
  markdown(c, md) {
    const out: string[] = [];
    for (const g of c.groups) out.push(...groupMarkdown(g, md));
    if (c.poorAskers.length > 0) {
      out.push("People whose bad history makes them poor askers:", "");
      for (const p of c.poorAskers.slice(0, md.max)) out.push(`- ${cell(p.label)}: ${p.negativeTies} negative tie(s), with ${cell(md.names(p.with))}`);
      out.push("");
    }
    return out;
  },
};
