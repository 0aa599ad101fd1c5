/**
 * Details of the selected node: attributes, measures, community, its conflicts, its ties, and
 * who can make the ask to it (computed in the worker on demand; the rest answers at once from
 * the data already in the page).
 */
import type { AskResult } from "../../graph/ask.js";
import type { AppContext, Panel } from "../context.js";
import { count, fmt, h } from "../dom.js";
import type { Dataset } from "../dataset.js";
import { askHighlight, nodeLink, pathView, selectableItem, markSelected } from "./common.js";
import { createFiguresChoice } from "../app/figures-choice.js";
import { MEASURE_WORDS, type MeasureKey } from "./text/measure-words.js";
import { rankedPhrase, ranksOf, ranksSource, type StandingRanks } from "../standing-ranks.js";
import { networkCounts } from "../network-counts.js";

/**
 * Where every node stands on each measure, for "higher than 80% of the network" and the top
 * brokers: the analysis worker's, sent with the analysis (a refined analysis brings its own), or
 * computed once (standing-ranks.ts). A click then costs two binary searches per measure.
 */
function ranks(ds: Dataset): StandingRanks | null {
  return ds.analysis ? ranksOf(ds.analysis.report.nodes) : null;
}

/** A measure's number, what it means for an organizer, and where the node stands. */
function measure(ds: Dataset, key: MeasureKey, value: number | null, suffix = ""): HTMLElement {
  const r = ranks(ds);
  const where = r ? rankedPhrase(r, key, value) : "";
  return h(
    "span",
    { className: "measure", data: { measure: key } },
    h("span", { className: "measure-value" }, `${fmt(value)}${value === null ? "" : suffix}${where ? ` — ${where}` : ""}`),
    h("span", { className: "measure-words" }, MEASURE_WORDS[key]),
  );
}

/** A score as the report rounds it, in few digits (a margin). */
const plain = (x: number): string => Number(x.toPrecision(2)).toString();

/**
 * What to say beside a node's betweenness and closeness: nothing when exact; "quick estimate for
 * now" while quick estimates are refined; "quick estimate" when they stay so; the margin of the
 * guaranteed estimate ("estimate within ±…", the largest margin, 99% confidence).
 */
function estimateNotes(ds: Dataset): { betweenness: string; closeness: string } {
  const analysis = ds.analysis;
  const method = analysis?.report.summary.standingMethod;
  if (!analysis || method?.kind !== "estimate") return { betweenness: "", closeness: "" };
  if (method.betweennessMargin === undefined) {
    const quick = analysis.refining ? "quick estimate for now" : "quick estimate";
    return { betweenness: quick, closeness: quick };
  }
  const confidence = method.confidence !== undefined ? ` with ${Number((100 * method.confidence).toPrecision(3))}% confidence` : "";
  return { betweenness: `estimate within ±${plain(method.betweennessMargin)}${confidence}`, closeness: "estimate within a stated margin" };
}

const STATUS_WORDS: Record<string, string> = { core: "Core member", member: "Member", prospect: "Prospect", none: "Outside the coalition" };

function kv(rows: [string, Node | string | null | undefined][]): HTMLElement {
  const dl = h("dl", { className: "kv" });
  for (const [k, v] of rows) {
    if (v === null || v === undefined || v === "") continue;
    dl.append(h("dt", {}, k), h("dd", {}, v));
  }
  return dl;
}

