/**
 * What the map says about itself: the banner naming what is highlighted (with its groups'
 * colours and a Clear button) and the progress bar of the analyses (naming the stage, and — while a
 * large network's quick estimates are refined behind the panels, to exact or to a stated margin —
 * that the figures shown are estimates until then). Both follow the Store; the
 * returned cleanup stops following it.
 */
import type { AppContext } from "../context.js";
import { h, replaceChildren } from "../dom.js";
import type { State } from "../state.js";

export interface StatusViews {
  banner: HTMLElement;
  progress: HTMLElement;
  dispose(): void;
}

function paintBanner(ctx: AppContext, banner: HTMLElement, s: State): void {
  banner.hidden = s.highlight === null;
  if (!s.highlight) return;
  const groups = (s.highlight.groups ?? []).map((grp) => {
    const swatch = h("span", { className: "swatch" });
    swatch.style.background = grp.color;
    return h("span", { className: "banner-group", title: grp.name }, swatch, grp.name);
  });
  replaceChildren(banner, h("span", { className: "banner-text", title: [s.highlight.label, ...(s.highlight.groups ?? []).map((g) => g.name)].join(" · ") }, s.highlight.label, ...groups), h("button", { type: "button", id: "clear-highlight", on: { click: () => ctx.highlight(null) } }, "Clear"));
}

function paintProgress(progress: HTMLElement, s: State): void {
  progress.hidden = s.busy === null;
  if (!s.busy) return;
  progress.classList.toggle("indeterminate", s.busy.fraction <= 0);
  const bar = h("div", {});
  bar.style.width = `${Math.round(s.busy.fraction * 100)}%`;
  // Work behind the figures shown (a large network's quick estimates refined): the bar says so — the
  // stage names what they become (exact, or a stated margin: analysis.worker.ts REFINE_WORDS).
  const background = s.busy.background === true;
  progress.classList.toggle("background", background);
  progress.dataset.estimates = String(background);
  replaceChildren(
    progress,
    h("span", { className: "progress-stage" }, s.busy.stage),
    background ? h("span", { className: "progress-note" }, "The figures shown are estimates until then.") : null,
    h("div", { className: "bar" }, bar),
  );
}

export function createStatusViews(ctx: AppContext): StatusViews {
  const banner = h("div", { className: "banner", id: "banner", role: "status", attrs: { "data-label-obstacle": "" } });
  banner.hidden = true;
  const progress = h("div", { className: "progress", id: "progress", role: "status", attrs: { "aria-live": "polite" } });
  progress.hidden = true;
  const dispose = ctx.store.subscribe((s, prev) => {
    if (s.highlight !== prev.highlight) paintBanner(ctx, banner, s);
    if (s.busy !== prev.busy) paintProgress(progress, s);
  });
  return { banner, progress, dispose };
}
