/**
 * The power map: everyone outside the core in the organizer's six boxes (persuadable power
 * holders, champions with power, opponents with power, …), each box with its count and advice,
 * each person or organization with their influence, where they stand ("(inferred)" when no stance
 * was recorded), who must NOT ask (first), the best asker and the next step. Selecting an entry
 * highlights its ask path on the map and marks who must not ask; "Show as power grid" moves the
 * map's nodes to the grid (map/grid-mode.ts).
 */
import type { PowerMapEntry, PowerMapResult } from "../../graph/power-map.js";
import { powerRule } from "../../graph/power-map-rule.js";
import { busiestAsker } from "../../graph/asker-load.js";
import { EDGE_NEGATIVE } from "../colors.js";
import type { AppContext, Panel } from "../context.js";
import { labelOf } from "../dataset.js";
import { clampedText, count, fmt, h, nameText } from "../dom.js";
import type { Highlight } from "../state.js";
import { analysisPanel, markSelected, nodeLink, pathHighlight, selectableItem, type AnalyzedDataset } from "./common.js";

/** Entries shown per box before "Show all". */
export const POWER_PANEL_DEFAULTS = { shown: 6 } as const;

/** What the panel remembers across re-renders of one data set: the boxes opened in full, the entry chosen. */
let memory: { dataset: number; open: Set<string>; selected: string | null } = { dataset: -1, open: new Set(), selected: null };

/** The map's highlight for an entry: its ask path (ends named) and, in their own colour, who must not ask. */
export function powerMapHighlight(ds: AnalyzedDataset, e: PowerMapEntry): Highlight {
  const path = e.path.length ? e.path : [e.id];
  const hl = pathHighlight(ds, path, e.id, "powerMap", [e.id]);
  const mustNot = e.mustNotAsk.map((m) => m.id).filter((id) => ds.graph.hasNode(id));
  const dm = e.path[e.path.length - 1];
  hl.label = e.asker
    ? `Power map: ${e.label} — ${e.askerLabel ?? ""} asks${dm && dm !== e.id ? ` ${labelOf(ds, dm)}` : ""}`
    : `Power map: ${e.label} — no warm path`;
  if (mustNot.length) {
    hl.nodes = [...new Set([...hl.nodes, ...mustNot])];
    hl.labels = [...new Set([...(hl.labels ?? []), ...mustNot])];
    hl.groups = [{ name: "Must not ask", color: EDGE_NEGATIVE, nodes: mustNot }];
  }
  return hl;
}

/** Where they stand, in words: "leaning against (inferred)". */
export function stanceWords(e: PowerMapEntry): string {
  return `${e.alignmentLabel}${e.alignmentSource === "inferred" ? " (inferred)" : ""}`;
}

/** One entry of a box: name and influence, stance, must-not-ask first, asker and path, next step. */
function entryItem(ctx: AppContext, ds: AnalyzedDataset, e: PowerMapEntry, list: HTMLElement): HTMLLIElement {
  const mustNot = e.mustNotAsk.length
    ? h(
        "div",
        { className: "callout bad must-not", role: "note" },
        h("b", {}, "Must not ask: "),
        ...e.mustNotAsk.flatMap((m, i) => [i ? "; " : "", nameText(m.label, "b"), ` — ${m.reason}`]),
      )
    : null;
  const asker = e.asker
    ? h(
        "div",
        { className: "path asker" },
        "Best asker: ",
        nodeLink(ctx, ds, e.asker),
        ...(e.path.length > 1 ? [h("span", { className: "step" }, " → "), ...e.path.slice(1).flatMap((id, i) => [i ? h("span", { className: "step" }, " → ") : null, nameText(labelOf(ds, id))])] : []),
      )
    : h("div", { className: "path asker muted" }, e.askSearched ? "No warm path from a member within reach." : "Not searched (outside the most influential entries).");
  const li = selectableItem(
    memory.selected === e.id,
    () => {
      memory.selected = e.id;
      markSelected(list, li);
      const hl = powerMapHighlight(ds, e);
      ctx.highlight(hl);
      ctx.map.focusNodes(hl.nodes);
    },
    h("div", { className: "row1" }, h("span", { className: "title", title: e.label }, e.label), h("span", { className: "score", title: `How much power they hold, from 0 to 1 (${fmt(ds.analysis.report.powerMap.threshold, 2)} or more is much power): their weight in the network, or their organization's or its decision makers'` }, `power ${fmt(e.influence, 2)} of 1`)),
    h("div", { className: "stance muted" }, `${e.kind === "organization" ? "Organization" : "Person"} · ${stanceWords(e)}`),
    mustNot,
    asker,
    clampedText(`Next step: ${e.nextStep}`, "div", "next-step"),
  );
  li.dataset.entry = e.id;
  return li;
}

