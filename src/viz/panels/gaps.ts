/**
 * Service gaps: the service × area matrix as a heatmap (number of provider organizations),
 * with missing (needed, no provider), thin (one), duplicated (uncoordinated providers) and
 * unlinked (hand-off partners with no referral tie) marked by pattern and symbol, not colour
 * alone (the marks beside the number, never over it). Clicking a cell (or Enter or Space on it)
 * highlights its providers on the map — or, for a missing service, who could fill it (the report's
 * `gaps.fillers`: organizations and people offering it in the same area, next door or anywhere,
 * outside the coalition first, each with the member best placed to ask them), shown on the map
 * with their askers' paths instead of greying everything. The grid is one Tab stop; the arrow keys
 * move between cells.
 */
import type { GapFillers } from "../../graph/gap-fillers.js";
import type { GapCell } from "../../graph/gaps.js";
import type { AppContext, Panel } from "../context.js";
import { labelOf } from "../dataset.js";
import { count, h, replaceChildren } from "../dom.js";
import { heat, textOn } from "../colors.js";
import { type AnalyzedDataset, analysisPanel, nodeLink, rovingGrid } from "./common.js";

const lower = (s: string) => s.toLowerCase();

/** Where a filler offers the service, in a chip's few words. */
const REACH_WORDS: Record<GapFillers["fillers"][number]["reach"], string> = { "same area": "same area", "neighbouring area": "next door", "other area": "elsewhere" };

/** Who could fill a missing service: the list for the panel, and what to show on the map. */
function fillersView(ctx: AppContext, ds: AnalyzedDataset, f: GapFillers | undefined): { list: HTMLElement; nodes: string[]; pairs: [string, string][]; fillers: string[]; askers: string[] } {
  const fillers = f?.fillers ?? [];
  if (fillers.length === 0)
    return { list: h("p", { className: "hint", id: "gap-fillers" }, "Nobody in the data offers this service anywhere: look beyond the network."), nodes: [], pairs: [], fillers: [], askers: [] };
  const nodes = new Set<string>();
  const pairs: [string, string][] = [];
  const askers: string[] = [];
  for (const x of fillers) {
    nodes.add(x.id);
    if (x.asker) askers.push(x.asker);
    for (const n of x.path) nodes.add(n);
    for (let i = 1; i < x.path.length; i++) pairs.push([x.path[i - 1] ?? "", x.path[i] ?? ""]);
    // The decision maker reached stands for the filler: tie them on the map too.
    const last = x.path[x.path.length - 1];
    if (last !== undefined && last !== x.id) pairs.push([last, x.id]);
  }
  const list = h(
    "ol",
    { className: "list gap-fillers", id: "gap-fillers" },
    ...fillers.map((x) =>
      h(
        "li",
        { data: { filler: x.id }, on: { click: () => ctx.select(x.id, true) } },
        h("div", { className: "row1" }, h("span", { className: "title" }, nodeLink(ctx, ds, x.id)), h("span", { className: "chip", title: x.reach }, REACH_WORDS[x.reach])),
        h("div", { className: "path" }, x.reason),
        x.asker ? h("div", { className: "asker" }, "Ask: ", nodeLink(ctx, ds, x.asker)) : null,
        x.mustNotAsk.length ? h("div", { className: "must-not" }, "Must not ask: ", ...x.mustNotAsk.flatMap((m, i) => [i ? ", " : "", nodeLink(ctx, ds, m)])) : null,
      ),
    ),
  );
  return { list, nodes: [...nodes], pairs, fillers: fillers.map((x) => x.id), askers };
}

