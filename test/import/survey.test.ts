import { describe, expect, it } from "vitest";
import { partnership } from "../../src/graph/partnership.js";
import { importCoalition } from "../../src/import/index.js";
import { detectRole } from "../../src/import/roles.js";
import { csv, fatal, only } from "./helpers.js";

const ORGS = "id,name\no1,Hope House\no2,Legal Aid\no3,Clinic\no4,Food Bank\n";
const TIES = "from,to,type,strength\no1,o2,works_with,3\no2,o3,refers_to,4\n";

function load(survey: string, name = "survey.csv") {
  return importCoalition([csv("organizations.csv", ORGS), csv("connections.csv", TIES), csv(name, survey)]);
}

describe("partner survey import", () => {
  it("detects the file by its name or its respondent and partner columns", () => {
    expect(detectRole("survey.csv", ["a", "b"])).toBe("survey");
    expect(detectRole("survey_2025.csv", ["x"])).toBe("survey");
    expect(detectRole("answers.csv", ["Respondent", "Partner", "Relationship"])).toBe("survey");
  });

  it("attaches answers to the pair's tie, and creates a tie typed by the relationship when there is none", () => {
    const { graph, report } = load(
      "respondent,partner,relationship,trust,value,round\n" +
        "Hope House,Legal Aid,coordination,4,3,2025\n" +
        "Legal Aid,Hope House,Cooperation,3,4,2025\n" +
        "o1,o4,integration,4,4,2025\n" +
        "Clinic,Food Bank,1,,2,2025\n",
    );
    expect(report.files.find((f) => f.role === "survey")).toMatchObject({ rowsRead: 4, imported: 4, merged: 0, rejected: 0 });
    const survey = graph.getAttribute("survey") ?? [];
    expect(survey.map((r) => [r.respondent, r.partner, r.relationship, r.level])).toEqual([
      ["o1", "o2", "coordination", 3],
      ["o2", "o1", "cooperation", 2],
      ["o1", "o4", "integration", 4],
      ["o3", "o4", "awareness", 1],
    ]);
    // Both answers about Hope House – Legal Aid go on their works_with tie: highest level, mean ratings.
    const e12 = only(graph.edges("o1", "o2"));
    expect(graph.getEdgeAttributes(e12)).toMatchObject({ type: "works_with", strength: 3, relationship: "coordination", trust: 3.5, value: 3.5 });
    // Hope House – Food Bank had no tie: integration → partner, strength 5; Clinic – Food Bank: awareness → knows, 2.
    const e14 = only(graph.edges("o1", "o4"));
    expect(graph.getEdgeAttributes(e14)).toMatchObject({ type: "partner", strength: 5, relationship: "integration", trust: 4, value: 4 });
    const e34 = only(graph.edges("o3", "o4"));
    expect(graph.getEdgeAttributes(e34)).toMatchObject({ type: "knows", strength: 2, relationship: "awareness", value: 2 });
    expect(graph.getEdgeAttribute(e34, "trust")).toBeUndefined();
  });

  it("rejects rows it can't use with file:line:column, and merges a repeated answer", () => {
    const { report, graph } = load(
      "respondent,partner,relationship,trust,value\n" +
        "Hope House,Legal Aid,cooperation,3,3\n" +
        ",Legal Aid,cooperation,3,3\n" +
        "Hope House,Legal Aid,cooperation,2,3\n" +
        "Hope House,Clinic,friendship,3,3\n" +
        "Hope House,Clinic,cooperation,5,3\n" +
        "Hope House,Clinic,cooperation,3,x\n" +
        "Clinic,Clinic,cooperation,3,3\n",
    );
    const f = report.files.find((x) => x.role === "survey");
    expect(f).toMatchObject({ rowsRead: 7, imported: 1, merged: 1, rejected: 5 });
    expect(report.rejections.map((r) => r.reason)).toEqual([
      'survey.csv:3:1 (column "respondent"): the respondent is empty; say who answered. Row skipped.',
      'survey.csv:5:3 (column "relationship"): relationship "friendship" is not one of awareness, cooperation, coordination, integration (or 1–4); row skipped.',
      'survey.csv:6:4 (column "trust"): trust "5" is not a rating from 1 to 4 (1 = not at all, 4 = very much); row skipped.',
      'survey.csv:7:5 (column "value"): value "x" is not a rating from 1 to 4 (1 = not at all, 4 = very much); row skipped.',
      'survey.csv:8:2 (column "partner"): "Clinic" is the respondent themselves; an answer is about another partner. Row skipped.',
    ]);
    expect(only(report.merges)).toMatchObject({ line: 4, into: { line: 2 }, id: "Hope House → Legal Aid", conflicts: ["trust"] });
    expect(graph.getAttribute("survey")?.length).toBe(1);
  });

  it("creates a partner nobody listed, with a warning, rather than dropping the answer", () => {
    const { graph, report } = load("respondent,partner,relationship\nHope House,Shelter Nobody Listed,cooperation\n");
    expect(graph.hasNode("shelter-nobody-listed")).toBe(true);
    expect(report.warnings.some((w) => w.message.includes('"Shelter Nobody Listed" is not in people.csv or organizations.csv'))).toBe(true);
  });

  it("is taken with --survey whatever its name, says which column is missing, and is no network alone", () => {
    const { graph } = importCoalition([csv("organizations.csv", ORGS), csv("answers.csv", "rater,about,level\nHope House,Clinic,2\n")], { roles: { "answers.csv": "survey" } });
    expect(graph.getAttribute("survey")?.map((r) => [r.respondent, r.partner, r.relationship])).toEqual([["o1", "o3", "cooperation"]]);
    expect(fatal([csv("organizations.csv", ORGS), csv("survey.csv", "respondent,partner\nHope House,Clinic\n")])).toBe(
      'survey.csv (the partner survey file) has no "relationship" or "relationshiplevel" column. Its columns are: "respondent", "partner".',
    );
    expect(fatal([csv("survey.csv", "respondent,partner,relationship\nA,B,2\n")])).toMatch(/^No people, organizations or connections file was found among survey.csv/);
  });
});

