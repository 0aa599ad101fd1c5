/**
 * The calendar date `days` days after `date` (both YYYY-MM-DD; `days` may be negative). Computed in
 * UTC, so no time zone or daylight-saving change moves it.
 */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const t = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days));
  return t.toISOString().slice(0, 10);
}