export const panel: Panel = {
  id: "details",
  tab: "Details",
  shouldUpdate: (s, prev) => s.selected !== prev.selected,
  render(ctx: AppContext): HTMLElement {
    const ds = ctx.dataset();
    const id = ctx.store.state.selected;
    if (!ds || !id || !ds.graph.hasNode(id)) {
      return h(
        "div",
        {},
        h("h2", {}, "Details"),
        h("p", { className: "hint" }, "Click a person or organization on the map, or find one with the search box, to see who they are, how they stand in the network and who can make the ask to them."),
        ds ? summary(ctx) : null,
      );
    }
    const g = ds.graph;
    const a = g.getNodeAttributes(id);
    const m = ds.standing.get(id);
    const comm = ds.communities.communities[ds.communities.assignment[id] ?? -1];
    // data-ranks: whether "higher than 80%…" was read from the worker's ranks or computed here (the browser tests check it).
    const nodes = ranks(ds) ? ds.analysis?.report.nodes : undefined;
    const root = h("div", { id: "details", data: { node: id, ...(nodes ? { ranks: ranksSource(nodes) ?? "none" } : {}) } });
    root.append(
      h("h2", { id: "details-name" }, a.label),
      h("p", { className: "hint" }, `${a.kind === "organization" ? "Organization" : "Person"} · ${STATUS_WORDS[a.status] ?? a.status}${a.decisionMaker ? " · decision maker" : ""}${a.livedExperience ? " · lived experience" : ""}${a.anchor ? " · anchor organization" : ""}`),
      kv([
        ["Organization", a.organization && g.hasNode(a.organization) ? nodeLink(ctx, ds, a.organization) : a.organization],
        ["Role", a.role],
        ["Sector", a.sector],
        ["Areas", a.areas.join(", ")],
        ["Services", a.services.join(", ")],
        ["Tags", a.tags.join(", ")],
        ["Community", comm ? comm.label : undefined],
        ["Group", ds.groups[id]],
        ["Notes", a.notes],
        ...Object.entries(a.extra).map(([k, v]) => [k, v] as [string, string]),
        ["Source", a.source ? `${a.source.file}:${a.source.line}` : a.inferred ? "named in a tie only" : undefined],
      ]),
    );
    if (m) {
      // A large network's betweenness and closeness may be estimates (quick ones being refined, or
      // within a stated margin): said beside them, with the margin when there is one.
      const { betweenness: brokerNote, closeness: closenessNote } = estimateNotes(ds);
      root.append(
        h("h3", {}, "Standing in the network"),
        kv([
          ["Connections", String(m.degree)],
          ["Tie strength", fmt(m.strength)],
          ["Broker score", measure(ds, "betweenness", m.betweenness, ` (betweenness${brokerNote ? `, ${brokerNote}` : ""})`)],
          ["Closeness", measure(ds, "closeness", m.closeness, closenessNote ? ` (${closenessNote})` : "")],
          ["Influence", measure(ds, "pagerank", m.pagerank, " (PageRank)")],
          // Plain names first; the measure's own name in brackets, for those who know it.
          ["Insider score", measure(ds, "eigenvector", m.eigenvector, " (eigenvector)")],
          ["Boxed in", measure(ds, "constraint", m.constraint, " (constraint)")],
          ["Separate circles", measure(ds, "effectiveSize", m.effectiveSize, " (effective size)")],
        ]),
      );
    }
    // Conflicts and ties, straight from the graph.
    const negatives: HTMLElement[] = [];
    const ties = new Map<string, string[]>();
    g.forEachEdge(id, (_e, ea, s, t) => {
      const other = s === id ? t : s;
      if (ea.sign < 0) {
        negatives.push(h("li", {}, nodeLink(ctx, ds, other), ` — ${ea.type.replace(/_/g, " ")}${ea.notes ? `: ${ea.notes}` : ""}`));
      } else {
        const list = ties.get(ea.type) ?? [];
        list.push(other);
        ties.set(ea.type, list);
      }
    });
    root.append(h("h3", {}, "Conflicts"));
    root.append(negatives.length ? h("ul", { className: "reasons", id: "details-conflicts" }, ...negatives) : h("p", { className: "muted" }, "No conflict or bad history recorded."));
    root.append(h("h3", {}, "Ties"));
    for (const [type, others] of [...ties].sort((x, y) => y[1].length - x[1].length)) {
      const shown = [...new Set(others)].slice(0, 30);
      const line = h("div", { className: "path" }, h("span", { className: "step" }, `${type.replace(/_/g, " ")} (${others.length}): `));
      shown.forEach((o, i) => {
        if (i > 0) line.append(", ");
        line.append(nodeLink(ctx, ds, o));
      });
      if (others.length > shown.length) line.append(` … +${others.length - shown.length}`);
      root.append(line);
    }
    // Who can make the ask — asked of the worker, so a click never waits for it.
    const askBox = h("div", { id: "details-ask" }, h("p", { className: "muted" }, "Finding who can make the ask…"));
    root.append(h("h3", {}, "Who can make the ask"), askBox);
    const datasetId = ds.id;
    ctx.client
      .ask(datasetId, id)
      .then((r: AskResult) => {
        if (ctx.store.state.selected !== id || ctx.dataset()?.id !== datasetId) return;
        askBox.replaceChildren();
        if (r.askers.length === 0) askBox.append(h("p", { className: "muted" }, "No member has a warm path to this target."));
        const list = h("ul", { className: "list", role: "listbox", attrs: { "aria-label": "Askers" } });
        for (const asker of r.askers.slice(0, 5)) {
          const li = selectableItem(false, () => {
            markSelected(list, li);
            ctx.highlight(askHighlight(ds, r, asker, "details"));
          }, h("div", { className: "row1" }, h("span", { className: "title", title: asker.label }, asker.label), h("span", { className: "score" }, `warmth ${fmt(asker.score, 2)}`)), pathView(ds, asker));
          list.append(li);
        }
        askBox.append(list);
        if (r.excluded.length) askBox.append(h("p", { className: "muted" }, `${count(r.excluded.length, "member")} excluded for bad history — see “Make the ask”.`));
      })
      .catch((err: unknown) => {
        askBox.replaceChildren(h("p", { className: "muted" }, err instanceof Error ? err.message : String(err)));
      });
    return root;
  },
};

