/**
 * A member added or made one in the edit panel gets `joined` = the day of the change, and a
 * prospect whose ask is logged "yes" gets the ask's date (when no `joined` is written): the
 * exported people.csv carries it, and a comparison with an earlier date counts them as joined,
 * not as there all along (the lead's decision, walk 3).
 */
import { describe, expect, it } from "vitest";
import { coalitionAsOf } from "../../src/graph/compare-snapshot.js";
import { applyEdit, applyEdits, exportWorkbook, importWorkbook, isActivityTable, type Edit, type Workbook } from "../../src/workbook/index.js";
import { compareForMap } from "../../src/viz/app/compare-work.js";
import { csv } from "../import/helpers.js";
import { importCoalition, nodeNamed, sampleWorkbook } from "./helpers.js";

const DAY = "2026-11-20";
const BEFORE = "2026-11-01";

/** The people.csv the organizer gets back, as rows of cells by header. */
function peopleRows(wb: Workbook): Record<string, string>[] {
  const t = wb.tables.find((x) => x.name === "people.csv");
  if (!t) throw new Error("no people.csv");
  return t.rows.map((r) => Object.fromEntries(t.header.map((h, i) => [h, r.cells[i] ?? ""])));
}

/** Who the comparison with `date` says joined, on the workbook with these edits. */
function joinedSince(wb: Workbook, edits: Edit[], date: string): string[] {
  const r = compareForMap({ type: "compare", id: 1, request: 1, files: [], workbook: { tables: wb.tables, edits }, earlier: { kind: "date", date } }, () => undefined);
  return r.change.members.gained.map((m) => m.label);
}

describe("joined: the date a member is added in the edit panel, or says yes", () => {
  const wb = sampleWorkbook();
  const g0 = importWorkbook(wb).graph;
  const prospect = g0.findNode((_n, a) => a.kind === "person" && a.status === "prospect" && a.source !== undefined && a.joined === undefined) ?? "";
  const prospectName = g0.getNodeAttribute(prospect, "label");
  const member = nodeNamed(g0, "Evelyn Marsh");

  it("a person added as a member: people.csv gets a joined column with the day; the comparison counts them as joined", () => {
    const add: Edit = { kind: "addPerson", name: "Nadia Rahman", status: "member", date: DAY };
    const next = applyEdit(wb, add);
    const row = peopleRows(next).find((r) => r.name === "Nadia Rahman");
    expect(row?.joined).toBe(DAY);
    const g = importCoalition(exportWorkbook(next).filter((f) => f.name !== "activity.csv").map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) }))).graph;
    const nadia = nodeNamed(g, "Nadia Rahman");
    expect(g.getNodeAttribute(nadia, "joined")).toBe(DAY);
    // As of a day before, she was not there; the comparison says she joined.
    expect(coalitionAsOf(g, BEFORE).hasNode(nadia)).toBe(false);
    expect(joinedSince(wb, [add], BEFORE)).toContain("Nadia Rahman");
    // An edit kept from before dates were recorded sets no joined (and she counts as there all along, as before).
    const undated = applyEdit(wb, { kind: "addPerson", name: "Nadia Rahman", status: "member" });
    expect(peopleRows(undated).find((r) => r.name === "Nadia Rahman")?.joined ?? "").toBe("");
    expect(joinedSince(wb, [{ kind: "addPerson", name: "Nadia Rahman", status: "member" }], BEFORE)).not.toContain("Nadia Rahman");
  });

  it("a person added as a prospect gets no joined; an organization added as a member does", () => {
    expect(peopleRows(applyEdit(wb, { kind: "addPerson", name: "Imani Okafor-Test", status: "prospect", date: DAY })).find((r) => r.name === "Imani Okafor-Test")?.joined ?? "").toBe("");
    const g = importWorkbook(applyEdit(wb, { kind: "addOrganization", name: "Northside Food Bank", status: "member", date: DAY })).graph;
    expect(g.getNodeAttribute(nodeNamed(g, "Northside Food Bank"), "joined")).toBe(DAY);
  });

  it("a prospect made a member (status) gets the day; a joined date already written is kept; a member made core keeps none", () => {
    const edit: Edit = { kind: "setStatus", node: prospect, status: "member", date: DAY };
    const next = applyEdit(wb, edit);
    expect(peopleRows(next).find((r) => r.name === prospectName)?.joined).toBe(DAY);
    expect(joinedSince(wb, [edit], BEFORE)).toContain(prospectName);
    // Made a prospect and a member again later: the first date stays.
    const again = applyEdits(wb, [edit, { kind: "setStatus", node: prospect, status: "prospect", date: "2026-11-25" }, { kind: "setStatus", node: prospect, status: "member", date: "2026-11-30" }]);
    expect(peopleRows(again).find((r) => r.name === prospectName)?.joined).toBe(DAY);
    // Already a member: no joined written.
    const core = applyEdit(wb, { kind: "setStatus", node: member, status: "core", date: DAY });
    expect(peopleRows(core).find((r) => r.name === "Evelyn Marsh")?.joined ?? "").toBe("");
  });

  it("a member by the log's yes, made a member in the panel too, keeps the ask's date (written down now)", () => {
    const yes = applyEdit(wb, { kind: "logAsk", date: DAY, member, person: prospect, outcome: "yes" });
    const made = applyEdit(yes, { kind: "setStatus", node: prospect, status: "member", date: "2026-11-30" });
    expect(peopleRows(made).find((r) => r.name === prospectName)?.joined).toBe(DAY);
    expect(importWorkbook(made).graph.getNodeAttributes(prospect)).toMatchObject({ status: "member", joined: DAY });
  });

  it("a prospect's ask logged yes: joined = the ask's date in people.csv and on the map; a no sets nothing", () => {
    const yes: Edit = { kind: "logAsk", date: DAY, member, person: prospect, outcome: "yes" };
    const next = applyEdit(wb, yes);
    expect(peopleRows(next).find((r) => r.name === prospectName)?.joined).toBe(DAY);
    const g = importWorkbook(next).graph;
    expect(g.getNodeAttribute(prospect, "status")).toBe("member");
    expect(g.getNodeAttribute(prospect, "joined")).toBe(DAY);
    expect(joinedSince(wb, [yes], BEFORE)).toContain(prospectName);
    expect(joinedSince(wb, [yes], "2026-11-30")).not.toContain(prospectName);
    const no = applyEdit(wb, { kind: "logAsk", date: DAY, member, person: prospect, outcome: "no" });
    expect(peopleRows(no).find((r) => r.name === prospectName)?.joined ?? "").toBe("");
    expect(next.tables.some((t) => isActivityTable(t))).toBe(true);
  });

  it("an activity.csv kept by hand: a yes dates the new member at import, unless people.csv has a joined date", () => {
    const files = [
      csv("people.csv", "id,name,status,joined\np1,Ana,member,2019\np2,Ben,prospect,\np3,Cara,prospect,2018-05\n"),
      csv("connections.csv", "from,to\np1,p2\np1,p3\n"),
      csv("activity.csv", "date,kind,member,person,outcome,notes\n2026-10-02,ask,p1,p2,yes,\n2026-10-03,ask,p1,p3,yes,\n"),
    ];
    const g = importCoalition(files).graph;
    expect(g.getNodeAttribute("p2", "joined")).toBe("2026-10-02");
    expect(g.getNodeAttribute("p3", "joined")).toBe("2018-05");
    expect(coalitionAsOf(g, "2026-01-01").hasNode("p2")).toBe(false);
  });
});