describe("partnership figures", () => {
  it("gives per round density, centralization, levels, trust and value, and what each partner receives", () => {
    const { graph } = load(
      "respondent,partner,relationship,trust,value,round\n" +
        "Hope House,Legal Aid,coordination,4,3,2025\n" +
        "Legal Aid,Hope House,cooperation,2,4,2025\n" +
        "Clinic,Hope House,awareness,3,,2025\n" +
        "Hope House,Legal Aid,integration,4,4,2026\n" +
        "Clinic,Legal Aid,cooperation,4,4,2026\n" +
        "Food Bank,Legal Aid,cooperation,3,2,2026\n",
    );
    const p = partnership(graph);
    expect(p.rounds.map((r) => r.round)).toEqual(["2025", "2026"]);
    const [r25, r26] = p.rounds;
    // 2025: nodes o1 o2 o3, pairs o1-o2 (coordination), o1-o3 (awareness): density 2/3; degrees 2,1,1 → Σ(2−d)=2, /(2·1) = 1.
    expect(r25).toMatchObject({ answers: 3, respondents: 3, partners: 3, pairs: 2, density: 0.6667, centralization: 1, averageTrust: 3, averageValue: 3.5 });
    expect(r25?.byLevel).toEqual({ awareness: 1, cooperation: 0, coordination: 1, integration: 0 });
    expect(r25?.scores).toEqual([
      { id: "o1", label: "Hope House", trust: 2.5, value: 4, raters: 2 },
      { id: "o2", label: "Legal Aid", trust: 4, value: 3, raters: 1 },
    ].sort((a, b) => b.trust - a.trust));
    // 2026: a star on Legal Aid: 4 nodes, 3 pairs → density 0.5, centralization 1.
    expect(r26).toMatchObject({ partners: 4, pairs: 3, density: 0.5, centralization: 1 });
    expect(r26?.scores).toEqual([{ id: "o2", label: "Legal Aid", trust: 3.6667, value: 3.3333, raters: 3 }]);
    expect(p.findings.join(" ")).toContain("From round 2025 to 2026, average trust rose (3.00 → 3.67)");
  });
});
