/**
 * The whole report: every section of issue 4's JSON document, determinism (byte-identical JSON),
 * the CLI flags that feed it (--ask, --outreach), and a generic network (no coalition columns).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli as main } from "../../src/cli/run.js";
import { ANALYSIS_IDS, analyzeCoalition, renderFullMarkdown, type AskResult, type FullReport } from "../../src/graph/index.js";
import { importCoalition } from "../../src/import/index.js";
import { sampleFiles } from "../helpers/sample.js";

const SAMPLE = "examples/sample-coalition";


function analyzeSample(asks?: string[]): FullReport {
  const { graph, report } = importCoalition(sampleFiles());
  return analyzeCoalition(graph, report, asks ? { asks } : {});
}

function runCli(args: string[]): { code: number; out: string; err: string } {
  let out = "";
  let err = "";
  const code = main(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

describe("analyzeCoalition on the sample coalition", () => {
  const report = analyzeSample(["Riverbend County Commission"]);

  it("has every section the JSON schema names", () => {
    for (const key of ["summary", "nodes", "communities", "asks", "outreach", "turf", "conflicts", "gaps", "recruits", "composition", "import"]) {
      expect(report, key).toHaveProperty(key);
    }
    expect(report.summary.communities).toBe(report.communities.length);
    expect(report.summary.modularity).toBeGreaterThan(0.3);
    for (const key of ["missing", "thin", "duplicated", "unlinked", "matrix"]) expect(report.gaps).toHaveProperty(key);
    const n = report.nodes[0]!;
    for (const key of ["id", "label", "kind", "community", "degree", "strength", "betweenness", "closeness", "eigenvector", "pagerank", "constraint", "effectiveSize"]) {
      expect(n, key).toHaveProperty(key);
    }
    expect(report.nodes).toHaveLength(report.summary.nodes);
  });

  it("answers the planted ask: Linda Park-Hughes asks the County Commission, Frank Dolan must not", () => {
    const ask = report.asks[0] as AskResult;
    expect(ask.targetLabel).toBe("Riverbend County Commission");
    expect(ask.askers[0]!.label).toBe("Linda Park-Hughes");
    expect(ask.askers[0]!.path.at(-1)).toBe(ask.decisionMakers[0]);
    expect(ask.excluded.map((x) => x.label)).toContain("Frank Dolan");
  });

  it("finds the planted situations in one report", () => {
    const label = new Map(report.nodes.map((x) => [x.id, x.label]));
    expect(report.gaps.missing).toEqual([expect.objectContaining({ service: "interpretation", area: "East" })]);
    const turf = report.turf.pairs.map((p) => [p.aLabel, p.bLabel].sort().join(" + "));
    expect(turf).toContain("Harbor House + New Dawn Shelter");
    const sides = report.conflicts.factions.map((f) => f.map((id) => label.get(id)));
    expect(sides.some((s) => s.includes("Riverbend PD Special Victims Unit"))).toBe(true);
    expect(sides.some((s) => s.includes("Survivors Speak Out Collective"))).toBe(true);
    expect(report.conflicts.groups[0]!.facilitators[0]!.label).toBe("Miriam Adeyemi");
    expect(report.recruits[0]!.label).toBe("Grace Okafor");
  });

  it("is deterministic: the same input gives byte-identical JSON", () => {
    const again = analyzeSample(["Riverbend County Commission"]);
    expect(JSON.stringify(again)).toBe(JSON.stringify(report));
  });

  it("renders every section as Markdown", () => {
    const md = renderFullMarkdown(report);
    for (const h of ["## Who should make the ask", "## Whom to approach first", "## Turf", "## Bad history and factions", "## Service gaps", "## Whom to recruit", "## Balance of the coalition", "## Communities", "## Network summary"]) {
      expect(md).toContain(h);
    }
    expect(md).toContain("interpretation in East");
  });

  it("reports progress for each stage", () => {
    const { graph, report: imp } = importCoalition(sampleFiles());
    const stages: string[] = [];
    analyzeCoalition(graph, imp, { onProgress: (s) => stages.push(s) });
    expect(stages).toEqual([...ANALYSIS_IDS]);
  });
});

describe("the analyze CLI with analysis flags", () => {
  it("--ask fills asks with { target, askers: [{ id, path, score, reasons }], excluded: [{ id, reason }] }", () => {
    const { code, out } = runCli([SAMPLE, "--json", "--ask", "Riverbend County Commission", "--ask", "Nobody Here"]);
    expect(code).toBe(0);
    const doc = JSON.parse(out) as { asks: { target: string; askers?: { id: string; path: string[]; score: number; reasons: string[] }[]; excluded?: { id: string; reason: string }[]; error?: string }[] };
    expect(doc.asks).toHaveLength(2);
    const a = doc.asks[0]!;
    expect(a.target).toBe("o-county-commission");
    expect(a.askers![0]).toEqual(expect.objectContaining({ id: expect.any(String), path: expect.any(Array), score: expect.any(Number), reasons: expect.any(Array) }));
    expect(a.excluded!.some((x) => x.id === "p-frank-dolan" && x.reason.length > 0)).toBe(true);
    expect(doc.asks[1]!.error).toMatch(/No person or organization named "Nobody Here"/);
  });

  it("--outreach writes one CSV row per target with the documented header (the original six columns first, new ones appended)", () => {
    const dir = mkdtempSync(join(tmpdir(), "cm-"));
    const file = join(dir, "outreach.csv");
    const { code } = runCli([SAMPLE, "--out", join(dir, "report.md"), "--outreach", file]);
    expect(code).toBe(0);
    const lines = readFileSync(file, "utf8").trim().split(/\r?\n/);
    expect(lines[0]).toBe("target,decision maker,asker,path,score,reasons,rank,fit,influence,reach,asker email,asker phone,asked");
    expect(lines.length).toBeGreaterThan(5);
    expect(readFileSync(join(dir, "report.md"), "utf8")).toContain("## Service gaps");
  });

  it("--ask accepts part of a name when only one matches, and suggests names when it is ambiguous", () => {
    const { out } = runCli([SAMPLE, "--json", "--ask", "county commission", "--ask", "Riverbend County"]);
    const doc = JSON.parse(out) as { asks: { target: string; error?: string }[] };
    expect(doc.asks[0]!.target).toBe("o-county-commission");
    expect(doc.asks[1]!.error).toMatch(/^No person or organization named "Riverbend County" in the data\. Did you mean: Riverbend County /);
  });

  it("points to import problems at the top of the readable report", () => {
    const { code, out } = runCli(["examples/messy"]);
    expect(code).toBe(0);
    expect(out.split("\n").slice(0, 6).join("\n")).toContain("**Check your files:** of 21 rows read, 3 rows were rejected, 2 merged into earlier rows, 4 warnings");
    // No services.csv: the gaps section says what it compared against, and how to say what is needed.
    expect(out).toContain("No services.csv was given, so every service of the default catalog");
    expect(out).toContain("**Not offered by anyone (compared with the default catalog)**");
  });

  it("rejects a bad --resolution with exit code 2", () => {
    expect(runCli([SAMPLE, "--resolution", "-1"]).code).toBe(2);
  });
});

describe("a generic network (Florentine marriages, no coalition columns)", () => {
  const dir = "test/fixtures/datasets";
  const files = ["florentine_statnet_marriage_edges.csv", "florentine_statnet_vertices.csv"].map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }));
  const { graph, report: imp } = importCoalition(files);
  const report = analyzeCoalition(graph, imp, { asks: ["Medici"] });

  it("still gets standing, communities and ask paths", () => {
    const medici = report.nodes.find((n) => n.id === "Medici")!;
    // NetworkX betweenness_centrality on the same 16 families (Pucci isolated): 0.45238095…
    expect(medici.betweenness).toBeCloseTo(0.452380952, 8);
    expect(report.communities.length).toBeGreaterThan(1);
    expect((report.asks[0] as AskResult).askers.length).toBeGreaterThan(0);
  });

  it("says which sections need which columns in the Markdown report, instead of empty tables", () => {
    const md = renderFullMarkdown(report);
    expect(md).toMatch(/## Service gaps\n\nNot available for this data: Needs organizations with services and areas served/);
    expect(md).toMatch(/## Balance of the coalition\n\nNot available for this data: Needs a coalition status column/);
    expect(md).not.toContain("12 services × 0 areas");
    // A generic edge list without a type column: ties are of type "tie", not a made-up "knows".
    expect(new Set(graph.mapEdges((_e, a) => a.type))).toEqual(new Set(["tie"]));
  });

  it("says plainly which sections need which columns", () => {
    const off = report.availability.filter((a) => !a.available).map((a) => a.section);
    expect(off).toEqual(expect.arrayContaining(["turf", "gaps", "recruits", "composition", "outreach"]));
    expect(report.availability.find((a) => a.section === "gaps")!.note).toMatch(/organizations/);
  });
});
