/**
 * Messages that are safe to print: one line, at most ~300 characters, control characters and
 * terminal escapes shown escaped (`\n`, `\u001b`), never a dump of a huge cell or binary data.
 * Every user string that reaches a message goes through `shown`; every message through `oneLine`.
 */

/** Longest user string quoted in a message. */
export const MAX_SHOWN = 80;
/** Longest message. */
export const MAX_MESSAGE = 300;

const NAMED: ReadonlyMap<string, string> = new Map([
  ["\n", "\\n"],
  ["\r", "\\r"],
  ["\t", "\\t"],
]);

/** Control characters (C0, DEL, C1), line/paragraph separators, BOM and bidi overrides. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\u202a-\u202e\u2066-\u2069]/g;

/** Escape characters a terminal or a one-line log would act on. */
export function escapeControls(s: string): string {
  return s.replace(UNSAFE, (c) => NAMED.get(c) ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Cut to `max` characters (code points, so no half emoji), with an ellipsis. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  // A code point is at most two UTF-16 units: the first 2·max units hold more than max code points when s is longer.
  const chars = Array.from(s.slice(0, 2 * max + 2));
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join("")}…`;
}

/** A user string as it appears inside a message: escaped, then cut to MAX_SHOWN characters. */
export function shown(s: string, max = MAX_SHOWN): string {
  return cut(escapeControls(s), max);
}

/** A whole message: escaped, on one line, at most MAX_MESSAGE characters. */
export function oneLine(message: string): string {
  return cut(escapeControls(message), MAX_MESSAGE);
}
