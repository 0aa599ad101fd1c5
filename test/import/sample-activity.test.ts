/**
 * The sample's activity log (examples/sample-coalition/activity.csv, situation 11 of
 * examples/README.md): every claim the README makes about it, checked on the import and the report.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeCoalition } from "../../src/graph/analyze.js";
import { importCoalition } from "../../src/import/index.js";
import { SAMPLE_DIR, sampleFiles } from "../helpers/sample.js";

const README = readFileSync(join(import.meta.dirname, "..", "..", "examples", "README.md"), "utf8");
const { graph, report } = importCoalition(sampleFiles());
const full = analyzeCoalition(graph, report, { rotationStart: "2026-12-07" });

describe("the sample's activity log", () => {
  it("imports all 25 rows (11 asks, 14 one-on-ones) with no rejection, merge or warning", () => {
    const file = report.files.find((f) => f.role === "activity");
    expect(file).toMatchObject({ file: "activity.csv", rowsRead: 25, imported: 25, merged: 0, rejected: 0 });
    expect(README).toContain("| activity.csv | **25** log rows (11 asks, 14 one-on-ones, all in 2026) |");
    const log = report.activity ?? [];
    expect(log.filter((a) => a.kind === "ask")).toHaveLength(11);
    expect(log.filter((a) => a.kind === "one-on-one")).toHaveLength(14);
    expect(new Set(log.filter((a) => a.kind === "ask").map((a) => a.outcome))).toEqual(new Set(["yes", "no", "pending", "not yet asked"]));
    expect(report.warnings).toEqual([]);
    expect(readFileSync(join(SAMPLE_DIR, "activity.csv"), "utf8").split("\n")[0]).toBe("date,kind,member,person,outcome,notes");
  });

  it("the one yes makes Sunita Rao a member, with one info line", () => {
    expect(graph.getNodeAttribute("p-sunita-rao", "status")).toBe("member");
    expect(report.info?.map((i) => i.message)).toEqual(["activity.csv:19: Sunita Rao said yes to Oliver Yilmaz's ask on 2026-10-02: now counted as a member (was a prospect)."]);
    const row = full.rotation.rows.find((r) => r.member === "p-sunita-rao");
    expect(row?.kind).toBe("new-member");
    expect(graph.getNodeAttribute(row?.partner ?? "", "status")).toBe("core");
  });

  it("the County Commission's outreach row shows Linda's latest ask", () => {
    const e = full.outreach.find((x) => x.target === "o-county-commission");
    expect(e?.asked).toEqual({ date: "2026-09-15", asker: "p-linda-park-hughes", askerLabel: "Linda Park-Hughes", outcome: "pending" });
    expect(README).toContain('"asked 2026-09-15 by Linda Park-Hughes — pending"');
  });

  it("one-on-ones set lastContact on the ties, the latest date kept", () => {
    const last = (a: string, b: string) => [...new Set([...graph.edges(a, b), ...graph.edges(b, a)])].map((e) => graph.getEdgeAttribute(e, "lastContact"));
    expect(last("p-evelyn-marsh", "p-keisha-monroe")).toEqual(["2026-08-04"]);
    expect(last("p-victor-osei", "p-catherine-wu")).toEqual(["2026-11-09"]);
    expect(last("p-miriam-adeyemi", "p-daniel-kowalski")).toEqual(["2026-02-10"]);
  });
});
