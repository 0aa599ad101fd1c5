/**
 * A date cell as a sortable key "YYYY-MM-DD", or undefined when it is not a date Coalition Map
 * reads. Accepted: `2019` (→ 2019-01-01), `2019-06` or `2019/06` (→ 2019-06-01), `2019-06-15`
 * or `2019/6/15`, and an ISO date-time (`2019-06-15T10:00`, the time ignored). A year or a month
 * counts as its first day, so "since 2019" holds from 1 January 2019. Day-first or month-first
 * dates (`15/06/2019`, `06/15/2019`) are ambiguous and not read.
 */
export function dateKey(raw: string): string | undefined {
  const m = /^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2})(?:[T ][0-9:.]+Z?)?)?)?\s*$/.exec(raw);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${m[1] ?? ""}-${two(month)}-${two(day)}`;
}
