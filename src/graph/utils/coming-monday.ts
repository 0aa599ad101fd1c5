/**
 * The coming Monday on or after `today`'s calendar date in the local time zone (today itself when
 * it is a Monday), as YYYY-MM-DD: the rotation's default first week.
 */
export function comingMonday(today: Date): string {
  const y = today.getFullYear();
  const m = today.getMonth();
  const d = today.getDate();
  const ahead = (8 - today.getDay()) % 7; // getDay: 0 Sunday … 6 Saturday; Monday is 1
  const t = new Date(Date.UTC(y, m, d + ahead));
  return t.toISOString().slice(0, 10);
}
