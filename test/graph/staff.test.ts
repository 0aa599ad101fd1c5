/**
 * An organization's staff (src/graph/staff.ts) — the one rule of the asks, the outreach plan, the
 * power map, turf and conflicts: the people whose organization column names it and the people with
 * a positive member_of tie to it. Before, the asks and the power map read the organization column
 * only: a decision maker tied to an organization by member_of was not its decision maker.
 */
import { describe, expect, it } from "vitest";
import { askPaths } from "../../src/graph/ask.js";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes } from "../../src/graph/model.js";
import { outreachPlan } from "../../src/graph/outreach.js";
import { powerMap } from "../../src/graph/power-map.js";
import { staffIndex, staffOf } from "../../src/graph/staff.js";
import { standing } from "../../src/graph/standing.js";
import { importCoalition } from "../../src/import/index.js";
import { csv } from "../import/helpers.js";
import { loadSample } from "../helpers/sample.js";

/**
 * Dee works at Harbor Bank and sits on City Fund (a member_of tie in connections.csv), flagged
 * decision maker. Mia (member) knows Dee; Zed (member) has a bad history with Dee. City Fund is a
 * prospect with no one listed at it in people.csv.
 */
function cityFund() {
  return importCoalition([
    csv("people.csv", "id,name,organization,status,decision_maker\nmia,Mia,member-org,member,no\nzed,Zed,member-org,member,no\ndee,Dee,harbor-bank,,yes\n"),
    csv("organizations.csv", "id,name,status\nmember-org,Member Org,member\nharbor-bank,Harbor Bank,\ncity-fund,City Fund,prospect\n"),
    csv("connections.csv", "from,to,type\ndee,city-fund,member_of\nmia,dee,knows\nzed,dee,bad_history\n"),
  ]).graph;
}

describe("staff", () => {
  it("counts the organization column and positive member_of ties, each person once", () => {
    const g = cityFund();
    expect(staffOf(g, "city-fund")).toEqual(["dee"]);
    expect(staffOf(g, "harbor-bank")).toEqual(["dee"]);
    expect(staffOf(g, "member-org")).toEqual(["mia", "zed"]);
    expect(Object.fromEntries(staffIndex(g))).toEqual({ "city-fund": ["dee"], "harbor-bank": ["dee"], "member-org": ["mia", "zed"] });
  });

  it("leaves out a negative member_of tie and one between two people", () => {
    const g = createCoalitionGraph();
    g.addNode("o", nodeAttributes({ label: "O", kind: "organization" }));
    for (const id of ["a", "b", "c"]) g.addNode(id, nodeAttributes({ label: id, kind: "person" }));
    addTie(g, "a", "o", edgeAttributes({ type: "member_of", sign: -1 }));
    addTie(g, "b", "c", edgeAttributes({ type: "member_of" }));
    addTie(g, "o", "c", edgeAttributes({ type: "member_of" }));
    expect(staffOf(g, "o")).toEqual(["c"]);
    expect(staffOf(g, "b")).toEqual([]);
    expect(Object.fromEntries(staffIndex(g))).toEqual({ o: ["c"] });
  });

  it("one organization's staff is the index's, for every node of the sample", () => {
    const g = loadSample();
    const index = staffIndex(g);
    expect(index.size).toBeGreaterThan(10);
    g.forEachNode((id) => expect(staffOf(g, id), id).toEqual(index.get(id) ?? []));
  });

  it("the ask finds a member_of decision maker as the organization's (before: the organization itself)", () => {
    const ask = askPaths(cityFund(), "City Fund");
    expect(ask.decisionMakers).toEqual(["dee"]);
    expect(ask.askers.map((a) => [a.id, a.decisionMaker])).toEqual([["mia", "dee"]]);
    expect(ask.excluded.map((x) => x.id)).toEqual(["zed"]);
  });

  it("the outreach plan asks City Fund through Dee", () => {
    const g = cityFund();
    const entry = outreachPlan(g).find((e) => e.target === "city-fund");
    expect(entry?.decisionMaker).toBe("dee");
    expect(entry?.asker).toBe("mia");
  });

  it("the power map counts Dee for City Fund: her bad history with a member makes it lean against (before: neutral)", () => {
    const g = cityFund();
    const entry = powerMap(g, { standing: standing(g) }).entries.find((e) => e.id === "city-fund");
    expect(entry?.alignment).toBe(-1);
    expect(entry?.reasons).toContain("bad history with Zed (alignment inferred)");
  });
});
