/**
 * Asks — who should make the ask to a target: the members with the warmest paths to its
 * decision makers, and who must not ask because of bad history (../ask.ts). Targets are the
 * run's `asks` option (names or ids, partial names resolved, "did you mean" otherwise), or the
 * top outreach targets when none is given.
 */
import { askPaths, resolveTarget, similarTargets, type AskResult } from "../ask.js";
import { loggedAskSentence } from "../logged-ask.js";
import { cell, fix, moreRow } from "../registry/markdown.js";
import type { AnalysisDescription, MarkdownContext } from "../registry/types.js";
import { compareIds } from "../utils/compare-ids.js";
import { communitiesAnalysis } from "./communities.js";
import { outreachAnalysis } from "./outreach.js";

/** An ask request that named no one in the data. */
export interface UnresolvedAsk {
  target: string;
  error: string;
}

export type AskSection = (AskResult | UnresolvedAsk)[];

function isUnresolved(a: AskResult | UnresolvedAsk): a is UnresolvedAsk {
  return "error" in a;
}

function askMarkdown(a: AskResult, md: MarkdownContext): string[] {
  const out = [`### ${cell(a.targetLabel)}`, ""];
  out.push(a.decisionMakers.length > 0 ? `Decision makers: ${cell(md.names(a.decisionMakers))}.` : "No decision maker found.", "");
  const best = a.askers[0];
  const logged = loggedAskSentence(a.asked ?? null, best ? best.id : null, best ? best.label : null);
  if (logged !== "") out.push(cell(logged), "");
  if (a.askers.length === 0) out.push("No member has a positive path to the decision makers.", "");
  else {
    out.push("| # | asker | path | score | why |", "|---:|---|---|---:|---|");
    a.askers.slice(0, md.max).forEach((k, i) => {
      const path = k.steps.map((st, j) => `${j === 0 ? md.name(st.from) : ""} —${st.type}${md.summary.hasStrength ? ` ${st.strength}` : ""}→ ${md.name(st.to)}`).join("");
      out.push(`| ${i + 1} | ${cell(k.label)} | ${cell(path)} | ${fix(k.score)} | ${cell(k.reasons.join("; "))} |`);
    });
    out.push(...moreRow(a.askers.length, md.max), "");
  }
  if (a.excluded.length > 0) {
    out.push("Must not ask:", "");
    for (const x of a.excluded.slice(0, md.max)) out.push(`- ${cell(x.label)} — ${cell(x.reason)}`);
    out.push("");
  }
  return out;
}

export const asksAnalysis: AnalysisDescription<"asks", AskSection, AskSection> = {
  id: "asks",
  title: "Who should make the ask",
  question: "Who has the warmest path to a target's decision maker, and who must not ask?",
  progress: "Ask paths…",
  needs: [],
  note: (p) => (p.members > 0 ? "Askers are coalition members (status core or member) and the staff of member organizations." : "No coalition status column (core/member): everyone is treated as a possible asker."),
  placement: "plan",
  run(ctx) {
    const { graph, options } = ctx;
    const targets = options.asks.length > 0 ? options.asks : ctx.use(outreachAnalysis).slice(0, options.defaultAsks).map((e) => e.target);
    const comms = ctx.use(communitiesAnalysis);
    return targets.map((name) => {
      const id = resolveTarget(graph, name);
      if (id !== undefined) return askPaths(graph, id, { communities: comms });
      const like = similarTargets(graph, name).map((x) => graph.getNodeAttribute(x, "label"));
      return { target: name, error: `No person or organization named "${name}" in the data.` + (like.length > 0 ? ` Did you mean: ${like.join(", ")}?` : "") };
    });
  },
  section: (asks) => asks,
  markdown(asks, md) {
    const out = [];
    if (asks.length === 0) {
      const top = [...md.nodes].sort((a, b) => b.betweenness - a.betweenness || compareIds(a.id, b.id))[0];
      out.push(`No ask targets: name one with --ask NAME${top ? ` (e.g. --ask "${cell(top.label)}")` : ""}.`, "");
    }
    for (const a of asks) out.push(...(isUnresolved(a) ? [`### ${cell(a.target)}`, "", cell(a.error), ""] : askMarkdown(a, md)));
    return out;
  },
};
