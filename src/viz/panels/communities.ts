/** Communities: the list with labels and sizes; selecting one focuses the camera on it and highlights it. */
import type { AppContext, Panel } from "../context.js";
import { count, fmt, h } from "../dom.js";
import { CATEGORY_PALETTE, OTHER_COLOR, textOn } from "../colors.js";
import { markSelected, nodeLink, selectableItem } from "./common.js";
import { slotsOf } from "../community-colors.js";

/** How many sectors (or areas) a community's line names before "+N more". */
const SHOWN = 3;

/**
 * A community's main sectors (or areas), `what` naming them: the first few on a line that wraps
 * to two (like the other lists' lines), every one with its count on hover. Null when there are none.
 */
export function mixLine(what: "Sectors" | "Areas", xs: readonly { name: string; count: number }[]): HTMLElement | null {
  if (xs.length === 0) return null;
  const text = `${what}: ${xs.slice(0, SHOWN).map((x) => x.name).join(", ")}${xs.length > SHOWN ? ` +${xs.length - SHOWN} more` : ""}`;
  return h("div", { className: "muted community-mix", title: `${what}: ${xs.map((x) => `${x.name} (${x.count})`).join(", ")}` }, text);
}

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
    // The map's colours (appearance.ts): kept across edits, the size rank without an earlier data set.
    const slots = slotsOf(ds);
    for (const c of cr.communities.slice(0, 200)) {
      const colorIdx = slots.get(c.id);
      const color = colorIdx === undefined ? OTHER_COLOR : (CATEGORY_PALETTE[colorIdx] ?? OTHER_COLOR);
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
        mixLine("Sectors", c.sectors),
        mixLine("Areas", c.areas),
      );
      li.dataset.community = String(c.id);
      list.append(li);
    }
    root.append(list);
    return root;
  },
};
