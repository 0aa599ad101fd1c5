/**
 * `--compare` on the sample coalition and its second round (examples/sample-coalition-2026, made
 * by scripts/make-sample-round2.ts): it must find exactly the planted changes listed in
 * examples/README.md, from two workbooks and from the dates of one.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CoalitionChange } from "../../src/graph/compare.js";
import { cli, folder } from "../helpers/cli.js";

const EXAMPLES = join(import.meta.dirname, "..", "..", "examples");
const OLD = join(EXAMPLES, "sample-coalition");
const NEW = join(EXAMPLES, "sample-coalition-2026");

function changeOf(argv: string[]): CoalitionChange {
  const run = cli([...argv, "--json", "--quiet"]);
  expect(run.code, run.err).toBe(0);
  const doc = JSON.parse(run.out) as { change?: CoalitionChange; nodes: unknown[] };
  if (doc.change === undefined) throw new Error("no change section");
  return doc.change;
}

const pair = (t: { fromLabel: string; toLabel: string }) => `${t.fromLabel} – ${t.toLabel}`;

const ADDED = [
  "Angela Ruiz – Marisol Vega",
  "Eastside Language Access – Riverbend Welcome Center",
  "Harbor House – New Dawn Shelter",
  "Rafael Ortega – Nadia Kline",
  "Rosa Delgado – Jordan Ellis",
  "Rosa Delgado – Phoenix Rising Survivor Network",
  "Rosa Delgado – Tanya Brooks",
  "Tomás Ibarra – Eastside Language Access",
  "Tomás Ibarra – Grace Okafor",
  "Willow Creek Shelter – West County Legal Advocates",
];
const REMOVED = [
  "Amara Sandoval – Umar Chowdhury",
  "Marco Jenkins – Priyanka Hollins",
  "Naomi Lindgren – Malik Bhatt",
  "Naomi Lindgren – Riverbend Transit Authority",
  "Naomi Lindgren – Zoe Hashemi",
];
/**
 * By date, one more member: Sunita Rao said yes to Oliver Yilmaz's ask on 2026-10-02 (activity.csv),
 * so she joined that day (walk 3: a yes dates the new member). Her tie to Zoe Hashemi is dated 2019,
 * so on 2025-12-31 she was in the network already: there as a prospect, with her ties, she "became a
 * member" — not new, and her ties are not added.
 */

