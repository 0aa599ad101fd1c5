/**
 * The activity log and the partner survey against odd cells: an outcome with no letters, a date
 * with a mistyped year, survey rounds numbered past 9.
 */
import { describe, expect, it } from "vitest";
import { importCoalition } from "../../src/import/index.js";
import { partnership } from "../../src/graph/partnership.js";
import { compareRoundLabels } from "../../src/graph/utils/compare-round-labels.js";
import { csv } from "./helpers.js";

const PEOPLE = "id,name,status\np1,Ana,member\np2,Ben,prospect\np3,Cy,member\n";
const TIES = "from,to\np1,p3\n";

describe("activity.csv: odd cells", () => {
  it('an outcome of "1", "0", "✓" or "?" is rejected at its cell, not read as pending (before: its letters removed, so empty: pending)', () => {
    const log = "date,kind,member,person,outcome\n2026-01-10,ask,p1,p2,1\n2026-01-11,ask,p1,p2,✓\n2026-01-12,ask,p1,p2,?\n2026-01-13,ask,p1,p2,\n2026-01-14,ask,p1,p2,Yes!\n";
    const { report } = importCoalition([csv("people.csv", PEOPLE), csv("connections.csv", TIES), csv("activity.csv", log)]);
    expect(report.rejections.map((r) => [r.line, r.columnName])).toEqual([
      [2, "outcome"],
      [3, "outcome"],
      [4, "outcome"],
    ]);
    expect(report.rejections[0]?.reason).toBe('activity.csv:2:5 (column "outcome"): outcome "1" is not one of yes, no, pending, not yet asked (empty means pending). Row skipped.');
    expect(report.activity?.map((a) => a.outcome)).toEqual(["pending", "yes"]);
  });

  it("a date with a mistyped year (0026, 9999) is kept and warned about at its cell (before: a one-on-one in 9999 silently became the tie's latest contact)", () => {
    const log = "date,kind,member,person\n0026-01-05,one-on-one,p1,p3\n9999-12-31,one-on-one,p1,p3\n2026-01-05,one-on-one,p1,p3\n";
    const { report, graph } = importCoalition([csv("people.csv", PEOPLE), csv("connections.csv", TIES), csv("activity.csv", log)]);
    expect(report.warnings.map((w) => w.message)).toEqual([
      'activity.csv:2:1 (column "date"): the date 0026-01-05 is long past; check its year. It was kept as written.',
      'activity.csv:3:1 (column "date"): the date 9999-12-31 is far in the future; check its year. It was kept as written, so a one-on-one on it counts as the latest contact.',
    ]);
    expect(report.imported).toBe(3 + 1 + 3);
    expect(graph.getEdgeAttribute(graph.edges("p1", "p3")[0] ?? "", "lastContact")).toBe("9999-12-31");
  });
});

describe("survey.csv: rounds numbered past 9", () => {
  it("round 10 is later than round 9 for the tie's figures and the report's order (before: by name, '10' < '9', so round 9 was the latest)", () => {
    const survey = "respondent,partner,relationship,trust,round\np1,p2,cooperation,2,9\np1,p2,integration,4,10\np3,p2,awareness,1,Wave 9\np3,p2,coordination,3,Wave 10\n";
    const { graph } = importCoalition([csv("people.csv", PEOPLE), csv("connections.csv", TIES), csv("survey.csv", survey)]);
    const tie = (a: string, b: string) => graph.getEdgeAttributes(graph.edges(a, b)[0] ?? "");
    expect(tie("p1", "p2")).toMatchObject({ relationship: "integration", trust: 4 });
    expect(tie("p3", "p2")).toMatchObject({ relationship: "coordination", trust: 3 });
    expect(partnership(graph).rounds.map((r) => r.round)).toEqual(["9", "10", "Wave 9", "Wave 10"]);
  });

  it("compareRoundLabels: digits as numbers, the rest by name", () => {
    const rounds = ["2026", "Round 10", "2025-03", "Round 2", "2025-11", "", "round 1", "2025"];
    expect(rounds.slice().sort(compareRoundLabels)).toEqual(["", "2025", "2025-03", "2025-11", "2026", "Round 2", "Round 10", "round 1"]);
    expect(compareRoundLabels("09", "9")).toBeLessThan(0);
    expect(compareRoundLabels("a", "a")).toBe(0);
  });
});

describe("a row with more cells than the header", () => {
  it('says how many extra cells were kept, in a sentence that ends once (before: \'"column 3" etc..\')', () => {
    const { report } = importCoalition([csv("people.csv", PEOPLE), csv("connections.csv", "from,to\np1,p2,x,y,z\np2,p3,x\n")]);
    expect(report.warnings.map((w) => w.message)).toEqual([
      'connections.csv:2:3: this row has more cells than the header has columns; the extra cells were kept as "column 3" and 2 more. A missing quote or an unquoted delimiter inside a cell can cause this.',
      'connections.csv:3:3: this row has more cells than the header has columns; the extra cell was kept as "column 3". A missing quote or an unquoted delimiter inside a cell can cause this.',
    ]);
  });
});
