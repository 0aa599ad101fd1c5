/**
 * Partner survey — per survey round: density, centralization, how far relationships go, average
 * trust and value, and the trust and value each partner receives from the others
 * (../partnership.ts). Needs a survey file (survey.csv: respondent, partner, relationship,
 * trust, value, optional round).
 */
import { partnership, rated, RELATIONSHIP_LEVELS, type PartnershipResult } from "../partnership.js";
import { cell, fix } from "../registry/markdown.js";
import type { AnalysisDescription, MarkdownContext } from "../registry/types.js";

function markdown(p: PartnershipResult, md: MarkdownContext): string[] {
  const out = [
    `| round | answered | partners | relationships | ${RELATIONSHIP_LEVELS.join(" | ")} | density | centralization | trust | value |`,
    `|---|---:|---:|---:|${RELATIONSHIP_LEVELS.map(() => "---:").join("|")}|---:|---:|---:|---:|`,
  ];
  for (const r of p.rounds)
    out.push(
      `| ${cell(r.round === "" ? (p.rounds.length > 1 ? "(no round)" : "(one round)") : r.round)} | ${r.respondents} | ${r.partners} | ${r.pairs} | ${RELATIONSHIP_LEVELS.map((l) => r.byLevel[l]).join(" | ")} | ${fix(r.density)} | ${fix(r.centralization)} | ${rated(r.averageTrust) ? fix(r.averageTrust, 2) : "—"} | ${rated(r.averageValue) ? fix(r.averageValue, 2) : "—"} |`,
    );
  out.push("");
  for (const f of p.findings) out.push(`- ${cell(f)}`);
  out.push("");
  const last = p.rounds[p.rounds.length - 1];
  if (last !== undefined && last.scores.length > 0) {
    out.push(`Trust and value each partner receives from the others${last.round === "" ? "" : ` (round ${cell(last.round)})`}, 1–4:`, "");
    out.push("| partner | trust received | value received | rated by |", "|---|---:|---:|---:|");
    for (const s of last.scores.slice(0, md.max)) out.push(`| ${cell(s.label)} | ${s.trust === null ? "—" : fix(s.trust, 2)} | ${s.value === null ? "—" : fix(s.value, 2)} | ${s.raters} |`);
    if (last.scores.length > md.max) out.push(`| … and ${last.scores.length - md.max} more (see --json) |`);
    out.push("");
  }
  return out;
}

export const partnershipAnalysis: AnalysisDescription<"partnership", PartnershipResult, PartnershipResult> = {
  id: "partnership",
  title: "Partner survey",
  question: "How do partners rate their working relationships: how far they go, how much they trust and value each other?",
  progress: "Partner survey…",
  needs: ["survey"],
  whyNeeded: ": respondent, partner, relationship (awareness, cooperation, coordination, integration), trust and value 1–4, and an optional round.",
  note: (p) => `${p.surveyResponses} survey answers: density, centralization, trust and value per round.`,
  placement: "plan",
  run: (ctx) => partnership(ctx.graph),
  section: (p) => p,
  markdown,
};
