/**
 * Partner survey: per survey round, how many partners answered, how dense and centralized their
 * working relationships are and how far they go (awareness … integration), the average trust and
 * value, and the trust and value each partner receives from the others (latest round first).
 * "Show on the map" highlights the relationships the latest round reported.
 */
import { RELATIONSHIP_LEVELS, rated } from "../../graph/partnership.js";
import type { AppContext, Panel } from "../context.js";
import { count, fmt, h } from "../dom.js";
import { type AnalyzedDataset, analysisPanel, nodeLink } from "./common.js";

export const panel: Panel = analysisPanel({
  id: "partnership",
  tab: "Partners",
  body(ctx: AppContext, ds: AnalyzedDataset): HTMLElement {
    const p = ds.analysis.report.partnership;
    const root = h("div", { id: "partnership-panel" }, h("h2", {}, "Partner survey"));
    root.append(h("p", { className: "hint" }, "How partners say they work together (awareness → cooperation → coordination → integration), and how much they trust and value each other, from 1 (not at all) to 4 (very much)."));
    const head = h("tr", {}, h("th", {}, "Round"), h("th", {}, "Answered"), h("th", {}, "Density"), h("th", {}, "Central."), h("th", {}, "Trust"), h("th", {}, "Value"));
    const rows = p.rounds.map((r) =>
      h(
        "tr",
        { data: { round: r.round } },
        h("td", {}, r.round === "" ? "—" : r.round),
        h("td", {}, `${r.respondents} of ${r.partners}`),
        h("td", {}, fmt(r.density, 2)),
        h("td", {}, fmt(r.centralization, 2)),
        h("td", {}, rated(r.averageTrust) ? fmt(r.averageTrust, 2) : "not rated"),
        h("td", {}, rated(r.averageValue) ? fmt(r.averageValue, 2) : "not rated"),
      ),
    );
    root.append(h("table", { className: "grid", id: "partnership-rounds" }, h("thead", {}, head), h("tbody", {}, ...rows)));
    const last = p.rounds[p.rounds.length - 1];
    if (last !== undefined) {
      root.append(h("p", { className: "hint" }, `Relationships${last.round === "" ? "" : ` in ${last.round}`}: ${RELATIONSHIP_LEVELS.map((l) => `${l} ${last.byLevel[l]}`).join(", ")}.`));
      const survey = ds.graph.getAttribute("survey") ?? [];
      const answers = survey.filter((s) => s.round === last.round);
      root.append(
        h(
          "button",
          {
            type: "button",
            id: "partnership-show",
            on: {
              click: () => {
                const nodes = [...new Set(answers.flatMap((a) => [a.respondent, a.partner]))];
                ctx.highlight({ source: "partnership", label: `Partner survey${last.round === "" ? "" : ` ${last.round}`}: ${count(last.pairs, "relationship")} reported`, nodes, pairs: answers.map((a) => [a.respondent, a.partner]), accent: [] });
                ctx.map.focusNodes(nodes);
              },
            },
          },
          "Show on the map",
        ),
      );
      root.append(h("h3", {}, `Trust and value each partner receives${last.round === "" ? "" : ` (${last.round})`}`));
      const list = h("ul", { className: "list", id: "partnership-scores" });
      for (const s of last.scores) {
        list.append(
          h(
            "li",
            { data: { node: s.id } },
            h("div", { className: "row1" }, nodeLink(ctx, ds, s.id), h("span", { className: "score" }, `trust ${s.trust === null ? "—" : fmt(s.trust, 2)} · value ${s.value === null ? "—" : fmt(s.value, 2)}`)),
            h("div", { className: "muted" }, `rated by ${count(s.raters, "partner")}`),
          ),
        );
      }
      root.append(list);
    }
    if (p.findings.length) root.append(h("h3", {}, "Findings"), h("ul", { className: "reasons" }, ...p.findings.map((f) => h("li", {}, f))));
    return root;
  },
});
