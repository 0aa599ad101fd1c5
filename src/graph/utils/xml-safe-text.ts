/**
 * Makes text safe for XML 1.0: every character XML 1.0 does not allow (C0 controls other than
 * tab, line feed and carriage return; U+FFFE, U+FFFF; unpaired surrogates) is written as the
 * visible text `\uXXXX`, so the document stays well-formed and two names that differ only in
 * such a character stay different.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`);
}
