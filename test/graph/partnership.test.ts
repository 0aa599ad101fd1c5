/**
 * partnership on surveys where a rating was never given: ratings run 1–4, so "average trust 0.00"
 * is not a figure but the absence of one, and a change from it is not a rise.
 */
import { describe, expect, it } from "vitest";
import { partnershipAnalysis } from "../../src/graph/analyses/partnership.js";
import { partnership } from "../../src/graph/partnership.js";
import { importCoalition } from "../../src/import/index.js";
import { csv } from "../import/helpers.js";

const ORGS = "id,name\no1,Hope House\no2,Legal Aid\no3,Clinic\n";

function surveyed(survey: string) {
  return partnership(importCoalition([csv("organizations.csv", ORGS), csv("survey.csv", survey)]).graph);
}

describe("partnership — a round with no trust ratings", () => {
  const p = surveyed(
    "respondent,partner,relationship,trust,value,round\n" +
      "Hope House,Legal Aid,cooperation,,3,2025\n" +
      "Legal Aid,Hope House,coordination,,2,2025\n" +
      "Hope House,Legal Aid,integration,4,4,2026\n" +
      "Clinic,Legal Aid,coordination,2,2,2026\n",
  );

  it("does not report an average trust of 0.00 on a 1–4 scale: nobody rated trust", () => {
    const r25 = p.findings.find((f) => f.startsWith("Round 2025"))!;
    expect(r25).not.toMatch(/trust 0\.00/);
    expect(r25).toMatch(/no trust ratings/);
    expect(r25).toMatch(/value 2\.50/);
  });

  it("does not say trust rose from a round that had no trust ratings", () => {
    const change = p.findings.find((f) => f.startsWith("From round"))!;
    expect(change).not.toMatch(/trust rose/);
    expect(change).toMatch(/value rose \(2\.50 → 3\.00\)/);
  });

  it("the Markdown table shows no figure (—) for the trust nobody rated", () => {
    const lines = partnershipAnalysis.markdown(p, { max: 10 } as Parameters<typeof partnershipAnalysis.markdown>[1]);
    const row = lines.find((l) => l.startsWith("| 2025 "))!;
    expect(row.trim().endsWith("| — | 2.50 |")).toBe(true);
  });
});

describe("partnership — the partners trusted least", () => {
  it("lists the least trusted first, and says how many more there are beyond the eight shown", () => {
    const names = Array.from({ length: 11 }, (_, i) => `P${String(i).padStart(2, "0")}`);
    const orgs = "id,name\n" + names.map((n) => `${n.toLowerCase()},${n}`).join("\n") + "\nrater,Rater\n";
    // Rater trusts P00 … P10 at 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 1 (all below 2.5).
    const trust = [1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 1];
    const survey = "respondent,partner,relationship,trust,value\n" + names.map((n, i) => `Rater,${n},cooperation,${trust[i]},3`).join("\n") + "\n";
    const p = partnership(importCoalition([csv("organizations.csv", orgs), csv("survey.csv", survey)]).graph);
    const line = p.findings.find((f) => f.startsWith("Partners the others trust least"))!;
    expect(line).toMatch(/^Partners the others trust least \(below 2\.5 of 4\): P00 \(1\.00, 1 raters?\), P01 \(1\.00, 1 raters?\), P10 \(1\.00, 1 raters?\), P02 /);
    expect(line).toMatch(/ and 3 more\.$/);
  });
});

describe("partnership — answers without a round beside rounds", () => {
  it("does not write 'From round  to 2026' for answers whose round cell is empty", () => {
    const p = surveyed(
      "respondent,partner,relationship,trust,value,round\n" +
        "Hope House,Legal Aid,cooperation,3,3,\n" +
        "Hope House,Legal Aid,integration,4,4,2026\n",
    );
    expect(p.rounds.map((r) => r.round)).toEqual(["", "2026"]);
    const text = p.findings.join(" ");
    expect(text).not.toMatch(/round {2}to/);
    expect(text).toContain("From the answers without a round to round 2026, average trust rose (3.00 → 4.00)");
    const table = partnershipAnalysis.markdown(p, { max: 10 } as Parameters<typeof partnershipAnalysis.markdown>[1]);
    expect(table.some((l) => l.startsWith("| (no round) |"))).toBe(true);
    expect(table.some((l) => l.startsWith("| (one round) |"))).toBe(false);
  });
});
