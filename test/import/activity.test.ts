/**
 * activity.csv — the log of asks and one-on-ones (the shared contract): role detection, every row
 * imported, merged or rejected with file:line:column, names resolved as ties resolve them, and
 * the effects at import (ask yes → member, one-on-one → lastContact or a new knows tie).
 */
import { describe, expect, it } from "vitest";
import { importCoalition } from "../../src/import/index.js";
import { detectRole } from "../../src/import/roles.js";
import { askNextStep, outreachCsv, outreachPlan } from "../../src/graph/outreach.js";
import { askPaths } from "../../src/graph/ask.js";
import { loggedAskSentence } from "../../src/graph/logged-ask.js";
import { csv, only } from "./helpers.js";

const PEOPLE = `id,name,organization,status,decision_maker
p-dana,Dana Ruiz,o-harbor,core,yes
p-ana,Ana Beltrán,o-cafe,prospect,yes
p-eli,Eli Stone,,member,
p-fay,Fay Lim,,,
o-harbor,Harbor House,,core,
`;
const ORGS = `id,name,status
o-harbor,Harbor House,core
o-cafe,Café Esperanza,prospect
`;
const TIES = `from,to,type,strength,sign,since
p-dana,p-ana,knows,4,+,2019
p-dana,p-eli,works_with,3,+,2015
p-dana,p-fay,knows,2,+,
`;

function load(activity: string, name = "activity.csv") {
  return importCoalition([csv("people.csv", PEOPLE), csv("organizations.csv", ORGS), csv("connections.csv", TIES), csv(name, activity)]);
}

const HEADER = "date,kind,member,person,outcome,notes\n";

describe("activity.csv: which file it is", () => {
  it("is told by its name (activity…, log…) or by a header with kind, member and person", () => {
    expect(detectRole("activity.csv", ["date", "kind", "member", "person"])).toBe("activity");
    expect(detectRole("activity-2026.csv", ["when", "what", "by", "with"])).toBe("activity");
    expect(detectRole("log.csv", ["date", "x"])).toBe("activity");
    expect(detectRole("export.csv", ["Date", "Kind", "Member", "Person", "Outcome"])).toBe("activity");
    // A word that only starts like "log" is not a log.
    expect(detectRole("logistics.csv", ["name"])).toBe("nodes");
  });

  it("can be given its role by the caller (the CLI's --activity FILE)", () => {
    const { report } = importCoalition(
      [csv("people.csv", PEOPLE), csv("connections.csv", TIES), csv("export.csv", "when,what,by,with\n2026-10-02,ask,p-dana,p-fay\n")],
      { roles: { "export.csv": "activity" } },
    );
    expect(report.files.find((f) => f.file === "export.csv")?.role).toBe("activity");
    expect(report.activity?.length).toBe(1);
  });
});