describe("--compare with the sample's second round", () => {
  const twoWorkbooks = changeOf([NEW, "--compare", OLD]);
  const byDate = changeOf([NEW, "--compare", "2025-12-31"]);

  it("finds the members who joined and left", () => {
    expect(twoWorkbooks.members.gained.map((m) => m.label)).toEqual(["Eastside Language Access", "Rosa Delgado", "Tomás Ibarra"]);
    expect(byDate.members.gained.map((m) => m.label)).toEqual(["Eastside Language Access", "Rosa Delgado", "Sunita Rao", "Tomás Ibarra"]);
    for (const c of [twoWorkbooks, byDate]) {
      expect(c.members.lost.map((m) => m.label)).toEqual(["Naomi Lindgren"]);
      expect(c.after.members).toBe(136);
    }
    expect(twoWorkbooks.before.members).toBe(134);
    expect(byDate.before.members).toBe(133);
    expect(twoWorkbooks.matching).toEqual({ byId: 249, byName: 0, onlyBefore: 1, onlyAfter: 3 });
  });

  it("finds exactly the planted ties added and removed", () => {
    expect(twoWorkbooks.ties.added.map(pair)).toEqual(ADDED);
    expect(byDate.ties.added.map(pair)).toEqual(ADDED);
    expect(byDate.members.gained.find((m) => m.label === "Sunita Rao")?.how).toBe("became a member");
    for (const c of [twoWorkbooks, byDate]) expect(c.ties.removed.map(pair)).toEqual(REMOVED);
  });

  it("finds the strengthened and weakened ties from two workbooks, and says dates can't", () => {
    expect(twoWorkbooks.ties.strengthened.map((t) => `${pair(t)} ${t.before}→${t.strength}`)).toEqual([
      "Catherine Wu – Quinn Dominguez 3→4",
      "Jasmine Ibarra – Connor Hollins 3→4",
      "Yara Takahashi – Carla Rasmussen 4→5",
    ]);
    expect(twoWorkbooks.ties.weakened.map((t) => `${pair(t)} ${t.before}→${t.strength}`)).toEqual(["Catherine Wu – Farah Quintero 4→3", "Rachel Flores – Vikram Russo 3→2"]);
    expect(byDate.ties.counts.strengthened + byDate.ties.counts.weakened).toBe(0);
    expect(byDate.findings.join(" ")).toContain("strengthened and weakened ties need two workbooks");
    expect(byDate.basis).toBe("dates");
    // The latest date the workbook mentions: Sunita Rao's yes (activity.csv).
    expect(byDate.now).toBe("2026-10-02");
  });

  it("finds the gaps closed and opened, and the bridge across factions", () => {
    for (const c of [twoWorkbooks, byDate]) {
      expect(c.gaps?.closed.map((g) => g.words)).toEqual([
        "emergency shelter in North: providers that do not coordinate",
        "interpretation in East: no provider",
        "emergency shelter → legal advocacy in West: no referral tie",
      ]);
      expect(c.gaps?.opened.map((g) => g.words)).toEqual(["interpretation in East: only one provider"]);
      expect(c.before.acrossFactions?.across).toBe(1);
      expect(c.after.acrossFactions?.across).toBe(2);
      expect(c.before.livedExperience.count).toBe(7);
      expect(c.after.livedExperience.count).toBe(8);
    }
  });

  it("shows the partner survey's two rounds", () => {
    expect(twoWorkbooks.partnership.map((p) => p.round)).toEqual(["2025", "2026"]);
    const [r25, r26] = twoWorkbooks.partnership;
    expect(r25?.answers).toBe(147);
    expect(r26?.answers).toBe(138);
    expect(r26?.averageTrust ?? 0).toBeGreaterThan(r25?.averageTrust ?? 0);
  });

  it("writes the report section in words", () => {
    const run = cli([NEW, "--compare", OLD, "--quiet"]);
    expect(run.code).toBe(0);
    expect(run.out).toContain("## How the coalition changed");
    expect(run.out).toContain("- 3 members joined, 1 left (members: 134 → 136).");
    expect(run.out).toContain("10 ties were added, 5 removed, 3 strengthened and 2 weakened");
    expect(run.out).toContain("Provan & Milward 2001");
    // The change comes before the plan sections.
    expect(run.out.indexOf("## How the coalition changed")).toBeLessThan(run.out.indexOf("## Who should make the ask"));
  });

  it("is the same document run to run", () => {
    expect(cli([NEW, "--compare", OLD, "--json", "--quiet"]).out).toBe(cli([NEW, "--compare", OLD, "--json", "--quiet"]).out);
  });
});

describe("--compare mistakes", () => {
  it("says plainly when OLD is neither a file nor a date", () => {
    const run = cli([NEW, "--compare", "no-such-folder"]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^Error: --compare "no-such-folder": there is no file or folder of that name, and it is not a date/);
  });

  it("says plainly when a workbook has no dates to go back with", () => {
    const dir = folder({ "people.csv": "id,name\na,Ana\nb,Ben\n", "connections.csv": "from,to\na,b\n" });
    const run = cli([dir, "--compare", "2024-01-01"]);
    expect(run.code).toBe(1);
    expect(run.err).toContain("this workbook has no dates to go back in time with");
  });

  it("refuses --compare with --redact", () => {
    const run = cli([NEW, "--compare", OLD, "--redact", "x"]);
    expect(run.code).toBe(2);
  });
});

describe("--compare DATE with dates it cannot place", () => {
  // A tie whose "since" is not a date ("last year", "2019-02-30") counts as there all along in a
  // comparison by date, and a member who left before joining, or a tie that ended before it began,
  // was taken as written: the change was worked out from them and nothing said so.
  it("says which ties count as there all along, and warns about dates in the wrong order", () => {
    const dir = folder({
      "people.csv": "id,name,status,joined,left\np1,Ana,member,2019,\np2,Ben,member,2019,\np3,Cara,member,2020,2019\np4,Dan,member,2018,\n",
      "connections.csv": "from,to,since,until\np1,p2,2019-02-30,\np2,p4,2021,2020\np1,p4,last year,\np2,p3,2019,\n",
    });
    const run = cli([dir, "--compare", "2020-06-01", "--json", "--quiet"]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.out) as { change: CoalitionChange; import: { warnings: { file: string; line: number; column?: number; message: string }[] } };
    expect(doc.change.findings.at(-1)).toBe('2 ties have a "since" that is not a date ("2019-02-30" at connections.csv line 2, "last year" at line 4): a comparison by date counts them as there all along. Write a year, 2024-03 or 2024-03-15.');
    const order = doc.import.warnings.filter((w) => /before/.test(w.message)).map((w) => [w.file, w.line, w.column]);
    expect(order).toEqual([["people.csv", 4, 5], ["connections.csv", 3, 4]]);
  });
});
