/**
 * Conflicts & turf: bad-history factions (k-way structural balance: two or more per group, each in
 * its own colour) with their negative ties, the neutral facilitators of every pair of factions,
 * the people leaning to one faction (listed apart), the people whose bad history makes them poor
 * askers, and turf clusters (organizations offering the same service to the same area with no
 * tie). Selecting one highlights it on the map. A name clicked here (a facilitator, a poor asker)
 * is selected on the map while the Conflicts panel stays open, at the same place.
 */
import type { ConflictGroup } from "../../graph/conflicts.js";
import { SIDE_COLORS } from "../colors.js";
import type { AppContext, Panel } from "../context.js";
import type { Dataset } from "../dataset.js";
import { labelOf } from "../dataset.js";
import { count, h } from "../dom.js";
import { type AnalyzedDataset, analysisPanel, markSelected, selectableItem } from "./common.js";

/** The bad-history group last selected (kept when the panel is drawn again), by data set. */
let chosen: { dataset: number; group: number } | null = null;

/**
 * A name that selects its node on the map without leaving this panel: selecting opens Details
 * (state.ts), so the Conflicts tab is put back at once, at the same scroll position, with the
 * focus back on the same name.
 */
function stayLink(ctx: AppContext, ds: Dataset, id: string, where: string): HTMLElement {
  const label = labelOf(ds, id);
  // Like nodeLink (common.ts), but selecting does not leave this panel.
  const link = h("button", { type: "button", className: "linklike", title: `${label} — show on the map (this list stays open)`, data: { node: id, where } }, label);
  link.addEventListener("click", (e) => {
    e.stopPropagation();
    const body = link.closest<HTMLElement>(".tabpanel");
    const scroll = body?.scrollTop ?? 0;
    ctx.select(id, true);
    ctx.store.dispatch({ type: "tab", tab: "conflicts" });
    if (!body) return;
    body.scrollTop = scroll;
    const again = [...body.querySelectorAll<HTMLElement>("button[data-node]")].find((x) => x.dataset.node === id && x.dataset.where === where);
    again?.focus({ preventScroll: true });
  });
  return link;
}

/**
 * One colour per faction: the two side colours first (so two factions look as before), then
 * colour-blind-safe hues distinct from the highlight amber and the negative-tie red (Okabe & Ito's
 * bluish green; Paul Tol's indigo, olive and wine), cycling beyond six.
 */
export const FACTION_COLORS = [...SIDE_COLORS, "#009E73", "#332288", "#999933", "#882255"] as const;

const factionColor = (i: number): string => FACTION_COLORS[i % FACTION_COLORS.length] ?? SIDE_COLORS[0];

/** A round colour swatch (inline style: the panel's own, no shared CSS needed). */
function swatch(color: string): HTMLElement {
  const el = h("span", { className: "faction-swatch", attrs: { "aria-hidden": "true" } });
  Object.assign(el.style, { display: "inline-block", width: "10px", height: "10px", borderRadius: "50%", marginRight: "4px", verticalAlign: "-1px", background: color });
  return el;
}

const names = (ds: Dataset, ids: readonly string[], max = 6): string =>
  ids.slice(0, max).map((id) => labelOf(ds, id)).join(", ") + (ids.length > max ? ` +${ids.length - max}` : "");

const factionName = (g: ConflictGroup, i: number): string => g.sideLabels[i] ?? `faction ${i + 1}`;

/** The short name of a faction in the panel and the banner: Side A / Side B for two, else Faction 1 … k. */
const shortName = (g: ConflictGroup, i: number): string => (g.sides.length === 2 ? `Side ${i === 0 ? "A" : "B"}` : `Faction ${i + 1}`);

/** One line per faction, in its colour. */
function factionLines(ds: Dataset, g: ConflictGroup): HTMLElement[] {
  return g.sides.map((members, i) =>
    h("div", { className: "path faction", data: { faction: String(i) } }, swatch(factionColor(i)), h("span", { className: "step" }, `${shortName(g, i)} (${factionName(g, i)}): `), names(ds, members)),
  );
}

