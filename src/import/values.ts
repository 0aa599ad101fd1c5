/**
 * Cell values: names, ids, yes/no, statuses, signs, lists.
 */
import { monthNameDate } from "./month-dates.js";
import type { CoalitionStatus } from "../graph/types.js";
import { dateKey } from "../graph/utils/date-key.js";
import type { Row } from "./row.js";
import type { ImportState } from "./state.js";
import { spreadsheetText } from "./spreadsheet-text.js";
import { shown } from "./text.js";
export { readNumber, type NumberReading } from "./numbers.js";
import { asciiMinus, readNumber } from "./numbers.js";

/**
 * Fold Latin letters only: "É" → "e", "ł" stays "ł" (no decomposition), but letters and vowel
 * signs of other scripts (Devanagari मीना vs मोना, Arabic, Hebrew…) are never touched.
 */
function foldLatin(s: string): string {
  return s.replace(/\p{Script=Latin}\p{M}*/gu, (m) => m.normalize("NFKD").replace(/\p{M}/gu, ""));
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * A space between two Chinese, Japanese or Korean characters: names in these scripts are written
 * with or without a space between family and given name ("王 小明", "王小明"; "김 민준", "김민준"),
 * so it does not tell two names apart.
 */
const CJK_SPACE = /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]) (?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])/gu;

/**
 * Characters that show nothing (soft hyphen, zero-width space, joiner and non-joiner, word joiner,
 * direction marks and overrides, byte-order mark): "Ana\u200bMaría" looks like "AnaMaría" and
 * is matched as it. Names of emoji only keep them (a zero-width joiner makes 👩‍👧 one picture).
 */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * The form under which two names count as the same: Unicode NFKC, lower case, invisible
 * characters (INVISIBLE) and Latin accents removed, ß written ss (as German does without it: Straße,
 * Strasse), punctuation other than letters, marks and digits ignored, runs of spaces collapsed, and
 * no space between two Chinese, Japanese or Korean characters (CJK_SPACE).
 * "St. Mary's  Shelter" and "st marys shelter" are the same name; मीना and मोना are not.
 * A name with no letter or digit at all (emoji, symbols) is kept as written (spacing collapsed),
 * so two different emoji names stay two names.
 */
