/**
 * Messy files found by the import audit of branch `audit`: each case here attached a tie to the
 * wrong person, misread a file, or said nothing about it (or said something misleading), before its fix.
 */
import { describe, expect, it } from "vitest";
import { importCoalition } from "../../src/import/index.js";
import { accountingProblems } from "./accounting.js";
import { csv } from "./helpers.js";

const tiesOf = (res: ReturnType<typeof importCoalition>) => res.graph.mapEdges((_, a, s, t) => `${s}-${t}@${a.source?.line ?? 0}`).sort();

describe("a tie end that is one person's id and another's name", () => {
  // Bob Smith's id is "ana"; Ana's is p2.
  const people = "id,name,status\nana,Bob Smith,member\np2,Ana,member\np3,Cy,member\n";

  it("a name goes to the person of that name, not to the id in another case (as documented)", () => {
    const res = importCoalition([csv("people.csv", people), csv("connections.csv", "from,to\np3,Ana\nBob Smith,Ana\n")]);
    expect(accountingProblems(res)).toEqual([]);
    // Before: "Ana" went to the id "ana" (Bob Smith): Cy's tie was Bob's, and Bob's tie to Ana was refused as a tie to himself.
    expect(tiesOf(res)).toEqual(["ana-p2@3", "p3-p2@2"]);
    expect(res.report.rejected).toBe(0);
    expect(res.report.warnings).toEqual([]);
  });

  it("an id written exactly goes to the id, with one warning per file naming the other person", () => {
    const res = importCoalition([csv("people.csv", people), csv("connections.csv", "from,to\np3,ana\nana,p2\n")]);
    expect(accountingProblems(res)).toEqual([]);
    expect(tiesOf(res)).toEqual(["ana-p2@3", "p3-ana@2"]);
    expect(res.report.warnings.map((w) => [w.file, w.line, w.column, w.message])).toEqual([
      [
        "connections.csv",
        2,
        2,
        'connections.csv:2:2 (column "to"): "ana" is the id of "Bob Smith" (people.csv line 2) and also the name of "Ana" (people.csv line 3); the tie was attached to "Bob Smith", by the id (so is every later row of this file that writes "ana"). If "Ana" was meant, write their id, "p2".',
      ],
    ]);
  });

  it("a person listed without an id is found by name, not merged into the id in another case", () => {
    // A second row "Ana" (no id) is the same person as p2; before, it was compared with Bob Smith (id "ana"), found different, and made a third person.
    const res = importCoalition([csv("people.csv", "id,name\nana,Bob Smith\np2,Ana\n"), csv("organizations.csv", "name\nHarbor House\n"), csv("more-people.csv", "name\nAna\n")], {
      roles: { "more-people.csv": "people" },
    });
    expect(accountingProblems(res)).toEqual([]);
    expect(res.graph.order).toBe(3);
    expect(res.report.merged).toBe(1);
  });

  it("two cells naming one person say so in words when refused as a tie to itself", () => {
    const res = importCoalition([csv("people.csv", people), csv("connections.csv", "from,to\np2,Ana\n")]);
    expect(res.report.rejections.map((r) => r.reason)).toEqual([
      'connections.csv:2:2 (column "to"): "p2" and "Ana" are the same person, "Ana" (id "p2", people.csv line 3), so the tie is to itself; a tie needs two different people or organizations. Row skipped.',
    ]);
  });
});
