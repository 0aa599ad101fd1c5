/**
 * The tie tooltip: who is tied to whom, the tie's type, sign and strength, since when, its notes —
 * shown next to the mouse while a tie is hovered. Text only (textContent), never HTML.
 */
import { h, replaceChildren } from "../dom.js";
import type { DisplayGraph } from "../dataset.js";

export interface EdgeTooltip {
  /** Show the tooltip of `edge` near viewport point (x, y). */
  show(graph: DisplayGraph, edge: string, x: number, y: number): void;
  hide(): void;
  /** Put the tooltip back in the map if something removed it (sigma.kill() empties its container). */
  reattach(): void;
  /** Remove the tooltip from the page. */
  dispose(): void;
}

/** A tooltip element in `container` (the map's element), hidden until a tie is hovered. */
export function createEdgeTooltip(container: HTMLElement): EdgeTooltip {
  const el = h("div", { className: "edge-tooltip", role: "tooltip" });
  el.hidden = true;
  container.appendChild(el);
  return {
    show(graph, edge, x, y) {
      const a = graph.getEdgeAttributes(edge);
      const [s, t] = graph.extremities(edge);
      const name = (n: string) => graph.getNodeAttribute(n, "label") || n;
      const rows: string[] = [`${name(s)} ${a.directed ? "→" : "—"} ${name(t)}`, `${a.type.replace(/_/g, " ")}${a.sign < 0 ? " (negative)" : ""} · strength ${a.strength}`];
      if (a.since) rows.push(`since ${a.since}`);
      if (a.notes) rows.push(a.notes);
      replaceChildren(el, ...rows.map((r, i) => h("div", { className: i === 0 ? "tt-title" : "tt-row" }, r)));
      el.style.left = `${Math.min(x + 14, container.clientWidth - 260)}px`;
      el.style.top = `${y + 14}px`;
      el.hidden = false;
    },
    hide() {
      el.hidden = true;
    },
    reattach() {
      if (!el.isConnected) container.appendChild(el);
    },
    dispose() {
      el.remove();
    },
  };
}
