/**
 * Recruits — whom to recruit: non-members who would extend the coalition's reach the most
 * (communities, sectors and areas within two steps), picked greedily, brokers as tie-breakers
 * (../recruits.ts).
 */
import { recruits, type Recruit } from "../recruits.js";
import { cell } from "../registry/markdown.js";
import type { AnalysisDescription } from "../registry/types.js";
import { MEASURE_DECIMALS, round } from "../utils/round.js";
import { communitiesAnalysis } from "./communities.js";
import { standingAnalysis } from "./standing.js";

function adds(r: Recruit): string {
  const n = r.adds.communities.length;
  return [n ? `${n} communit${n === 1 ? "y" : "ies"}` : "", r.adds.sectors.length ? `sectors: ${r.adds.sectors.join(", ")}` : "", r.adds.areas.length ? `areas: ${r.adds.areas.join(", ")}` : ""]
    .filter(Boolean)
    .join("; ");
}

export const recruitsAnalysis: AnalysisDescription<"recruits", Recruit[], Recruit[]> = {
  id: "recruits",
  title: "Whom to recruit",
  question: "Who outside the coalition would extend its reach the most?",
  progress: "Recruits…",
  needs: ["status"],
  whyNeeded: " to know who is in the coalition.",
  note: () => "Non-members who extend the coalition's reach.",
  placement: "plan",
  run: (ctx) => recruits(ctx.graph, { k: ctx.options.recruits, standing: ctx.use(standingAnalysis).measures, communities: ctx.use(communitiesAnalysis) }),
  section: (list) =>
    list.map((r) => ({
      ...r,
      gain: round(r.gain, MEASURE_DECIMALS),
      betweenness: round(r.betweenness, MEASURE_DECIMALS),
      constraint: r.constraint === null ? null : round(r.constraint, MEASURE_DECIMALS),
    })),
  markdown(list, md) {
    if (list.length === 0) return ["No recruits suggested (needs coalition members and non-members).", ""];
    const out = ["| # | who | adds | why |", "|---:|---|---|---|"];
    list.slice(0, md.max).forEach((r, i) => out.push(`| ${i + 1} | ${cell(r.label)}${r.influenceKind ? ` (${r.influenceKind})` : ""} | ${cell(adds(r))} | ${cell(r.reasons.join("; "))} |`));
    out.push("");
    return out;
  },
};
