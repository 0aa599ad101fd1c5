/**
 * Conflicts & turf: bad-history factions (structural balance) with their negative ties and
 * neutral facilitators, the people whose bad history makes them poor askers, and turf clusters
 * (organizations offering the same service to the same area with no tie). Selecting one
 * highlights it on the map.
 */
import { SIDE_COLORS } from "../colors.js";
import type { AppContext, Panel } from "../context.js";
import { labelOf } from "../dataset.js";
import { count, h } from "../dom.js";
import { waiting } from "../sidebar.js";
import { markSelected, nodeLink, selectableItem } from "./common.js";

export const panel: Panel = {
  id: "conflicts",
  tab: "Conflicts",
  render(ctx: AppContext): HTMLElement {
    const ds = ctx.dataset();
    const a = ds?.analysis;
    if (!ds || !a) return waiting("Conflicts & turf", ctx);
    const { conflicts, turf } = a.report;
    const root = h("div", { id: "conflicts-panel" }, h("h2", {}, "Conflicts & turf"));
    root.append(h("p", { className: "hint" }, "Bad history splits people into sides; facilitators have good ties into both sides and no bad history with either. Select a group to see it on the map (sides and their negative ties)."));
    root.append(h("h3", {}, `Bad-history groups (${conflicts.groups.length})`));
    if (conflicts.groups.length === 0) root.append(h("p", { className: "muted" }, "No negative ties recorded (a sign column, or conflict / bad_history ties)."));
    const list = h("ul", { className: "list", role: "listbox", id: "conflict-groups", attrs: { "aria-label": "Bad-history groups" } });
    conflicts.groups.forEach((g, i) => {
      const [s1, s2] = g.sides;
      const names = (ids: string[]) => ids.slice(0, 6).map((id) => labelOf(ds, id)).join(", ") + (ids.length > 6 ? ` +${ids.length - 6}` : "");
      const fac = h("div", { className: "path" }, h("span", { className: "step" }, "Facilitators: "));
      if (g.facilitators.length === 0) fac.append(h("span", { className: "muted" }, "none found"));
      g.facilitators.forEach((f, j) => {
        if (j) fac.append(", ");
        fac.append(nodeLink(ctx, ds, f.id));
      });
      const li = selectableItem(
        false,
        () => {
          markSelected(list, li);
          const nodes = [...s1, ...s2, ...g.facilitators.map((f) => f.id)];
          ctx.highlight({
            source: "conflicts",
            label: `Bad history: ${g.sideLabels[0] ?? "side A"} vs ${g.sideLabels[1] ?? "side B"}`,
            nodes,
            pairs: g.negativeTies.map((t) => [t.source, t.target] as [string, string]),
            accent: g.facilitators.map((f) => f.id),
            groups: [
              { name: "Side A", color: SIDE_COLORS[0], nodes: s1 },
              { name: "Side B", color: SIDE_COLORS[1], nodes: s2 },
            ],
          });
          ctx.map.focusNodes(nodes);
        },
        h("div", { className: "row1" }, h("span", { className: "title" }, `Group ${i + 1}`), h("span", { className: "score" }, count(g.negativeTies.length, "negative tie"))),
        h("div", { className: "path" }, h("span", { className: "step" }, "Side A: "), names(s1)),
        h("div", { className: "path" }, h("span", { className: "step" }, "Side B: "), names(s2)),
        fac,
        g.frustration > 0 ? h("div", { className: "muted" }, `${count(g.frustration, "tie")} ${g.frustration === 1 ? "does" : "do"} not fit this split`) : null,
      );
      li.dataset.group = String(g.id);
      list.append(li);
    });
    root.append(list);
    if (conflicts.poorAskers.length) {
      root.append(
        h("h3", {}, "Poor askers"),
        h("ul", { className: "reasons" }, ...conflicts.poorAskers.slice(0, 20).map((p) => h("li", {}, nodeLink(ctx, ds, p.id), ` — bad history with ${p.with.map((w) => labelOf(ds, w)).join(", ")}`))),
      );
    }
    root.append(h("h3", {}, `Turf clusters (${turf.clusters.length})`));
    const turfNote = a.report.availability.find((x) => x.section === "turf");
    if (turfNote && !turfNote.available) root.append(h("p", { className: "muted", id: "turf-unavailable" }, `Turf: not available for this data. ${turfNote.note}`));
    else if (turf.clusters.length === 0) root.append(h("p", { className: "muted" }, "No organizations offer the same service to the same area without a tie."));
    const tlist = h("ul", { className: "list", role: "listbox", id: "turf-clusters", attrs: { "aria-label": "Turf clusters" } });
    for (const c of turf.clusters) {
      const pairs = turf.pairs.filter((p) => c.organizations.includes(p.a) && c.organizations.includes(p.b));
      const li = selectableItem(
        false,
        () => {
          markSelected(tlist, li);
          ctx.highlight({ source: "conflicts", label: `Turf: ${c.services.join(", ")} in ${c.areas.join(", ")}`, nodes: c.organizations, pairs: [], accent: c.organizations });
          ctx.map.focusNodes(c.organizations);
        },
        h("div", { className: "row1" }, h("span", { className: "title" }, c.services.join(", ")), h("span", { className: "score" }, count(c.pairs, "pair"))),
        h("div", { className: "path" }, c.organizations.map((o) => labelOf(ds, o)).join(", ")),
        h("div", { className: "muted" }, `Areas: ${c.areas.join(", ")}${c.communityLabels.length ? ` · ${c.communityLabels.join(" / ")}` : ""}`),
        pairs.length ? h("ul", { className: "reasons" }, ...pairs.slice(0, 5).map((p) => h("li", {}, `${p.aLabel} & ${p.bLabel}: ${p.cells.map((x) => `${x.service} @ ${x.area}`).join(", ")}`))) : null,
      );
      tlist.append(li);
    }
    root.append(tlist);
    return root;
  },
};
