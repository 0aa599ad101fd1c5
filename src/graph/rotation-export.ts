/**
 * Coalition Map — the one-on-one rotation written out: as CSV (`week,date,member,partner,reason`,
 * through csvText) and as an iCalendar file (exports/icalendar.ts) that calendar programs import.
 * The next coalition meeting, when given, heads both: the CSV's first row, the calendar's first
 * event.
 */
import { icalendar, type CalendarEvent } from "./exports/icalendar.js";
import type { RotationResult } from "./rotation.js";
import { csvText } from "./utils/csv-text.js";
import { stableHash } from "./utils/stable-hash.js";

/** The CSV header, exactly (users' scripts read it). */
export const ROTATION_CSV_HEADER = ["week", "date", "member", "partner", "reason"] as const;

/** The next coalition meeting's row, in the CSV's columns. */
export const NEXT_MEETING_WORDS = {
  member: "Next coalition meeting",
  partner: "all members",
  reason: "The whole coalition meets: set the date of the one after before it ends.",
} as const;

/**
 * The rotation as CSV: header `week,date,member,partner,reason`; when a next meeting is given, the
 * first row is it (week empty); then one row per one-on-one, in the schedule's order.
 */
export function rotationCsv(r: RotationResult): string {
  const rows: string[][] = [];
  if (r.nextMeeting !== null) rows.push(["", r.nextMeeting, NEXT_MEETING_WORDS.member, NEXT_MEETING_WORDS.partner, NEXT_MEETING_WORDS.reason]);
  for (const row of r.rows) rows.push([String(row.week), row.date, row.memberLabel, row.partnerLabel, row.reason]);
  return csvText(ROTATION_CSV_HEADER, rows);
}

/**
 * The rotation as an iCalendar file: one all-day event per one-on-one on its week's first day
 * ("sometime this week"), the next coalition meeting first. UIDs are stable (a fingerprint of the
 * start, the week and the two ids); DTSTAMP is the rotation's start (derived from the data).
 */
export function rotationCalendar(r: RotationResult, name = "One-on-one rotation"): string {
  const events: CalendarEvent[] = [];
  if (r.nextMeeting !== null) {
    events.push({ uid: `next-meeting-${r.nextMeeting}-${stableHash(`${r.start}\u0000${r.nextMeeting}`)}@coalition-map`, date: r.nextMeeting, summary: NEXT_MEETING_WORDS.member, description: NEXT_MEETING_WORDS.reason, categories: ["Coalition meeting"] });
  }
  for (const row of r.rows) {
    const who = `${row.memberLabel} and ${row.partnerLabel}`;
    const description = [
      `Week ${row.week} of ${r.weeks}: a one-on-one between ${who}, any day this week.`,
      `Why: ${row.reason}`,
      ...(row.facilitatorLabel ? [`Facilitator: ${row.facilitatorLabel} must be present.`] : []),
    ].join("\n");
    events.push({
      uid: `one-on-one-${stableHash(`${r.start}\u0000${row.week}\u0000${row.member}\u0000${row.partner}`)}@coalition-map`,
      date: row.date,
      summary: `One-on-one: ${who}`,
      description,
      categories: ["One-on-one"],
    });
  }
  return icalendar(events, { name, stamp: r.start, prodId: "-//Coalition Map//One-on-one rotation//EN" });
}
