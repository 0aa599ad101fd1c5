/**
 * `npm run analyze -- DIR --rotation FILE [--weeks N] [--start YYYY-MM-DD] [--per-week K]
 * [--next-meeting YYYY-MM-DD]` on the sample coalition (with --start fixed): the CSV with its exact
 * header, the calendar beside it, the JSON section and the report's section; flag mistakes exit 2
 * with a clear message; --activity FILE gives a file its role.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FullReport } from "../../src/graph/analyze.js";
import { cli, folder } from "../helpers/cli.js";

const SAMPLE = "examples/sample-coalition";

describe("--rotation on the sample coalition", () => {
  const dir = folder({});
  const file = join(dir, "rotation.csv");
  const run = cli([SAMPLE, "--rotation", file, "--start", "2026-12-07", "--next-meeting", "2026-12-10", "--weeks", "6", "--per-week", "2", "--out", join(dir, "report.md")]);

  it("writes the CSV (exact header, the next meeting first) and the calendar beside it", () => {
    expect(run.code).toBe(0);
    const lines = readFileSync(file, "utf8").trimEnd().split("\n");
    expect(lines[0]).toBe("week,date,member,partner,reason");
    expect(lines[1]).toBe(",2026-12-10,Next coalition meeting,all members,The whole coalition meets: set the date of the one after before it ends.");
    const weeks = lines.slice(2).map((l) => Number(l.split(",")[0]));
    expect(Math.min(...weeks)).toBe(1);
    expect(Math.max(...weeks)).toBe(6);
    expect(lines.slice(2).every((l) => /^[1-6],(2026-12-(07|14|21|28)|2027-01-(04|11)),/.test(l))).toBe(true);
    const ics = readFileSync(join(dir, "rotation.ics"), "utf8");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.split("BEGIN:VEVENT").length - 1).toBe(lines.length - 1);
    expect(run.err).toMatch(/Wrote the one-on-one rotation \(\d+ one-on-ones over 6 weeks from 2026-12-07\) to .*rotation\.csv, and as a calendar to .*rotation\.ics\./);
  });

  it("heads the report (its first line after the title) and the rotation section with the next meeting, then the summary and the schedule", () => {
    const md = readFileSync(join(dir, "report.md"), "utf8");
    expect(md.split("\n").slice(0, 3)).toEqual(["# Coalition Map — report", "", "**Next coalition meeting: Thursday 10 December 2026 (2026-12-10).**"]);
    const section = md.slice(md.indexOf("## One-on-one rotation"));
    const body = section.split("\n").slice(2);
    expect(body[0]).toBe("**Next coalition meeting: Thursday 10 December 2026 (2026-12-10) — set the date of the one after before it ends.**");
    expect(body[2]).toMatch(/^\d+ one-on-ones over 6 weeks from Monday 7 December 2026: all \d+ members meet someone, nobody more than 2 one-on-ones a week\.$/);
    expect(body[4]).toBe("| week | date | member | partner | why |");
  });

  it("the same rows in the JSON's rotation section, with the start and next meeting used", () => {
    const r = cli([SAMPLE, "--json", "--start", "2026-12-07", "--next-meeting", "2026-12-10", "--weeks", "6"]);
    const report = JSON.parse(r.out) as FullReport;
    const rot = report.rotation;
    expect([rot.start, rot.nextMeeting, rot.weeks, rot.perWeek]).toEqual(["2026-12-07", "2026-12-10", 6, 2]);
    expect(rot.unplaced).toEqual([]);
    const csvRows = readFileSync(file, "utf8").trimEnd().split("\n").slice(2);
    expect(rot.rows.length).toBe(csvRows.length);
    expect(csvRows[0]?.startsWith(`${rot.rows[0]?.week},${rot.rows[0]?.date},${rot.rows[0]?.memberLabel},`)).toBe(true);
    // Same input, same output.
    expect(cli([SAMPLE, "--json", "--start", "2026-12-07", "--next-meeting", "2026-12-10", "--weeks", "6"]).out).toBe(r.out);
  });

  it("without --start, the coming Monday (stated in rotation.start)", () => {
    const report = JSON.parse(cli([SAMPLE, "--json"]).out) as FullReport;
    const start = new Date(`${report.rotation.start}T00:00:00Z`);
    expect(start.getUTCDay()).toBe(1);
    const today = new Date();
    const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
    const ahead = (start.getTime() - todayUtc) / 86_400_000;
    expect(ahead).toBeGreaterThanOrEqual(0);
    expect(ahead).toBeLessThan(7);
  });
});

describe("rotation flags: mistakes exit 2 with a clear message", () => {
  const cases: [string[], string][] = [
    [["--weeks", "0"], '--weeks must be a whole number from 1 to 104 (weeks in the rotation), not "0".'],
    [["--weeks", "-3"], '--weeks must be a whole number from 1 to 104 (weeks in the rotation), not "-3".'],
    [["--weeks", "two"], '--weeks must be a whole number from 1 to 104 (weeks in the rotation), not "two".'],
    [["--per-week", "1.5"], '--per-week must be a whole number from 1 to 50 (one-on-ones a person has in a week), not "1.5".'],
    [["--start", "07/12/2026"], '--start must be a date written YYYY-MM-DD (e.g. 2026-12-07), not "07/12/2026".'],
    [["--start", "2026-02-30"], '--start must be a date written YYYY-MM-DD (e.g. 2026-12-07), not "2026-02-30".'],
    [["--next-meeting", "soon"], '--next-meeting must be a date written YYYY-MM-DD (e.g. 2026-12-07), not "soon".'],
    [["--rotation", "plan.ics"], "--rotation takes the CSV file's name (e.g. rotation.csv); the calendar file is written beside it with .ics."],
    [["--weeks"], "--weeks needs a value (e.g. --weeks 8)."],
    [["--start"], "--start needs a value (e.g. --start 2026-12-07)."],
  ];
  for (const [args, message] of cases) {
    it(args.join(" "), () => {
      const r = cli([SAMPLE, ...args]);
      expect(r.code).toBe(2);
      expect(r.err.split("\n")[0]).toBe(message);
    });
  }

  it("--rotation is refused with --redact (it would name people)", () => {
    const r = cli([SAMPLE, "--redact", join(folder({}), "copy"), "--rotation", "x.csv"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--rotation");
  });
});

describe("--activity FILE", () => {
  it("gives a file the activity role whatever its name, and the log's effects show in the JSON", () => {
    const dir = folder({
      "people.csv": "id,name,status\np-a,Ana,core\np-b,Bo,prospect\np-c,Cy,member\n",
      "connections.csv": "from,to,strength\np-a,p-b,3\np-a,p-c,2\n",
      "notes.csv": "when,what,by,with,result\n2026-10-02,ask,Ana,Bo,yes\n2026-10-09,one-on-one,Ana,Cy,\n",
    });
    const r = cli([join(dir, "people.csv"), join(dir, "connections.csv"), "--activity", join(dir, "notes.csv"), "--json", "--start", "2026-12-07"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as FullReport;
    expect(report.import.files.map((f) => f.role)).toEqual(["people", "connections", "activity"]);
    expect(report.import.activity?.map((a) => `${a.date} ${a.kind} ${a.memberLabel}→${a.personLabel}${a.outcome ? ` ${a.outcome}` : ""}`)).toEqual(["2026-10-02 ask Ana→Bo yes", "2026-10-09 one-on-one Ana→Cy"]);
    expect(report.import.info?.[0]?.message).toContain("Bo said yes to Ana's ask on 2026-10-02: now counted as a member");
    expect(report.nodes.find((n) => n.id === "p-b")?.status).toBe("member");
    expect(report.ties.find((t) => (t.from === "p-a" && t.to === "p-c") || (t.from === "p-c" && t.to === "p-a"))?.lastContact).toBe("2026-10-09");
    // Bo is new: the rotation welcomes them with the core member.
    const bo = report.rotation.rows.find((x) => x.member === "p-b" || x.partner === "p-b");
    expect(bo?.kind).toBe("new-member");
    expect(existsSync(join(dir, "rotation.csv"))).toBe(false);
  });
});

describe("--next-meeting before the rotation's first week", () => {
  // A typo in the year (2016-12-10 for 2026-12-10) headed the schedule and the calendar with a
  // meeting years ago, and nothing said so.
  it("is said on stderr, with both dates", () => {
    const dir = folder({ "people.csv": "id,name,status\np1,Ana,core\np2,Ben,member\n", "connections.csv": "from,to\np1,p2\n" });
    const run = cli([dir, "--start", "2026-12-07", "--next-meeting", "2016-12-10", "--quiet"]);
    expect(run.code).toBe(0);
    expect(run.err).toContain("Note: the next coalition meeting (--next-meeting 2016-12-10) is before the rotation's first week (2026-12-07); check its year.");
    expect(cli([dir, "--start", "2026-12-07", "--next-meeting", "2026-12-10", "--quiet"]).err).not.toMatch(/next coalition meeting/);
  });
});
