/**
 * Every edit type round-trips through the CSV export: apply the edit, write the workbook back to
 * CSV text, import that text as fresh files, and the graph shows the change (and only the rows
 * it names changed).
 */
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/import/index.js";
import type { CoalitionGraph } from "../../src/graph/types.js";
import { applyEdit, EditError, exportWorkbook, importWorkbook, readWorkbook, type Edit, type Workbook } from "../../src/workbook/index.js";
import { folderFiles, importCoalition, nodeNamed, sampleWorkbook } from "./helpers.js";

const enc = new TextEncoder();

/** Apply, export to text, import the text as new files: the graph an organizer gets back. */
function roundTrip(wb: Workbook, edit: Edit): { graph: CoalitionGraph; files: { name: string; text: string }[]; wb: Workbook } {
  const next = applyEdit(wb, edit);
  const files = exportWorkbook(next);
  const importable = files.filter((f) => f.name !== "activity.csv");
  const { graph } = importCoalition(importable.map((f) => ({ name: f.name, bytes: enc.encode(f.text) })));
  return { graph, files, wb: next };
}

function fileText(files: { name: string; text: string }[], name: string): string {
  const f = files.find((x) => x.name === name);
  if (!f) throw new Error(`no ${name}`);
  return f.text;
}

function tieBetween(g: CoalitionGraph, a: string, b: string, type: string) {
  const key = [...g.edges(a, b), ...g.edges(b, a)].find((e) => g.getEdgeAttribute(e, "type") === type);
  return key === undefined ? undefined : g.getEdgeAttributes(key);
}

