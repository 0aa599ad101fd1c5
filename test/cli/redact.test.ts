/**
 * `--redact DIR`: a copy that names no one. Every byte written into the copy is searched for the
 * original people's names, ids, e-mails, phones and notes; the copy gives the same answers in
 * structure (same communities, same brokers); the key lies beside the copy, not in it.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { analyzeCoalition, type FullReport } from "../../src/graph/analyze.js";
import { isSensitive } from "../../src/graph/redact.js";
import { importCoalition } from "../../src/import/index.js";
import { sampleFiles } from "../helpers/sample.js";

function run(args: string[]): { code: number; err: string } {
  let err = "";
  const code = runCli(args, { stdout: () => undefined, stderr: (s) => (err += s) });
  return { code, err };
}

describe("--redact", () => {
  const dir = join(mkdtempSync(join(tmpdir(), "cm-redact-")), "copy");
  const result = run(["examples/sample-coalition", "--redact", dir]);
  const original = importCoalition(sampleFiles());
  const copyText = () => readdirSync(dir).map((f) => readFileSync(join(dir, f), "utf8")).join("\n");

  it("writes the workbook and its report into the folder, and the key beside it", () => {
    expect(result.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["connections.csv", "organizations.csv", "people.csv", "report.json", "report.md", "services.csv"]);
    expect(existsSync(`${dir}-key.csv`)).toBe(true);
    expect(result.err).toContain("keep it to yourself");
  });

  it("contains none of the people's names, ids, e-mails, phones or notes (every byte searched)", () => {
    const text = copyText();
    const secrets = new Set<string>();
    original.graph.forEachNode((id, a) => {
      if (a.notes) secrets.add(a.notes);
      for (const v of Object.values(a.extra)) if (/@|\d{3}-\d{4}/.test(v)) secrets.add(v);
      if (a.kind === "person") {
        secrets.add(a.label);
        secrets.add(id);
      }
    });
    original.graph.forEachEdge((_e, a) => void (a.notes && secrets.add(a.notes)));
    expect(secrets.size).toBeGreaterThan(400);
    const found = [...secrets].filter((s) => s.length >= 4 && text.includes(s));
    expect(found).toEqual([]);
    expect(text).not.toMatch(/@example\.org|555-01\d\d/);
  });

  it("shows people with lived experience only as a private contact, with no role or area", () => {
    const people = Papa.parse<Record<string, string>>(readFileSync(join(dir, "people.csv"), "utf8"), { header: true, skipEmptyLines: true }).data;
    const lived = people.filter((p) => p.lived_experience === "yes");
    expect(lived.length).toBeGreaterThan(5);
    for (const p of lived) expect(p).toMatchObject({ name: "Private contact", role: "", area: "" });
    expect(people.some((p) => /^Faith leader \d+$/.test(p.name ?? ""))).toBe(true);
  });

  it("gives the same answers in structure: same communities, same brokers, same gaps", () => {
    const key = Papa.parse<Record<string, string>>(readFileSync(`${dir}-key.csv`, "utf8"), { header: true, skipEmptyLines: true }).data;
    const toOriginal = new Map(key.map((k) => [k["pseudonym id"] ?? "", k["original id"] ?? ""]));
    const before: FullReport = analyzeCoalition(original.graph, original.report);
    const after = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as FullReport;
    expect(after.communities.map((c) => c.size)).toEqual(before.communities.map((c) => c.size));
    expect(after.communities.map((c) => c.members.map((m) => toOriginal.get(m)).sort())).toEqual(before.communities.map((c) => [...c.members].sort()));
    const rank = (r: FullReport, map: (id: string) => string) => [...r.nodes].sort((a, b) => b.betweenness - a.betweenness || (map(a.id) < map(b.id) ? -1 : 1)).slice(0, 20).map((n) => map(n.id));
    expect(rank(after, (id) => toOriginal.get(id) ?? id)).toEqual(rank(before, (id) => id));
    expect(after.gaps.missing).toEqual(before.gaps.missing);
    expect(after.summary.negativeTies).toBe(before.summary.negativeTies);
  });

  it("refuses options that would name people outside the copy", () => {
    expect(run(["examples/sample-coalition", "--redact", dir, "--ask", "Riverbend County Commission"]).code).toBe(2);
    expect(run(["examples/sample-coalition", "--redact", dir, "--json"]).code).toBe(2);
  });
});

describe("who counts as sensitive", () => {
  const people = (cells: string[]) => {
    const rows = cells.map((c, i) => `p${i},Person ${i},${c},no`).join("\n");
    return importCoalition([{ name: "people.csv", bytes: new TextEncoder().encode(`id,name,sensitive,lived_experience\n${rows}\n`) }]).graph;
  };

  it("reads every yes word of the importer (sí, ✓, x…) and counts an unclear cell as sensitive", () => {
    const cells = ["yes", "sí", "✓", "x", "maybe", "ask Dana", "no", "non", ""];
    const graph = people(cells);
    const sensitive = cells.map((_c, i) => isSensitive(graph.getNodeAttributes(`p${i}`)));
    expect(sensitive).toEqual([true, true, true, true, true, true, false, false, false]);
  });
});
