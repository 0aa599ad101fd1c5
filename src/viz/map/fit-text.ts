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

/**
 * A text on at most `lines` lines of `maxWidth` pixels, for text drawn on a canvas (the PNG
 * legend's entries, the power grid's box titles), as the side panels wrap theirs
 * (`overflow-wrap: anywhere`, then a line clamp): broken between words; a word too wide for a line
 * of its own is broken inside it (between code points) rather than overflowing or being cut
 * while lines are left; what is left for the last line is cut with `fitText`. A text that fits is
 * one line, unchanged. Runs of spaces count as one. Each line measures at most `maxWidth` (a
 * line holds at least one code point, so a width too small for any has each overflow by that
 * much). `lines` below 1 counts as 1.
 */
export function wrapText(text: string, maxWidth: number, lines: number, measure: (s: string) => number): string[] {
  if (measure(text) <= maxWidth) return [text];
  const words = text.split(/\s+/).filter((w) => w !== "");
  const out: string[] = [];
  let line = "";
  let i = 0;
  while (i < words.length) {
    // The last line: everything left, cut to fit.
    if (out.length >= Math.max(1, lines) - 1) return [...out, fitText([line, ...words.slice(i)].filter((w) => w !== "").join(" "), maxWidth, measure)];
    const word = words[i] ?? "";
    const next = line === "" ? word : `${line} ${word}`;
    if (measure(next) <= maxWidth) {
      line = next;
      i++;
    } else if (line !== "") {
      out.push(line);
      line = "";
    } else {
      // The word alone is too wide: its longest start that fits (at least one code point) here, the rest on.
      const chars = Array.from(word);
      let lo = 1;
      let hi = chars.length - 1;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (measure(chars.slice(0, mid).join("")) <= maxWidth) lo = mid;
        else hi = mid - 1;
      }
      out.push(chars.slice(0, lo).join(""));
      if (lo < chars.length) words[i] = chars.slice(lo).join("");
      else i++;
    }
  }
  if (line !== "") out.push(line);
  return out;
}
