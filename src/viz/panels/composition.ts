/**
 * Balance: the coalition's members by the seed's five groups, as a small SVG bar chart, with
 * the elite-share figures (how much of the brokerage the top members and the professional
 * sectors hold, centralization) and how well connected members with lived experience are.
 */
import type { AppContext, Panel } from "../context.js";
import { count, fmt, h, pct, svg } from "../dom.js";
import { GROUP_COLORS, OTHER_COLOR } from "../colors.js";
import { type AnalyzedDataset, analysisPanel, nodeLink } from "./common.js";

function bars(rows: { label: string; value: number; max: number; color: string; text: string }[], width = 340): SVGSVGElement {
  const rowH = 26;
  const labelW = 120;
  const chart = svg("svg", { class: "bars", width, height: rows.length * rowH + 4, viewBox: `0 0 ${width} ${rows.length * rowH + 4}`, role: "img" });
  rows.forEach((r, i) => {
    const y = i * rowH + 4;
    const w = r.max > 0 ? ((width - labelW - 78) * r.value) / r.max : 0;
    const label = svg("text", { x: 0, y: y + 13 });
    label.textContent = r.label;
    const value = svg("text", { x: labelW + w + 6, y: y + 13 });
    value.textContent = r.text;
    chart.append(label, svg("rect", { x: labelW, y: y + 2, width: Math.max(1, w), height: 15, rx: 3, fill: r.color }), value);
  });
  chart.append(svg("line", { class: "axis", x1: labelW, x2: labelW, y1: 0, y2: rows.length * rowH + 4 }));
  return chart;
}

export const panel: Panel = analysisPanel({
  id: "composition",
  tab: "Balance",
  title: "Balance of the coalition",
  body(ctx: AppContext, ds: AnalyzedDataset): HTMLElement {
    const a = ds.analysis;
    const c = a.report.composition;
    const root = h("div", { id: "balance-panel" }, h("h2", {}, "Balance of the coalition"));
    root.append(h("p", { className: "hint" }, `${count(c.members, "member")} (${count(c.memberPeople, "person", "people")}, ${count(c.memberOrganizations, "organization")}) by the five groups a coalition should draw from.`));
    const maxCount = Math.max(1, ...c.groups.map((g) => g.count));
    const chart = bars(
      c.groups.map((g) => ({ label: g.group, value: g.count, max: maxCount, color: GROUP_COLORS[g.group] ?? OTHER_COLOR, text: `${g.count} (${c.members ? pct(g.count / c.members) : "0%"})` })),
    );
    chart.setAttribute("aria-label", c.groups.map((g) => `${g.group}: ${g.count}`).join(", "));
    root.append(h("div", { id: "balance-groups" }, chart));
    root.append(h("h3", {}, "Who holds the brokerage"));
    const share = bars(
      [
        { label: `Top ${count(c.brokerage.top.length, "member")}`, value: c.brokerage.topShare, max: 1, color: "#CC6677", text: pct(c.brokerage.topShare) },
        { label: "Professionals", value: c.brokerage.professionalShare, max: 1, color: "#0072B2", text: pct(c.brokerage.professionalShare) },
        { label: "Centralization", value: c.centralization, max: 1, color: "#999933", text: fmt(c.centralization, 2) },
      ],
    );
    share.setAttribute("aria-label", `Top members hold ${pct(c.brokerage.topShare)} of the brokerage; professional sectors ${pct(c.brokerage.professionalShare)}; centralization ${fmt(c.centralization, 2)}`);
    root.append(share);
    // What the three bars measure, in words (a share and a 0–1 figure are not self-explaining).
    root.append(
      h(
        "p",
        { className: "hint", id: "balance-key" },
        `The members' brokerage is how often they sit between others; the bars give the share of it held by the top ${count(c.brokerage.top.length, "member")} and by members from professional sectors (providers, policy makers). Centralization: 0 = everyone equally connected, 1 = one hub tied to everyone.`,
      ),
    );
    // Among members only (Details' "Top brokers" are everyone's, prospects included: Grace Okafor in the sample).
    const top = h("div", { className: "path", id: "balance-top" }, h("span", { className: "step" }, "Top brokers among members: "));
    c.brokerage.top.forEach((t, i) => {
      if (i) top.append(", ");
      top.append(nodeLink(ctx, ds, t.id), ` ${pct(t.share)}`);
    });
    root.append(top);
    root.append(h("h3", {}, "Lived experience"));
    root.append(h("p", { className: "hint" }, `${count(c.livedExperience.count, "member")} with lived experience ${c.livedExperience.count === 1 ? "has" : "have"} ${fmt(c.livedExperience.meanDegree, 2)} ties on average (all member people: ${fmt(c.livedExperience.memberMeanDegree, 2)}).`));
    if (c.livedExperience.poorlyConnected.length) {
      const pc = h("div", { className: "path" }, h("span", { className: "step" }, `With ${count(c.livedExperience.threshold, "tie")} or fewer: `));
      c.livedExperience.poorlyConnected.forEach((p, i) => {
        if (i) pc.append(", ");
        pc.append(nodeLink(ctx, ds, p.id), ` (${p.degree})`);
      });
      root.append(pc);
    }
    if (c.findings.length) root.append(h("h3", {}, "Findings"), h("ul", { className: "reasons" }, ...c.findings.map((f) => h("li", {}, f))));
    return root;
  },
});
