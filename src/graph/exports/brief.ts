/**
 * Coalition Map — the one-page brief for a meeting: the power map, the outreach plan's top ten
 * with their askers, the service gaps (and who could fill the missing ones), and the conflicts to
 * address first — everything an organizer takes to a coalition meeting, on one A4 or Letter page.
 *
 * Three steps, all pure (no DOM): `meetingBrief(report)` picks what goes on the page (fixed
 * numbers of lines, each at most two or three lines high, so the page never overflows: what is
 * longer is cut by the style sheet, whole in a tooltip); `briefTree(brief)` lays it out as a small element tree; and
 * `briefHtml(brief)` writes a whole HTML page (`--brief FILE`), every text escaped, no script, a
 * policy that allows nothing from anywhere. The map draws the same tree with its own DOM helper
 * (src/viz/share/brief-view.ts), so the printed page is the same from both. A brief from a
 * redacted report names no one (the report's pseudonyms).
 */
import type { FullReport } from "../analyze.js";
import type { QuadrantId } from "../power-map.js";
import { compareIds } from "../utils/compare-ids.js";
import { countWords } from "../utils/count-words.js";

export interface BriefPerson {
  label: string;
  /** Who should ask (the best asker), or null. */
  asker: string | null;
  /** Who must not (bad history), by name. */
  mustNot: string[];
}

export interface MeetingBrief {
  title: string;
  /** One line: how big the network is, and how the stance was known. */
  summary: string;
  redacted: boolean;
  powerMap: { id: QuadrantId; title: string; count: number; people: BriefPerson[] }[] | null;
  outreach: { rank: number; target: string; decisionMaker: string | null; asker: string | null; via: string | null; mustNot: string[] }[];
  gaps: {
    missing: { cell: string; fillers: string[] }[];
    missingMore: number;
    thin: number;
    duplicated: string[];
    unlinked: string[];
  } | null;
  conflicts: { sides: string; negativeTies: number; facilitators: string[] }[];
  turf: string[];
  poorAskers: string[];
}

export const BRIEF_DEFAULTS = { outreach: 10, perQuadrant: 3, missing: 3, fillers: 2, duplicated: 3, unlinked: 2, conflicts: 3, turf: 3, poorAskers: 6 } as const;

/** The grid's boxes as the page shows them: power high on top; opposed … for across. */
const GRID: QuadrantId[] = ["opponents", "persuadable", "champions", "minor-opponents", "neutral", "allies"];


