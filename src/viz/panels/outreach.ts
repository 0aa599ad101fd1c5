/**
 * Outreach plan: prospects in priority order (alignment with the coalition's needs, influence,
 * reachability), each with the decision maker to ask and the recommended asker. Sortable by
 * any column (click or Enter on the header), CSV export, a row shows its ask path on the map.
 */
import { outreachAskerLoad } from "../../graph/asker-load.js";
import { askedWords, type OutreachEntry } from "../../graph/outreach.js";
import type { AppContext, Panel } from "../context.js";
import { count, fmt, h } from "../dom.js";
import { downloadOutreachCsv } from "../exports.js";
import { analysisPanel, type AnalyzedDataset } from "./common.js";

/** What each score column means, in the organizer's words (the header's title and the key). */
const MEANING = {
  score: "Score: the overall priority (40% fit, 30% influence, 30% reach), 0–1",
  alignment: "Fit: how well they fill the coalition's gaps (services missing or thin where they work), 0–1",
  influence: "Influence: how central they are in the network (share of people less central), 0–1",
  reachability: "Reach: how warm the best introduction path is (short, strong ties), 0–1",
} as const;

/** Who asks whom, the asker first: "Linda Park-Hughes asks Fernando Iverson". */
export function askLine(e: Pick<OutreachEntry, "askerLabel" | "decisionMakerLabel" | "decisionMaker" | "target" | "label">): string {
  const whom = e.decisionMakerLabel && e.decisionMaker !== e.target ? e.decisionMakerLabel : e.label;
  return e.askerLabel ? `${e.askerLabel} asks ${whom}` : `no warm path to ${whom}`;
}

/** One line of text in a table cell, cut with an ellipsis (`.cut`), whole on hover. */
function cutLine(classes: string[], text: string): HTMLElement {
  return h("div", { className: ["cut", ...classes].join(" "), title: text }, text);
}

type Key = "rank" | "label" | "score" | "alignment" | "influence" | "reachability";
let sort: { key: Key; desc: boolean } = { key: "rank", desc: false };

export const panel: Panel = analysisPanel({
  id: "outreach",
  tab: "Outreach",
  title: "Outreach plan",
  body(ctx: AppContext, ds: AnalyzedDataset): HTMLElement {
    const a = ds.analysis;
    const plan = a.report.outreach;
    const root = h("div", { id: "outreach-panel" }, h("h2", {}, "Outreach plan"));
    root.append(
      h("p", { className: "hint" }, "Whom to approach first: prospects that fill the coalition's gaps, carry influence and can be reached through a warm introduction. Select a row to see the path on the map."),
      h("p", { className: "hint", id: "outreach-key" }, "Fit = fills the coalition's gaps · Infl. = how central they are · Reach = how warm the best path is (each 0–1, higher is better)."),
      h("div", { className: "row-actions" }, h("button", { type: "button", id: "outreach-csv", on: { click: () => downloadOutreachCsv(a.outreachCsv) } }, "Download CSV"), h("span", { className: "muted" }, count(plan.length, "target"))),
    );
    const load = outreachAskerLoad(plan);
    if (load) root.append(h("p", { className: "callout asker-load", role: "note" }, `${load.sentence} (The Ask tab ranks the askers for any one of them.)`));
    const rows = plan.map((e, i) => ({ e, rank: i + 1 }));
    const val = (r: { e: OutreachEntry; rank: number }, k: Key): number | string => (k === "rank" ? r.rank : k === "label" ? r.e.label.toLowerCase() : r.e[k]);
    rows.sort((x, y) => {
      const vx = val(x, sort.key), vy = val(y, sort.key);
      const c = vx < vy ? -1 : vx > vy ? 1 : 0;
      // Ties keep the plan's order (rank ascending) whichever way the column is sorted.
      return (sort.desc ? -c : c) || x.rank - y.rank;
    });
    const table = h("table", { className: "data", id: "outreach-table" });
    const header = (k: Key, label: string, num = false, meaning = "") => {
      const on = sort.key === k;
      const activate = () => {
        sort = { key: k, desc: on ? !sort.desc : k !== "rank" && k !== "label" };
        root.replaceWith(panel.render(ctx));
        document.querySelector<HTMLElement>(`#outreach-table th[data-key="${k}"] button`)?.focus();
      };
      const btn = h("button", { type: "button" }, `${label}${on ? (sort.desc ? " ↓" : " ↑") : ""}`);
      // The whole header cell sorts (the button inside is the keyboard's way in).
      const th = h("th", { title: meaning, attrs: { "aria-sort": on ? (sort.desc ? "descending" : "ascending") : "none", scope: "col" }, className: num ? "num sortable" : "sortable", on: { click: activate } }, btn);
      th.dataset.key = k;
      return th;
    };
    table.append(h("thead", {}, h("tr", {}, header("rank", "#", true), header("label", "Target · who asks", false, "The target, and the member best placed to ask its decision maker"), header("score", "Score", true, MEANING.score), header("alignment", "Fit", true, MEANING.alignment), header("influence", "Infl.", true, MEANING.influence), header("reachability", "Reach", true, MEANING.reachability))));
    const tbody = h("tbody", {});
    for (const { e, rank } of rows.slice(0, 300)) {
      const tr = h("tr", { tabIndex: 0, attrs: { "aria-selected": "false" }, title: e.reasons.join(" · ") },
        h("td", { className: "num" }, String(rank)),
        h(
          "td",
          { className: "target" },
          h("div", { className: "cut", title: e.label }, e.label),
          cutLine(["muted", "ask-line"], askLine(e)),
          ...(e.asked ? [cutLine(["muted", "asked-line", `asked-${e.asked.outcome.replace(/ /g, "-")}`], askedWords(e.asked))] : []),
        ),
        h("td", { className: "num" }, fmt(e.score, 2)),
        h("td", { className: "num" }, fmt(e.alignment, 2)),
        h("td", { className: "num" }, fmt(e.influence, 2)),
        h("td", { className: "num" }, fmt(e.reachability, 2)),
      );
      const choose = () => {
        for (const r of tbody.querySelectorAll('[aria-selected="true"]')) r.setAttribute("aria-selected", "false");
        tr.setAttribute("aria-selected", "true");
        const nodes = [...new Set([...e.path, e.target, ...(e.decisionMaker ? [e.decisionMaker] : [])])];
        const pairs: [string, string][] = [];
        for (let i = 1; i < e.path.length; i++) pairs.push([e.path[i - 1] ?? "", e.path[i] ?? ""]);
        ctx.highlight({ source: "outreach", label: `Outreach: ${e.label}${e.askerLabel ? ` via ${e.askerLabel}` : ""}`, nodes, pairs, accent: [e.target], labels: [...new Set([...e.path.slice(0, 1), e.target])] });
        ctx.map.focusNodes(nodes);
      };
      tr.addEventListener("click", choose);
      tr.addEventListener("keydown", (ev) => {
        if (ev.key === "Enter" || ev.key === " ") {
          ev.preventDefault();
          choose();
        }
      });
      tbody.append(tr);
    }
    table.append(tbody);
    root.append(table);
    return root;
  },
});