describe("activity.csv: every row accounted for", () => {
  const text =
    HEADER +
    [
      "2026-10-02,ask,Dana Ruiz,Ana Beltrán,yes,Said yes over coffee", // 2: imported (names)
      "2026-10-03,1:1,p-dana,p-eli,,", // 3: imported (one-on-one synonym)
      "10/02/2026,ask,p-dana,p-fay,no,", // 4: rejected: ambiguous date
      ",ask,p-dana,p-fay,no,", // 5: rejected: no date
      "2026-02-30,ask,p-dana,p-fay,no,", // 6: rejected: no such day
      "2026-10-04,phone call,p-dana,p-fay,,", // 7: rejected: unknown kind
      "2026-10-04,ask,p-dana,p-fay,perhaps,", // 8: rejected: unknown outcome
      "2026-10-04,ask,,p-fay,yes,", // 9: rejected: no member
      "2026-10-04,ask,p-dana,,yes,", // 10: rejected: no person
      "2026-10-04,ask,p-dana,Dana Ruiz,yes,", // 11: rejected: same person
      "2026-10-03,one-on-one,p-dana,p-eli,,Second note", // 12: merged into line 3 (same day, kind, pair)
      "2026-10-05,meeting,p-eli,Gus Newman,,", // 13: imported; Gus created with a warning; knows tie created with a warning
      "2026-10-06,ask,p-eli,p-fay,,", // 14: imported; empty outcome = pending
    ].join("\n") +
    "\n";
  const { graph, report } = load(text);
  const file = only(report.files.filter((f) => f.role === "activity"));

  it("imported + merged + rejected = rows read, for the file and in total", () => {
    expect(file.rowsRead).toBe(13);
    expect([file.imported, file.merged, file.rejected]).toEqual([4, 1, 8]);
    expect(report.imported + report.merged + report.rejected).toBe(report.rowsRead);
  });

  it("rejects with file:line:column and a plain reason", () => {
    const reasons = report.rejections.filter((r) => r.file === "activity.csv").map((r) => [r.line, r.column, r.reason] as const);
    expect(reasons.map(([l, c]) => `${l}:${c}`)).toEqual(["4:1", "5:1", "6:1", "7:2", "8:5", "9:3", "10:4", "11:4"]);
    const byLine = new Map(reasons.map(([l, , r]) => [l, r]));
    expect(byLine.get(4)).toMatch(/^activity\.csv:4:1 \(column "date"\): "10\/02\/2026" is not a date written YYYY-MM-DD/);
    expect(byLine.get(5)).toContain("the date is empty");
    expect(byLine.get(6)).toContain('"2026-02-30" is written YYYY-MM-DD but there is no such day');
    expect(byLine.get(7)).toContain('kind "phone call" is neither "ask" nor "one-on-one"');
    expect(byLine.get(8)).toContain('outcome "perhaps" is not one of yes, no, pending, not yet asked');
    expect(byLine.get(9)).toContain("the member cell is empty");
    expect(byLine.get(10)).toContain("the person cell is empty");
    expect(byLine.get(11)).toContain("is both the member and the person");
  });

  it("merges a repeated one-on-one into the earlier row and says which column disagreed", () => {
    const m = only(report.merges.filter((x) => x.file === "activity.csv"));
    expect(m.line).toBe(12);
    expect(m.into).toEqual({ file: "activity.csv", line: 3 });
    expect(m.conflicts).toEqual([]);
  });

  it("resolves names like ties do; an unknown name creates the person with a warning", () => {
    const rec = report.activity ?? [];
    expect(rec.map((r) => [r.date, r.kind, r.member, r.person, r.outcome ?? ""])).toEqual([
      ["2026-10-02", "ask", "p-dana", "p-ana", "yes"],
      ["2026-10-03", "one-on-one", "p-dana", "p-eli", ""],
      ["2026-10-05", "one-on-one", "p-eli", "gus-newman", ""],
      ["2026-10-06", "ask", "p-eli", "p-fay", "pending"],
    ]);
    expect(rec[0]?.personLabel).toBe("Ana Beltrán");
    expect(rec[1]?.notes).toBe("Second note");
    expect(graph.getNodeAttribute("gus-newman", "inferred")).toBe(true);
    expect(report.warnings.some((w) => w.line === 13 && w.message.includes('"Gus Newman" is named in the activity log'))).toBe(true);
  });

  it("an ask answered yes makes a prospect a member, with an info line", () => {
    expect(graph.getNodeAttribute("p-ana", "status")).toBe("member");
    const info = only(report.info ?? []);
    expect(info.line).toBe(2);
    expect(info.message).toBe("activity.csv:2: Ana Beltrán said yes to Dana Ruiz's ask on 2026-10-02: now counted as a member (was a prospect).");
    // A pending ask changes nothing.
    expect(graph.getNodeAttribute("p-fay", "status")).toBe("none");
  });

  it("a yes or no logged later the same day answers a pending ask; a different answer after an answer is kept as a disagreement", () => {
    const { graph: g, report: r } = load(HEADER + "2026-10-02,ask,p-dana,p-ana,pending,\n2026-10-02,ask,p-dana,p-ana,yes,Said yes at the end of the meeting\n2026-10-06,ask,p-eli,p-fay,,\n2026-10-06,ask,p-eli,p-fay,no,\n2026-10-06,ask,p-eli,p-fay,yes,\n");
    expect((r.activity ?? []).map((x) => [x.date, x.person, x.outcome ?? ""])).toEqual([
      ["2026-10-02", "p-ana", "yes"],
      ["2026-10-06", "p-fay", "no"],
    ]);
    expect(g.getNodeAttribute("p-ana", "status")).toBe("member");
    expect(g.getNodeAttribute("p-ana", "joined")).toBe("2026-10-02");
    // The info line names the row that said yes.
    expect(only(r.info ?? []).line).toBe(3);
    const merges = r.merges.filter((x) => x.file === "activity.csv");
    expect(merges.map((x) => [x.line, x.into.line, x.id, x.conflicts])).toEqual([
      [3, 2, "ask 2026-10-02: Dana Ruiz – Ana Beltrán; its answer, yes, replaces pending", []],
      [5, 4, "ask 2026-10-06: Eli Stone – Fay Lim; its answer, no, replaces pending", []],
      [6, 4, "ask 2026-10-06: Eli Stone – Fay Lim", ["outcome"]],
    ]);
    expect(g.getNodeAttribute("p-fay", "status")).toBe("none");
    expect(r.imported + r.merged + r.rejected).toBe(r.rowsRead);
  });

  it("a one-on-one sets lastContact on the tie; with no tie, a knows tie of strength 1 and a warning naming the row", () => {
    const tie = [...new Set(graph.edges("p-dana", "p-eli").concat(graph.edges("p-eli", "p-dana")))].map((e) => graph.getEdgeAttributes(e));
    expect(tie.map((t) => t.lastContact)).toEqual(["2026-10-03"]);
    const made = [...new Set(graph.edges("p-eli", "gus-newman").concat(graph.edges("gus-newman", "p-eli")))].map((e) => graph.getEdgeAttributes(e));
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ type: "knows", strength: 1, sign: 1, lastContact: "2026-10-05", source: { file: "activity.csv", line: 13 } });
    expect(report.warnings.some((w) => w.line === 13 && w.message.includes('met one-on-one on 2026-10-05 but have no tie in the connections; a "knows" tie of strength 1 was added'))).toBe(true);
    // Nothing is written back: people.csv's status cell is still the graph's source for a re-export, the log is kept whole.
    expect(graph.getAttribute("activity")?.length).toBe(4);
  });

  it("keeps the latest one-on-one date on the tie whatever the row order", () => {
    const { graph: g } = load(HEADER + "2026-11-20,one-on-one,p-dana,p-fay,,\n2026-09-01,one-on-one,p-fay,p-dana,,\n");
    const t = [...new Set(g.edges("p-dana", "p-fay").concat(g.edges("p-fay", "p-dana")))].map((e) => g.getEdgeAttribute(e, "lastContact"));
    expect(t).toEqual(["2026-11-20"]);
  });
});