/** What goes on the page (see the module comment). `title`: the coalition's name or its files. */
export function meetingBrief(report: FullReport, options: { title: string; redacted: boolean }): MeetingBrief {
  const d = BRIEF_DEFAULTS;
  const s = report.summary;
  const available = (id: string) => report.availability.find((a) => a.section === id)?.available !== false;
  const pm = report.powerMap;
  const entries = new Map(pm.entries.map((e) => [e.id, e]));
  const powerMap = available("powerMap")
    ? GRID.map((id) => {
        const q = pm.quadrants.find((x) => x.id === id);
        const people = pm.entries
          .filter((e) => e.quadrant === id)
          .slice(0, d.perQuadrant)
          .map((e) => ({ label: e.label, asker: e.askerLabel, mustNot: e.mustNotAsk.map((m) => m.label) }));
        return { id, title: q?.title ?? id, count: q?.count ?? 0, people };
      })
    : null;
  const outreach = report.outreach.slice(0, d.outreach).map((o, i) => {
    const via = o.path.length > 2 ? o.path.slice(1, -1).map((n) => report.nodes.find((x) => x.id === n)?.label ?? n).join(", ") : null;
    return { rank: i + 1, target: o.label, decisionMaker: o.decisionMakerLabel !== o.label ? o.decisionMakerLabel : null, asker: o.askerLabel, via, mustNot: (entries.get(o.target)?.mustNotAsk ?? []).map((m) => m.label) };
  });
  const g = report.gaps;
  const gaps = available("gaps")
    ? {
        missing: g.missing.slice(0, d.missing).map((m) => {
          const f = g.fillers.find((x) => x.service === m.service && x.area === m.area);
          return { cell: `${m.service} in ${m.area}${m.priority ? ` (${m.priority})` : ""}`, fillers: (f?.fillers ?? []).slice(0, d.fillers).map((x) => (x.askerLabel ? `${x.label} (ask: ${x.askerLabel})` : x.label)) };
        }),
        missingMore: Math.max(0, g.missing.length - d.missing),
        thin: g.thin.length,
        duplicated: g.duplicated.slice(0, d.duplicated).map((x) => `${x.service} in ${x.area}: ${countWords(x.providers.length, "provider", "providers")} not working together`),
        unlinked: g.unlinked.slice(0, d.unlinked).map((u) => `${u.services[0]} → ${u.services[1]} in ${u.area}: no referral tie`),
      }
    : null;
  const groups = [...report.conflicts.groups].sort((p, q) => q.negativeTies.length - p.negativeTies.length || p.id - q.id);
  const conflicts = groups.slice(0, d.conflicts).map((c) => ({
    sides: c.sideLabels.join(" vs "),
    negativeTies: c.negativeTies.length,
    facilitators: c.facilitators.slice(0, 3).map((f) => f.label),
  }));
  const turf = report.turf.pairs.slice(0, d.turf).map((p) => `${p.aLabel} · ${p.bLabel}: ${p.services.join(", ")} in ${p.areas.join(", ")}`);
  const poorAskers = [...report.conflicts.poorAskers]
    .sort((p, q) => q.negativeTies - p.negativeTies || compareIds(p.id, q.id))
    .slice(0, d.poorAskers)
    .map((p) => p.label);
  const stance = pm.alignmentFrom === "inferred" ? "support inferred from ties (no stance column)" : pm.alignmentFrom === "mixed" ? "support from the stance column, inferred where blank" : "support from the stance column";
  return {
    title: options.title,
    summary: `${countWords(s.people, "person", "people")}, ${countWords(s.organizations, "organization", "organizations")}, ${countWords((s.byStatus.core ?? 0) + (s.byStatus.member ?? 0), "member", "members")}; ${countWords(s.edges, "tie", "ties")} (${s.negativeTies} negative); ${stance}.`,
    redacted: options.redacted,
    powerMap,
    outreach,
    gaps,
    conflicts,
    turf,
    poorAskers,
  };
}

/** The page's tags (a small subset of HTML). */
export type BriefTag = "article" | "header" | "section" | "h1" | "h2" | "p" | "div" | "span" | "b" | "table" | "thead" | "tbody" | "tr" | "th" | "td" | "ul" | "li";

/** One element of the page: its tag, class, text (always text, never markup) and children. */
export interface BriefNode {
  tag: BriefTag;
  cls?: string;
  text?: string;
  /** The whole text, shown on hover, where a line may be cut. */
  title?: string;
  children?: BriefNode[];
}

const el = (tag: BriefTag, cls: string | undefined, ...children: (BriefNode | string | null)[]): BriefNode => {
  const kids = children.filter((c): c is BriefNode | string => c !== null).map((c) => (typeof c === "string" ? { tag: "span" as const, text: c } : c));
  return { tag, ...(cls ? { cls } : {}), children: kids };
};
const text = (tag: BriefTag, cls: string | undefined, t: string): BriefNode => ({ tag, ...(cls ? { cls } : {}), text: t, title: t });
const line = (t: string, cls = "line"): BriefNode => text("li", cls, t);