function summary(ctx: AppContext): HTMLElement {
  const ds = ctx.dataset();
  if (!ds) return h("div");
  const g = ds.graph;
  const { people, orgs, members, negative } = networkCounts(g);
  // The five highest broker scores (standing-ranks.ts: found once per analysis, not sorted here).
  const top = ranks(ds)?.topBrokers ?? [];
  const box = h(
    "div",
    { id: "summary" },
    h("h3", {}, "This network"),
    kv([
      ["People", String(people)],
      ["Organizations", String(orgs)],
      ["Members", String(members)],
      ["Ties", String(g.size)],
      ["Negative ties", String(negative)],
      ["Communities", String(ds.communities.communities.length)],
    ]),
  );
  if (top.length) {
    const line = h("div", { className: "path" });
    top.forEach((id, i) => {
      // Each name with its comma in one unbreakable piece: a comma never starts a line.
      const piece = h("span", { className: "nowrap" }, nodeLink(ctx, ds, id), i < top.length - 1 ? "," : "");
      line.append(piece, i < top.length - 1 ? " " : "");
    });
    box.append(h("h3", {}, "Top brokers"), line);
  }
  const analysis = ds.analysis;
  const summary = analysis?.report.summary;
  // How broker scores are computed, the user's choice, beside the words saying how they were.
  if (analysis && !ctx.readOnly) box.append(h("p", { className: "figures-choice-row" }, createFiguresChoice(ctx, analysis.exactChoice)));
  if (summary?.approximateStanding && analysis) {
    // The method's own words (how many were sampled, and any guarantee), without the command-line hint.
    const how = summary.standingMethod.description.replace(/\s*For scores within a stated margin use --estimate.*$/, "");
    const quick = summary.standingMethod.betweennessMargin === undefined;
    const who = analysis.exactChoice === false ? "Estimated, as chosen" : "A large network";
    // Which figures are shown, in plain words: quick estimates (being refined to exact or to a
    // stated margin, or kept), or the estimate with a stated margin (refined in the background or not).
    const then = analysis.refining
      ? analysis.refineTo === "estimate"
        ? "These are quick estimates for now: estimates with a stated margin (every score within a margin stated here, with 99% confidence) are being computed in the background and will replace them here."
        : "These are estimates for now: the exact figures are being computed in the background and will replace them here."
      : `${analysis.refined ? "Computed in the background after the quick estimates. " : ""}Close rankings may swap. The same files always give the same estimate.${analysis.refineNote ? ` ${analysis.refineNote}` : ""}`;
    // data-figures as the app's (state.ts StandingFigures); data-margin: the estimate states its margin.
    const attrs = { "data-figures": analysis.refining ? "refining" : "estimates", "data-margin": String(!quick) };
    box.append(h("p", { className: "hint", id: "approximate-note", attrs }, `${who}: ${how} ${then}`));
  } else if (analysis?.refined && summary) {
    box.append(h("p", { className: "hint", id: "approximate-note", attrs: { "data-figures": "exact" } }, `${summary.standingMethod.description} Computed in the background after the first estimates.`));
  }
  return box;
}