describe("outreach rows show what was already asked", () => {
  it("carries the latest ask of the target (or its decision maker) with its outcome, in the plan and the CSV's appended column", () => {
    const people = PEOPLE.replace("p-ana,Ana Beltrán,o-cafe,prospect,yes", "p-ana,Ana Beltrán,o-cafe,prospect,yes");
    const { graph } = importCoalition([
      csv("people.csv", people),
      csv("organizations.csv", ORGS),
      csv("connections.csv", TIES),
      csv("activity.csv", HEADER + "2026-09-01,ask,p-dana,p-ana,no,\n2026-10-02,ask,p-eli,p-ana,pending,\n2026-10-03,ask,p-eli,p-fay,yes,\n"),
    ]);
    const plan = outreachPlan(graph);
    const cafe = plan.find((e) => e.target === "o-cafe");
    expect(cafe?.asked).toEqual({ date: "2026-10-02", asker: "p-eli", askerLabel: "Eli Stone", outcome: "pending" });
    const lines = outreachCsv(plan, graph).trimEnd().split("\n");
    expect(lines[0]?.endsWith(",asker phone,asked")).toBe(true);
    expect(lines.find((l) => l.startsWith("Café Esperanza"))?.endsWith(",asked 2026-10-02 by Eli Stone — pending")).toBe(true);
  });

  it("who should make the ask says it too: the latest ask to the target or its decision maker, and its next step", () => {
    const { graph } = importCoalition([
      csv("people.csv", PEOPLE),
      csv("organizations.csv", ORGS),
      csv("connections.csv", TIES),
      csv("activity.csv", HEADER + "2026-09-01,ask,p-dana,p-ana,no,\n2026-10-02,ask,p-eli,p-ana,pending,\n"),
    ]);
    // Café Esperanza's decision maker is Ana Beltrán: the ask to her counts for the café.
    const cafe = askPaths(graph, "o-cafe");
    expect(cafe.asked).toEqual({ date: "2026-10-02", asker: "p-eli", askerLabel: "Eli Stone", outcome: "pending" });
    expect(loggedAskSentence(cafe.asked, cafe.askers[0]?.id ?? null, cafe.askers[0]?.label ?? null)).toBe(
      "Already asked 2026-10-02 by Eli Stone — pending; next: follow up on Eli Stone's pending ask before anyone asks again.",
    );
    expect(askPaths(graph, "p-fay").asked).toBeNull();
    expect(loggedAskSentence(null, null, null)).toBe("");
    // A planned ask is said as planned, with no next step.
    expect(loggedAskSentence({ date: "2026-11-02", asker: "p-eli", askerLabel: "Eli Stone", outcome: "not yet asked" }, null, null)).toBe("To be asked by Eli Stone (noted 2026-11-02) — not yet asked.");
  });

  it("says what the last ask means for the next one, in the plan's reasons", () => {
    const { graph } = importCoalition([
      csv("people.csv", PEOPLE),
      csv("organizations.csv", ORGS),
      csv("connections.csv", TIES),
      csv("activity.csv", HEADER + "2026-10-02,ask,p-eli,p-ana,pending,\n"),
    ]);
    const cafe = outreachPlan(graph).find((e) => e.target === "o-cafe");
    expect(cafe?.reasons).toContain("next: follow up on Eli Stone's pending ask before anyone asks again");
    const ask = (outcome: "yes" | "no" | "pending" | "not yet asked") => ({ date: "2026-10-02", asker: "p-eli", askerLabel: "Eli Stone", outcome });
    expect(askNextStep(ask("no"), "p-eli", "Eli Stone")).toBe("next: the last ask got a no, so try a different asker or a different ask");
    expect(askNextStep(ask("no"), null, null)).toBe("next: the last ask got a no, so try a different asker or a different ask");
    expect(askNextStep(ask("no"), "p-dana", "Dana Ruiz")).toBe("next: the last ask got a no, so Dana Ruiz could ask again, with a different ask");
    expect(askNextStep(ask("yes"), "p-dana", "Dana Ruiz")).toBe("next: the last ask got a yes, so build on it: Eli Stone can make the next, specific ask");
    expect(askNextStep(ask("not yet asked"), "p-dana", "Dana Ruiz")).toBe("");
    expect(askNextStep(null, "p-dana", "Dana Ruiz")).toBe("");
  });

  it("is null without a log", () => {
    const { graph } = importCoalition([csv("people.csv", PEOPLE), csv("organizations.csv", ORGS), csv("connections.csv", TIES)]);
    expect(outreachPlan(graph).every((e) => e.asked === null)).toBe(true);
  });
});