/** The brief as an element tree (see the module comment). */
export function briefTree(b: MeetingBrief): BriefNode {
  const sections: BriefNode[] = [];
  if (b.powerMap)
    sections.push(
      el(
        "section",
        "brief-power",
        text("h2", undefined, "Power map"),
        el(
          "div",
          "brief-grid",
          text("span", "axis axis-up", "more power ↑"),
          ...b.powerMap.map((q) =>
            el(
              "div",
              `brief-box q-${q.id}`,
              text("b", "box-title", `${q.title} · ${q.count}`),
              el("ul", undefined, ...q.people.map((p) => line(`${p.label}${p.asker ? ` — ask: ${p.asker}` : ""}${p.mustNot.length ? `; not ${p.mustNot.join(", ")}` : ""}`))),
            ),
          ),
          text("span", "axis axis-across", "opposed ← neutral → for"),
        ),
      ),
    );
  sections.push(
    el(
      "section",
      "brief-outreach",
      text("h2", undefined, "Whom to approach first — and who asks"),
      b.outreach.length === 0
        ? text("p", "muted", "No prospects to approach (mark prospects in a status column).")
        : el(
            "table",
            undefined,
            el("thead", undefined, el("tr", undefined, text("th", "num", "#"), text("th", undefined, "Approach"), text("th", undefined, "Decision maker"), text("th", undefined, "Who asks"), text("th", undefined, "Must not ask"))),
            el(
              "tbody",
              undefined,
              ...b.outreach.map((o) =>
                el(
                  "tr",
                  undefined,
                  text("td", "num", String(o.rank)),
                  text("td", undefined, o.target),
                  text("td", undefined, o.decisionMaker ?? "—"),
                  text("td", undefined, o.asker ? `${o.asker}${o.via ? ` (via ${o.via})` : ""}` : "no warm path"),
                  o.mustNot.length ? text("td", "bad", o.mustNot.join(", ")) : text("td", "muted", "—"),
                ),
              ),
            ),
          ),
    ),
  );
  const gapLines: BriefNode[] = [];
  if (b.gaps) {
    for (const m of b.gaps.missing) gapLines.push(line(`Missing: ${m.cell}${m.fillers.length ? ` — could fill: ${m.fillers.join("; ")}` : " — nobody offers it"}`, "line bad"));
    if (b.gaps.missingMore > 0) gapLines.push(line(`… and ${b.gaps.missingMore} more missing`));
    if (b.gaps.missing.length === 0) gapLines.push(line("No needed service is missing."));
    if (b.gaps.thin > 0) gapLines.push(line(`${countWords(b.gaps.thin, "service-area has", "service-areas have")} a single provider (thin).`));
    for (const x of b.gaps.duplicated) gapLines.push(line(`Duplicated: ${x}`));
    for (const x of b.gaps.unlinked) gapLines.push(line(`Hand-off: ${x}`));
  } else gapLines.push(line("Needs organizations' services and areas."));
  const conflictLines: BriefNode[] = [];
  for (const c of b.conflicts) conflictLines.push(line(`${c.sides}: ${countWords(c.negativeTies, "negative tie", "negative ties")}; ${c.facilitators.length ? `facilitators: ${c.facilitators.join(", ")}` : "no neutral facilitator"}`, "line bad"));
  if (b.conflicts.length === 0) conflictLines.push(line("No bad history recorded."));
  for (const t of b.turf) conflictLines.push(line(`Turf: ${t}`));
  if (b.poorAskers.length) conflictLines.push(line(`Keep out of asks (bad history): ${b.poorAskers.join(", ")}`));
  sections.push(
    el("div", "brief-columns", el("section", "brief-gaps", text("h2", undefined, "Service gaps"), el("ul", undefined, ...gapLines)), el("section", "brief-conflicts", text("h2", undefined, "Conflicts to address first"), el("ul", undefined, ...conflictLines))),
  );
  return el(
    "article",
    "meeting-brief",
    el("header", undefined, text("h1", undefined, `Coalition brief — ${b.title}`), text("p", "muted", `${b.summary}${b.redacted ? " Names replaced by pseudonyms." : " Names people: do not pass on."}`)),
    ...sections,
  );
}

/**
 * The brief's style sheet: sized to print on one A4 or Letter page (the smaller of each side),
 * system fonts, lines cut with an ellipsis rather than wrapped.
 */
