/** Small building blocks shared by the panels. */
import type { AskResult, Asker } from "../../graph/ask.js";
import { analysisById, type AnalysisId } from "../../graph/registry.js";
import type { AppContext, Panel } from "../context.js";
import { unavailable, waiting } from "../sidebar.js";
import type { Dataset } from "../dataset.js";
import { labelOf } from "../dataset.js";
import { h, nameText } from "../dom.js";
import type { Highlight, TabId } from "../state.js";

/** A node name that selects the node when clicked. */
export function nodeLink(ctx: AppContext, ds: Dataset, id: string): HTMLElement {
  const label = labelOf(ds, id);
  return h(
    "button",
    {
      type: "button",
      className: "linklike",
      // Cut to the panel's width by CSS (.linklike); the whole name on hover.
      title: label,
      data: { node: id },
      on: {
        click: (e) => {
          e.stopPropagation();
          ctx.select(id, true);
        },
      },
    },
    label,
  );
}

/** "A —works with→ B —knows→ C" for an ask path. */
export function pathView(ds: Dataset, asker: Asker): HTMLElement {
  const el = h("div", { className: "path" });
  asker.path.forEach((id, i) => {
    if (i > 0) {
      const step = asker.steps[i - 1];
      el.append(h("span", { className: "step" }, ` —${step ? step.type.replace(/_/g, " ") : ""}${step ? ` ${step.strength}` : ""}→ `));
    }
    el.append(nameText(labelOf(ds, id)));
  });
  return el;
}

/**
 * The highlight for an ask path (asker → … → the decision maker) to `target`: path nodes,
 * consecutive pairs (and the decision maker → target), `accent` ringed; both ends named.
 */
export function pathHighlight(ds: Dataset, path: readonly string[], target: string, source: TabId, accent: string[]): Highlight {
  const nodes = [...new Set([...path, target])];
  const pairs: [string, string][] = [];
  for (let i = 1; i < path.length; i++) pairs.push([path[i - 1] ?? "", path[i] ?? ""]);
  const last = path[path.length - 1];
  if (last && last !== target && ds.graph.hasNode(last) && ds.graph.hasNode(target)) pairs.push([last, target]);
  return {
    source,
    label: `Ask path: ${path.map((id) => labelOf(ds, id)).join(" → ")}${last !== target ? ` (${labelOf(ds, target)})` : ""}`,
    nodes,
    pairs,
    accent,
    // The path's two ends (who asks, whom they reach) are always named.
    labels: [...new Set([path[0] ?? target, target])],
  };
}

/** The highlight for an asker's path: path nodes, consecutive pairs, target accented. */
export function askHighlight(ds: Dataset, result: AskResult, asker: Asker, source: TabId): Highlight {
  return pathHighlight(ds, asker.path.length ? asker.path : [asker.id], result.target, source, [result.target, asker.decisionMaker]);
}

/**
 * A selectable list item: click, Enter or Space selects; ↑/↓ (Home/End) move the focus between
 * the items of its list (a roving tabindex: the list is one Tab stop, on the focused item).
 */
export function selectableItem(selected: boolean, onSelect: () => void, ...children: (Node | null)[]): HTMLLIElement {
  const li = h("li", { tabIndex: 0, role: "option", attrs: { "aria-selected": String(selected) } });
  for (const c of children) if (c) li.appendChild(c);
  li.addEventListener("click", onSelect);
  const items = (): HTMLElement[] => (li.parentElement ? [...li.parentElement.children].filter((c): c is HTMLElement => c instanceof HTMLElement && c.getAttribute("role") === "option") : [li]);
  const rove = (to: HTMLElement) => {
    for (const it of items()) it.tabIndex = it === to ? 0 : -1;
  };
  li.addEventListener("focus", () => rove(li));
  li.addEventListener("keydown", (e) => {
    // Keys pressed on a link or button inside the item are theirs.
    if (e.target !== li) return;
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      onSelect();
      return;
    }
    const all = items();
    const i = all.indexOf(li);
    const to =
      e.key === "ArrowDown" ? all[Math.min(all.length - 1, i + 1)] :
      e.key === "ArrowUp" ? all[Math.max(0, i - 1)] :
      e.key === "Home" ? all[0] :
      e.key === "End" ? all[all.length - 1] :
      undefined;
    if (!to) return;
    e.preventDefault();
    rove(to);
    to.focus();
  });
  return li;
}

