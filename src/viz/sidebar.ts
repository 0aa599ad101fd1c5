/**
 * The side panel: a tab list (←/→/Home/End move between tabs, as the ARIA tabs pattern says)
 * and the active panel, re-rendered when the tab, the data set or the analyses change. Returns
 * the element and the cleanup that stops following the Store.
 */
import { ANALYSIS_IDS, analysisById, type AnalysisId } from "../graph/registry.js";
import type { AppContext, Panel } from "./context.js";
import { h, replaceChildren } from "./dom.js";
import type { State, TabId } from "./state.js";

export interface Sidebar {
  element: HTMLElement;
  /** Stop following the Store. */
  dispose(): void;
}

/** Whether a tab is an analysis of the registry (not Details, not Change). */
function isAnalysisId(id: TabId): id is AnalysisId {
  return (ANALYSIS_IDS as readonly string[]).includes(id);
}

export function createSidebar(ctx: AppContext, panels: Panel[]): Sidebar {
  const byId = new Map(panels.map((p) => [p.id, p]));
  const tabs = panels.map((p) => ({ id: p.id, label: p.tab }));
  const buttons = new Map<TabId, HTMLButtonElement>();
  const tablist = h("div", { className: "tabs", role: "tablist", attrs: { "aria-label": "Analyses" } });
  const body = h("div", { className: "tabpanel", role: "tabpanel", id: "tabpanel", tabIndex: 0 });
  for (const t of tabs) {
    const b = h(
      "button",
      {
        type: "button",
        role: "tab",
        id: `tab-${t.id}`,
        // The short tab name's whole question, on hover ("Who should make the ask to …?").
        ...(isAnalysisId(t.id) ? { title: analysisById(t.id).question } : {}),
        data: { tab: t.id },
        attrs: { "aria-controls": "tabpanel" },
        on: { click: () => ctx.store.dispatch({ type: "tab", tab: t.id }) },
      },
      t.label,
    );
    buttons.set(t.id, b);
    tablist.appendChild(b);
  }
  const shownTabs = () => tabs.filter((t) => byId.get(t.id)?.visible?.(ctx.store.state) ?? true);
  tablist.addEventListener("keydown", (e) => {
    const tabs = shownTabs();
    const i = tabs.findIndex((t) => t.id === ctx.store.state.tab);
    let j = -1;
    if (e.key === "ArrowRight") j = (i + 1) % tabs.length;
    else if (e.key === "ArrowLeft") j = (i - 1 + tabs.length) % tabs.length;
    else if (e.key === "Home") j = 0;
    else if (e.key === "End") j = tabs.length - 1;
    const next = tabs[j];
    if (!next) return;
    e.preventDefault();
    ctx.store.dispatch({ type: "tab", tab: next.id });
    buttons.get(next.id)?.focus();
  });

  // Tabs that are not visible (Panel.visible) are taken out of the tab list, in order otherwise.
  let shownKey = "";
  const render = (s: State, prev?: State) => {
    const shown = tabs.filter((t) => byId.get(t.id)?.visible?.(s) ?? true);
    const key = shown.map((t) => t.id).join(" ");
    if (key !== shownKey) {
      shownKey = key;
      replaceChildren(tablist, ...shown.map((t) => buttons.get(t.id) ?? null));
    }
    for (const [id, b] of buttons) {
      const on = id === s.tab;
      b.setAttribute("aria-selected", String(on));
      b.tabIndex = on ? 0 : -1;
    }
    body.setAttribute("aria-labelledby", `tab-${s.tab}`);
    body.dataset.panel = s.tab;
    const panel = byId.get(s.tab);
    // The same panel drawn again (the analysis arrived, an edit, a choice in it) stays where it
    // was scrolled to; another tab, or someone else in Details, starts at its top (else a person
    // chosen from a name lower down showed the middle of their details, not who they are).
    const same = prev !== undefined && s.tab === prev.tab && !(s.tab === "details" && s.selected !== prev.selected);
    const scroll = same ? body.scrollTop : 0;
    replaceChildren(body, panel ? panel.render(ctx) : null);
    body.scrollTop = scroll;
  };
  const dispose = ctx.store.subscribe((s, prev) => {
    const panel = byId.get(s.tab);
    if (
      s.tab !== prev.tab ||
      s.dataset !== prev.dataset ||
      s.analyzed !== prev.analyzed ||
      s.figures !== prev.figures ||
      (panel?.shouldUpdate?.(s, prev) ?? false) ||
      panels.some((p) => p.visible !== undefined && p.visible(s) !== p.visible(prev))
    )
      render(s, prev);
  });
  render(ctx.store.state);
  return { element: h("aside", { className: "side", attrs: { "aria-label": "Analyses" } }, tablist, body), dispose };
}

/** A panel's "wait for the analyses" placeholder. */
export function waiting(title: string, ctx: AppContext): HTMLElement {
  const busy = ctx.store.state.busy;
  return h(
    "div",
    {},
    h("h2", {}, title),
    h("p", { className: "hint" }, ctx.dataset() ? `Computing… ${busy ? busy.stage : ""}` : "Open a coalition's CSV files to begin."),
  );
}

/**
 * A section the loaded data can't answer (the report's `availability`, the same words the CLI
 * prints): the panel's title and one sentence saying which columns it needs. Null when available.
 */
export function unavailable(ctx: AppContext, section: AnalysisId, title: string = analysisById(section).title): HTMLElement | null {
  const a = ctx.dataset()?.analysis?.report.availability.find((x) => x.section === section);
  if (!a || a.available) return null;
  return h("div", { className: "unavailable", attrs: { "data-section": section } }, h("h2", {}, title), h("p", { className: "hint" }, `Not available for this data. ${a.note}`));
}
