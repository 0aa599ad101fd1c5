/**
 * The outreach plan after a "no": a no logged within 90 days of the activity log's latest entry
 * halves the target's score (it should not head the list the week after), and the reasons say so
 * with the date it counts in full again; an older no keeps the score. Before, a no changed the
 * reasons only: Westview Family Clinic, which said no twelve days before the sample's log ends,
 * stayed third (and one of the report's three asks).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { outreachPlan, recentNo } from "../../src/graph/outreach.js";
import { importCoalition } from "../../src/import/index.js";
import { csv } from "../import/helpers.js";
import { loadSample } from "../helpers/sample.js";

const PEOPLE = "id,name,organization,status,decision_maker\np-dana,Dana Ruiz,o-harbor,core,yes\np-ana,Ana Beltrán,o-cafe,prospect,yes\np-eli,Eli Stone,,member,\np-fay,Fay Lim,,,\n";
const ORGS = "id,name,status\no-harbor,Harbor House,core\no-cafe,Café Esperanza,prospect\n";
const TIES = "from,to,type,strength,sign,since\np-dana,p-ana,knows,4,+,2019\np-dana,p-eli,works_with,3,+,2015\np-dana,p-fay,knows,2,+,\n";
const HEADER = "date,kind,member,person,outcome,notes\n";

function cafe(activity?: string) {
  const files = [csv("people.csv", PEOPLE), csv("organizations.csv", ORGS), csv("connections.csv", TIES)];
  if (activity !== undefined) files.push(csv("activity.csv", HEADER + activity));
  return outreachPlan(importCoalition(files).graph).find((e) => e.target === "o-cafe");
}

describe("a recent no ranks the target lower", () => {
  it("halves the score of a no within 90 days of the log's last entry, and says until when", () => {
    const before = cafe();
    const after = cafe("2026-09-01,ask,p-eli,p-ana,no,\n2026-10-02,one-on-one,p-dana,p-fay,,\n");
    expect(before?.score).toBeGreaterThan(0);
    expect(after?.asked?.outcome).toBe("no");
    expect(after?.score).toBeCloseTo((before?.score ?? 0) / 2, 4);
    expect(after?.reasons).toContain("ranked lower: the no of 2026-09-01 is recent (the activity log runs to 2026-10-02), so the score is halved until 2026-11-30");
    // Its parts are as before: only the score (and so the rank) moves.
    expect([after?.alignment, after?.influence, after?.reachability]).toEqual([before?.alignment, before?.influence, before?.reachability]);
  });

  it("keeps the score of a no older than that, and of a pending ask", () => {
    const before = cafe();
    const old = cafe("2026-01-05,ask,p-eli,p-ana,no,\n2026-10-02,one-on-one,p-dana,p-fay,,\n");
    expect(old?.score).toBe(before?.score);
    expect(old?.reasons.some((r) => r.startsWith("ranked lower"))).toBe(false);
    expect(cafe("2026-09-01,ask,p-eli,p-ana,pending,\n")?.score).toBe(before?.score);
  });

  it("recentNo: the 90th day after the no counts in full again", () => {
    const no = { date: "2026-09-01", asker: "p-eli", askerLabel: "Eli Stone", outcome: "no" as const };
    expect(recentNo(no, "2026-11-29")).toMatch(/halved until 2026-11-30$/);
    expect(recentNo(no, "2026-11-30")).toBeNull();
    expect(recentNo({ ...no, outcome: "pending" }, "2026-09-02")).toBeNull();
    expect(recentNo(null, "2026-09-02")).toBeNull();
  });

  it("on the sample, Westview Family Clinic (no on 2026-11-12) moves from third to eighth; Helping Hands (no in April) stays first", () => {
    const plan = outreachPlan(loadSample());
    const rank = (id: string) => plan.findIndex((e) => e.target === id) + 1;
    expect(rank("o-helping-hands")).toBe(1);
    expect(rank("o-west-clinic")).toBe(8);
    const readme = readFileSync(join(import.meta.dirname, "..", "..", "examples", "README.md"), "utf8");
    expect(readme).toContain("Westview Family Clinic's no of 2026-11-12");
  });
});
