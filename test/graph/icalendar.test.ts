/**
 * The iCalendar writer (src/graph/exports/icalendar.ts) and the rotation's calendar: RFC 5545
 * line ends, folding at 75 octets without splitting a character, TEXT escaping, stable UIDs and a
 * DTSTAMP from the data.
 */
import { describe, expect, it } from "vitest";
import { foldLine, icalendar, icsText } from "../../src/graph/exports/icalendar.js";
import { rotationCalendar, rotationCsv } from "../../src/graph/rotation-export.js";
import type { RotationResult } from "../../src/graph/rotation.js";

const bytes = (s: string) => new TextEncoder().encode(s).length;

/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");

describe("icsText", () => {
  it("escapes backslashes, semicolons, commas and line breaks, and drops other control characters", () => {
    expect(icsText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
    expect(icsText("bell\u0007 tab\tok")).toBe("bell tab\tok");
    expect(icsText("Café · «ok»")).toBe("Café · «ok»");
  });
});

describe("foldLine", () => {
  it("keeps every physical line within 75 octets, never splitting a character, and unfolds to the original", () => {
    const long = `DESCRIPTION:${"Ñandú 🌻 café, ".repeat(20)}`;
    const folded = foldLine(long);
    const lines = folded.split("\r\n");
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(bytes(l)).toBeLessThanOrEqual(75);
    for (const l of lines.slice(1)) expect(l.startsWith(" ")).toBe(true);
    // No lone surrogate or broken UTF-8: each physical line re-encodes to itself.
    for (const l of lines) expect(new TextDecoder("utf-8", { fatal: true }).decode(new TextEncoder().encode(l))).toBe(l);
    expect(unfold(folded)).toBe(long);
  });

  it("folds exactly as counting each character's octets with TextEncoder does (ASCII, accents, CJK, emoji, lone surrogates, lengths 0–300)", () => {
    /** The fold by TextEncoder's octet counts (how foldLine counted before it computed them from the code point). */
    const byEncoder = (line: string): string => {
      const parts: string[] = [];
      let cur = "";
      let octets = 0;
      for (const ch of line) {
        const n = new TextEncoder().encode(ch).length;
        if (octets + n > (parts.length === 0 ? 75 : 74)) {
          parts.push(cur);
          cur = "";
          octets = 0;
        }
        cur += ch;
        octets += n;
      }
      parts.push(cur);
      return parts.join("\r\n ");
    };
    const alphabet = ["a", "Z", " ", ";", "é", "ß", "·", "ج", "ॐ", "中", "한", "€", "🌻", "😀", "\ud800", "\udfff", "\u0000", "\u007f", "\u0080", "\u07ff", "\u0800", "\uffff"];
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let folded = 0;
    for (let i = 0; i < 400; i++) {
      const ascii = i % 4 === 0;
      let line = "";
      const length = Math.floor(next() * 300);
      for (let k = 0; k < length; k++) line += ascii ? String.fromCharCode(32 + Math.floor(next() * 95)) : (alphabet[Math.floor(next() * alphabet.length)] ?? "");
      expect(foldLine(line), JSON.stringify(line)).toBe(byEncoder(line));
      if (foldLine(line) !== line) folded++;
    }
    expect(folded).toBeGreaterThan(100);
    for (const n of [74, 75, 76]) expect(foldLine("é".repeat(n))).toBe(byEncoder("é".repeat(n)));
  });

  it("leaves a line of 75 octets alone and folds one of 76", () => {
    expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
    expect(foldLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
  });
});

describe("icalendar", () => {
  const text = icalendar(
    [
      { uid: "one@test", date: "2026-12-07", summary: "One-on-one: Ana, Bo; and C\\D", description: "Line one\nLine two" },
      { uid: "two@test", date: "2026-12-14", endDate: "2026-12-19", summary: "Week", categories: ["One-on-one", "Check-in"] },
    ],
    { name: "Rotation, 2026", stamp: "2026-12-07" },
  );

  it("ends every line with CRLF (and the file with one), with no bare LF", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("writes a VCALENDAR of all-day VEVENTs with the given stamp", () => {
    const lines = unfold(text).split("\r\n");
    expect(lines.slice(0, 6)).toEqual(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Coalition Map//Coalition Map//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:Rotation\\, 2026"]);
    expect(lines).toContain("DTSTART;VALUE=DATE:20261207");
    expect(lines).toContain("DTEND;VALUE=DATE:20261208");
    expect(lines).toContain("DTEND;VALUE=DATE:20261219");
    expect(lines.filter((l) => l === "DTSTAMP:20261207T000000Z")).toHaveLength(2);
    expect(lines).toContain("SUMMARY:One-on-one: Ana\\, Bo\\; and C\\\\D");
    expect(lines).toContain("DESCRIPTION:Line one\\nLine two");
    expect(lines).toContain("CATEGORIES:One-on-one,Check-in");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(2);
    expect(lines.at(-2)).toBe("END:VCALENDAR");
  });

  it("refuses a bad date, a repeated uid or a uid on two lines", () => {
    expect(() => icalendar([{ uid: "x", date: "2026-13-01", summary: "" }], { name: "n", stamp: "2026-12-07" })).toThrow(/icalendar: an event's date must be a date written YYYY-MM-DD/);
    expect(() => icalendar([{ uid: "x", date: "2026-12-01", summary: "" }, { uid: "x", date: "2026-12-02", summary: "" }], { name: "n", stamp: "2026-12-07" })).toThrow(/two events have the uid "x"/);
    expect(() => icalendar([{ uid: "x\ny", date: "2026-12-01", summary: "" }], { name: "n", stamp: "2026-12-07" })).toThrow(/one non-empty line/);
  });
});

describe("the rotation as CSV and calendar", () => {
  const r: RotationResult = {
    start: "2026-12-07",
    weeks: 2,
    perWeek: 2,
    nextMeeting: "2026-12-10",
    members: 4,
    placed: 4,
    rows: [
      { week: 1, date: "2026-12-07", member: "a", memberLabel: "Ana Beltrán", partner: "b", partnerLabel: "Bo, Jr.", reason: "A weak tie to strengthen (strength 1 of 5), and no one-on-one between them is on record.", kind: "weak" },
      { week: 2, date: "2026-12-14", member: "c", memberLabel: "=Cy", partner: "d", partnerLabel: "Di", reason: "They have bad history: meet only with Fe present, who has good ties to both and bad history with neither (a neutral facilitator).", kind: "facilitated", facilitator: "f", facilitatorLabel: "Fe" },
    ],
    unplaced: [],
    represented: [],
    busiest: 1,
  };

  it("CSV: the exact header, the next meeting first, then one row per one-on-one (through csvText: quoting, formula guard)", () => {
    expect(rotationCsv(r).split("\n")).toEqual([
      "week,date,member,partner,reason",
      ",2026-12-10,Next coalition meeting,all members,The whole coalition meets: set the date of the one after before it ends.",
      '1,2026-12-07,Ana Beltrán,"Bo, Jr.","A weak tie to strengthen (strength 1 of 5), and no one-on-one between them is on record."',
      `2,2026-12-14,'=Cy,Di,"They have bad history: meet only with Fe present, who has good ties to both and bad history with neither (a neutral facilitator)."`,
      "",
    ]);
    expect(rotationCsv({ ...r, nextMeeting: null }).split("\n")[1]?.startsWith("1,2026-12-07,")).toBe(true);
  });

  it("calendar: the next meeting first, one event per one-on-one on its week's first day, facilitator named", () => {
    const ics = rotationCalendar(r);
    const lines = unfold(ics).split("\r\n");
    const summaries = lines.filter((l) => l.startsWith("SUMMARY:"));
    expect(summaries).toEqual(["SUMMARY:Next coalition meeting", "SUMMARY:One-on-one: Ana Beltrán and Bo\\, Jr.", "SUMMARY:One-on-one: =Cy and Di"]);
    expect(lines.filter((l) => l.startsWith("DTSTART")).map((l) => l.slice(-8))).toEqual(["20261210", "20261207", "20261214"]);
    expect(lines.some((l) => l.startsWith("DESCRIPTION:") && l.endsWith("\\nFacilitator: Fe must be present."))).toBe(true);
    expect(lines.filter((l) => l.startsWith("DTSTAMP:")).every((l) => l === "DTSTAMP:20261207T000000Z")).toBe(true);
  });

  it("UIDs are unique and stable: the same rotation gives the same file; another pair another UID", () => {
    const uids = (t: string) => unfold(t).split("\r\n").filter((l) => l.startsWith("UID:"));
    const first = uids(rotationCalendar(r));
    expect(new Set(first).size).toBe(3);
    expect(rotationCalendar(r)).toBe(rotationCalendar(structuredClone(r)));
    const other = { ...r, rows: r.rows.map((x, i) => (i === 0 ? { ...x, partner: "z" } : x)) };
    const second = uids(rotationCalendar(other));
    expect(second[1]).not.toBe(first[1]);
    expect(second[2]).toBe(first[2]);
  });
});
