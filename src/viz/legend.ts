/**
 * The legend: what the colours, shapes, status marks and ties mean. `legendModel` says it once
 * (the words and swatches); `renderLegend` draws it as the overlay on the map (DOM), and the PNG
 * export draws the same model in a column beside the picture (legend-picture.ts).
 */
import type { Appearance } from "./appearance.js";
import { EDGE_COLOR, EDGE_NEGATIVE } from "./colors.js";
import { h, replaceChildren } from "./dom.js";
import type { State } from "./state.js";
import { BIG_GRAPH } from "./map/view.js";

/** How an entry is shown: a colour dot, a node shape or status mark (in grey), or a tie. */
export type LegendSwatch =
  | { kind: "color"; color: string }
  | { kind: "shape"; shape: "disc" | "square" | "ring" | "hollow" | "pale" }
  | { kind: "tie"; color: string; negative: boolean };

export interface LegendItem {
  label: string;
  swatch: LegendSwatch;
}

/** Entries up to this many characters fit a column of the two-column legend uncut. */
export const SHORT_LABEL = 16;

export interface LegendSection {
  title: string;
  items: LegendItem[];
  /** Short entries, shown in two columns on screen. */
  grid?: boolean;
}

export interface LegendModel {
  sections: LegendSection[];
  /** What the node size means ("Size: broker (betweenness)"). */
  note: string;
}

/** The grey of the shape and status swatches. */
export const SHAPE_GREY = "#7b8794";

/** Whether the filters hide every node of this colour entry (then the legend leaves it out). */
function filteredOut(key: string | undefined, view: Pick<State, "colorBy" | "filters"> | undefined): boolean {
  if (key === undefined || !view) return false;
  const f = view.filters;
  if (view.colorBy === "community") return f.communities.includes(Number(key));
  if (view.colorBy === "sector") return f.sectors.includes(key);
  if (view.colorBy === "status") return f.statuses.includes(key);
  return false;
}

/** The legend of an appearance, leaving out the colours the filters hide. */
/** The legend's words for two-mode (affiliation) data. */
export const TWO_MODE_LEGEND = "Squares: events/affiliations (two-mode data: people measured on shared affiliations)";

export function legendModel(app: Appearance, view?: Pick<State, "colorBy" | "filters">): LegendModel {
  const twoMode: LegendSection[] = app.twoMode ? [{ title: "Two-mode data", items: [{ label: TWO_MODE_LEGEND, swatch: { kind: "shape", shape: "square" } }] }] : [];
  return {
    sections: [
      { title: app.colorTitle, items: app.colors.filter((c) => !filteredOut(c.key, view)).map((c) => ({ label: c.label, swatch: { kind: "color", color: c.color } })) },
      {
        title: "Shape & status",
        grid: true,
        items: [
          { label: "Person", swatch: { kind: "shape", shape: "disc" } },
          { label: "Organization", swatch: { kind: "shape", shape: "square" } },
          { label: "Member (ring)", swatch: { kind: "shape", shape: "ring" } },
          { label: "Prospect (hollow)", swatch: { kind: "shape", shape: "hollow" } },
          { label: "Outside (pale)", swatch: { kind: "shape", shape: "pale" } },
        ],
      },
      ...twoMode,
      {
        title: "Ties",
        items: [
          { label: tieLegend(app), swatch: { kind: "tie", color: EDGE_COLOR, negative: false } },
          { label: "Conflict / bad history", swatch: { kind: "tie", color: EDGE_NEGATIVE, negative: true } },
        ],
      },
    ],
    note: app.sizeTitle,
  };
}

/**
 * The tie's entry: a big map (over BIG_GRAPH people) draws its ties as hairlines at the fitted view
 * or wider (map/hairline-ties.ts), so there strength shows only once zoomed in.
 */
export function tieLegend(app: Pick<Appearance, "styles">): string {
  return app.styles.size > BIG_GRAPH ? "Tie (thicker = stronger when zoomed in, → direction)" : "Tie (thicker = stronger, → direction)";
}

/** CSS classes of the on-screen swatches (styles.css). */
const SHAPE_CLASS: Record<"disc" | "square" | "ring" | "hollow" | "pale", string> = {
  disc: "sw",
  square: "sw square",
  ring: "sw member",
  hollow: "sw ring",
  pale: "sw pale",
};

function swatchElement(s: LegendSwatch): HTMLElement {
  if (s.kind === "tie") return h("span", { className: s.negative ? "line neg" : "line" });
  const el = h("span", { className: s.kind === "color" ? "sw" : SHAPE_CLASS[s.shape], attrs: { "aria-hidden": "true" } });
  if (s.kind === "color") el.style.background = s.color;
  else if (s.shape !== "hollow") el.style.background = SHAPE_GREY;
  return el;
}

