/** Communities: the list with labels and sizes; selecting one focuses the camera on it and highlights it. */
import type { AppContext, Panel } from "../context.js";
import { count, fmt, h } from "../dom.js";

/** One line of our words quoting names (sectors, areas): cut with an ellipsis, whole on hover. */
function cutText(className: string, text: string): HTMLElement {
  return h("div", { className: `cut ${className}`, title: text }, text);
}
import { CATEGORY_PALETTE, OTHER_COLOR, textOn } from "../colors.js";
import { markSelected, nodeLink, selectableItem } from "./common.js";

export const panel: Panel = {
  id: "communities",
  tab: "Communities",
  render(ctx: AppContext): HTMLElement {
    const ds = ctx.dataset();
    const root = h("div", { id: "communities-panel" }, h("h2", {}, "Communities"));
    if (!ds) return root;
    const cr = ds.communities;
    root.append(h("p", { className: "hint" }, `${cr.communities.length === 1 ? "1 group" : `${cr.communities.length} groups`} of people and organizations more tied to each other than to the rest; how clearly they stand apart: ${fmt(cr.modularity, 2)} (modularity, found by the Louvain method: 0 = not at all, above 0.3 = clearly). Select one to focus the map on it.`));
    const list = h("ul", { className: "list", role: "listbox", attrs: { "aria-label": "Communities" } });
    const shownColors = cr.communities.filter((c) => c.size > 1);
    for (const c of cr.communities.slice(0, 200)) {
      const colorIdx = shownColors.indexOf(c);
      const color = colorIdx >= 0 && colorIdx < CATEGORY_PALETTE.length ? CATEGORY_PALETTE[colorIdx] ?? OTHER_COLOR : OTHER_COLOR;
      const sw = h("span", { className: "chip", title: count(c.size, "member") }, String(c.size));
      sw.style.background = color;
      sw.style.color = textOn(color);
      const central = h("div", { className: "path" }, h("span", { className: "step" }, "Central: "));
      c.central.forEach((id, i) => {
        if (i) central.append(", ");
        central.append(nodeLink(ctx, ds, id));
      });
      const li = selectableItem(
        ctx.store.state.highlight?.source === "communities" && ctx.store.state.highlight.label.endsWith(c.label),
        () => {
          markSelected(list, li);
          ctx.highlight({ source: "communities", label: `Community: ${c.label}`, nodes: c.members, pairs: [], accent: [] });
          ctx.map.focusNodes(c.members);
        },
        h("div", { className: "row1" }, h("span", { className: "title", title: c.label }, c.label), sw),
        central,
        cutText("muted", [c.sectors.slice(0, 3).map((s) => s.name).join(", "), c.areas.slice(0, 3).map((s) => s.name).join(", ")].filter(Boolean).join(" · ")),
      );
      li.dataset.community = String(c.id);
      list.append(li);
    }
    root.append(list);
    return root;
  },
};
