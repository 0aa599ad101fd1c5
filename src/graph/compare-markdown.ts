/**
 * Coalition Map — "How the coalition changed", the report section of `--compare` (compare.ts):
 * the findings in words first, then the figures before and after, who joined and left, and the
 * ties added, removed, strengthened and weakened. User text goes through `markdownCell`.
 */
import type { CoalitionChange, RoundFigures, TieChange, TieStrengthChange } from "./compare.js";
import { countedList, fix, pct } from "./registry/markdown.js";
import { markdownCell as cell } from "./utils/markdown-cell.js";

export interface ChangeMarkdownOptions {
  /** Rows per list before "… and N more". Default 15. */
  max?: number;
}

function tieWords(t: TieChange): string {
  const kind = t.membership ? "membership" : t.type.replace(/_/g, " ");
  return `${cell(t.fromLabel)} – ${cell(t.toLabel)} (${cell(kind)}${t.sign < 0 ? ", negative" : ""}, strength ${t.strength})`;
}

function strengthWords(t: TieStrengthChange): string {
  return `${cell(t.fromLabel)} – ${cell(t.toLabel)} (${cell(t.type.replace(/_/g, " "))}): ${t.before} → ${t.strength}`;
}

function figureRows(b: RoundFigures, a: RoundFigures): string[] {
  const across = (x: { across: number; of: number; share: number } | null) => (x === null ? "—" : `${x.across} of ${x.of} (${pct(x.share)})`);
  const rows: [string, string, string][] = [
    ["Nodes (people and organizations)", String(b.nodes), String(a.nodes)],
    ["Ties", String(b.ties), String(a.ties)],
    ["Members (core and member)", String(b.members), String(a.members)],
    ["Density", fix(b.density), fix(a.density)],
    ["Degree centralization", fix(b.centralization, 2), fix(a.centralization, 2)],
    ["Average tie strength", fix(b.averageStrength, 2), fix(a.averageStrength, 2)],
    ["Communities", String(b.communities), String(a.communities)],
    ["Ties across communities", across(b.acrossCommunities), across(a.acrossCommunities)],
    ["Good ties across factions", across(b.acrossFactions), across(a.acrossFactions)],
    ["Service gaps (missing, thin, duplicated, unlinked)", b.gaps === null ? "—" : String(b.gaps), a.gaps === null ? "—" : String(a.gaps)],
    ["Members with lived experience", String(b.livedExperience.count), String(a.livedExperience.count)],
    ["… their average number of ties", fix(b.livedExperience.meanDegree, 1), fix(a.livedExperience.meanDegree, 1)],
    ["… where they stand among member people", pct(b.livedExperience.meanPercentile), pct(a.livedExperience.meanPercentile)],
    [`Brokerage held by the top ${a.brokerage.top.length}`, pct(b.brokerage.topShare), pct(a.brokerage.topShare)],
  ];
  return [`| | ${cell(b.label)} | ${cell(a.label)} |`, "|---|---:|---:|", ...rows.map(([k, x, y]) => `| ${k} | ${x} | ${y} |`), ""];
}

/** The section's lines, heading included. */
export function changeMarkdown(c: CoalitionChange, options: ChangeMarkdownOptions = {}): string[] {
  const max = options.max ?? 15;
  const m = c.matching;
  const out = [
    "## How the coalition changed",
    "",
    c.basis === "dates"
      ? `The coalition as it was on ${cell(c.asOf ?? "")} (from the since, until, joined and left dates) against now (${cell(c.now ?? "")}).`
      : `${cell(c.before.label)} (earlier round) against ${cell(c.after.label)} (this round). Matched ${m.byId} people and organizations by id and ${m.byName} by name; ${m.onlyBefore} only in the earlier round, ${m.onlyAfter} only in this one.`,
    "",
    "The network-level criteria evaluators use (Provan & Milward 2001): membership growth, range of services (gaps), absence of duplication, relationship strength, integration (density, centralization, ties across communities).",
    "",
  ];
  for (const f of c.findings) out.push(`- ${cell(f)}`);
  out.push("", ...figureRows(c.before, c.after));
  out.push("| group | before | after | joined | left |", "|---|---:|---:|---:|---:|");
  for (const g of c.members.byGroup) out.push(`| ${g.group} | ${g.before} | ${g.after} | ${g.gained} | ${g.lost} |`);
  out.push("");
  out.push(...countedList("Members who joined", c.members.gained.map((x) => `${cell(x.label)} (${x.group}${x.how === "new" ? "" : `, ${x.how}`})`), max));
  out.push(...countedList("Members who left", c.members.lost.map((x) => `${cell(x.label)} (${x.group}${x.how === "gone" ? "" : `, ${x.how}`})`), max));
  out.push(...countedList("Ties added", c.ties.added.map(tieWords), max));
  out.push(...countedList("Ties removed", c.ties.removed.map(tieWords), max));
  out.push(...countedList("Ties strengthened", c.ties.strengthened.map(strengthWords), max));
  out.push(...countedList("Ties weakened", c.ties.weakened.map(strengthWords), max));
  if (c.gaps !== null) {
    out.push(...countedList("Service gaps closed", c.gaps.closed.map((g) => cell(g.words)), max));
    out.push(...countedList("Service gaps opened", c.gaps.opened.map((g) => cell(g.words)), max));
  }
  return out;
}
