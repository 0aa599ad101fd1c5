/**
 * Search box with suggestions: type a name, move with ↑/↓, Enter selects (and focuses) the node,
 * Escape closes. Accents and apostrophe styles don't matter ("jose" finds José, "o'neill" finds
 * O’Neill: see searchKey). Built as an ARIA combobox with a listbox of at most 12 matches. A name
 * that matches no one says so ("No one called …") and offers the closest names ("did you mean"),
 * which ↑/↓ and Enter choose like matches (Enter alone does not pick a guess).
 */
import type { AppContext } from "./context.js";
import { searchKey } from "./dataset.js";
import { h, nameText, replaceChildren } from "./dom.js";
import { closestNames } from "./panels/text/closest-names.js";

const MAX = 12;

export function createSearch(ctx: AppContext): HTMLElement {
  const input = h("input", {
    type: "search",
    id: "search",
    attrs: { placeholder: "Find someone…", "aria-label": "Find a person or organization", role: "combobox", "aria-autocomplete": "list", "aria-expanded": "false", "aria-controls": "search-suggestions", autocomplete: "off" },
  });
  const list = h("ul", { className: "suggestions", id: "search-suggestions", role: "listbox" });
  list.hidden = true;
  let matches: string[] = [];
  let active = -1;
  /** The query that matched no one, when `matches` are its closest names (a guess). */
  let missed: string | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    active = -1;
  };
  const choose = (id: string | undefined) => {
    if (!id) return;
    const ds = ctx.dataset();
    input.value = ds?.graph.getNodeAttribute(id, "label") ?? id;
    close();
    ctx.select(id, true);
  };
  const paint = () => {
    const ds = ctx.dataset();
    const none =
      missed === null
        ? null
        : h("li", { className: "search-none", id: "search-none", role: "presentation" }, `No one called “${missed}”.${matches.length ? " Did you mean:" : ""}`);
    replaceChildren(
      list,
      none,
      ...matches.map((id, i) =>
        h(
          "li",
          {
            id: `sugg-${i}`,
            role: "option",
            attrs: { "aria-selected": String(i === active) },
            on: { mousedown: (e) => { e.preventDefault(); choose(id); } },
          },
          nameText(ds?.graph.getNodeAttribute(id, "label") ?? id),
          h("span", { className: "kind" }, ds?.graph.getNodeAttribute(id, "kind") === "organization" ? "organization" : "person"),
        ),
      ),
    );
    if (active >= 0) input.setAttribute("aria-activedescendant", `sugg-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };
  const update = () => {
    const ds = ctx.dataset();
    const q = searchKey(input.value);
    if (!ds || q === "") {
      matches = [];
      close();
      return;
    }
    const starts: string[] = [];
    const contains: string[] = [];
    for (const [label, id] of ds.searchIndex) {
      if (label.startsWith(q)) starts.push(id);
      else if (label.includes(q)) contains.push(id);
      if (starts.length >= MAX) break;
    }
    matches = [...starts, ...contains].slice(0, MAX);
    missed = null;
    if (matches.length === 0) {
      missed = input.value.trim();
      matches = closestNames(ds.searchIndex, q, 5);
    }
    active = matches.length > 0 && missed === null ? 0 : -1;
    list.hidden = false;
    input.setAttribute("aria-expanded", String(!list.hidden));
    paint();
  };
  input.addEventListener("input", update);
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" && matches.length) {
      active = (active + 1) % matches.length;
      paint();
      e.preventDefault();
    } else if (e.key === "ArrowUp" && matches.length) {
      active = active < 0 ? matches.length - 1 : (active - 1 + matches.length) % matches.length;
      paint();
      e.preventDefault();
    } else if (e.key === "Enter") {
      choose(active >= 0 ? matches[active] : missed === null ? matches[0] : undefined);
      e.preventDefault();
    } else if (e.key === "Escape") close();
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
  return h("div", { className: "search" }, input, list);
}