describe("every edit round-trips through the CSV export", () => {
  const wb = sampleWorkbook();
  const g0 = importWorkbook(wb).graph;
  const evelyn = nodeNamed(g0, "Evelyn Marsh");
  const safeHaven = nodeNamed(g0, "Riverbend Safe Haven");
  const prospect = g0.findNode((_n, a) => a.kind === "person" && a.status === "prospect") ?? "";
  const anyOrg = g0.findNode((_n, a) => a.kind === "organization" && a.services.length > 0) ?? "";

  it("addPerson: a new row in people.csv (with an id in the file's style), tied to the organization", () => {
    const { graph, files } = roundTrip(wb, { kind: "addPerson", name: "Rosa Delgado", organization: safeHaven, role: "Advocate", status: "prospect", area: "North", livedExperience: true, notes: "=met at the fair" });
    const id = nodeNamed(graph, "Rosa Delgado");
    expect(id).toBe("p-rosa-delgado");
    const a = graph.getNodeAttributes(id);
    expect([a.status, a.role, a.areas, a.livedExperience, a.decisionMaker, a.organization, a.notes]).toEqual(["prospect", "Advocate", ["North"], true, false, safeHaven, "=met at the fair"]);
    expect(tieBetween(graph, id, safeHaven, "member_of")).toBeDefined();
    // The typed "=" is written as text for spreadsheets; the original rows are untouched.
    const text = fileText(files, "people.csv");
    expect(text).toContain("'=met at the fair");
    expect(text.split("\n").length).toBe(fileText(exportWorkbook(wb), "people.csv").split("\n").length + 1);
  });

  it("addOrganization: a new row in organizations.csv with its services and areas", () => {
    const { graph } = roundTrip(wb, { kind: "addOrganization", name: "Eastside Tenants Union", sector: "advocacy", services: ["legal advocacy", "interpretation"], areas: ["East"], status: "prospect" });
    const a = graph.getNodeAttributes(nodeNamed(graph, "Eastside Tenants Union"));
    expect([a.kind, a.sector, a.services, a.areas, a.status]).toEqual(["organization", "advocacy", ["legal advocacy", "interpretation"], ["East"], "prospect"]);
  });

  it("addTie: a new row in connections.csv naming both ends as the file does (ids)", () => {
    const { graph, files } = roundTrip(wb, { kind: "addTie", from: evelyn, to: prospect, type: "works_with", strength: 4, sign: 1, since: "2025", notes: "met at the vigil" });
    const t = tieBetween(graph, evelyn, prospect, "works_with");
    expect(t && [t.strength, t.sign, t.since, t.notes]).toEqual([4, 1, "2025", "met at the vigil"]);
    expect(fileText(files, "connections.csv")).toContain(`${evelyn},${prospect},works_with,4,+,2025,met at the vigil\n`);
  });

  it("addTie then changeTie: type, strength, sign, since and notes change on that row", () => {
    const first = applyEdit(wb, { kind: "addTie", from: evelyn, to: prospect, type: "works_with", strength: 4 });
    const { graph } = roundTrip(first, { kind: "changeTie", tie: { from: prospect, to: evelyn, type: "works_with" }, type: "bad_history", strength: 2, sign: -1, since: "2019", notes: "the 2019 split" });
    expect(tieBetween(graph, evelyn, prospect, "works_with")).toBeUndefined();
    const t = tieBetween(graph, evelyn, prospect, "bad_history");
    expect(t && [t.strength, t.sign, t.since, t.notes]).toEqual([2, -1, "2019", "the 2019 split"]);
  });

  it("changeTie on a tie from a person's organization column: a row in connections.csv now defines it", () => {
    const { graph } = roundTrip(wb, { kind: "changeTie", tie: { from: evelyn, to: safeHaven, type: "member_of" }, strength: 5, since: "2008" });
    const t = tieBetween(graph, evelyn, safeHaven, "member_of");
    expect(t && [t.strength, t.since, t.implicit]).toEqual([5, "2008", undefined]);
  });

  it("removeTie: the row is gone (and the lines after it move up)", () => {
    const key = g0.edges().find((e) => g0.getEdgeAttribute(e, "source")?.file === "connections.csv");
    if (key === undefined) throw new Error("no tie");
    const [s, t] = g0.extremities(key);
    const type = g0.getEdgeAttribute(key, "type");
    const { graph, files } = roundTrip(wb, { kind: "removeTie", tie: { from: s, to: t, type } });
    expect(tieBetween(graph, s, t, type)).toBeUndefined();
    expect(graph.size).toBe(g0.size - 1);
    expect(fileText(files, "connections.csv").split("\n").length).toBe(fileText(exportWorkbook(wb), "connections.csv").split("\n").length - 1);
  });

  it("removeTie on a membership from the organization column clears that cell", () => {
    const { graph } = roundTrip(wb, { kind: "removeTie", tie: { from: evelyn, to: safeHaven, type: "member_of" } });
    expect(tieBetween(graph, evelyn, safeHaven, "member_of")).toBeUndefined();
    expect(graph.getNodeAttribute(evelyn, "organization")).toBeUndefined();
  });

  it("setStatus: prospect → member", () => {
    const { graph } = roundTrip(wb, { kind: "setStatus", node: prospect, status: "member" });
    expect(graph.getNodeAttribute(prospect, "status")).toBe("member");
  });

  it("setDecisionMaker and setLivedExperience", () => {
    const a = roundTrip(wb, { kind: "setDecisionMaker", node: prospect, value: true });
    expect(a.graph.getNodeAttribute(prospect, "decisionMaker")).toBe(true);
    const b = roundTrip(a.wb, { kind: "setLivedExperience", node: prospect, value: true });
    expect(b.graph.getNodeAttribute(prospect, "livedExperience")).toBe(true);
    const c = roundTrip(b.wb, { kind: "setDecisionMaker", node: prospect, value: false });
    expect(c.graph.getNodeAttribute(prospect, "decisionMaker")).toBe(false);
  });

  it("setArea: a person's area, an organization's areas", () => {
    const a = roundTrip(wb, { kind: "setArea", node: prospect, areas: ["East"] });
    expect(a.graph.getNodeAttribute(prospect, "areas")).toEqual(["East"]);
    const b = roundTrip(wb, { kind: "setArea", node: anyOrg, areas: ["East", "West"] });
    expect(b.graph.getNodeAttribute(anyOrg, "areas")).toEqual(["East", "West"]);
  });

  it("setServices: an organization's services", () => {
    const { graph } = roundTrip(wb, { kind: "setServices", node: anyOrg, services: ["hotline", "Interpretation"] });
    expect(graph.getNodeAttribute(anyOrg, "services")).toEqual(["hotline", "interpretation"]);
  });

  it("logAsk and logOneOnOne: rows of activity.csv in the contract's format", () => {
    const a = roundTrip(wb, { kind: "logAsk", date: "2026-03-14", member: evelyn, person: prospect, outcome: "yes", notes: "will join, March meeting" });
    const b = roundTrip(a.wb, { kind: "logOneOnOne", date: "2026-03-20", member: evelyn, person: prospect, notes: "coffee" });
    const text = fileText(b.files, "activity.csv");
    const csv = readCsv("activity.csv", enc.encode(text));
    expect(csv.header).toEqual(["date", "kind", "member", "person", "outcome", "notes"]);
    expect(csv.rows.map((r) => r.cells)).toEqual([
      ["2026-03-14", "ask", evelyn, prospect, "yes", "will join, March meeting"],
      ["2026-03-20", "one-on-one", evelyn, prospect, "", "coffee"],
    ]);
    // The log reads back into the workbook exactly.
    const back = readWorkbook(b.files.map((f) => ({ name: f.name, bytes: enc.encode(f.text) })));
    expect(exportWorkbook(back)).toEqual(b.files);
  });

  it("an edit never changes the workbook it was given", () => {
    const before = JSON.stringify(wb);
    applyEdit(wb, { kind: "setStatus", node: prospect, status: "core" });
    applyEdit(wb, { kind: "addPerson", name: "Someone New" });
    expect(JSON.stringify(wb)).toBe(before);
  });

  it("impossible edits say why in plain words", () => {
    expect(() => applyEdit(wb, { kind: "setStatus", node: "nobody", status: "member" })).toThrow(EditError);
    expect(() => applyEdit(wb, { kind: "addPerson", name: "Evelyn Marsh" })).toThrow(/already a person called “Evelyn Marsh”/);
    expect(() => applyEdit(wb, { kind: "addTie", from: evelyn, to: evelyn, type: "knows" })).toThrow(/two different/);
    expect(() => applyEdit(wb, { kind: "addTie", from: evelyn, to: prospect, type: "knows", strength: 7 })).toThrow(/1 \(acquaintance\) to 5/);
    expect(() => applyEdit(wb, { kind: "logAsk", date: "14/03/2026", member: evelyn, person: prospect, outcome: "yes" })).toThrow(/year-month-day/);
    expect(() => applyEdit(wb, { kind: "setServices", node: evelyn, services: ["x"] })).toThrow(/Only an organization/);
  });
});

