/**
 * "Print a brief…": the one-page brief for a meeting (src/graph/exports/brief.ts) shown over the
 * map as the page it prints — the same element tree the command line's --brief writes, drawn with
 * the DOM helper (every text as text) — with its actions: print, names or pseudonyms (when the
 * caller can make a redacted brief), close. While it is open, printing prints the brief alone.
 */
import { BRIEF_CSS, briefTree, meetingBrief, type BriefNode } from "../../graph/exports/brief.js";
import type { FullReport } from "../../graph/analyze.js";
import { h, replaceChildren } from "../dom.js";

const VIEW_ID = "print-brief";

/** On screen: the page over the app; in print: the page alone. */
const VIEW_CSS = `
#${VIEW_ID} { position: fixed; inset: 0; z-index: 100; overflow: auto; background: #eef1f4; padding: 56px 0 24px; }
#${VIEW_ID} .print-actions { position: fixed; top: 0; left: 0; right: 0; display: flex; gap: 8px; align-items: center; padding: 10px 16px; background: #fff; border-bottom: 1px solid #dde2e8; z-index: 1; }
#${VIEW_ID} .print-actions .spacer { flex: 1; }
#${VIEW_ID} .print-page { background: #fff; width: 210mm; margin: 0 auto; padding: 10mm 12mm; box-shadow: 0 2px 10px rgba(16,24,40,0.15); }
@media print {
  body > *:not(#${VIEW_ID}) { display: none !important; }
  #${VIEW_ID} { position: static; padding: 0; background: #fff; overflow: visible; }
  #${VIEW_ID} .print-actions { display: none; }
  #${VIEW_ID} .print-page { width: auto; margin: 0; padding: 0; box-shadow: none; }
  html, body, #app { height: auto !important; overflow: visible !important; background: #fff; }
}
`;

/** One element of the brief's tree, drawn with the DOM helper. */
function draw(n: BriefNode): HTMLElement {
  const el = h(n.tag, { ...(n.cls ? { className: n.cls } : {}), ...(n.title ? { title: n.title } : {}) }, n.text ?? null, ...(n.children ?? []).map(draw));
  return el;
}

export interface BriefSource {
  title: string;
  /** The report the brief is made from, with names (null: none, only redacted). */
  named: FullReport | null;
  /** Makes the redacted report (null: the data is already redacted, or it cannot be made here). */
  redacted: (() => Promise<FullReport>) | null;
  /** The data itself is redacted (a redacted read-only map). */
  alreadyRedacted: boolean;
}

/** Show the brief over the map; resolves when it is drawn. Returns the close function. */
export async function showBrief(source: BriefSource, redacted = source.named === null): Promise<() => void> {
  document.getElementById(VIEW_ID)?.remove();
  const style = h("style", { id: `${VIEW_ID}-style` }, `${BRIEF_CSS}${VIEW_CSS}`);
  const page = h("div", { className: "print-page" });
  // Closed, the focus goes back where it was (the Export button when the menu item that opened it
  // is gone with its menu), not to the page's start.
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const close = () => {
    const within = view.contains(document.activeElement);
    view.remove();
    style.remove();
    document.removeEventListener("keydown", onKey, true);
    if (within || document.activeElement === document.body) {
      const back = opener && opener.isConnected && opener.offsetParent !== null ? opener : document.getElementById("export-toggle");
      back?.focus();
    }
  };
  // Escape closes the brief, and only the brief (not also the map's selection: escape-clears.ts).
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== "Escape") return;
    e.stopPropagation();
    close();
  };
  const names = h("input", { type: "radio", id: "brief-names", attrs: { name: "brief-who", value: "names" } });
  const pseudonyms = h("input", { type: "radio", id: "brief-pseudonyms", attrs: { name: "brief-who", value: "pseudonyms" } });
  const render = async (useRedacted: boolean) => {
    view.dataset.state = "drawing";
    const report = useRedacted && source.redacted ? await source.redacted() : source.named;
    if (!report) throw new Error("The brief has no data.");
    const r = useRedacted || source.alreadyRedacted;
    replaceChildren(page, draw(briefTree(meetingBrief(report, { title: r && !source.alreadyRedacted ? "Coalition (redacted)" : source.title, redacted: r }))));
    names.checked = !useRedacted;
    pseudonyms.checked = useRedacted;
    view.dataset.redacted = String(r);
    view.dataset.state = "ready";
  };
  const choice =
    source.redacted && source.named
      ? h(
          "span",
          { className: "brief-choice", role: "radiogroup", attrs: { "aria-label": "Who is named" } },
          h("label", {}, names, " Names"),
          h("label", {}, pseudonyms, " Pseudonyms (to share)"),
        )
      : h("span", { className: "muted" }, source.alreadyRedacted ? "Names replaced by pseudonyms." : "");
  names.addEventListener("change", () => void render(false));
  pseudonyms.addEventListener("change", () => void render(true));
  const view = h(
    "div",
    { id: VIEW_ID, role: "dialog", attrs: { "aria-label": "Brief for a meeting" } },
    h(
      "div",
      { className: "print-actions" },
      h("b", {}, "Brief for a meeting"),
      choice,
      h("span", { className: "spacer" }),
      h("span", { className: "muted" }, "Fits one A4 or Letter page."),
      h("button", { type: "button", className: "primary", id: "brief-print", on: { click: () => window.print() } }, "Print…"),
      h("button", { type: "button", id: "brief-close", on: { click: close } }, "Close"),
    ),
    page,
  );
  document.head.appendChild(style);
  document.body.appendChild(view);
  document.addEventListener("keydown", onKey, true);
  await render(redacted);
  view.querySelector<HTMLElement>("#brief-print")?.focus();
  return close;
}
