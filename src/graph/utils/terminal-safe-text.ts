/**
 * Makes text safe to print on a terminal or to open in a text viewer: every character one would
 * act on instead of showing — C0 controls other than tab and line feed (escape sequences that
 * recolour, move the cursor, retitle the window or write the clipboard; a carriage return that
 * overwrites the line), DEL, C1 controls, line/paragraph separators, and the bidirectional
 * overrides and isolates that reverse the text after them — is written as the visible text
 * `\uXXXX`. A name holding one can neither act on the organizer's terminal nor disguise the
 * report's lines, and stays visibly different from the same name without it. Right-to-left
 * names (Arabic, Hebrew) need none of these characters and are left as they are.
 */
const ACTS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafeText(text: string): string {
  return text.replace(ACTS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
