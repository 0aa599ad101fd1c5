/**
 * The registry of analyses: every list the report and the map need is derived from it, so these
 * tests check the derivations (JSON key order, availability words, Markdown sections, progress),
 * and that a run computes each analysis once.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ANALYSES, ANALYSIS_IDS, ANALYSIS_LIST, analyzeCoalition, readingOrder, renderFullMarkdown, sectionAvailability } from "../../src/graph/index.js";
import { importCoalition } from "../../src/import/index.js";
import { sampleFiles } from "../helpers/sample.js";

const karate = () =>
  importCoalition([{ name: "karate_edges.csv", bytes: new Uint8Array(readFileSync("test/fixtures/datasets/karate_statnet_edges.csv")) }]);

describe("the registry of analyses", () => {
  it("has unique ids and says, for each, what it answers in words", () => {
    expect(new Set(ANALYSIS_IDS).size).toBe(ANALYSES.length);
    for (const a of ANALYSIS_LIST) {
      expect(a.title.length, a.id).toBeGreaterThan(3);
      expect(a.question, a.id).toMatch(/\?$/);
      expect(a.progress, a.id).toMatch(/…$/);
    }
  });

  it("orders the JSON report: summary, nodes, ties, the sections in registry order, availability, import", () => {
    const { graph, report } = importCoalition(sampleFiles());
    const full = analyzeCoalition(graph, report);
    const sectionIds = ANALYSIS_LIST.filter((a) => a.id !== "standing").map((a) => a.id);
    expect(Object.keys(full)).toEqual(["summary", "nodes", "ties", ...sectionIds, "availability", "import"]);
    expect(full.availability.map((a) => a.section)).toEqual([...ANALYSIS_IDS]);
  });

  it("derives availability from what each analysis needs (a plain edge list has no coalition columns)", () => {
    const { graph } = karate();
    const off = Object.fromEntries(sectionAvailability(graph).filter((a) => !a.available).map((a) => [a.section, a.note]));
    expect(Object.keys(off).sort()).toEqual(["composition", "conflicts", "gaps", "outreach", "partnership", "powerMap", "recruits", "turf"]);
    expect(off.outreach).toBe("Needs a coalition status column (core/member): the plan ranks outsiders by how members can reach them.");
    expect(off.recruits).toBe("Needs a coalition status column (core/member) to know who is in the coalition.");
    expect(off.composition).toBe("Needs a coalition status column (core/member).");
    expect(off.gaps).toBe("Needs organizations with services and areas served (organizations.csv).");
    expect(off.partnership).toBe("Needs a partner survey (survey.csv): respondent, partner, relationship (awareness, cooperation, coordination, integration), trust and value 1–4, and an optional round.");
  });

  it("writes one Markdown section per analysis, in reading order, saying why when the data can't answer", () => {
    const { graph, report } = karate();
    const md = renderFullMarkdown(analyzeCoalition(graph, report));
    const headings = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    const titles = readingOrder().map((a) => a.title);
    expect(headings.slice(0, titles.length)).toEqual(titles);
    expect(readingOrder().slice(-2).map((a) => a.placement)).toEqual(["reference", "reference"]);
    const gaps = md.slice(md.indexOf("## Service gaps"), md.indexOf("## Whom to recruit"));
    expect(gaps).toContain("Not available for this data: Needs organizations with services and areas served");
  });

  it("reports progress once per analysis, in registry order, and computes each analysis once", () => {
    const { graph, report } = importCoalition(sampleFiles());
    const seen: string[] = [];
    const full = analyzeCoalition(graph, report, { onProgress: (stage, done, total) => seen.push(`${stage} ${done}/${total}`) });
    expect(seen).toEqual(ANALYSIS_IDS.map((id, i) => `${id} ${i}/${ANALYSIS_IDS.length}`));
    // The default asks are the outreach plan's top targets: asks used the outreach result.
    expect(full.asks.map((a) => ("targetLabel" in a ? a.target : ""))).toEqual(full.outreach.slice(0, 3).map((e) => e.target));
  });
});
