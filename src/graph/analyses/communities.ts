/**
 * Communities — the groups that work together: seeded Louvain on the positive ties, with
 * readable labels (../communities.ts). Every node's community id is written onto the report's
 * nodes; the section lists the communities.
 */
import { communities, type Community, type CommunityResult } from "../communities.js";
import { cell, moreRow } from "../registry/markdown.js";
import type { AnalysisDescription } from "../registry/types.js";

export const communitiesAnalysis: AnalysisDescription<"communities", CommunityResult, Community[]> = {
  id: "communities",
  title: "Communities",
  question: "Which groups already work together?",
  progress: "Communities…",
  needs: ["nodes"],
  note: () => "Louvain communities on the positive ties; works on any network.",
  placement: "reference",
  run: (ctx) => ctx.options.communities ?? communities(ctx.graph, { resolution: ctx.options.resolution, seed: ctx.options.seed, ...(ctx.options.weighted === undefined ? {} : { weighted: ctx.options.weighted }) }),
  section: (result) => result.communities,
  markdown(list, md) {
    const out = ["| # | label | size | most central |", "|---:|---|---:|---|"];
    for (const c of list.slice(0, md.max)) out.push(`| ${c.id} | ${cell(c.label)} | ${c.size} | ${cell(md.names(c.central.slice(0, 3)))} |`);
    out.push(...moreRow(list.length, md.max), "");
    return out;
  },
};
