/**
 * Outreach — whom to approach first: prospects (or every non-member) ranked by how warmly a
 * member can reach their decision maker, their influence and how well they fit the coalition's
 * needs (../outreach.ts). The full plan is also written as CSV (`--outreach FILE`).
 */
import { outreachAskerLoad } from "../asker-load.js";
import { askedWords, outreachPlan, type OutreachEntry } from "../outreach.js";
import { cell, fix, moreRow } from "../registry/markdown.js";
import type { AnalysisDescription } from "../registry/types.js";
import { communitiesAnalysis } from "./communities.js";
import { gapsAnalysis } from "./gaps.js";
import { standingAnalysis } from "./standing.js";

export const outreachAnalysis: AnalysisDescription<"outreach", OutreachEntry[], OutreachEntry[]> = {
  id: "outreach",
  title: "Whom to approach first (outreach plan)",
  question: "Whom should we approach first, and through whom?",
  progress: "Outreach plan…",
  needs: ["status"],
  whyNeeded: ": the plan ranks outsiders by how members can reach them.",
  note: (p) =>
    "Prospects are nodes with status prospect, or every non-member when none is marked." +
    (p.orgsWithServices > 0 ? "" : " Alignment needs organizations' services and areas (organizations.csv); without them it is 0."),
  placement: "plan",
  run: (ctx) => outreachPlan(ctx.graph, { standing: ctx.use(standingAnalysis).measures, communities: ctx.use(communitiesAnalysis), gaps: ctx.use(gapsAnalysis) }),
  section: (plan) => plan,
  markdown(plan, md) {
    if (plan.length === 0) return ["No prospects.", ""];
    const out = ["| # | target | decision maker | asker | score | why |", "|---:|---|---|---|---:|---|"];
    plan.slice(0, md.max).forEach((e, i) => {
      out.push(`| ${i + 1} | ${cell(e.label)} | ${cell(e.decisionMakerLabel)} | ${cell(e.askerLabel ?? "no warm path")} | ${fix(e.score)} | ${cell([...(e.asked ? [askedWords(e.asked)] : []), ...e.reasons].join("; "))} |`);
    });
    out.push(...moreRow(plan.length, md.max), "");
    const load = outreachAskerLoad(plan);
    if (load) out.push(`${cell(load.sentence)} (\`--ask "NAME"\` ranks the askers for one of them.)`, "");
    out.push("(Full plan as CSV: --outreach FILE.)", "");
    return out;
  },
};
