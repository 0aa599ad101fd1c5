/**
 * A tiny DOM helper. Every user string goes through textContent / createTextNode — never
 * innerHTML — because the data is sensitive and may contain anything.
 */
export type Child = Node | string | number | null | undefined | false;

export interface ElementProps {
  className?: string;
  id?: string;
  title?: string;
  role?: string;
  tabIndex?: number;
  type?: string;
  /** Extra attributes, set with setAttribute (values are text). */
  attrs?: Record<string, string>;
  /** data-* attributes. */
  data?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (ev: HTMLElementEventMap[K]) => void }>;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.className) el.className = props.className;
  if (props.id) el.id = props.id;
  if (props.title) el.title = props.title;
  if (props.role) el.setAttribute("role", props.role);
  if (props.tabIndex !== undefined) el.tabIndex = props.tabIndex;
  if (props.type) el.setAttribute("type", props.type);
  for (const [k, v] of Object.entries(props.attrs ?? {})) el.setAttribute(k, v);
  for (const [k, v] of Object.entries(props.data ?? {})) el.dataset[k] = v;
  for (const [ev, fn] of Object.entries(props.on ?? {})) el.addEventListener(ev, fn as EventListener);
  append(el, ...children);
  return el;
}

export function append(el: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
}

/** Remove all children, then append the given ones. */
export function replaceChildren(el: Element, ...children: Child[]): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  append(el, ...children);
}

/**
 * A name (or any user text) shown on one line: cut with an ellipsis by CSS (`.name`) when longer
 * than its box, the whole text in the `title` (shown on hover).
 */
export function nameText(text: string, tag: "span" | "b" = "span"): HTMLElement {
  return h(tag, { className: "name", title: text }, text);
}

/** A sentence that may quote long names: at most six lines (`.clamp`), whole in the `title`. */
export function clampedText(text: string, tag: "li" | "p" | "div" = "li", className = ""): HTMLElement {
  return h(tag, { className: className ? `clamp ${className}` : "clamp", title: text }, text);
}

const SVG_NS = "http://www.w3.org/2000/svg";

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  ...children: (SVGElement | null)[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) if (c) el.appendChild(c);
  return el;
}

/** Format a number for people: integers as is, small values with 3 significant digits. */
export function fmt(x: number | null | undefined, digits = 3): string {
  if (x === null || x === undefined || Number.isNaN(x)) return "—";
  if (Number.isInteger(x)) return String(x);
  if (Math.abs(x) >= 100) return x.toFixed(0);
  return Number(x.toPrecision(digits)).toString();
}

/** "1 tie", "3 ties": a count with its noun in the right number (`many` defaults to one + "s"). */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** Trigger a download of a Blob under a file name (nothing leaves the machine). */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = h("a", { attrs: { href: url, download: name } });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
