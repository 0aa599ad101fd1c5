/**
 * "Broker scores: automatic / exact / estimated" — how betweenness and closeness are computed,
 * the user's choice (the CLI's --exact and --estimate; the engine's `exact` option), shown in the
 * Details overview beside the words saying how they were computed (the top bar has no room left
 * at 1280 px). A change measures the data set again in the analysis worker, as the ties choice
 * does (loader.remeasure); the analysis says which choice it was made under (`exactChoice`).
 */
import type { AppContext } from "../context.js";
import { h } from "../dom.js";
import { MAP_REFINE_LIMIT, type MeasureChoices } from "../protocol.js";
import { STANDING_QUICK_EXACT_LIMIT } from "../../graph/standing.js";

const n = (x: number) => x.toLocaleString("en-US");

const CHOICES: readonly { value: string; label: string; title: string; choices: MeasureChoices }[] = [
  {
    value: "auto",
    label: "automatic",
    title:
      `Exact up to ${n(STANDING_QUICK_EXACT_LIMIT)} people; a larger network shows quick estimates at once, refined in the background: ` +
      `to exact up to ${n(MAP_REFINE_LIMIT)} people, above that to estimates within a stated margin (99% confidence)`,
    choices: { exact: "auto" },
  },
  { value: "exact", label: "exact", title: "Exact at any size (a large network shows estimates first, made exact in the background)", choices: { exact: true } },
  {
    value: "estimate",
    label: "estimated",
    title: `Estimated within a stated margin (99% confidence), never exact: quicker on a very large network (above ${n(STANDING_QUICK_EXACT_LIMIT)} people, quick estimates first, refined to that margin in the background)`,
    choices: { exact: false },
  },
];

/** The labelled choice, showing `chosen` (its listener goes with the element). */
export function createFiguresChoice(ctx: AppContext, chosen: MeasureChoices["exact"]): HTMLElement {
  const select = h(
    "select",
    {
      id: "measure-figures",
      title: "How brokers (betweenness) and closeness are computed: automatic, exact, or estimated within a stated margin",
      attrs: { "aria-label": "How broker scores are computed" },
    },
    ...CHOICES.map((c) => h("option", { attrs: { value: c.value, title: c.title } }, c.label)),
  );
  select.value = chosen === true ? "exact" : chosen === false ? "estimate" : "auto";
  select.addEventListener("change", () => ctx.remeasure(CHOICES.find((c) => c.value === select.value)?.choices ?? {}));
  return h("label", { className: "ties-choice figures-choice" }, "Broker scores: ", select);
}
