/**
 * A services.csv whose cells are JavaScript property names (`constructor`, `__proto__`,
 * `toString`) or an unknown priority: the analysis runs, every score is a number, and the unknown
 * priority is warned about.
 */
import { describe, expect, it } from "vitest";
import { analyzeCoalition } from "../../src/graph/index.js";
import { importCoalition } from "../../src/import/index.js";
import { csv } from "../import/helpers.js";

describe("needs named like JavaScript properties", () => {
  it("services, areas and priorities named constructor/__proto__/toString neither crash the analysis nor make a score NaN", () => {
    const orgs = "id,name,services,areas,status\no1,Harbor House,hotline;constructor,North,core\no2,Hope,counseling,constructor,prospect\n";
    const people = "id,name,organization,status,decision_maker\np1,Ana,Harbor House,core,yes\np2,Ben,Hope,prospect,yes\n";
    const services = "service,area,priority\n__proto__,constructor,high\nconstructor,North,toString\nhotline,North,__proto__\ncounseling,North,urgent\ncounseling,constructor,constructor\n";
    const { graph, report } = importCoalition([csv("organizations.csv", orgs), csv("people.csv", people), csv("connections.csv", "from,to\np1,p2\n"), csv("services.csv", services)]);
    const full = analyzeCoalition(graph, report, {});
    const json = JSON.stringify(full);
    expect(json).not.toMatch(/NaN|null,"area"|\[object Object\]/);
    for (const e of full.outreach) expect(Number.isFinite(e.score)).toBe(true);
    // Hope fills the need for counseling in "constructor" (priority "constructor": weighed as medium), so its fit is not 0.
    const hope = full.outreach.find((e) => e.target === "o2");
    expect(hope?.alignment).toBeGreaterThan(0);
    expect(report.warnings.map((w) => [w.line, w.column])).toEqual([[3, 3], [4, 3], [5, 3], [6, 3]]);
    expect(report.warnings[2]?.message).toBe('services.csv:5:3 (column "priority"): priority "urgent" is not high, medium or low; kept as written, and weighed as medium in the outreach plan.');
  });
});
