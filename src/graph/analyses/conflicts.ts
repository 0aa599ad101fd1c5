/**
 * Conflicts — bad history: factions split by negative ties (k-way structural balance), the ties
 * the split leaves unexplained, neutral facilitators with ties into two factions and no bad
 * history with either, the people without bad history leaning to one faction, and the people
 * whose bad history makes them poor askers (../conflicts.ts).
 */
import { conflictFactions, type ConflictGroup, type ConflictResult } from "../conflicts.js";
import { cell, plural } from "../registry/markdown.js";
import type { AnalysisDescription, MarkdownContext } from "../registry/types.js";

/** "29, 7" → "with 1 faction 29 ties would not fit, with 2 factions 7". */
function whyK(g: ConflictGroup): string | null {
  const k = g.sides.length;
  if (k < 3) return null;
  const fewer = g.tried.slice(0, k - 1).map((t, i) => `${plural(i + 1, "faction", "factions")}: ${t}`);
  return `- Why ${k} factions: ties that would not fit with fewer — ${fewer.join(", ")}.`;
}

/** The fit line: negative ties, and how many ties the factions leave unexplained. */
function fitLine(g: ConflictGroup): string {
  const k = g.sides.length;
  const all = k === 2 ? "the two sides explain all of them" : `the ${plural(k, "faction explains", "factions explain")} all of them`;
  const fit =
    g.frustration === 0
      ? all
      : `${plural(g.frustration, "tie does", "ties do")} not fit this split (${plural(g.positiveAcross, "good tie", "good ties")} across ${k === 2 ? "the sides" : "factions"}, ${plural(g.negativeInside, "bad tie", "bad ties")} within ${k === 2 ? "a side" : "a faction"})`;
  return `- ${plural(g.negativeTies.length, "negative tie", "negative ties")}; ${fit}${g.exact ? "" : " (best split found by a heuristic)"}.`;
}

/** Facilitators per pair of factions; the pairs without one on one line. */
function facilitatorLines(g: ConflictGroup): string[] {
  const k = g.sides.length;
  if (k < 2) return [];
  const name = (i: number): string => cell(g.sideLabels[i] ?? `faction ${i + 1}`);
  const out: string[] = [];
  const none: string[] = [];
  for (let i = 0; i < k; i++)
    for (let j = i + 1; j < k; j++) {
      const here = g.facilitators.filter((f) => f.factions[0] === i && f.factions[1] === j);
      const between = `${name(i)} and ${name(j)}`;
      if (here.length === 0) none.push(between);
      else out.push(`- Neutral facilitators between ${between}: ${here.map((f) => `${cell(f.label)} (ties: ${f.tiesToSides[0]} and ${f.tiesToSides[1]})`).join("; ")}`);
    }
  if (none.length > 0) out.push(k === 2 ? "- No neutral facilitator with ties to both sides." : `- No neutral facilitator between ${none.join("; ")}.`);
  return out;
}

/** People without bad history leaning to a faction, one line. */
function leaningLine(g: ConflictGroup, md: MarkdownContext): string[] {
  if (g.leaning.length === 0) return [];
  const parts = g.sides.flatMap((_s, i) => {
    const names = g.leaning.filter((l) => l.faction === i).map((l) => cell(l.label));
    if (names.length === 0) return [];
    const more = names.length > md.max ? ` and ${names.length - md.max} more` : "";
    return [`towards ${cell(g.sideLabels[i] ?? `faction ${i + 1}`)}: ${names.slice(0, md.max).join(", ")}${more}`];
  });
  return [`- Leaning (no bad history; most of their good ties go to one faction): ${parts.join("; ")}`];
}

function groupMarkdown(g: ConflictGroup, md: MarkdownContext): string[] {
  const why = whyK(g);
  return [
    `### Conflict ${g.id + 1}: ${cell(g.sideLabels.join(" vs "))}`,
    "",
    ...g.sides.map((members, i) => `- Faction ${i + 1} (${cell(g.sideLabels[i] ?? "")}): ${cell(md.names(members))}`),
    fitLine(g),
    ...(why === null ? [] : [why]),
    ...facilitatorLines(g),
    ...leaningLine(g, md),
    "",
  ];
}

export const conflictsAnalysis: AnalysisDescription<"conflicts", ConflictResult, ConflictResult> = {
  id: "conflicts",
  title: "Bad history and factions",
  question: "Where is there bad history, who is in which faction, and who could facilitate?",
  progress: "Conflicts…",
  needs: ["negativeTies"],
  note: () => "Factions from negative ties (sign -, conflict/bad_history types): as many as explain the ties best.",
  placement: "plan",
  run: (ctx) => conflictFactions(ctx.graph),
  section: (conflicts) => conflicts,
  markdown(c, md) {
    const out: string[] = [];
    for (const g of c.groups) out.push(...groupMarkdown(g, md));
    if (c.poorAskers.length > 0) {
      out.push("People whose bad history makes them poor askers:", "");
      for (const p of c.poorAskers.slice(0, md.max)) out.push(`- ${cell(p.label)}: ${plural(p.negativeTies, "negative tie", "negative ties")}, with ${cell(md.names(p.with))}`);
      out.push("");
    }
    return out;
  },
};