export const panel: Panel = analysisPanel({
  id: "gaps",
  tab: "Gaps",
  body(ctx: AppContext, ds: AnalyzedDataset): HTMLElement {
    const a = ds.analysis;
    const gaps = a.report.gaps;
    const root = h("div", { id: "gaps-panel" }, h("h2", {}, "Service gaps"));
    const needs =
      gaps.needsSource === "services.csv"
        ? "the needs from services.csv"
        : "there is no services.csv, so every area is assumed to need the usual victim services below; open a services.csv (service, area, priority) with your files to say what your areas need";
    root.append(h("p", { className: "hint", id: "gaps-needs" }, `Who provides each service in each area (${needs}). Click a cell to see its providers on the map; with the keyboard, the arrow keys move between cells and Enter shows one.`));
    const cells = new Map<string, GapCell>();
    let max = 1;
    for (const c of gaps.matrix) {
      cells.set(`${c.service}\u0000${lower(c.area)}`, c);
      max = Math.max(max, c.providers.length);
    }
    const unlinked = new Set<string>();
    for (const u of gaps.unlinked) for (const s of u.services) unlinked.add(`${s}\u0000${lower(u.area)}`);
    const detail = h("div", { id: "gap-detail" });
    const table = h("table", { className: "heat", id: "gap-matrix", role: "grid", attrs: { "aria-label": "Service by area coverage" } });
    table.append(h("thead", {}, h("tr", {}, h("th", {}, ""), ...gaps.areas.map((ar) => h("th", { attrs: { scope: "col" }, title: ar }, ar)))));
    const tbody = h("tbody", {});
    for (const s of gaps.services) {
      // The service's name wraps to two lines before it is cut ("medical/forensic exam" was "medical/forensic …").
      const tr = h("tr", {}, h("th", { attrs: { scope: "row" }, title: s }, h("span", { className: "gap-service" }, s)));
      for (const ar of gaps.areas) {
        const key = `${s}\u0000${lower(ar)}`;
        const c = cells.get(key);
        const n = c?.providers.length ?? 0;
        const td = h("td", { tabIndex: -1, role: "gridcell", data: { service: s, area: ar, status: c?.status ?? "not needed" } });
        const bg = heat(n / max);
        td.style.background = bg;
        td.style.color = textOn(bg);
        const marks: string[] = [];
        if (c?.status === "missing") { td.classList.add("missing"); marks.push("missing"); }
        else if (c?.status === "thin") { td.classList.add("thin"); marks.push("thin"); }
        else if (c?.status === "duplicated") { td.classList.add("duplicated"); marks.push("duplicated, uncoordinated"); }
        else if (c?.status === "not needed" || !c) td.classList.add("notneeded");
        if (unlinked.has(key)) { td.classList.add("unlinked"); marks.push("unlinked hand-off"); }
        // The marks sit beside the number (⚠ before, ◆ after), in one line.
        td.append(
          h("span", { className: "cell-marks" }, unlinked.has(key) ? h("span", { className: "mark", attrs: { "aria-hidden": "true" } }, "⚠") : null, h("span", { className: "num" }, String(n)), c?.status === "duplicated" ? h("span", { className: "mark", attrs: { "aria-hidden": "true" } }, "◆") : null),
        );
        td.title = `${s} in ${ar}: ${count(n, "provider")}${marks.length ? ` — ${marks.join(", ")}` : ""}`;
        td.setAttribute("aria-label", td.title);
        const choose = () => {
          for (const x of table.querySelectorAll('[aria-selected="true"]')) x.setAttribute("aria-selected", "false");
          td.setAttribute("aria-selected", "true");
          const providers = c?.providers ?? [];
          if (c?.status === "missing") {
            const fill = fillersView(ctx, ds, gaps.fillers.find((f) => f.service === s && lower(f.area) === lower(ar)));
            replaceChildren(detail, h("h3", {}, `${s} · ${ar}`), h("p", { className: "hint" }, "Needed here, and nobody provides it: a missing service. Who could fill it:"), fill.list);
            ctx.highlight(
              fill.fillers.length
                ? { source: "gaps", label: `Who could fill ${s} in ${ar}: ${fill.fillers.map((p) => labelOf(ds, p)).join(", ")}`, nodes: fill.nodes, pairs: fill.pairs, accent: fill.fillers, labels: [...fill.fillers, ...fill.askers] }
                : { source: "gaps", label: `No provider of ${s} in ${ar}, and nobody offers it anywhere`, nodes: [], pairs: [], accent: [] },
            );
            if (fill.nodes.length) ctx.map.focusNodes(fill.nodes);
            return;
          }
          replaceChildren(
            detail,
            h("h3", {}, `${s} · ${ar}`),
            h("p", { className: "hint" }, providers.length === 0 ? (c?.needed ? "Needed here, and nobody provides it: a missing service." : "Nobody provides it here.") : `${count(providers.length, "provider")}${marks.length ? ` — ${marks.join(", ")}` : ""}.`),
            providers.length ? h("ul", { className: "reasons" }, ...providers.map((p) => h("li", {}, nodeLink(ctx, ds, p), c?.memberProviders.includes(p) ? " (member)" : ""))) : null,
          );
          ctx.highlight({
            source: "gaps",
            label: providers.length ? `Providers of ${s} in ${ar}: ${providers.map((p) => labelOf(ds, p)).join(", ")}` : `No provider of ${s} in ${ar}`,
            nodes: providers,
            pairs: [],
            accent: providers,
          });
          if (providers.length) ctx.map.focusNodes(providers);
        };
        td.addEventListener("click", choose);
        td.addEventListener("keydown", (e) => {
          if (e.key === "Enter" || e.key === " ") { e.preventDefault(); choose(); }
        });
        tr.append(td);
      }
      tbody.append(tr);
    }
    table.append(tbody);
    rovingGrid(table);
    root.append(
      table,
      h("div", { className: "heat-key" }, h("span", {}, "Number = providers (members or not); darker = more"), h("span", {}, "▨ red = missing"), h("span", {}, "dashed = thin (one)"), h("span", {}, "◆ = duplicated, uncoordinated"), h("span", {}, "⚠ = hand-off with no referral tie")),
      detail,
    );
    const summary: [string, number][] = [["missing", gaps.missing.length], ["thin", gaps.thin.length], ["duplicated", gaps.duplicated.length], ["unlinked", gaps.unlinked.length]];
    root.append(h("h3", {}, "Summary"), h("div", { className: "chips" }, ...summary.map(([k, v]) => h("span", { className: `chip${k === "missing" && v ? " bad" : ""}` }, `${v} ${k}`))));
    if (gaps.missing.length) root.append(h("ul", { className: "reasons", id: "gaps-missing" }, ...gaps.missing.map((m) => h("li", {}, `Missing: ${m.service} in ${m.area}${m.priority ? ` (priority ${m.priority})` : ""}`))));
    if (gaps.unlinked.length) root.append(h("ul", { className: "reasons" }, ...gaps.unlinked.slice(0, 20).map((u) => h("li", {}, `Unlinked in ${u.area}: ${u.services[0]} → ${u.services[1]}`))));
    return root;
  },
});