describe("edits on the messy workbook (no id column, semicolons, names in ties)", () => {
  const wb = readWorkbook(folderFiles("examples/messy"));
  const g0 = importWorkbook(wb).graph;

  it("a person merged from two rows: both rows change, so the merge keeps the new value", () => {
    const jose = nodeNamed(g0, "José Ramírez");
    const { graph, files } = roundTrip(wb, { kind: "setStatus", node: jose, status: "core" });
    expect(graph.getNodeAttribute(jose, "status")).toBe("core");
    expect(readCsv("people.csv", enc.encode(fileText(files, "people.csv"))).delimiter).toBe(";");
  });

  it("a tie names people by name when the lists have no ids; a person created from a tie gets a row of their own", () => {
    const ana = nodeNamed(g0, "Ana Beltrán");
    const inferred = g0.findNode((_n, a) => a.inferred === true && a.kind === "person");
    if (inferred === undefined) throw new Error("the messy workbook has a person created from a tie");
    const a = roundTrip(wb, { kind: "addTie", from: ana, to: inferred, type: "knows", strength: 2 });
    expect(fileText(a.files, "connections.csv")).toContain("Ana Beltrán,");
    expect(tieBetween(a.graph, ana, inferred, "knows")).toBeDefined();
    const b = roundTrip(a.wb, { kind: "setStatus", node: inferred, status: "member" });
    expect(b.graph.getNodeAttribute(inferred, "status")).toBe("member");
    expect(b.graph.getNodeAttribute(inferred, "inferred")).toBeUndefined();
  });
});

describe("edits on a generic edge list", () => {
  it("adds ties to the edge list and nodes to the node list", () => {
    const wb = readWorkbook(folderFiles("test/fixtures/datasets", (n) => n.startsWith("florentine_statnet")));
    const g0 = importWorkbook(wb).graph;
    const [a, b] = g0.nodes();
    const next = applyEdit(applyEdit(wb, { kind: "addPerson", name: "Machiavelli" }), { kind: "addTie", from: a ?? "", to: b ?? "", type: "partner" });
    const g = importWorkbook(next).graph;
    expect(g.order).toBe(g0.order + 1);
    expect(g.size).toBe(g0.size + 1);
    expect(() => applyEdit(wb, { kind: "setStatus", node: a ?? "", status: "member" })).toThrow(/plain list of nodes/);
  });
});
