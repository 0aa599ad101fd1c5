/**
 * Make the ask: pick a target → our members ranked by the warmth of their best introduction
 * path; selecting one highlights the path on the map and dims the rest. Excluded members are
 * listed with the reason (bad history with the target, its organization or along the path).
 * The search runs in the worker.
 */
import type { AskResult } from "../../graph/ask.js";
import { loggedAskSentence } from "../../graph/logged-ask.js";
import type { AppContext, Panel } from "../context.js";
import { searchKey, type Dataset } from "../dataset.js";
import { clampedText, fmt, h, nameText } from "../dom.js";
import { askHighlight, markSelected, nodeLink, pathView, selectableItem } from "./common.js";
import { closestNames } from "./text/closest-names.js";

/** "No one called “X”. Did you mean: A, B?" — each guess a button that asks for it. */
function noOneCalled(ds: Dataset, target: string, pick: (label: string) => void): HTMLElement {
  const guesses = closestNames(ds.searchIndex, target, 3).map((id) => ds.graph.getNodeAttribute(id, "label"));
  const box = h("div", { className: "callout", id: "ask-no-match", role: "status" }, h("p", {}, `No one called “${target}”.${guesses.length ? "" : " Check the spelling, or pick a name from the list."}`));
  if (guesses.length)
    box.append(
      h("p", { className: "did-you-mean" }, "Did you mean:", ...guesses.map((g) => h("button", { type: "button", className: "linklike", title: g, on: { click: () => pick(g) } }, g))),
    );
  return box;
}

/** The last answer, kept while the data set stays the same. */
let last: { dataset: number; result: AskResult; selected: number } | null = null;
let lastError: string | null = null;
/** The target that matched no one (shown with the closest names). */
let lastMissed: string | null = null;

/** The answer for one target: decision makers, who must not ask (first), askers warmest first, the excluded. */
function answerView(ctx: AppContext, ds: Dataset, r: AskResult, selected: number, onSelect: (i: number) => void): HTMLElement[] {
  const out: HTMLElement[] = [
    h("h3", { className: "cut", title: r.targetLabel }, `Askers for ${r.targetLabel}`),
    h("p", { className: "hint" }, r.decisionMakers.length ? [r.decisionMakers.length === 1 ? "Decision maker: " : "Decision makers: ", ...r.decisionMakers.flatMap((d, i) => (i ? [", ", nodeLink(ctx, ds, d)] : [nodeLink(ctx, ds, d)]))].reduce<HTMLElement>((p, c) => (p.append(c), p), h("span")) : "No decision maker is known."),
  ];
  // An ask already logged: follow it up rather than ask again (the outreach plan says the same).
  const best = r.askers[0];
  const logged = loggedAskSentence(r.asked ?? null, best ? best.id : null, best ? best.label : null);
  if (logged !== "") out.push(h("p", { className: "callout", id: "ask-logged", role: "note" }, logged));
  // Who must not ask comes first, in short: the full list stays below the askers.
  if (r.excluded.length) {
    const shown = r.excluded.slice(0, 3);
    out.push(
      h(
        "div",
        { className: "callout bad", id: "ask-must-not", role: "note" },
        h("b", {}, "Must not ask: "),
        ...shown.flatMap((x, i) => [i ? "; " : "", nameText(x.label, "b"), ` — ${x.reason}`]),
        r.excluded.length > shown.length ? ` (and ${r.excluded.length - shown.length} more, listed below)` : "",
      ),
    );
  }
  if (r.askers.length === 0) out.push(h("p", { className: "muted" }, r.askersAre === "members" ? "No coalition member has a warm path within reach." : "Nobody has a warm path within reach."));
  const list = h("ul", { className: "list", role: "listbox", id: "askers", attrs: { "aria-label": "Askers, warmest first" } });
  r.askers.forEach((asker, i) => {
    const li = selectableItem(
      i === selected,
      () => {
        onSelect(i);
        markSelected(list, li);
        const hl = askHighlight(ds, r, asker, "asks");
        ctx.highlight(hl);
        ctx.map.focusNodes(hl.nodes);
      },
      h("div", { className: "row1" }, h("span", { className: "title", title: asker.label }, `${i + 1}. ${asker.label}`), h("span", { className: "score" }, `warmth ${fmt(asker.score, 2)}`)),
      pathView(ds, asker),
      asker.reasons.length ? h("ul", { className: "reasons" }, ...asker.reasons.map((t) => clampedText(t))) : null,
    );
    li.dataset.asker = asker.id;
    list.append(li);
  });
  out.push(list);
  if (r.excluded.length) {
    out.push(
      h("h3", {}, "Should not make the ask"),
      h("ul", { className: "reasons", id: "ask-excluded" }, ...r.excluded.map((x) => h("li", { className: "clamp", title: `${x.label} — ${x.reason}` }, nameText(x.label, "b"), ` — ${x.reason}`))),
    );
  }
  return out;
}

