/**
 * The Export menu in the top bar: the map picture (with its two choices — the whole network or
 * the current view, and the resolution — as radio items that keep the menu open), the outreach
 * plan, the network for Gephi, the analysis — then the caller's own actions (sharing, the
 * printable brief), each after a separator line when it asks for one. The read-only map shows
 * only the exports it lists (`kinds`). Arrow keys move between items, Esc closes, a click
 * elsewhere closes. Returns its element and the cleanup of its document listener.
 */
import type { AppContext } from "../context.js";
import { h } from "../dom.js";
import { EXPORTS, exportAs, type ExportKind } from "../exports.js";
import { showImportError } from "../import-dialog.js";
import { listen } from "../listen.js";
import { DEFAULT_PICTURE_OPTIONS, PICTURE_SCALES, PICTURE_SCOPES, type PictureOptions } from "../map/picture.js";

/** A row of radio items (one checked), calling `choose` with the chosen id. */
function radioRow<T extends string | number>(label: string, options: { id: T; label: string }[], current: T, data: string, choose: (id: T) => void): HTMLElement {
  const buttons = options.map((o) =>
    h("button", { type: "button", role: "menuitemradio", data: { [data]: String(o.id) }, attrs: { "aria-checked": String(o.id === current) } }, o.label),
  );
  buttons.forEach((b, i) =>
    b.addEventListener("click", () => {
      const chosen = options[i];
      if (!chosen) return;
      buttons.forEach((x) => x.setAttribute("aria-checked", String(x === b)));
      choose(chosen.id);
    }),
  );
  return h("div", { className: "menu-options", role: "group", attrs: { "aria-label": label } }, `${label}:`, ...buttons);
}

/** An item of the menu beyond the exports: its id (`data-action`), words, and what it does. */
export interface MenuAction {
  id: string;
  label: string;
  run(): Promise<unknown>;
  /** A line above it (the start of a group of items). */
  separated?: boolean;
}

export interface ExportMenuOptions {
  /** Which exports to offer (default: all of them). */
  kinds?: readonly ExportKind[];
  /** Items after the exports. */
  actions?: readonly MenuAction[];
}

export function createExportMenu(ctx: AppContext, options: ExportMenuOptions = {}): { element: HTMLElement; dispose: () => void } {
  const picture: PictureOptions = { ...DEFAULT_PICTURE_OPTIONS };
  const list = h("div", { className: "menu-list", role: "menu", id: "export-menu" });
  list.hidden = true;
  const toggle = h("button", { type: "button", id: "export-toggle", attrs: { "aria-haspopup": "menu", "aria-expanded": "false" } }, "Export ▾");
  const close = () => {
    list.hidden = true;
    toggle.setAttribute("aria-expanded", "false");
  };
  // A chosen item: the menu closes and the keyboard's place goes back to "Export ▾" (the item is
  // hidden with the menu), so a dialog the item opens gives the focus back there when it closes.
  const chosen = () => {
    close();
    toggle.focus();
  };
  const fail = (err: unknown) => void showImportError(err instanceof Error ? err.message : String(err), true);
  for (const e of EXPORTS.filter((x) => !options.kinds || options.kinds.includes(x.kind))) {
    const run = () => {
      chosen();
      exportAs(ctx, e.kind, { ...picture }).catch(fail);
    };
    list.appendChild(h("button", { type: "button", role: "menuitem", data: { export: e.kind }, on: { click: run } }, e.label));
    if (e.kind === "png")
      list.append(
        radioRow("Picture of", PICTURE_SCOPES, picture.scope, "pngScope", (id) => (picture.scope = id)),
        radioRow("Resolution", PICTURE_SCALES, picture.scale, "pngScale", (id) => (picture.scale = id)),
      );
  }
  for (const a of options.actions ?? []) {
    if (a.separated) list.appendChild(h("div", { className: "menu-separator", role: "separator" }));
    const run = () => {
      chosen();
      a.run().catch(fail);
    };
    list.appendChild(h("button", { type: "button", role: "menuitem", data: { action: a.id }, on: { click: run } }, a.label));
  }
  const items = () => [...list.querySelectorAll<HTMLElement>("button")];
  toggle.addEventListener("click", () => {
    list.hidden = !list.hidden;
    toggle.setAttribute("aria-expanded", String(!list.hidden));
    if (!list.hidden) items()[0]?.focus();
  });
  list.addEventListener("keydown", (e) => {
    const all = items();
    const i = all.indexOf(document.activeElement as HTMLElement);
    if (e.key === "Escape") {
      close();
      toggle.focus();
    } else if (e.key === "ArrowDown") all[(i + 1) % all.length]?.focus();
    else if (e.key === "ArrowUp") all[(i - 1 + all.length) % all.length]?.focus();
  });
  const dispose = listen(document, "click", (e) => {
    if (!list.hidden && !(e.target instanceof Node && (list.contains(e.target) || toggle.contains(e.target)))) close();
  });
  return { element: h("div", { className: "menu" }, toggle, list), dispose };
}