/**
 * Below this size the map area is "small" (1024×700 leaves 644×652): the legend starts folded to
 * its button, out of the network's way, until the user opens it.
 */
export const SMALL_MAP = { width: 800, height: 600 } as const;

/**
 * Whether the legend starts open in this map area (the user's own choice, once made, wins). An open
 * edit panel covers the map's right side: the width left beside it is what counts, so the legend
 * folds while a person is being edited on a medium window and unfolds when the panel closes
 * (`MAP_COVER_CHANGED`).
 */
function defaultOpen(root: HTMLElement): boolean {
  const known = roomDecided.get(root);
  if (known !== undefined) return known;
  const area = root.parentElement?.getBoundingClientRect();
  const panel = root.parentElement?.querySelector<HTMLElement>("#edit-panel");
  const covered = panel && !panel.hidden ? panel.getBoundingClientRect().width : 0;
  const width = (area && area.width > 0 ? area.width : window.innerWidth - 380) - covered;
  const height = area && area.height > 0 ? area.height : window.innerHeight - 48;
  const open = width >= SMALL_MAP.width && height >= SMALL_MAP.height;
  if (area && area.width > 0 && area.height > 0) roomDecided.set(root, open);
  return open;
}

/**
 * The default decided for each legend from its map area's room, kept until that room changes:
 * measuring the area forces the browser to lay the page out, and the legend is drawn again on
 * every change of colours, sizes, filters or data (twice in the task that shows a data set).
 */
const roomDecided = new WeakMap<HTMLElement, boolean>();

/** The map area's room changed (the window was resized, a panel started or stopped covering the map): decide the default again. */
export function legendRoomChanged(root: HTMLElement): void {
  roomDecided.delete(root);
}

/** The event (on document) a panel sends when it starts or stops covering part of the map. */
export const MAP_COVER_CHANGED = "coalition-map:cover-changed";

declare global {
  interface DocumentEventMap {
    "coalition-map:cover-changed": Event;
  }
}

/** Whether the legend is open: the user's choice, or the default for the map area's size. */
export function legendOpen(root: HTMLElement): boolean {
  const choice = root.dataset.choice;
  return choice === undefined ? defaultOpen(root) : choice === "open";
}

/** Show or fold the legend's body (the button stays); tells listeners with a "toggle" event. */
export function applyLegendOpen(root: HTMLElement): void {
  const open = legendOpen(root);
  const button = root.querySelector<HTMLElement>("#legend-toggle");
  const body = root.querySelector<HTMLElement>("#legend-body");
  if (!button || !body) return;
  if (button.getAttribute("aria-expanded") === String(open)) return;
  button.setAttribute("aria-expanded", String(open));
  body.hidden = !open;
  root.dataset.open = String(open);
  root.dispatchEvent(new Event("toggle"));
}

/**
 * Draw the legend overlay into `root` (hidden when there is no appearance yet): a "Legend" button
 * (keyboard: Tab, Enter or Space) that folds or unfolds its body.
 */
export function renderLegend(root: HTMLElement, app: Appearance | null, view?: Pick<State, "colorBy" | "filters">): void {
  if (!app) {
    replaceChildren(root);
    root.hidden = true;
    return;
  }
  root.hidden = false;
  const model = legendModel(app, view);
  const button = h("button", { type: "button", id: "legend-toggle", className: "legend-toggle", attrs: { "aria-controls": "legend-body", "aria-expanded": "" } }, "Legend");
  button.addEventListener("click", () => {
    root.dataset.choice = legendOpen(root) ? "closed" : "open";
    applyLegendOpen(root);
  });
  const body = h(
    "div",
    { id: "legend-body" },
    ...model.sections.flatMap((sec) => [
      h("h3", {}, sec.title),
      h(
        "ul",
        // Many short entries in two columns; long ones (most community names) in one, so that
        // two names that start alike ("Grassroots · South", "Grassroots · East") stay apart.
        sec.grid || (sec.items.length > 8 && sec.items.every((it) => it.label.length <= SHORT_LABEL)) ? { className: "grid" } : {},
        // The colour entries (user data: community or sector names) may be long: cut with a title.
        ...sec.items.map((it) => h("li", {}, swatchElement(it.swatch), it.swatch.kind === "color" ? h("span", { className: "label", title: it.label }, it.label) : it.label)),
      ),
    ]),
    h("div", { className: "muted" }, model.note),
  );
  replaceChildren(root, button, body);
  applyLegendOpen(root);
}