/** Mark one item of a list as selected (without re-rendering the panel). */
export function markSelected(list: HTMLElement, item: HTMLElement): void {
  for (const el of list.querySelectorAll('[aria-selected="true"]')) el.setAttribute("aria-selected", "false");
  item.setAttribute("aria-selected", "true");
}

/** The page's data set with its analyses arrived. */
export type AnalyzedDataset = Dataset & { analysis: NonNullable<Dataset["analysis"]> };

function isAnalyzed(ds: Dataset): ds is AnalyzedDataset {
  return ds.analysis !== undefined && ds.analysis !== null;
}

/**
 * A panel that shows one analysis of the report: "Computing…" until the analyses arrive and, when
 * `checkAvailable` (default true), the registry's "not available for this data" words when the
 * data can't answer — then `body` renders the panel from the analysed data set.
 */
export function analysisPanel(spec: {
  id: AnalysisId;
  tab: string;
  /** The heading while waiting or unavailable (default: the registry's title). */
  title?: string;
  checkAvailable?: boolean;
  body(ctx: AppContext, ds: AnalyzedDataset): HTMLElement;
}): Panel {
  const title = spec.title ?? analysisById(spec.id).title;
  const panel: Panel = {
    id: spec.id,
    tab: spec.tab,
    render(ctx) {
      const ds = ctx.dataset();
      if (!ds || !isAnalyzed(ds)) return waiting(title, ctx);
      const off = spec.checkAvailable === false ? null : unavailable(ctx, spec.id, title);
      return off ?? spec.body(ctx, ds);
    },
  };
  return panel;
}

/**
 * Keyboard for a grid of cells (a table's `td`s): one Tab stop (a roving tabindex, on the
 * selected cell or the first), ←/→/↑/↓ move the focus between cells, Home/End to the row's
 * first/last cell, Ctrl+Home/Ctrl+End to the grid's first/last. Enter and Space stay the cells'.
 */
export function rovingGrid(table: HTMLTableElement): void {
  const rows = (): HTMLElement[][] => [...table.tBodies].flatMap((b) => [...b.rows].map((r) => [...r.cells].filter((c): c is HTMLTableCellElement => c.tagName === "TD")));
  const all = rows().flat();
  const start = all.find((c) => c.getAttribute("aria-selected") === "true") ?? all[0];
  for (const c of all) c.tabIndex = c === start ? 0 : -1;
  const move = (to: HTMLElement) => {
    for (const c of rows().flat()) c.tabIndex = c === to ? 0 : -1;
    to.focus();
  };
  table.addEventListener("focusin", (e) => {
    if (e.target instanceof HTMLElement && e.target.tagName === "TD") for (const c of rows().flat()) c.tabIndex = c === e.target ? 0 : -1;
  });
  table.addEventListener("keydown", (e) => {
    const grid = rows();
    const r = grid.findIndex((row) => row.includes(e.target as HTMLElement));
    const row = grid[r];
    if (!row) return;
    const c = row.indexOf(e.target as HTMLElement);
    const at = (ri: number, ci: number): HTMLElement | undefined => {
      const rr = grid[Math.max(0, Math.min(grid.length - 1, ri))];
      return rr?.[Math.max(0, Math.min(rr.length - 1, ci))];
    };
    const to =
      e.key === "ArrowRight" ? at(r, c + 1) :
      e.key === "ArrowLeft" ? at(r, c - 1) :
      e.key === "ArrowDown" ? at(r + 1, c) :
      e.key === "ArrowUp" ? at(r - 1, c) :
      e.key === "Home" ? (e.ctrlKey ? at(0, 0) : at(r, 0)) :
      e.key === "End" ? (e.ctrlKey ? at(grid.length - 1, Infinity) : at(r, Infinity)) :
      undefined;
    if (!to) return;
    e.preventDefault();
    move(to);
  });
}
