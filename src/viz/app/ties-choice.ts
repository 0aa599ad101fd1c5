/**
 * "Ties count: by strength / all equal / … one-way" — how the data set is measured, the user's
 * choice (the CLI's --unweighted and --directed). A change measures the data set again in the
 * analysis worker; the report then says what was used (summary.weighted, summary.directed).
 */
import type { AppContext } from "../context.js";
import { h } from "../dom.js";
import type { MeasureChoices } from "../protocol.js";

const CHOICES: readonly { value: string; label: string; choices: MeasureChoices }[] = [
  { value: "strength", label: "by strength", choices: { weighted: undefined, directed: false } },
  { value: "equal", label: "all equal", choices: { weighted: false, directed: false } },
  { value: "strength-directed", label: "by strength, one-way", choices: { weighted: undefined, directed: true } },
  { value: "equal-directed", label: "all equal, one-way", choices: { weighted: false, directed: true } },
];

/** The labelled choice (its listener goes with the element). */
export function createTiesChoice(ctx: AppContext): HTMLElement {
  const select = h(
    "select",
    {
      id: "measure-ties",
      title: "How ties count for brokers, closeness and communities: by their strength, or all equal; one-way ties (refers to, funds) followed one way",
      attrs: { "aria-label": "How ties count" },
    },
    ...CHOICES.map((c) => h("option", { attrs: { value: c.value } }, c.label)),
  );
  select.addEventListener("change", () => ctx.remeasure(CHOICES.find((c) => c.value === select.value)?.choices ?? {}));
  return h("label", { className: "ties-choice" }, "Ties count ", select);
}
