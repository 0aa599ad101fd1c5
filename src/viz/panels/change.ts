/**
 * How the coalition changed: the comparison with an earlier round (state.comparison, computed in
 * the worker by compareRounds — the CLI's --compare) in the organizer's words: the findings,
 * who joined and who left, the ties added, removed, strengthened and weakened, the gaps closed
 * and opened. Names of people still on the map select them; "Show what is new" highlights the
 * newcomers and the new ties. Without a comparison it offers to start one.
 */
import type { CoalitionChange, TieChange } from "../../graph/compare.js";
import type { Rejection } from "../../graph/import-report.js";
import type { AppContext, Panel } from "../context.js";
import type { Dataset } from "../dataset.js";
import { count, h } from "../dom.js";
import { nodeLink } from "./common.js";

const MAX = 25;

function nameOrLink(ctx: AppContext, ds: Dataset, id: string, label: string): Node {
  return ds.graph.hasNode(id) ? nodeLink(ctx, ds, id) : document.createTextNode(label);
}

function tieItem(ctx: AppContext, ds: Dataset, t: TieChange, extra: string): HTMLElement {
  return h("li", { data: { tie: t.key } }, nameOrLink(ctx, ds, t.from, t.fromLabel), " – ", nameOrLink(ctx, ds, t.to, t.toLabel), ` (${t.membership ? "membership" : t.type.replace(/_/g, " ")}${extra})`);
}

function section(title: string, id: string, items: HTMLElement[], total: number, seeAll = "see the JSON export"): HTMLElement[] {
  if (total === 0) return [h("h3", {}, `${title}: none`)];
  const more = total > items.length ? [h("li", { className: "muted" }, `… and ${total - items.length} more (${seeAll})`)] : [];
  return [h("h3", {}, `${title} (${total})`), h("ul", { className: "reasons", id }, ...items, ...more)];
}

function body(ctx: AppContext, ds: Dataset, c: CoalitionChange, label: string, rejections: readonly Rejection[]): HTMLElement {
  const root = h("div", { id: "change-panel" }, h("h2", {}, "How the coalition changed"));
  root.append(
    h("p", { className: "hint" }, `Compared with ${label}. The measures evaluators of networks use (Provan & Milward 2001): membership growth, range of services, absence of duplication, relationship strength, integration.`),
  );
  root.append(h("ul", { className: "reasons", id: "change-findings" }, ...c.findings.map((f) => h("li", {}, f))));
  const newNodes = ctx.store.state.comparison?.result.newNodes ?? [];
  root.append(
    h(
      "button",
      {
        type: "button",
        id: "change-show-new",
        on: {
          click: () => {
            const pairs = c.ties.added.map((t): [string, string] => [t.from, t.to]);
            const nodes = [...new Set([...newNodes, ...pairs.flat()])].filter((n) => ds.graph.hasNode(n));
            ctx.highlight({ source: "change", label: `New since ${label}: ${count(newNodes.length, "person or organization", "people and organizations")}, ${count(c.ties.counts.added, "tie")}`, nodes, pairs, accent: newNodes, labels: newNodes });
            ctx.map.focusNodes(nodes);
          },
        },
      },
      "Show what is new",
    ),
  );
  const gained = c.members.gained.slice(0, MAX).map((m) => h("li", {}, nameOrLink(ctx, ds, m.id, m.label), ` (${m.group}${m.how === "new" ? "" : `, ${m.how}`})`));
  const lost = c.members.lost.slice(0, MAX).map((m) => h("li", {}, nameOrLink(ctx, ds, m.id, m.label), ` (${m.group}${m.how === "gone" ? "" : `, ${m.how}`})`));
  root.append(...section("Joined", "change-joined", gained, c.members.gained.length));
  root.append(...section("Left", "change-left", lost, c.members.lost.length));
  root.append(...section("Ties added", "change-added", c.ties.added.slice(0, MAX).map((t) => tieItem(ctx, ds, t, `, ${t.strength}`)), c.ties.counts.added));
  root.append(...section("Ties removed", "change-removed", c.ties.removed.slice(0, MAX).map((t) => tieItem(ctx, ds, t, `, ${t.strength}`)), c.ties.counts.removed));
  root.append(...section("Strengthened", "change-strengthened", c.ties.strengthened.slice(0, MAX).map((t) => tieItem(ctx, ds, t, `: ${t.before} → ${t.strength}`)), c.ties.counts.strengthened));
  root.append(...section("Weakened", "change-weakened", c.ties.weakened.slice(0, MAX).map((t) => tieItem(ctx, ds, t, `: ${t.before} → ${t.strength}`)), c.ties.counts.weakened));
  // The earlier round's files' rejected rows (the findings say so first): missing from that round,
  // what they held counts as added — the organizer fixes them in last year's copy or reads the
  // change with that in mind. The reasons start with file:line:column.
  if (rejections.length > 0)
    root.append(...section(`Rows the earlier round's files rejected`, "change-earlier-rejected", rejections.slice(0, MAX).map((r) => h("li", {}, r.reason)), rejections.length, "open the earlier round's files on the map to see them all"));
  if (c.gaps !== null) {
    root.append(...section("Service gaps closed", "change-gaps-closed", c.gaps.closed.map((g) => h("li", {}, g.words)), c.gaps.closed.length));
    root.append(...section("Service gaps opened", "change-gaps-opened", c.gaps.opened.map((g) => h("li", {}, g.words)), c.gaps.opened.length));
  }
  return root;
}

export const panel: Panel = {
  id: "change",
  tab: "Change",
  render(ctx) {
    const ds = ctx.dataset();
    const cmp = ctx.store.state.comparison;
    if (!ds || cmp === null) {
      return h(
        "div",
        { id: "change-panel" },
        h("h2", {}, "How the coalition changed"),
        h("p", { className: "hint" }, "Compare this coalition with an earlier round — last year's CSV files, or, when the ties carry since/until dates and the members joined/left dates, the coalition as it was on a date: who joined and left, new and lost ties, gaps closed, and whether the network grew more connected."),
        ds && ctx.compare ? h("button", { type: "button", id: "change-start", on: { click: () => ctx.compare?.() } }, "Compare with an earlier round…") : null,
      );
    }
    return body(ctx, ds, cmp.result.change, cmp.label, cmp.result.earlierRejections ?? []);
  },
  shouldUpdate: (s, prev) => s.comparison !== prev.comparison,
  // Shown while there is a comparison (the top bar's button starts one).
  visible: (s) => s.comparison !== null || s.tab === "change",
};