/** Facilitators: one line (two factions) or one line per pair of factions that has some. */
function facilitatorLines(ctx: AppContext, ds: Dataset, g: ConflictGroup): HTMLElement[] {
  const k = g.sides.length;
  if (k < 2) return [];
  const lines: HTMLElement[] = [];
  const none: string[] = [];
  for (let i = 0; i < k; i++)
    for (let j = i + 1; j < k; j++) {
      const here = g.facilitators.filter((f) => f.factions[0] === i && f.factions[1] === j);
      const title = k === 2 ? "Facilitators: " : `Facilitators between ${factionName(g, i)} and ${factionName(g, j)}: `;
      if (here.length === 0) {
        if (k === 2) lines.push(h("div", { className: "path facilitators" }, h("span", { className: "step" }, title), h("span", { className: "muted" }, "none found")));
        else none.push(`${factionName(g, i)} & ${factionName(g, j)}`);
        continue;
      }
      const line = h("div", { className: "path facilitators", data: { factions: `${i}-${j}` } }, h("span", { className: "step" }, title));
      here.forEach((f, n) => {
        if (n) line.append(", ");
        line.append(stayLink(ctx, ds, f.id, `group-${g.id}`));
      });
      lines.push(line);
    }
  if (none.length > 0) lines.push(h("div", { className: "path muted" }, `No facilitator between ${none.join("; ")}`));
  return lines;
}

/** People without bad history leaning to a faction, apart from the factions. */
function leaningLine(ds: Dataset, g: ConflictGroup): HTMLElement | null {
  if (g.leaning.length === 0) return null;
  const parts = g.sides.flatMap((_m, i) => {
    const ids = g.leaning.filter((l) => l.faction === i).map((l) => l.id);
    return ids.length === 0 ? [] : [`towards ${shortName(g, i)}: ${names(ds, ids, 4)}`];
  });
  return h("div", { className: "path muted leaning" }, `Leaning (no bad history): ${parts.join("; ")}`);
}

interface Misfit {
  a: string;
  b: string;
  /** A good tie between two factions, or bad history inside one. */
  kind: "across" | "inside";
  type: string;
}

/**
 * The pairs that break the split, as `frustration` counts them (one per pair of nodes): a good tie
 * between two factions, or bad history inside one. Sorted by kind, then the pair's ids.
 */
function misfits(ds: Dataset, g: ConflictGroup): Misfit[] {
  const side = new Map<string, number>();
  g.sides.forEach((members, i) => {
    for (const id of members) side.set(id, i);
  });
  const found = new Map<string, Misfit>();
  for (const [u, i] of side) {
    if (!ds.graph.hasNode(u)) continue;
    ds.graph.forEachEdge(u, (_e, attrs, s, t) => {
      const v = s === u ? t : s;
      const j = side.get(v);
      if (j === undefined || v === u) return;
      const kind = attrs.sign === 1 && i !== j ? "across" : attrs.sign === -1 && i === j ? "inside" : null;
      if (kind === null) return;
      const [a, b] = u < v ? [u, v] : [v, u];
      const key = `${kind}\u0000${a}\u0000${b}`;
      if (!found.has(key)) found.set(key, { a, b, kind, type: attrs.type });
    });
  }
  return [...found.values()].sort((x, y) => (x.kind === y.kind ? (x.a === y.a ? (x.b < y.b ? -1 : 1) : x.a < y.a ? -1 : 1) : x.kind === "across" ? -1 : 1));
}

/** "Frank Dolan – Harold Whitfield (works with), a good tie across the sides" */
function misfitWords(ds: Dataset, m: Misfit, k: number): string {
  const where = m.kind === "across" ? `a good tie across the ${k === 2 ? "sides" : "factions"}` : `bad history inside one ${k === 2 ? "side" : "faction"}`;
  return `${labelOf(ds, m.a)} – ${labelOf(ds, m.b)} (${m.type.replace(/_/g, " ")}), ${where}`;
}

