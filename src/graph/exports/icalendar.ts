/**
 * Coalition Map — an iCalendar file (RFC 5545) that calendar programs import: one VCALENDAR of
 * all-day VEVENTs. Lines end with CRLF and are folded at 75 octets (a CRLF and one space, never
 * inside a multi-octet UTF-8 character); TEXT values escape backslashes, semicolons, commas and
 * line breaks (RFC 5545 §3.3.11) and drop other control characters. Nothing here reads the clock:
 * DTSTAMP is given by the caller (derived from the data), so the same events give the same file.
 */
import { addDays } from "../utils/add-days.js";
import { calendarDate } from "../utils/calendar-date.js";

export interface CalendarEvent {
  /** Globally unique and stable: the same event keeps its UID when the file is written again. */
  uid: string;
  /** All-day event: its day (YYYY-MM-DD). */
  date: string;
  /** The day after the last day (exclusive, YYYY-MM-DD); default the day after `date`. */
  endDate?: string;
  summary: string;
  description?: string;
  /** Comma-free list of categories (e.g. "One-on-one"). */
  categories?: string[];
}

export interface CalendarOptions {
  /** The calendar's name (X-WR-CALNAME, shown by most calendar programs). */
  name: string;
  /** DTSTAMP of every event: a date (YYYY-MM-DD, midnight UTC) derived from the data. */
  stamp: string;
  /** PRODID. Default "-//Coalition Map//Coalition Map//EN". */
  prodId?: string;
}

/** A TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters removed. */
export function icsText(s: string): string {
  return s
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, "\\n")
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, "");
}

/** Octets of one code point in UTF-8 (a lone surrogate is written as U+FFFD: 3 octets, as TextEncoder does). */
const utf8Octets = (cp: number): number => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** One content line folded at 75 octets: CRLF + a space before each continuation; no multi-octet character is split. */
export function foldLine(line: string): string {
  // Most lines are short ASCII: nothing to fold.
  if (line.length <= 75 && !/[^\u0000-\u007f]/.test(line)) return line;
  const parts: string[] = [];
  let cur = "";
  let octets = 0;
  for (const ch of line) {
    const n = utf8Octets(ch.codePointAt(0) ?? 0);
    // The first line holds 75 octets; a continuation 74 after its leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + n > limit) {
      parts.push(cur);
      cur = "";
      octets = 0;
    }
    cur += ch;
    octets += n;
  }
  parts.push(cur);
  return parts.join("\r\n ");
}

const compact = (date: string): string => date.replace(/-/g, "");

function checkedDate(date: string, what: string): string {
  const d = calendarDate(date);
  if (d === null || d !== date) throw new Error(`icalendar: ${what} must be a date written YYYY-MM-DD, not "${date}".`);
  return d;
}

/** The calendar file's text (CRLF line ends, folded lines). */
export function icalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const stamp = `${compact(checkedDate(options.stamp, "the stamp"))}T000000Z`;
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${icsText(options.prodId ?? "-//Coalition Map//Coalition Map//EN")}`, "CALSCALE:GREGORIAN", "METHOD:PUBLISH", `X-WR-CALNAME:${icsText(options.name)}`];
  const uids = new Set<string>();
  for (const e of events) {
    if (e.uid === "" || /[\r\n]/.test(e.uid)) throw new Error("icalendar: an event's uid must be one non-empty line.");
    if (uids.has(e.uid)) throw new Error(`icalendar: two events have the uid "${e.uid}".`);
    uids.add(e.uid);
    const start = checkedDate(e.date, "an event's date");
    const end = e.endDate === undefined ? addDays(start, 1) : checkedDate(e.endDate, "an event's end date");
    lines.push(
      "BEGIN:VEVENT",
      `UID:${icsText(e.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(start)}`,
      `DTEND;VALUE=DATE:${compact(end)}`,
      `SUMMARY:${icsText(e.summary)}`,
      ...(e.description !== undefined ? [`DESCRIPTION:${icsText(e.description)}`] : []),
      ...(e.categories !== undefined && e.categories.length > 0 ? [`CATEGORIES:${e.categories.map(icsText).join(",")}`] : []),
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