export function normalizeName(name: string): string {
  // ASCII: NFKC and the Latin folding change nothing, letters are a–z and digits 0–9 (same result, far cheaper).
  if (ASCII.test(name)) {
    const lower = name.toLowerCase();
    const folded = lower.replace(/['`.]/g, "").replace(/[^a-z0-9]+/g, " ").trim();
    return folded !== "" ? folded : lower.replace(/\s+/g, " ").trim();
  }
  const nfkc = name.normalize("NFKC").toLowerCase();
  const folded = foldLatin(nfkc.replace(INVISIBLE, ""))
    .replace(/ß/g, "ss")
    .replace(/['’`.]/g, "")
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, " ")
    .replace(CJK_SPACE, "")
    .trim();
  if (/[\p{L}\p{N}]/u.test(folded)) return folded;
  return nfkc.replace(/\s+/gu, " ").trim();
}

/**
 * An id derived from a name: "María López" → "maria-lopez", "मीना" → "मीना", "🌻" → "🌻".
 * Distinct names (as normalizeName sees them) give distinct ids; only an empty name gives "node".
 */
export function slugify(name: string): string {
  const s = normalizeName(name).replace(/ /g, "-");
  return s === "" ? "node" : s;
}

export { parseYesNo } from "../graph/utils/parse-yes-no.js";

const STATUS: ReadonlyMap<string, CoalitionStatus> = new Map(Object.entries({
  core: "core",
  "core member": "core",
  steering: "core",
  "steering committee": "core",
  member: "member",
  members: "member",
  prospect: "prospect",
  prospective: "prospect",
  potential: "prospect",
  target: "prospect",
  none: "none",
  "not a member": "none",
  "non member": "none",
  outside: "none",
  // Spanish and French (README, "Column names").
  miembro: "member",
  miembros: "member",
  membre: "member",
  membres: "member",
  núcleo: "core",
  nucleo: "core",
  noyau: "core",
  prospecto: "prospect",
  potencial: "prospect",
  potentiel: "prospect",
  "no miembro": "none",
  "non membre": "none",
} satisfies Record<string, CoalitionStatus>));

/** Coalition status cell: the status, "none" when empty, or undefined when unknown. */
export function parseStatus(raw: string): CoalitionStatus | undefined {
  const v = raw.trim().toLowerCase().replace(/[\s_-]+/g, " ");
  if (v === "") return "none";
  return STATUS.get(v);
}

/** Sign cell: +1, -1, undefined when empty, or "invalid". */
export function parseSign(raw: string): 1 | -1 | undefined | "invalid" {
  // A dash for a minus sign (– — − ‐, as word processors write a typed "-") is a minus sign.
  const v = asciiMinus(raw.trim().toLowerCase());
  if (v === "") return undefined;
  // English, then Spanish and French (README, "Column names").
  if (["+", "+1", "1", "positive", "pos", "plus", "positivo", "positif"].includes(v)) return 1;
  if (["-", "-1", "negative", "neg", "minus", "negativo", "negatif", "négatif", "menos", "moins"].includes(v)) return -1;
  return "invalid";
}

/** A number cell, accepting a decimal comma ("2,5"). NaN when not a number. See readNumber for files. */
export function parseNumber(raw: string): number {
  return readNumber(raw, "\t").value;
}

/** A `;`-separated list cell (also `|`): each item read as spreadsheetText reads a cell (trimmed, the formula guard `'` removed), empties dropped, duplicates removed (first kept). */
export function splitList(raw: string): string[] {
  const out: string[] = [];
  for (const part of raw.split(/[;|]/)) {
    // Each item as the user meant it: Coalition Map's CSV writer defuses a formula character after a ";" too ("North;'=East").
    const p = spreadsheetText(part);
    if (p !== "" && !out.some((o) => o.toLowerCase() === p.toLowerCase())) out.push(p);
  }
  return out;
}

/** Tags accept `,` too. */
export function splitTags(raw: string): string[] {
  return splitList(raw.replace(/,/g, ";"));
}

/** Services are stored lower-case, trimmed, inner spaces collapsed. */
export function normalizeService(raw: string): string {
  return raw.trim().toLowerCase().replace(/\s+/g, " ");
}

/**
 * A date cell (`until`, `joined`, `left`): kept as written when it reads as a date (dateKey:
 * YYYY, YYYY-MM, YYYY-MM-DD); a cell that does not is warned about and left out, so the row still
 * counts but the comparison by date does not guess.
 */
export function readDate(st: ImportState, r: Row, field: string, what: string): string | undefined {
  const raw = r.get(field);
  if (raw === "") return undefined;
  if (dateKey(raw) !== undefined) return raw;
  // A date with its month's name (4 March 2026) has one reading: kept as YYYY-MM-DD.
  const named = monthNameDate(raw);
  if (named !== undefined) return named;
  const why = dateFormHint(raw);
  st.warn(r, field, `${what} "${shown(raw)}" is not a date Coalition Map can read (write 2024, 2024-03 or 2024-03-15)${why === "" ? "" : `; ${why}`}; ignored.`);
  return undefined;
}

/**
 * Why a date cell in another form is not read, in words ("" when nothing useful can be said): a
 * spreadsheet's date number (days since 1900: 46000 is 2025-12-09, shown when its column lost its
 * date format), or a day and month with slashes or dots (01/02/2026 is 1 February in some
 * countries and 2 January in others). Neither is guessed.
 */
export function dateFormHint(raw: string): string {
  const v = raw.trim();
  const serial = /^(\d{5})(?:\.\d+)?$/.exec(v);
  const days = Number(serial?.[1] ?? Number.NaN);
  if (days >= 20000 && days <= 80000) {
    // Excel's day 1 is 1900-01-01, counted from 1899-12-30 because of its 29 February 1900.
    const as = new Date(Date.UTC(1899, 11, 30) + days * 86400000).toISOString().slice(0, 10);
    return `it looks like a spreadsheet's date number (${shown(serial?.[1] ?? "")} would be ${as}): give its column a date format, YYYY-MM-DD`;
  }
  const dm = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  if (dm !== null) {
    const [a, b] = [Number(dm[1]), Number(dm[2])];
    const pad = (n: number) => String(n).padStart(2, "0");
    // Only one reading is a day of the year: say it, as the form to write (still not read as it stands).
    if (a > 12 && b >= 1 && b <= 12) return `if it is day first, write ${dm[3]}-${pad(b)}-${pad(a)}`;
    if (b > 12 && a >= 1 && a <= 12) return `if it is month first, write ${dm[3]}-${pad(a)}-${pad(b)}`;
  }
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(v)) return "a day and month written with slashes or dots are day-first in some countries and month-first in others";
  const run = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (run !== null && dateKey(`${run[1]}-${run[2]}-${run[3]}`) !== undefined) return `if it is the year, month and day run together, write ${run[1]}-${run[2]}-${run[3]}`;
  return "";
}
