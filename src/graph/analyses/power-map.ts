/**
 * Power map — everyone outside the core placed by power (from the network) and support for the
 * cause (a stance column, or inferred), in quadrants an organizer plans from, each with the best
 * asker, who must not ask and a next step (../power-map.ts).
 */
import { powerMap, powerRule, type PowerMapResult } from "../power-map.js";
import { busiestAsker } from "../asker-load.js";
import { cell, fix } from "../registry/markdown.js";
import type { AnalysisDescription } from "../registry/types.js";
import { communitiesAnalysis } from "./communities.js";
import { standingAnalysis } from "./standing.js";

export const powerMapAnalysis: AnalysisDescription<"powerMap", PowerMapResult, PowerMapResult> = {
  id: "powerMap",
  title: "Power map",
  question: "Who holds power, where do they stand, and how do we move them?",
  progress: "Power map…",
  needs: ["statusOrStance"],
  whyNeeded: ": it places everyone outside the core by power and support.",
  note: (p) =>
    p.stances > 0
      ? "Power from the network (PageRank, decision makers, their organization); support from the stance column."
      : "Power from the network (PageRank, decision makers, their organization); support inferred from status and ties to members (add a stance column: opposed … champion).",
  placement: "plan",
  run: (ctx) => powerMap(ctx.graph, { standing: ctx.use(standingAnalysis).measures, communities: ctx.use(communitiesAnalysis) }),
  section: (pm) => pm,
  markdown(pm, md) {
    const out = [
      pm.alignmentFrom === "inferred"
        ? "Support is **inferred** (members lean for, bad history with members leans against): add a `stance` column (opposed, leaning against, neutral, leaning for, champion) to say it."
        : pm.alignmentFrom === "mixed"
          ? "Support from the stance column where filled in, inferred elsewhere (marked *inferred*)."
          : "Support from the stance column.",
      "",
      powerRule(pm.threshold),
      "",
    ];
    if (pm.unreadStances.length > 0) out.push(`Stance values not understood (treated as inferred): ${cell(pm.unreadStances.slice(0, 5).join("; "))}${pm.unreadStances.length > 5 ? ` and ${pm.unreadStances.length - 5} more` : ""}.`, "");
    for (const q of pm.quadrants) {
      const rows = pm.entries.filter((e) => e.quadrant === q.id);
      if (rows.length === 0 || q.id === "neutral" || q.id === "minor-opponents") {
        if (rows.length > 0) out.push(`**${q.title}** (${rows.length}) — ${q.advice}`, "");
        continue;
      }
      out.push(`### ${q.title} (${rows.length})`, "", q.advice, "", "| who | power | stance | best asker | must not ask | next step |", "|---|---:|---|---|---|---|");
      for (const e of rows.slice(0, md.max))
        out.push(
          `| ${cell(e.label)} | ${fix(e.influence, 2)} | ${e.alignmentLabel}${e.alignmentSource === "inferred" ? " (inferred)" : ""} | ${cell(e.askerLabel ?? (e.askSearched ? "no warm path" : "—"))} | ${cell(e.mustNotAsk.map((x) => x.label).join(", "))} | ${cell(e.nextStep)} |`,
        );
      if (rows.length > md.max) out.push(`| … and ${rows.length - md.max} more (see --json) |`);
      out.push("");
      const load = busiestAsker(rows);
      if (load) out.push(`${cell(load.sentence)} (\`--ask "NAME"\` ranks the askers for one of them.)`, "");
    }
    return out;
  },
};
