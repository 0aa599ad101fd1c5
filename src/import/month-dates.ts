/**
 * A date written with its month's name, as spreadsheets show dates and people type them:
 * `4 March 2026`, `4-Mar-2026`, `March 4, 2026`, `Mar 4 2026`, `4th March 2026`, in English,
 * Spanish or French (`4 de marzo de 2026`, `4 mars 2026`, `1er avril 2026`), the month's name full
 * or cut to at least its first three letters (`Mar`, `Sept.`, `févr.`). Such a date has one reading
 * (no day-first or month-first question), so it is read, as `YYYY-MM-DD` (`March 2026`: `2026-03`).
 * The year must be written in full (four digits). Anything else (a day the month does not have,
 * `31 April 2026`; `jui`, which is juin or juillet) is undefined, and the caller says why.
 */

/** Month names (lower case, accents removed), full; a name cut to at least its first three letters also counts. */
const MONTHS: readonly (readonly string[])[] = [
  ["january", "enero", "janvier"],
  ["february", "febrero", "fevrier"],
  ["march", "marzo", "mars"],
  ["april", "abril", "avril"],
  ["may", "mayo", "mai"],
  ["june", "junio", "juin"],
  ["july", "julio", "juillet"],
  ["august", "agosto", "aout"],
  ["september", "septiembre", "setiembre", "septembre"],
  ["october", "octubre", "octobre"],
  ["november", "noviembre", "novembre"],
  ["december", "diciembre", "decembre"],
];

/** The month (1–12) a word names, or undefined; a word that could be two months (none today) is undefined. */
function monthOf(word: string): number | undefined {
  const w = word.replace(/\.$/, "");
  if (w.length < 3) return undefined;
  let found: number | undefined;
  for (let m = 0; m < 12; m++) {
    const names = MONTHS[m] ?? [];
    // Abbreviations: "sept", "févr" (fevr), "juil" — a prefix of a full name, at least 3 letters; "jui" (juin or juillet) is two months.
    if (names.some((n) => n === w || (w.length >= 3 && n.startsWith(w)))) {
      if (found !== undefined && found !== m + 1) return undefined;
      found = m + 1;
    }
  }
  return found;
}

function iso(year: number, month: number, day: number): string | undefined {
  if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** `YYYY-MM-DD` for a date written with its month's name (see the module comment); undefined otherwise. */
export function monthNameDate(raw: string): string | undefined {
  const v = raw
    .trim()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    // "1er avril", "4th March", "March 4th": the ordinal's letters are not part of the day.
    .replace(/\b(\d{1,2})(?:st|nd|rd|th|er|o|º)\b/g, "$1")
    // "4 de marzo de 2026": Spanish "de" joins the parts.
    .replace(/\bde(l)?\b/g, " ");
  if (!/[a-z]/.test(v) || v.length > 40) return undefined;
  const parts = v.split(/[\s,/-]+|\.(?=\s|\d|$)/).filter((p) => p !== "");
  if (parts.length === 2) {
    // A month and a year: March 2026.
    const month = monthOf(parts[0] ?? "");
    const y = /^\d{4}$/.test(parts[1] ?? "") ? Number(parts[1]) : 0;
    return month === undefined || y < 1000 ? undefined : `${y}-${String(month).padStart(2, "0")}`;
  }
  if (parts.length !== 3) return undefined;
  const [a = "", b = "", c = ""] = parts;
  const year = /^\d{4}$/.test(c) ? Number(c) : undefined;
  if (year === undefined || year < 1000) return undefined;
  // Day month year (4 March 2026, 4-Mar-2026) or month day year (March 4, 2026).
  if (/^\d{1,2}$/.test(a)) {
    const month = monthOf(b);
    return month === undefined ? undefined : iso(year, month, Number(a));
  }
  if (/^\d{1,2}$/.test(b)) {
    const month = monthOf(a);
    return month === undefined ? undefined : iso(year, month, Number(b));
  }
  return undefined;
}
