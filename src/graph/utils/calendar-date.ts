/**
 * A calendar date written YYYY-MM-DD (also YYYY-M-D or YYYY/MM/DD, and a time after the date is
 * ignored), as `YYYY-MM-DD`; null when the text is not a real date of the Gregorian calendar
 * (2026-02-30 is not). Day-first or month-first dates (10/02/2026) are refused: they are ambiguous.
 */
export function calendarDate(raw: string): string | null {
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ][0-9:.]+Z?)?$/.exec(raw.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return null;
  return `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