/** How well the factions explain the ties (naming the ties that do not fit), and why this many. */
function fitLine(ds: Dataset, g: ConflictGroup): HTMLElement | null {
  const k = g.sides.length;
  const parts: string[] = [];
  if (g.frustration > 0) {
    const head = `${count(g.frustration, "tie")} ${g.frustration === 1 ? "does" : "do"} not fit this split`;
    const found = misfits(ds, g);
    // Named when the page finds the very pairs the analysis counted (a big group: the first three).
    const same = found.filter((m) => m.kind === "across").length === g.positiveAcross && found.filter((m) => m.kind === "inside").length === g.negativeInside;
    if (same && found.length > 0) {
      const shown = found.slice(0, 3).map((m) => misfitWords(ds, m, k));
      parts.push(`${head}: ${shown.join("; ")}${found.length > 3 ? ` (+${found.length - 3} more)` : ""}`);
    } else parts.push(head);
  }
  const two = g.tried[1];
  if (k > 2 && two !== undefined) parts.push(`Two sides would leave ${count(two, "tie")} unexplained`);
  return parts.length === 0 ? null : h("div", { className: "path muted" }, parts.join("; "));
}

function groupItem(ctx: AppContext, ds: Dataset, list: HTMLElement, g: ConflictGroup, i: number): HTMLElement {
  const li = selectableItem(
    chosen?.dataset === ds.id && chosen.group === g.id,
    () => {
      markSelected(list, li);
      chosen = { dataset: ds.id, group: g.id };
      const nodes = [...g.sides.flat(), ...g.facilitators.map((f) => f.id)];
      ctx.highlight({
        source: "conflicts",
        label: `Bad history: ${g.sideLabels.join(" vs ")}`,
        nodes,
        pairs: g.negativeTies.map((t) => [t.source, t.target] as [string, string]),
        // A pair's positive tie (they also work together) is not the bad history: not highlighted.
        pairTies: "negative",
        accent: g.facilitators.map((f) => f.id),
        groups: g.sides.map((members, j) => ({ name: shortName(g, j), color: factionColor(j), nodes: members })),
      });
      ctx.map.focusNodes(nodes);
    },
    h(
      "div",
      { className: "row1" },
      h("span", { className: "title" }, `Group ${i + 1}`),
      h("span", { className: "score" }, `${count(g.sides.length, "faction")} · ${count(g.negativeTies.length, "negative tie")}`),
    ),
    ...factionLines(ds, g),
    ...facilitatorLines(ctx, ds, g),
    leaningLine(ds, g),
    fitLine(ds, g),
  );
  li.dataset.group = String(g.id);
  li.dataset.factions = String(g.sides.length);
  return li;
}

export const panel: Panel = analysisPanel({
  id: "conflicts",
  tab: "Conflicts",
  title: "Conflicts & turf",
  checkAvailable: false,
  body(ctx: AppContext, ds: AnalyzedDataset): HTMLElement {
    const a = ds.analysis;
    const { conflicts, turf } = a.report;
    const root = h("div", { id: "conflicts-panel" }, h("h2", {}, "Conflicts & turf"));
    root.append(h("p", { className: "hint" }, "Bad history splits people into factions (two or more, each in its colour); facilitators have good ties into two factions and no bad history with either. Select a group to see it on the map (factions and their negative ties); a name clicked here is shown on the map and this list stays open."));
    root.append(h("h3", {}, `Bad-history groups (${conflicts.groups.length})`));
    if (conflicts.groups.length === 0) root.append(h("p", { className: "muted" }, "No negative ties recorded (a sign column, or conflict / bad_history ties)."));
    const list = h("ul", { className: "list", role: "listbox", id: "conflict-groups", attrs: { "aria-label": "Bad-history groups" } });
    conflicts.groups.forEach((g, i) => list.append(groupItem(ctx, ds, list, g, i)));
    root.append(list);
    if (conflicts.poorAskers.length) {
      root.append(
        h("h3", {}, "Poor askers"),
        h("ul", { className: "reasons" }, ...conflicts.poorAskers.slice(0, 20).map((p) => h("li", {}, stayLink(ctx, ds, p.id, "poor"), ` — bad history with ${p.with.map((w) => labelOf(ds, w)).join(", ")}`))),
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
});