export const BRIEF_CSS = `
@page { size: auto; margin: 10mm; }
.meeting-brief { font: 9pt/1.3 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1f2933; width: 186mm; max-height: 255mm; overflow: hidden; margin: 0 auto; }
.meeting-brief h1 { font-size: 14pt; margin: 0 0 1mm; }
.meeting-brief h2 { font-size: 10.5pt; margin: 3mm 0 1.5mm; border-bottom: 0.4pt solid #9aa5b1; padding-bottom: 0.5mm; }
.meeting-brief p { margin: 0; }
.meeting-brief .muted { color: #5f6b7a; }
.meeting-brief .bad { color: #8a1f16; }
.meeting-brief ul { list-style: none; margin: 0; padding: 0; }
.meeting-brief td, .meeting-brief .box-title { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.meeting-brief .line { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden; }
.meeting-brief .brief-box .line { -webkit-line-clamp: 2; }
.meeting-brief .brief-grid { display: grid; grid-template-columns: 5mm repeat(3, 1fr); grid-template-rows: auto auto auto; gap: 1.2mm; }
.meeting-brief .axis { color: #5f6b7a; font-size: 7.5pt; }
.meeting-brief .axis-up { grid-row: 1 / 3; grid-column: 1; writing-mode: vertical-rl; transform: rotate(180deg); text-align: center; }
.meeting-brief .axis-across { grid-column: 2 / 5; text-align: center; }
.meeting-brief .brief-box { border: 0.5pt solid #9aa5b1; border-radius: 1.5mm; padding: 1.2mm 1.8mm; min-width: 0; height: 30mm; overflow: hidden; }
.meeting-brief .box-title { display: block; font-size: 8.5pt; margin-bottom: 0.5mm; }
.meeting-brief .brief-box .line { font-size: 8pt; }
.meeting-brief .q-champions { background: #eef6f0; } .meeting-brief .q-allies { background: #f6faf7; }
.meeting-brief .q-opponents { background: #fbefee; } .meeting-brief .q-minor-opponents { background: #fdf7f6; }
.meeting-brief .q-persuadable { background: #fdf6e7; } .meeting-brief .q-neutral { background: #f5f6f8; }
.meeting-brief table { width: 100%; border-collapse: collapse; table-layout: fixed; }
.meeting-brief th, .meeting-brief td { text-align: left; padding: 0.6mm 1mm; border-bottom: 0.3pt solid #dde2e8; }
.meeting-brief th { font-size: 8pt; color: #5f6b7a; font-weight: 600; }
.meeting-brief th:nth-child(1) { width: 7mm; } .meeting-brief th:nth-child(2) { width: 27%; } .meeting-brief th:nth-child(3) { width: 19%; } .meeting-brief th:nth-child(5) { width: 17%; }
.meeting-brief .num { text-align: right; }
.meeting-brief .brief-columns { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; }
.meeting-brief .brief-columns section { min-width: 0; }
.meeting-brief .brief-columns .line { margin: 0.5mm 0; }
`;

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** One element as HTML: tag and class are ours (constants), text and title escaped. */
function nodeHtml(n: BriefNode): string {
  const attrs = `${n.cls ? ` class="${escapeHtml(n.cls)}"` : ""}${n.title ? ` title="${escapeHtml(n.title)}"` : ""}`;
  return `<${n.tag}${attrs}>${n.text !== undefined ? escapeHtml(n.text) : ""}${(n.children ?? []).map(nodeHtml).join("")}</${n.tag}>`;
}

/** The brief as a whole HTML page, ready to print (see the module comment). */
export function briefHtml(b: MeetingBrief): string {
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8" />',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'" />`,
    `<title>${escapeHtml(`Coalition brief — ${b.title}`)}</title>`,
    `<style>body { margin: 0; background: #fff; }${BRIEF_CSS}</style>`,
    "</head>",
    "<body>",
    nodeHtml(briefTree(b)),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
