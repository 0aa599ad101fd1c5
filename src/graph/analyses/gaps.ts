/**
 * Service gaps — per service × area: missing (needed, no provider), thin (one provider),
 * duplicated without coordination, and hand-offs with no referral tie (../gaps.ts). Needs come
 * from services.csv, or the default catalog of victim services in every area.
 */
import { gapFillers, type GapFillers } from "../gap-fillers.js";
import { serviceGaps, type GapResult } from "../gaps.js";
import { cell, countedList } from "../registry/markdown.js";
import type { AnalysisDescription, MarkdownContext } from "../registry/types.js";
import { communitiesAnalysis } from "./communities.js";

/** The gaps, and who could fill each missing service (../gap-fillers.ts). */
export type GapReport = GapResult & { fillers: GapFillers[] };

const SYMBOL: Record<string, string> = { missing: "✗ missing", thin: "1 thin", duplicated: "‼ dup", covered: "✓", "not needed": "·" };

function matrixMarkdown(gp: GapResult): string[] {
  if (gp.areas.length === 0 || gp.services.length === 0) return [];
  const cells = new Map(gp.matrix.map((m) => [`${m.service}\u0000${m.area}`, m]));
  const out = [`| service | ${gp.areas.map((a) => cell(a)).join(" | ")} |`, `|---|${gp.areas.map(() => "---").join("|")}|`];
  for (const svc of gp.services) {
    const row = gp.areas.map((area) => {
      const m = cells.get(`${svc}\u0000${area}`);
      return m ? `${SYMBOL[m.status] ?? m.status}${m.providers.length > 1 ? ` (${m.providers.length})` : ""}` : "";
    });
    out.push(`| ${cell(svc)} | ${row.join(" | ")} |`);
  }
  out.push("");
  return out;
}

function gapsMarkdown(gp: GapReport, md: MarkdownContext): string[] {
  const catalog = gp.needsSource === "default catalog";
  const out = [
    catalog
      ? `No services.csv was given, so every service of the default catalog of victim services counts as needed in every area (${gp.services.length} services × ${gp.areas.length} areas). Add a services.csv (service, area, priority) to say what your coalition actually needs.`
      : `Needs from services.csv; ${gp.services.length} services × ${gp.areas.length} areas.`,
    "",
  ];
  const list = (title: string, rows: string[]) => out.push(...countedList(title, rows, md.max));
  list(catalog ? "Not offered by anyone (compared with the default catalog)" : "Missing — needed, no provider", gp.missing.map((m) => `${cell(m.service)} in ${cell(m.area)}${m.priority ? ` (priority ${cell(m.priority)})` : ""}`));
  list(
    "Who could fill a missing service",
    gp.fillers.flatMap((f) => f.fillers.map((x) => `${cell(f.service)} in ${cell(f.area)}: ${cell(x.label)} — ${cell(x.reason)}`)),
  );
  list("Thin — one provider", gp.thin.map((m) => `${cell(m.service)} in ${cell(m.area)}: only ${cell(m.providerLabel)}`));
  list("Duplicated without coordination", gp.duplicated.map((d) => `${cell(d.service)} in ${cell(d.area)}: ${cell(md.names(d.providers))}`));
  list(
    "Unlinked hand-offs",
    gp.unlinked.map((u) => `${cell(u.services[0])} ↔ ${cell(u.services[1])} in ${cell(u.area)}: ${cell(md.names(u.providers[0]))} / ${cell(md.names(u.providers[1]))} have no referral or partner tie`),
  );
  out.push(...matrixMarkdown(gp));
  return out;
}

export const gapsAnalysis: AnalysisDescription<"gaps", GapReport, GapReport> = {
  id: "gaps",
  title: "Service gaps",
  question: "Which services are missing, thin or duplicated, and where?",
  progress: "Service gaps…",
  needs: ["orgServices"],
  note: () => "Service × area coverage against services.csv or the default catalog.",
  placement: "plan",
  run(ctx) {
    const gaps = serviceGaps(ctx.graph);
    return { ...gaps, fillers: gapFillers(ctx.graph, gaps, { communities: ctx.use(communitiesAnalysis) }) };
  },
  section: (gaps) => gaps,
  markdown: gapsMarkdown,
};
