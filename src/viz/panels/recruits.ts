/**
 * Recruit: non-members ranked by what they would add to the coalition's reach (communities,
 * sectors and areas within two steps), brokerage as tie-breaker; influential community members
 * flagged. Selecting one shows, on the map, the recruit and the communities they would open.
 */
import type { AppContext, Panel } from "../context.js";
import { clampedText, count, h } from "../dom.js";
import { type AnalyzedDataset, analysisPanel, markSelected, selectableItem } from "./common.js";

export const panel: Panel = analysisPanel({
  id: "recruits",
  tab: "Recruit",
  title: "Connectors to recruit",
  body(ctx: AppContext, ds: AnalyzedDataset): HTMLElement {
    const a = ds.analysis;
    const recs = a.report.recruits;
    const root = h("div", { id: "recruit-panel" }, h("h2", {}, "Connectors to recruit"));
    root.append(h("p", { className: "hint" }, "People and organizations outside the coalition who would extend its reach the most, picked one after another. Select one to see them and the groups they would open up on the map."));
    const list = h("ul", { className: "list", role: "listbox", id: "recruits", attrs: { "aria-label": "Recruits" } });
    const comms = ds.communities.communities;
    recs.forEach((r, i) => {
      const addsCommunities = r.adds.communities.map((c) => comms[c]?.label ?? `community ${c}`);
      // What the recruit adds, in words: how many more people and organizations the coalition
      // would reach (within two steps), and where; someone who adds no reach is a broker pick.
      const where = [...addsCommunities, ...r.adds.sectors, ...r.adds.areas].slice(0, 2);
      const addsText =
        r.newlyReached > 0
          ? `reaches ${count(r.newlyReached, "more person or organization", "more people and organizations")}${where.length ? ` in ${where.join(", ")}` : ""}`
          : "a broker between groups the coalition already reaches";
      const li = selectableItem(
        false,
        () => {
          markSelected(list, li);
          const g = ds.graph;
          // What they add: the recruit, their direct contacts, and the members of the communities they open.
          const nodes = new Set<string>([r.id, ...g.neighbors(r.id)]);
          for (const c of r.adds.communities) for (const m of comms[c]?.members ?? []) nodes.add(m);
          const pairs: [string, string][] = g.neighbors(r.id).map((n) => [r.id, n]);
          ctx.highlight({ source: "recruits", label: `Recruit ${r.label}: ${addsText}`, nodes: [...nodes], pairs, accent: [r.id], labels: [r.id] });
          ctx.map.focusNodes([...nodes]);
        },
        h("div", { className: "row1" }, h("span", { className: "title", title: r.label }, `${i + 1}. ${r.label}`), h("span", { className: "score" }, r.newlyReached > 0 ? `+${r.newlyReached} reached` : "broker")),
        clampedText(`${addsText[0]?.toUpperCase() ?? ""}${addsText.slice(1)}.`, "div", "muted recruit-adds"),
        h(
          "div",
          { className: "chips" },
          r.influential ? h("span", { className: "chip good" }, r.influenceKind ?? "influential") : null,
          ...[...addsCommunities.slice(0, 3), ...r.adds.sectors.slice(0, 3), ...r.adds.areas.slice(0, 3)].map((c) => h("span", { className: "chip", title: c }, c)),
        ),
        r.reasons.length ? h("ul", { className: "reasons" }, ...r.reasons.slice(0, 3).map((t) => clampedText(t))) : null,
      );
      li.dataset.recruit = r.id;
      list.append(li);
    });
    if (recs.length === 0) root.append(h("p", { className: "muted" }, "No one outside the coalition would add reach (or no coalition status is recorded)."));
    root.append(list);
    return root;
  },
});
