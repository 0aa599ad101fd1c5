/** How the search box compares names (no DOM, no sigma: unit-tested in Node). */
/**
 * A name as search compares it: accents dropped (NFD, combining marks removed: "José" → "jose"),
 * curly quotes and apostrophes straightened ("O’Neill" → "o'neill"), spaces collapsed, lower case.
 * Both the index and the query go through it.
 */
export function searchKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, " ")
    .toLowerCase()
    .trim();
}
