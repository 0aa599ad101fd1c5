/**
 * Cut a text to a width in pixels, for text drawn on a canvas (map labels, the PNG legend), where
 * CSS's `text-overflow: ellipsis` can't help: the longest start of `text` that, followed by "…",
 * measures at most `maxWidth` by `measure` (e.g. a 2D context's `measureText(s).width` in the
 * font it will be drawn in). A text that fits is returned unchanged. Cuts between code points
 * (never inside a surrogate pair) and drops spaces left before the ellipsis. Binary search: about
 * log2(length) measurements, so a 5,000-character name costs 13, not 5,000.
 */
export const ELLIPSIS = "…";

export function fitText(text: string, maxWidth: number, measure: (s: string) => number): string {
  if (measure(text) <= maxWidth) return text;
  const chars = Array.from(text);
  // The longest prefix length `lo` with measure(prefix + "…") <= maxWidth (0: only the ellipsis).
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join("") + ELLIPSIS) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join("").trimEnd() + ELLIPSIS;
}
