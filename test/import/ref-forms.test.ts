/**
 * The activity log and the partner survey find people as ties do — and, as ties do, say so when a
 * name was found only by its id written in another case (`p-dana` for `P-Dana`) or without the
 * leading zeros a spreadsheet dropped (`7` for `007`): never attached silently.
 */
import { describe, expect, it } from "vitest";
import { importCoalition } from "../../src/import/index.js";
import { csv } from "./helpers.js";

const PEOPLE = "id,name,status\n007,Ana Beltrán,member\nP-Dana,Dana Ruiz,core\n";
const TIES = "from,to\n007,P-Dana\n";

function warningsOf(file: string, text: string) {
  const { report, graph } = importCoalition([csv("people.csv", PEOPLE), csv("connections.csv", TIES), csv(file, text)]);
  return { warnings: report.warnings.filter((w) => w.file === file), graph, report };
}

describe("an id written in another form, in the activity log and the survey", () => {
  it("activity.csv: a member written without its leading zeros and a person in another case are each warned about, at their cell", () => {
    const { warnings, graph } = warningsOf("activity.csv", "date,kind,member,person,outcome\n2026-10-02,ask,7,p-dana,yes\n");
    expect(warnings.map((w) => [w.line, w.columnName])).toEqual([
      [2, "member"],
      [2, "person"],
    ]);
    expect(warnings[0]?.message).toContain('"7" is not an id, but "007" (people.csv line 2) is the same number with leading zeros');
    expect(warnings[0]?.message).toContain('the ask was attached to "007"');
    expect(warnings[1]?.message).toContain('"p-dana" is not an id, but "P-Dana" (people.csv line 3) is the same in another upper/lower case');
    const activity = graph.getAttribute("activity") ?? [];
    expect(activity.map((a) => [a.member, a.person])).toEqual([["007", "P-Dana"]]);
  });

  it("activity.csv: a one-on-one says so too; the exact id and the name give no warning", () => {
    const { warnings } = warningsOf("activity.csv", "date,kind,member,person\n2026-10-02,one-on-one,P-DANA,007\n2026-10-03,one-on-one,Dana Ruiz,007\n");
    expect(warnings.map((w) => [w.line, w.columnName])).toEqual([[2, "member"]]);
    expect(warnings[0]?.message).toContain('the one-on-one was attached to "P-Dana"');
  });

  it("survey.csv: the respondent and the partner are checked the same way", () => {
    const { warnings } = warningsOf("survey.csv", "respondent,partner,relationship,trust,value\n7,p-dana,cooperation,3,3\n007,P-Dana,cooperation,3,3\n");
    expect(warnings.map((w) => [w.line, w.columnName])).toEqual([
      [2, "respondent"],
      [2, "partner"],
    ]);
    expect(warnings[0]?.message).toContain('the answer was attached to "007"');
    expect(warnings[1]?.message).toContain('the answer was attached to "P-Dana"');
  });

  it("connections.csv keeps its own wording", () => {
    const { report } = importCoalition([csv("people.csv", PEOPLE), csv("connections.csv", "from,to\n7,p-dana\n")]);
    expect(report.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('the tie was attached to "007". Format the id column as text in both files.'),
      expect.stringContaining('the tie was attached to "P-Dana". Write the id the same way in both files.'),
    ]);
  });
});

describe("an id that is a property name (constructor, stored as constructor_), written in another case", () => {
  it("is warned about like any other id in another case, naming the id as written (before: attached silently)", () => {
    const { report, graph } = importCoalition([
      csv("people.csv", "id,name\nconstructor,Con\nvalueOf,Vo\nConstructor,Con Two\n"),
      csv("connections.csv", "from,to\nCONSTRUCTOR,valueOf\n"),
    ]);
    expect(graph.hasEdge("constructor_", "valueOf_")).toBe(true);
    const messages = report.warnings.map((w) => w.message);
    expect(messages).toContain(
      'connections.csv:2:1 (column "from"): "CONSTRUCTOR" is not an id, but "constructor" (people.csv line 2) is the same in another upper/lower case; the tie was attached to "constructor". Write the id the same way in both files.',
    );
    expect(messages.find((m) => m.startsWith("people.csv:4:1"))).toContain('the id "Constructor" differs from "constructor" (people.csv line 2) only in upper/lower case');
  });
});

describe("an id with an invisible character (pasted from a web page)", () => {
  it("goes to the id it shows, with a warning quoting the character (before: a new person \"p1\", said as '\"p1\" is not in people.csv' of an id that is there)", () => {
    const { report, graph } = importCoalition([csv("people.csv", "id,name\np1,Ana\np2,Ben\np3,Cy\n"), csv("connections.csv", "from,to\np1\u200b,p2\np3,p1\u00ad\np3,p9\u200b\n")]);
    expect(graph.hasEdge("p1", "p2") && graph.hasEdge("p3", "p1")).toBe(true);
    expect(report.warnings.map((w) => w.message)).toEqual([
      'connections.csv:2:1 (column "from"): "p1\\u200b" holds a character that shows as nothing (as text pasted from a web page brings); the tie was attached to "p1" (people.csv line 2). Remove the character from the cell.',
      'connections.csv:3:2 (column "to"): "p1\\u00ad" holds a character that shows as nothing (as text pasted from a web page brings); the tie was attached to "p1" (people.csv line 2). Remove the character from the cell.',
      'connections.csv:4:2 (column "to"): "p9\\u200b" is not in people.csv or organizations.csv; added as a new person so nothing is lost. Check the spelling, or add them to people.csv.',
    ]);
  });

  it("emoji joined by U+200D and Persian words with U+200C are quoted as they are", async () => {
    const { shown } = await import("../../src/import/text.js");
    expect(shown("👩🏽‍⚕️")).toBe("👩🏽‍⚕️");
    expect(shown("می‌خواهم")).toBe("می‌خواهم");
  });
});
