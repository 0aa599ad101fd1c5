/** The map's comparison (computed in the worker), on the sample and its second round. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareForMap } from "../../src/viz/app/compare-work.js";
import { sampleFiles } from "../helpers/sample.js";
import { csv } from "../import/helpers.js";

const EXAMPLES = join(import.meta.dirname, "..", "..", "examples");
const round2 = sampleFiles(join(EXAMPLES, "sample-coalition-2026"));
const round1 = sampleFiles(join(EXAMPLES, "sample-coalition"));

describe("compareForMap", () => {
  const steps: string[] = [];
  const files = compareForMap({ type: "compare", id: 1, request: 1, files: round2, earlier: { kind: "files", files: round1, label: "2025" } }, (s) => steps.push(s));
  const byDate = compareForMap({ type: "compare", id: 1, request: 2, files: round2, earlier: { kind: "date", date: "2025-12-31" } }, () => undefined);

  it("marks the newcomers and the new ties in the drawn graph's ids and keys", () => {
    expect(files.newNodes.sort()).toEqual(["o-eastside-language", "p-rosa-delgado", "p-tomas-ibarra"]);
    expect(files.newEdges).toHaveLength(10);
    // By date the same: Sunita Rao joined on 2026-10-02 (her yes in activity.csv), but her tie dated 2019
    // shows her in the network before — a prospect then, not a newcomer, and her ties are not new.
    expect(byDate.newNodes.sort()).toEqual(["o-eastside-language", "p-rosa-delgado", "p-tomas-ibarra"]);
    expect(byDate.newEdges).toHaveLength(10);
    expect(steps[0]).toBe("Reading this round…");
    expect(steps[steps.length - 1]).toBe("Done");
  });

  it("draws what ended faintly: in the graph when it is still there, in the layer when it is not", () => {
    for (const r of [files, byDate]) {
      // Naomi Lindgren has a `left` date and the two ended ties an `until`: all still in round 2's files.
      expect(r.goneNodes).toEqual(["p-naomi-lindgren"]);
      expect(r.lostEdges).toHaveLength(5);
      expect(r.lostTies).toEqual([]);
      expect(r.ghosts).toEqual([]);
    }
    expect(byDate.dates[byDate.dates.length - 1]).toBe("2026-10-02");
  });

  it("puts the ties of someone no longer in the files in the layer, with a ghost near their old neighbours", () => {
    const r = compareForMap({ type: "compare", id: 1, request: 3, files: round1, earlier: { kind: "files", files: round2, label: "2026" } }, () => undefined);
    // Backwards: the 2026 newcomers are "gone" from the drawn (first-round) graph, with their ties.
    expect(r.ghosts.map((g) => g.label).sort()).toEqual(["Eastside Language Access", "Rosa Delgado", "Tomás Ibarra"]);
    const rosa = r.ghosts.find((g) => g.label === "Rosa Delgado");
    expect(rosa?.near.sort()).toEqual(["o-phoenix-rising", "p-jordan-ellis", "p-tanya-brooks"]);
    expect(r.lostTies).toHaveLength(10);
  });

  it("as of a date, says which ties have a since that is not a date (as the CLI's --compare DATE)", () => {
    const files = [
      csv("people.csv", "id,name,status,joined\np1,Ana,member,2019\np2,Ben,member,2019\np3,Cara,member,2019\n"),
      csv("connections.csv", "from,to,since\np1,p2,2019-02-30\np2,p3,2019\np1,p3,last year\n"),
    ];
    const r = compareForMap({ type: "compare", id: 1, request: 4, files, earlier: { kind: "date", date: "2020-06-01" } }, () => undefined);
    expect(r.change.findings.at(-1)).toBe('2 ties have a "since" that is not a date ("2019-02-30" at connections.csv line 2, "last year" at line 4): a comparison by date counts them as there all along. Write a year, 2024-03 or 2024-03-15.');
    const two = compareForMap({ type: "compare", id: 1, request: 5, files, earlier: { kind: "files", files, label: "the same" } }, () => undefined);
    expect(two.change.findings.some((f) => f.includes("not a date"))).toBe(false);
  });
});

describe("compareForMap: the earlier round's rejected rows (as the CLI's --compare)", () => {
  const now = [
    csv("people.csv", "id,name,status\np1,Ana,member\np2,Ben,member\np3,Cara,member\n"),
    csv("connections.csv", "from,to,strength\np1,p2,3\np2,p3,4\n"),
  ];
  // Last year's copy: the p2–p3 tie has a strength of 9, rejected — so it counts as added now.
  const earlier = [
    csv("people.csv", "id,name,status\np1,Ana,member\np2,Ben,member\np3,Cara,member\n"),
    csv("connections.csv", "from,to,strength\np1,p2,3\np2,p3,9\n"),
  ];

  it("says so first among the findings and lists the rows, with file:line:column", () => {
    const r = compareForMap({ type: "compare", id: 1, request: 6, files: now, earlier: { kind: "files", files: earlier, label: "last year" } }, () => undefined);
    expect(r.change.findings[0]).toMatch(/^The earlier round's files \(people\.csv, connections\.csv\): 1 row of \d+ rejected, for example: connections\.csv:3:3 .*strength "9".* A rejected row is missing from the earlier round: its tie or person counts as added in this one\. The Change tab lists the rejected rows\.$/);
    expect(r.earlierRejections?.map((x) => `${x.file}:${x.line}`)).toEqual(["connections.csv:3"]);
    expect(r.change.ties.added.map((t) => [t.from, t.to])).toEqual([["p2", "p3"]]);
  });

  it("says nothing when the earlier round's files were clean, and nothing by date", () => {
    const clean = compareForMap({ type: "compare", id: 1, request: 7, files: now, earlier: { kind: "files", files: now, label: "the same" } }, () => undefined);
    expect(clean.change.findings.some((f) => f.startsWith("The earlier round's files"))).toBe(false);
    expect(clean.earlierRejections).toEqual([]);
    const byDate = compareForMap({ type: "compare", id: 1, request: 8, files: earlier, earlier: { kind: "date", date: "2020-01-01" } }, () => undefined);
    expect(byDate.earlierRejections).toEqual([]);
  });
});
