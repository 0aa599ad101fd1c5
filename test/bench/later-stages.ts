/**
 * The analyses after standing and communities, each run alone on one network (standing's quick
 * estimate and the communities computed once first): wall and CPU seconds of each, best of ROUNDS —
 * to measure a change to the power map, recruits, the rotation or the base report without running
 * the whole command. `npx tsx test/bench/later-stages.ts DIR [ROUNDS]` (DIR from write-network.ts).
 */
import { runOptions } from "../../src/graph/analyze.js";
import { communitiesAnalysis } from "../../src/graph/analyses/communities.js";
import { standingAnalysis } from "../../src/graph/analyses/standing.js";
import { ANALYSIS_LIST } from "../../src/graph/registry.js";
import { dataProfile } from "../../src/graph/registry/profile.js";
import type { AnalysisContext } from "../../src/graph/registry/types.js";
import { buildReport, summarize } from "../../src/graph/report.js";
import { importCoalition } from "../../src/import/index.js";
import { readInputs } from "./import.js";
import { best } from "./pipeline.js";

const { graph, report: importReport } = importCoalition(readInputs(process.argv[2] ?? "/tmp/coalition-net-10000"));
const rounds = Number(process.argv[3] ?? 3);
const options = runOptions({ quickEstimate: true, rotationStart: "2026-12-07" });
const shared = new Map<string, unknown>();
/** A context whose standing and communities are computed once; every other analysis afresh. */
const ctx: AnalysisContext = {
  graph,
  options,
  profile: dataProfile(graph),
  use<R>(analysis: { id: string; run(c: AnalysisContext): R }): R {
    if (analysis.id !== standingAnalysis.id && analysis.id !== communitiesAnalysis.id) return analysis.run(ctx);
    if (!shared.has(analysis.id)) shared.set(analysis.id, analysis.run(ctx));
    return shared.get(analysis.id) as R;
  },
};
ctx.use(standingAnalysis);
ctx.use(communitiesAnalysis);

function row(name: string, run: () => unknown): void {
  const { wall, cpu } = best(name, rounds, run);
  console.log(`| ${name} | ${wall.toFixed(2)} | ${cpu.toFixed(2)} |`);
}

console.log("| piece | wall s | CPU s |\n| --- | ---: | ---: |");
row("base report (summary with components, nodes, ties)", () => buildReport(graph, importReport));
row("summary alone (counts, components)", () => summarize(graph));
for (const a of ANALYSIS_LIST) if (a.id !== standingAnalysis.id && a.id !== communitiesAnalysis.id) row(a.id, () => ctx.use(a));
