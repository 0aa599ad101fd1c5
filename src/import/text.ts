/**
 * Messages that are safe to print: one line, at most ~300 characters, control characters and
 * terminal escapes shown escaped (`\n`, `\u001b`), never a dump of a huge cell or binary data.
 * Every user string that reaches a message goes through `shown`; every message through `oneLine`.
 */
import { terminalSafeText } from "../graph/utils/terminal-safe-text.js";

/** Longest user string quoted in a message. */
export const MAX_SHOWN = 80;
/** Longest message. */
export const MAX_MESSAGE = 300;

const NAMED: ReadonlyMap<string, string> = new Map([
  ["\n", "\\n"],
  ["\r", "\\r"],
  ["\t", "\\t"],
  ["\ufeff", "\\ufeff"],
]);

/**
 * Escape characters a terminal or a one-line log would act on: those of `terminalSafeText`, and
 * also line breaks and tabs (named: `\n`, `\r`, `\t`) and a byte-order mark, so the text stays on
 * one line.
 */
export function escapeControls(s: string): string {
  return terminalSafeText(s.replace(/[\n\r\t\ufeff]/g, (c) => NAMED.get(c) ?? c).replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
}

/**
 * Characters that show as nothing: zero-width space, soft hyphen, word joiner, left-to-right and
 * right-to-left marks. A cell "p1" followed by one (pasted from a web page) is not the id p1, and a
 * message quoting it as "p1" said `"p1" is not in people.csv` of an id that is there: shown as
 * `p1\u200b`. (The joiners U+200C and U+200D, part of emoji and of Persian words, are left as they are.)
 */
const INVISIBLE = /[\u00ad\u180e\u200b\u200e\u200f\u2060-\u2064]/g;

/** The text without the characters that show as nothing (INVISIBLE); the same string when it has none. */
export function withoutInvisible(s: string): string {
  return /[\u00ad\u180e\u200b\u200e\u200f\u2060-\u2064]/.test(s) ? s.replace(INVISIBLE, "") : s;
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
