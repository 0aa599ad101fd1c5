/**
 * Turf — competing organizations: pairs offering the same service to the same area with no
 * positive tie between them (nor a work tie between their staff), grouped into clusters
 * (../turf.ts).
 */
import { cell, moreRow } from "../registry/markdown.js";
import type { AnalysisDescription } from "../registry/types.js";
import { turfClusters, type TurfResult } from "../turf.js";
import { communitiesAnalysis } from "./communities.js";

export const turfAnalysis: AnalysisDescription<"turf", TurfResult, TurfResult> = {
  id: "turf",
  title: "Turf",
  question: "Which organizations compete for the same work in the same place?",
  progress: "Turf…",
  needs: ["orgServices"],
  note: () => "Organizations offering the same service to the same area with no positive tie between them or work tie between their staff.",
  placement: "plan",
  run: (ctx) => turfClusters(ctx.graph, { communities: ctx.use(communitiesAnalysis) }),
  section: (turf) => turf,
  markdown(turf, md) {
    if (turf.pairs.length === 0) return ["No turf: no two organizations offer the same service to the same area without a tie.", ""];
    const out = ["Organizations offering the same service in the same area with no positive tie between them:", "", "| organizations | services | areas |", "|---|---|---|"];
    for (const p of turf.pairs.slice(0, md.max)) out.push(`| ${cell(p.aLabel)} · ${cell(p.bLabel)} | ${cell(p.services.join(", "))} | ${cell(p.areas.join(", "))} |`);
    out.push(...moreRow(turf.pairs.length, md.max), "");
    return out;
  },
};