/** One box: its title and count, its advice, its entries (the first few, then "Show all"). */
function quadrantSection(ctx: AppContext, ds: AnalyzedDataset, q: PowerMapResult["quadrants"][number], entries: PowerMapEntry[]): HTMLElement {
  const section = h("section", { className: "pm-quadrant", data: { quadrant: q.id } });
  const headingId = `pm-q-${q.id}`;
  section.append(h("h3", { id: headingId }, q.title, h("span", { className: "muted" }, ` · ${q.count}`)), h("p", { className: "hint" }, q.advice));
  if (entries.length === 0) {
    section.append(h("p", { className: "muted" }, "No one here."));
    return section;
  }
  const load = busiestAsker(entries);
  if (load) section.append(h("p", { className: "callout asker-load", role: "note" }, `${load.sentence} (The Ask tab ranks the askers for any one of them.)`));
  const list = h("ul", { className: "list", role: "listbox", attrs: { "aria-labelledby": headingId } });
  const open = memory.open.has(q.id);
  const shown = open ? entries : entries.slice(0, POWER_PANEL_DEFAULTS.shown);
  for (const e of shown) list.append(entryItem(ctx, ds, e, list));
  // One Tab stop per list: the chosen entry, else the first.
  const items = [...list.children].filter((c): c is HTMLElement => c instanceof HTMLElement);
  const current = items.find((it) => it.getAttribute("aria-selected") === "true") ?? items[0];
  for (const it of items) it.tabIndex = it === current ? 0 : -1;
  section.append(list);
  if (!open && entries.length > shown.length) {
    const more = h("button", { type: "button", className: "linklike show-all" }, `Show all ${entries.length}`);
    more.addEventListener("click", () => {
      memory.open.add(q.id);
      section.replaceWith(quadrantSection(ctx, ds, q, entries));
      document.querySelector<HTMLElement>(`.pm-quadrant[data-quadrant="${q.id}"] [role="option"]:nth-child(${shown.length + 1})`)?.focus();
    });
    section.append(more);
  }
  return section;
}

const base = analysisPanel({
  id: "powerMap",
  tab: "Power map",
  body(ctx: AppContext, ds: AnalyzedDataset): HTMLElement {
    const pm = ds.analysis.report.powerMap;
    if (memory.dataset !== ds.id) memory = { dataset: ds.id, open: new Set(), selected: null };
    const root = h("div", { id: "power-map-panel" }, h("h2", {}, "Power map"));
    const source =
      pm.alignmentFrom === "stance column" ? "Where they stand comes from your stance column." :
      pm.alignmentFrom === "inferred" ? "There is no stance column: where they stand is inferred from ties (members lean for; bad history with a member leans against) and marked (inferred)." :
      "Where they stand comes from your stance column where there is one; otherwise it is inferred from ties and marked (inferred).";
    root.append(h("p", { className: "hint" }, `Everyone outside the core, by how much power they hold (from the network) and where they stand, from opposed to champion. ${powerRule(pm.threshold)} ${source} Select someone to see who should ask them on the map.`));
    const on = ctx.store.state.powerGrid;
    root.append(
      h(
        "div",
        { className: "row-actions" },
        h(
          "button",
          {
            type: "button",
            id: "power-grid-show",
            attrs: { "aria-pressed": String(on) },
            on: {
              click: () => {
                ctx.store.dispatch({ type: "powerGrid", on: !ctx.store.state.powerGrid });
                document.getElementById("power-grid-show")?.focus();
              },
            },
          },
          on ? "Show the network" : "Show as power grid",
        ),
        h("span", { className: "muted" }, count(pm.entries.length, "person or organization", "people and organizations")),
      ),
    );
    if (pm.unreadStances.length) root.append(h("div", { className: "callout bad", role: "note" }, `Stances that could not be read (inferred instead): ${pm.unreadStances.slice(0, 5).join("; ")}${pm.unreadStances.length > 5 ? ` and ${pm.unreadStances.length - 5} more` : ""}`));
    for (const q of pm.quadrants) root.append(quadrantSection(ctx, ds, q, pm.entries.filter((e) => e.quadrant === q.id)));
    return root;
  },
});

export const panel: Panel = { ...base, shouldUpdate: (s, prev) => s.powerGrid !== prev.powerGrid };