export const panel: Panel = {
  id: "asks",
  tab: "Ask",
  render(ctx: AppContext): HTMLElement {
    const ds = ctx.dataset();
    const root = h("div", { id: "ask-panel" }, h("h2", {}, "Make the ask"));
    root.append(h("p", { className: "hint" }, "Who in the coalition is best placed to ask a person or organization for something? Pick the target: members are ranked by their warmest path to its decision maker; anyone with bad history along the way is left out."));
    if (!ds) return root;
    if (last && last.dataset !== ds.id) last = null;
    const listId = "ask-targets";
    const datalist = h("datalist", { id: listId });
    // Organizations first, then people; the browser filters as the user types.
    const opts: [string, string][] = ds.graph.mapNodes((_n, a) => [a.label, a.kind]);
    opts.sort((x, y) => (x[1] === y[1] ? (x[0] < y[0] ? -1 : 1) : x[1] === "organization" ? -1 : 1));
    for (const [label] of opts.slice(0, 5000)) datalist.append(h("option", { attrs: { value: label } }));
    const input = h("input", { type: "text", id: "ask-target", attrs: { list: listId, placeholder: "Target: a person or organization", "aria-label": "Target of the ask" } });
    const sel = ctx.store.state.selected;
    input.value = last ? last.result.targetLabel : sel && ds.graph.hasNode(sel) ? ds.graph.getNodeAttribute(sel, "label") : "";
    const results = h("div", { id: "ask-results" });
    const run = () => {
      const target = input.value.trim();
      if (!target) {
        // The button never does nothing: say what it needs.
        last = null;
        lastError = null;
        lastMissed = null;
        results.replaceChildren(h("p", { className: "callout", id: "ask-need-target", role: "status" }, "Type the name of the person or organization you want to ask for something (the list offers every name), then Find askers."));
        input.focus();
        return;
      }
      lastMissed = null;
      // A name that matches no one: say so and offer the closest names, without asking the worker.
      const key = searchKey(target);
      if (!ds.graph.hasNode(target) && !ds.searchIndex.some(([k]) => k.includes(key))) {
        last = null;
        lastError = null;
        lastMissed = target;
        paint();
        return;
      }
      results.replaceChildren(h("p", { className: "muted" }, "Searching for warm paths…"));
      const datasetId = ds.id;
      ctx.client
        .ask(datasetId, target)
        .then((result) => {
          if (ctx.dataset()?.id !== datasetId) return;
          last = { dataset: datasetId, result, selected: 0 };
          lastError = null;
          paint();
          const first = result.askers[0];
          const hl = first
            ? askHighlight(ds, result, first, "asks")
            : { source: "asks" as const, label: `No warm path to ${result.targetLabel}`, nodes: [result.target], pairs: [], accent: [result.target], labels: [result.target] };
          ctx.highlight(hl);
          // Like the other panels: bring what is highlighted into view.
          ctx.map.focusNodes(hl.nodes);
        })
        .catch((err: unknown) => {
          last = null;
          lastError = err instanceof Error ? err.message : String(err);
          // A part of several names (the worker's "No person or organization called …"): the closest names.
          if (lastError.startsWith("No person or organization called")) {
            lastError = null;
            lastMissed = target;
          }
          paint();
        });
    };
    const paint = () => {
      results.replaceChildren();
      if (lastMissed !== null) {
        results.append(
          noOneCalled(ds, lastMissed, (label) => {
            input.value = label;
            run();
          }),
        );
        return;
      }
      if (lastError) {
        results.append(h("div", { className: "error-box" }, lastError));
        return;
      }
      if (!last) return;
      const current = last;
      results.append(...answerView(ctx, ds, current.result, current.selected, (i) => (current.selected = i)));
    };
    paint();
    root.append(
      h(
        "form",
        {
          className: "row-actions",
          on: {
            submit: (e) => {
              e.preventDefault();
              run();
            },
          },
        },
        input,
        datalist,
        h("button", { type: "submit", className: "primary", id: "ask-run" }, "Find askers"),
      ),
      results,
    );
    return root;
  },
};
