/**
 * Dates as spreadsheets write them, in `joined`/`left`, a tie's `since` and the activity log's
 * `date`: each is read right, or warned about (or its row rejected) at its file:line:column with
 * what to write. A date with its month's name has one reading and is read; a day and month in
 * digits (3/4/2026, 04.03.2026) has two and is not guessed; a spreadsheet's date number (46085) is
 * named as one.
 */
import { describe, expect, it } from "vitest";
import { importCoalition } from "../../src/import/index.js";
import { monthNameDate } from "../../src/import/month-dates.js";
import { csv } from "./helpers.js";

describe("monthNameDate", () => {
  it.each([
    ["4 March 2026", "2026-03-04"],
    ["March 4, 2026", "2026-03-04"],
    ["4-Mar-2026", "2026-03-04"],
    ["Mar 4 2026", "2026-03-04"],
    ["4th March 2026", "2026-03-04"],
    ["4 de marzo de 2026", "2026-03-04"],
    ["4 mars 2026", "2026-03-04"],
    ["1er avril 2026", "2026-04-01"],
    ["4 Sept. 2026", "2026-09-04"],
    ["4 févr. 2026", "2026-02-04"],
    ["March 2026", "2026-03"],
    ["31 April 2026", undefined],
    ["4 jui 2026", undefined], // juin or juillet
    ["4 Mar 26", undefined], // a two-digit year is not guessed
    ["2026-03-04", undefined],
    ["last spring", undefined],
  ])("%j → %j", (raw, out) => expect(monthNameDate(raw)).toBe(out));
});

const FORMS = ["2026-03-04", "3/4/2026", "04.03.2026", "4 March 2026", "46085", "March 4, 2026", "20260304", "31 April 2026"];

describe("dates in every spreadsheet style", () => {
  it("joined: read as YYYY-MM-DD, or warned at its cell with what to write", () => {
    const people = "id,name,joined\n" + FORMS.map((d, i) => `p${i},P${i},"${d}"`).join("\n") + "\n";
    const { graph, report } = importCoalition([csv("people.csv", people)]);
    expect(FORMS.map((_d, i) => graph.getNodeAttribute(`p${i}`, "joined"))).toEqual(["2026-03-04", undefined, undefined, "2026-03-04", undefined, "2026-03-04", undefined, undefined]);
    const at = (line: number) => report.warnings.find((w) => w.line === line)?.message ?? "";
    expect(at(3)).toBe('people.csv:3:3 (column "joined"): joined "3/4/2026" is not a date Coalition Map can read (write 2024, 2024-03 or 2024-03-15); a day and month written with slashes or dots are day-first in some countries and month-first in others; ignored.');
    expect(at(4)).toMatch(/^people\.csv:4:3 \(column "joined"\): joined "04\.03\.2026" is not a date/);
    expect(at(6)).toContain("people.csv:6:3 (column \"joined\"): joined \"46085\" is not a date Coalition Map can read (write 2024, 2024-03 or 2024-03-15); it looks like a spreadsheet's date number (46085 would be 2026-03-04)");
    expect(at(8)).toBe('people.csv:8:3 (column "joined"): joined "20260304" is not a date Coalition Map can read (write 2024, 2024-03 or 2024-03-15); if it is the year, month and day run together, write 2026-03-04; ignored.');
    expect(at(9)).toMatch(/^people\.csv:9:3 \(column "joined"\): joined "31 April 2026" is not a date/);
    expect(report.warnings.length).toBe(5);
  });

  it("a tie's since with its month's name is kept as YYYY-MM-DD (a comparison by date reads it); other text as written", () => {
    const { graph } = importCoalition([csv("people.csv", "name\nA\nB\nC\n"), csv("connections.csv", 'from,to,since\nA,B,"March 4, 2026"\nB,C,the 2019 campaign\n')]);
    expect(graph.mapEdges((_e, a) => a.since).sort()).toEqual(["2026-03-04", "the 2019 campaign"]);
  });

  it("the activity log: a date with its month's name is read; one in digits day and month is rejected at its cell", () => {
    const { report, graph } = importCoalition([
      csv("people.csv", "id,name,status\nm,Mia,member\nt,Tom,prospect\n"),
      csv("activity.csv", "date,kind,member,person,outcome\n4 March 2026,ask,m,t,yes\n3/4/2026,ask,m,t,yes\n"),
    ]);
    expect(graph.getAttribute("activity")?.map((a) => a.date)).toEqual(["2026-03-04"]);
    expect(report.rejections.map((r) => r.reason)).toEqual([
      'activity.csv:3:1 (column "date"): "3/4/2026" is not a date written YYYY-MM-DD (e.g. 2026-10-02); a day and month written with slashes or dots are day-first in some countries and month-first in others. Row skipped.',
    ]);
  });
});
