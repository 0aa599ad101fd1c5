/**
 * Coalition Map — the full report as Markdown, for the terminal and `--out report.md`.
 *
 * A short header (the network in one sentence, import problems, what the data can't answer),
 * then one section per analysis in reading order (registry.ts: the questions an organizer plans
 * from, then communities and standing), then the network summary and the import report. Each
 * section's body is written by its analysis; a section the data can't support says why in one
 * line. User text is escaped for Markdown tables, never interpreted, and nothing in it can act on a
 * terminal (terminal-safe-text.ts).
 */
import type { FullReport } from "./analyze.js";
import { readingOrder } from "./registry.js";
import { fix } from "./registry/markdown.js";
import type { MarkdownContext } from "./registry/types.js";
import { renderMarkdown } from "./report.js";
import { longDate } from "./analyses/rotation.js";
import { terminalSafeText } from "./utils/terminal-safe-text.js";

export interface FullMarkdownOptions {
  /** Rows per table before "… and N more". Default 15. */
  maxRows?: number;
  /** Lines put after the header, before the analyses (e.g. "How the coalition changed"). */
  preface?: readonly string[];
}

function header(report: FullReport): string[] {
  const s = report.summary;
  const out = [
    "# Coalition Map — report",
    "",
    // The next coalition meeting (--next-meeting) heads the report, as it heads the rotation.
    ...(report.rotation?.nextMeeting ? [`**Next coalition meeting: ${longDate(report.rotation.nextMeeting)} (${report.rotation.nextMeeting}).**`, ""] : []),
    `${s.nodes} nodes (${s.people} people, ${s.organizations} organizations), ${s.edges} ties (${s.negativeTies} negative), ${s.communities} communities (modularity ${fix(s.modularity)}; ${s.communityMethod}).`,
    "",
  ];
  const imp = report.import;
  if (imp.rejected > 0 || imp.merged > 0 || imp.warnings.length > 0) {
    const parts = [
      imp.rejected > 0 ? `${imp.rejected} row${imp.rejected === 1 ? " was" : "s were"} rejected` : "",
      imp.merged > 0 ? `${imp.merged} merged into earlier rows` : "",
      imp.warnings.length > 0 ? `${imp.warnings.length} warning${imp.warnings.length === 1 ? "" : "s"}` : "",
    ].filter(Boolean);
    out.push(`**Check your files:** of ${imp.rowsRead} rows read, ${parts.join(", ")} — see "Import" at the end, with the file, line and column of each.`, "");
  }
  if (s.twoMode)
    out.push(
      `**Two-mode data** (${s.twoMode.modes[0]} × ${s.twoMode.modes[1]}, told apart by ${s.twoMode.basis}): each side is measured on the ties its members share through the other (Newman's shared-affiliation weights), so the events or committees are not counted as brokers between people. Use --one-mode to measure it as one network.`,
      "",
    );
  if (s.directed) out.push("Ties keep their direction for betweenness, closeness (how easily others reach someone) and PageRank (--directed).", "");
  if (!s.weighted && s.hasStrength) out.push("Tie strengths are ignored: every tie counts 1 (--unweighted).", "");
  if (s.approximateStanding) out.push(`This network is large (${s.nodes} nodes). ${s.standingMethod.description} (Same input, same estimate.)`, "");
  const missing = report.availability.filter((a) => !a.available);
  if (missing.length > 0) {
    out.push("**What this data can't answer yet:**", "");
    for (const a of missing) out.push(`- ${a.section}: ${a.note}`);
    out.push("");
  }
  return out;
}

/** The whole report as Markdown. */
export function renderFullMarkdown(report: FullReport, options: FullMarkdownOptions = {}): string {
  const label = new Map(report.nodes.map((n) => [n.id, n.label]));
  const md: MarkdownContext = {
    max: options.maxRows ?? 15,
    summary: report.summary,
    nodes: report.nodes,
    name: (id) => label.get(id) ?? id,
    names: (ids) => ids.map((id) => label.get(id) ?? id).join(", "),
  };
  const off = new Map(report.availability.filter((a) => !a.available).map((a) => [a.section, a.note]));
  const sections: Record<string, unknown> = report;
  const out = header(report);
  if (options.preface !== undefined) out.push(...options.preface);
  for (const a of readingOrder()) {
    out.push(`## ${a.title}`, "");
    const note = off.get(a.id);
    if (note !== undefined) out.push(`Not available for this data: ${note}`, "");
    else out.push(...a.markdown(sections[a.id], md));
  }
  // The network summary and the import report, with their headings one level down.
  const summary = renderMarkdown({ summary: report.summary, nodes: [], ties: [], import: report.import });
  out.push(summary.replace("# Coalition Map — network summary", "## Network summary").replace(/^## /gm, "### ").replace("### Network summary", "## Network summary"));
  // Names reach sentences as well as table cells: nothing in the report may act on the terminal it is printed on.
  return terminalSafeText(out.join("\n"));
}
