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
  return terminalSafeText(s.replace(/[\n\r\t\ufeff]/g, (c) => NAMED.get(c) ?? c));
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
