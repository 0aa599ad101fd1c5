/**
 * Coalition Map — the full report as Markdown, for the terminal and `--out report.md`.
 *
 * Sections in the order an organizer plans from: who makes the ask, whom to approach first,
 * turf and bad history, service gaps, whom to recruit, balance, communities, standing — then the
 * network summary and the import report. User text is escaped for Markdown tables, never
 * interpreted.
 */
import type { AskResult } from "./ask.js";
import type { FullReport, UnresolvedAsk } from "./analyze.js";
import { renderMarkdown } from "./report.js";

export interface FullMarkdownOptions {
  /** Rows per table before "… and N more". Default 15. */
  maxRows?: number;
}

function cell(s: string | number | null | undefined): string {
  if (s === null || s === undefined) return "";
  return String(s).replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const fix = (x: number, d = 3) => (Number.isFinite(x) ? x.toFixed(d) : "—");

function isUnresolved(a: AskResult | UnresolvedAsk): a is UnresolvedAsk {
  return "error" in a;
}

/** The whole report as Markdown. */
export function renderFullMarkdown(report: FullReport, options: FullMarkdownOptions = {}): string {
  const max = options.maxRows ?? 15;
  const label = new Map(report.nodes.map((n) => [n.id, n.label]));
  const name = (id: string) => label.get(id) ?? id;
  const names = (ids: readonly string[]) => ids.map(name).join(", ");
  const out: string[] = [];
  const more = (n: number) => {
    if (n > max) out.push(`| … and ${n - max} more (see --json) |`);
  };
  const s = report.summary;

  out.push("# Coalition Map — report", "");
  out.push(
    `${s.nodes} nodes (${s.people} people, ${s.organizations} organizations), ${s.edges} ties ` +
      `(${s.negativeTies} negative), ${s.communities} communities (modularity ${fix(s.modularity)}).`,
    "",
  );
  const imp = report.import;
  if (imp.rejected > 0 || imp.merged > 0 || imp.warnings.length > 0) {
    const parts = [
      imp.rejected > 0 ? `${imp.rejected} row${imp.rejected === 1 ? " was" : "s were"} rejected` : "",
      imp.merged > 0 ? `${imp.merged} merged into earlier rows` : "",
      imp.warnings.length > 0 ? `${imp.warnings.length} warning${imp.warnings.length === 1 ? "" : "s"}` : "",
    ].filter(Boolean);
    out.push(`**Check your files:** of ${imp.rowsRead} rows read, ${parts.join(", ")} — see "Import" at the end, with the file, line and column of each.`, "");
  }
  if (s.approximateStanding) {
    out.push(
      `This network is large (${s.nodes} nodes): betweenness and closeness are estimated from a seeded sample of sources, so the ranking of brokers is approximate (same input, same estimate).`,
      "",
    );
  }
  const off = new Map(report.availability.filter((a) => !a.available).map((a) => [a.section, a.note]));
  /** A section the data can't answer: say why in one line instead of printing empty tables. */
  const skip = (section: string): boolean => {
    const note = off.get(section);
    if (note === undefined) return false;
    out.push(`Not available for this data: ${note}`, "");
    return true;
  };
  const missing = report.availability.filter((a) => !a.available);
  if (missing.length > 0) {
    out.push("**What this data can't answer yet:**", "");
    for (const a of missing) out.push(`- ${a.section}: ${a.note}`);
    out.push("");
  }

  // 1. Make the ask
  out.push("## Who should make the ask", "");
  if (report.asks.length === 0) {
    const top = [...report.nodes].sort((a, b) => b.betweenness - a.betweenness || (a.id < b.id ? -1 : 1))[0];
    out.push(`No ask targets: name one with --ask NAME${top ? ` (e.g. --ask "${cell(top.label)}")` : ""}.`, "");
  }
  for (const a of report.asks) {
    if (isUnresolved(a)) {
      out.push(`### ${cell(a.target)}`, "", a.error, "");
      continue;
    }
    out.push(`### ${cell(a.targetLabel)}`, "");
    out.push(a.decisionMakers.length > 0 ? `Decision makers: ${cell(names(a.decisionMakers))}.` : "No decision maker found.", "");
    if (a.askers.length === 0) out.push("No member has a positive path to the decision makers.", "");
    else {
      out.push("| # | asker | path | score | why |", "|---:|---|---|---:|---|");
      a.askers.slice(0, max).forEach((k, i) => {
        const path = k.steps.map((st, j) => `${j === 0 ? name(st.from) : ""} —${st.type}${s.hasStrength ? ` ${st.strength}` : ""}→ ${name(st.to)}`).join("");
        out.push(`| ${i + 1} | ${cell(k.label)} | ${cell(path)} | ${fix(k.score)} | ${cell(k.reasons.join("; "))} |`);
      });
      more(a.askers.length);
      out.push("");
    }
    if (a.excluded.length > 0) {
      out.push("Must not ask:", "");
      for (const x of a.excluded.slice(0, max)) out.push(`- ${cell(x.label)} — ${cell(x.reason)}`);
      out.push("");
    }
  }

  // 2. Outreach
  out.push("## Whom to approach first (outreach plan)", "");
  if (skip("outreach")) {
    // nothing more
  } else if (report.outreach.length === 0) out.push("No prospects.", "");
  else {
    out.push("| # | target | decision maker | asker | score | why |", "|---:|---|---|---|---:|---|");
    report.outreach.slice(0, max).forEach((e, i) => {
      out.push(`| ${i + 1} | ${cell(e.label)} | ${cell(e.decisionMakerLabel)} | ${cell(e.askerLabel ?? "no warm path")} | ${fix(e.score)} | ${cell(e.reasons.join("; "))} |`);
    });
    more(report.outreach.length);
    out.push("", "(Full plan as CSV: --outreach FILE.)", "");
  }

  // 3. Turf and bad history
  out.push("## Turf and bad history", "");
  const t = report.turf;
  if (off.has("turf")) out.push(`Turf — not available for this data: ${off.get("turf")}`, "");
  else if (t.pairs.length === 0) out.push("No turf: no two organizations offer the same service to the same area without a tie.", "");
  else {
    out.push("Organizations offering the same service in the same area with no positive tie between them:", "");
    out.push("| organizations | services | areas |", "|---|---|---|");
    for (const p of t.pairs.slice(0, max)) out.push(`| ${cell(p.aLabel)} · ${cell(p.bLabel)} | ${cell(p.services.join(", "))} | ${cell(p.areas.join(", "))} |`);
    more(t.pairs.length);
    out.push("");
  }
  const c = report.conflicts;
  if (c.groups.length === 0) out.push("No bad history: no negative ties.", "");
  for (const g of c.groups) {
    out.push(`### Conflict ${g.id + 1}: ${cell(g.sideLabels.join(" vs "))}`, "");
    out.push(`- Side A: ${cell(names(g.sides[0]))}`);
    out.push(`- Side B: ${cell(names(g.sides[1]))}`);
    const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
    out.push(
      `- ${n(g.negativeTies.length, "negative tie", "negative ties")}; ` +
        (g.frustration === 0
          ? "the two sides explain all of them"
          : `${n(g.frustration, "tie does", "ties do")} not fit this split (${n(g.positiveAcross, "good tie", "good ties")} across the sides, ${n(g.negativeInside, "bad tie", "bad ties")} within a side)`) +
        `${g.exact ? "" : " (best split found by a heuristic)"}.`,
    );
    if (g.facilitators.length > 0) out.push(`- Neutral facilitators: ${g.facilitators.map((f) => `${cell(f.label)} (${f.tiesToSides[0]} ties to A, ${f.tiesToSides[1]} to B)`).join("; ")}`);
    else out.push("- No neutral facilitator with ties to both sides.");
    out.push("");
  }
  if (c.poorAskers.length > 0) {
    out.push("People whose bad history makes them poor askers:", "");
    for (const p of c.poorAskers.slice(0, max)) out.push(`- ${cell(p.label)}: ${p.negativeTies} negative tie(s), with ${cell(names(p.with))}`);
    out.push("");
  }

  // 4. Gaps
  const gp = report.gaps;
  out.push("## Service gaps", "");
  if (!skip("gaps")) renderGaps();
  function renderGaps(): void {
  const catalog = gp.needsSource === "default catalog";
  out.push(
    catalog
      ? `No services.csv was given, so every service of the default catalog of victim services counts as needed in every area (${gp.services.length} services × ${gp.areas.length} areas). Add a services.csv (service, area, priority) to say what your coalition actually needs.`
      : `Needs from services.csv; ${gp.services.length} services × ${gp.areas.length} areas.`,
    "",
  );
  const gapList = (title: string, rows: string[]) => {
    out.push(`**${title}** (${rows.length})`, "");
    if (rows.length === 0) out.push("- none");
    for (const r of rows.slice(0, max)) out.push(`- ${r}`);
    if (rows.length > max) out.push(`- … and ${rows.length - max} more`);
    out.push("");
  };
  gapList(catalog ? "Not offered by anyone (compared with the default catalog)" : "Missing — needed, no provider", gp.missing.map((m) => `${cell(m.service)} in ${cell(m.area)}${m.priority ? ` (priority ${cell(m.priority)})` : ""}`));
  gapList("Thin — one provider", gp.thin.map((m) => `${cell(m.service)} in ${cell(m.area)}: only ${cell(m.providerLabel)}`));
  gapList("Duplicated without coordination", gp.duplicated.map((d) => `${cell(d.service)} in ${cell(d.area)}: ${cell(names(d.providers))}`));
  gapList("Unlinked hand-offs", gp.unlinked.map((u) => `${cell(u.services[0])} ↔ ${cell(u.services[1])} in ${cell(u.area)}: ${cell(names(u.providers[0]))} / ${cell(names(u.providers[1]))} have no referral or partner tie`));
  if (gp.areas.length > 0 && gp.services.length > 0) {
    const sym: Record<string, string> = { missing: "✗ missing", thin: "1 thin", duplicated: "‼ dup", covered: "✓", "not needed": "·" };
    out.push(`| service | ${gp.areas.map(cell).join(" | ")} |`, `|---|${gp.areas.map(() => "---").join("|")}|`);
    for (const svc of gp.services) {
      const row = gp.areas.map((area) => {
        const m = gp.matrix.find((x) => x.service === svc && x.area === area);
        return m ? `${sym[m.status] ?? m.status}${m.providers.length > 1 ? ` (${m.providers.length})` : ""}` : "";
      });
      out.push(`| ${cell(svc)} | ${row.join(" | ")} |`);
    }
    out.push("");
  }

  }

  // 5. Recruits and balance
  out.push("## Whom to recruit", "");
  if (skip("recruits")) {
    // nothing more
  } else if (report.recruits.length === 0) out.push("No recruits suggested (needs coalition members and non-members).", "");
  else {
    out.push("| # | who | adds | why |", "|---:|---|---|---|");
    report.recruits.slice(0, max).forEach((r, i) => {
      const adds = [
        r.adds.communities.length ? `${r.adds.communities.length} communit${r.adds.communities.length === 1 ? "y" : "ies"}` : "",
        r.adds.sectors.length ? `sectors: ${r.adds.sectors.join(", ")}` : "",
        r.adds.areas.length ? `areas: ${r.adds.areas.join(", ")}` : "",
      ].filter(Boolean);
      out.push(`| ${i + 1} | ${cell(r.label)}${r.influenceKind ? ` (${r.influenceKind})` : ""} | ${cell(adds.join("; "))} | ${cell(r.reasons.join("; "))} |`);
    });
    out.push("");
  }
  const comp = report.composition;
  out.push("## Balance of the coalition", "");
  if (!skip("composition")) {
    out.push("| group | members | share |", "|---|---:|---:|");
    for (const g of comp.groups) out.push(`| ${cell(g.group)} | ${g.count} | ${comp.members > 0 ? pct(g.count / comp.members) : "—"} |`);
    out.push("");
    for (const f of comp.findings) out.push(`- ${cell(f)}`);
    out.push("");
  }

  // 6. Communities
  out.push("## Communities", "");
  out.push("| # | label | size | most central |", "|---:|---|---:|---|");
  for (const cm of report.communities.slice(0, max)) out.push(`| ${cm.id} | ${cell(cm.label)} | ${cm.size} | ${cell(names(cm.central.slice(0, 3)))} |`);
  more(report.communities.length);
  out.push("");

  // 7. Standing
  out.push("## Most central (betweenness)", "");
  const top = [...report.nodes].sort((a, b) => b.betweenness - a.betweenness || (a.id < b.id ? -1 : 1)).slice(0, 10);
  out.push("| who | status | degree | betweenness | PageRank | constraint |", "|---|---|---:|---:|---:|---:|");
  for (const n of top) out.push(`| ${cell(n.label)} | ${n.status} | ${n.degree} | ${fix(n.betweenness)} | ${fix(n.pagerank)} | ${n.constraint === null ? "—" : fix(n.constraint)} |`);
  out.push("");

  // Network summary and import report (the foundation's summary).
  out.push(renderMarkdown({ summary: report.summary, nodes: [], ties: [], import: report.import }).replace("# Coalition Map — network summary", "## Network summary").replace(/^## /gm, "### ").replace("### Network summary", "## Network summary"));
  return out.join("\n");
}
