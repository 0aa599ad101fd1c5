/**
 * The one staff rule (src/graph/staff.ts: the organization column or a positive member_of tie) in
 * the two places that still read the column alone, and its index built once per plan:
 *  - who may ask (eligibleAskers): a person with no status of their own asks for a member
 *    organization they are on the staff of — before, only through their organization column;
 *  - the power map's influence: a person carries the strongest organization they are on the staff
 *    of — before, the organization of their column only;
 *  - the outreach plan and the power map read every target's staff from one index — before, a pass
 *    over every node per organization target (staffOf).
 */
import { describe, expect, it } from "vitest";
import { askPaths, eligibleAskers } from "../../src/graph/ask.js";
import { communities } from "../../src/graph/communities.js";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes } from "../../src/graph/model.js";
import { outreachPlan } from "../../src/graph/outreach.js";
import { powerMap } from "../../src/graph/power-map.js";
import { standing } from "../../src/graph/standing.js";
import type { CoalitionGraph } from "../../src/graph/types.js";
import { percentileRank } from "../../src/graph/utils/percentile-rank.js";
import { organizationsOf, staffIndex } from "../../src/graph/staff.js";
import { importCoalition } from "../../src/import/index.js";
import { loadSample } from "../helpers/sample.js";
import { csv } from "../import/helpers.js";

/**
 * Sam has no status, is listed at Harbor Bank (not a member) and sits on the board of Member Org
 * (a member_of tie in connections.csv). Lee, likewise at Harbor Bank, left Member Org (a member_of
 * tie with sign "-"). Both know Tara, a prospect no member knows.
 */
function board() {
  return importCoalition([
    csv("people.csv", "id,name,organization,status\nmia,Mia,member-org,member\nsam,Sam,harbor-bank,\nlee,Lee,harbor-bank,\ntara,Tara,,prospect\n"),
    csv("organizations.csv", "id,name,status\nmember-org,Member Org,member\nharbor-bank,Harbor Bank,\n"),
    csv("connections.csv", "from,to,type,sign\nsam,member-org,member_of,+\nlee,member-org,member_of,-\nsam,tara,knows,+\nlee,tara,knows,+\n"),
  ]).graph;
}

/** The staff index turned around: person → the organizations whose staff they are on, sorted. */
function turnedAround(g: CoalitionGraph): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [org, people] of staffIndex(g)) for (const p of people) out.set(p, [...(out.get(p) ?? []), org].sort());
  return out;
}

describe("organizationsOf: one person's side of the staff index", () => {
  it("is the staff index turned around, for every node of the sample and of the board fixture", () => {
    for (const g of [loadSample(), board()]) {
      const index = turnedAround(g);
      g.forEachNode((id) => expect(organizationsOf(g, id), id).toEqual(index.get(id) ?? []));
    }
    expect(organizationsOf(board(), "sam")).toEqual(["harbor-bank", "member-org"]);
    expect(organizationsOf(board(), "lee")).toEqual(["harbor-bank"]);
  });
});

describe("who may ask: the staff of a member organization, by the one staff rule", () => {
  it("a person tied by member_of to a member organization may ask for it; one who left (a negative tie) may not", () => {
    const g = board();
    const { askers, askersAre } = eligibleAskers(g);
    expect(askersAre).toBe("members");
    expect([...askers].sort()).toEqual(["mia", "sam"]);
    const ask = askPaths(g, "Tara");
    expect(ask.askers[0]?.path).toEqual(["sam", "tara"]);
    expect(ask.askers.map((a) => a.id)).not.toContain("lee");
  });

  it("a member with bad history with an organization the target sits on (member_of) must not ask (before: only their column's organization counted)", () => {
    const { graph } = importCoalition([
      csv("people.csv", "id,name,organization,status\nmia,Mia,member-org,member\nzed,Zed,member-org,member\ntara,Tara,harbor-bank,prospect\n"),
      csv("organizations.csv", "id,name,status\nmember-org,Member Org,member\nharbor-bank,Harbor Bank,\ncity-fund,City Fund,\n"),
      csv("connections.csv", "from,to,type,sign\ntara,city-fund,member_of,+\nzed,city-fund,bad_history,-\nzed,tara,knows,+\nmia,tara,knows,+\n"),
    ]);
    const ask = askPaths(graph, "Tara");
    expect(ask.askers.map((a) => a.id)).toEqual(["mia"]);
    expect(ask.excluded.map((x) => [x.id, x.reason.endsWith(", the target's organization")])).toEqual([["zed", true]]);
  });

  it("the outreach plan puts Sam forward for Tara (before: Mia, through Member Org and Sam)", () => {
    const entry = outreachPlan(board()).find((e) => e.target === "tara");
    expect(entry?.asker).toBe("sam");
    expect(entry?.reachability).toBeGreaterThan(0);
  });
});

/**
 * Big is an organization tied to six people; Small an organization tied to no one. Pat is listed
 * at Small (the column alone puts them on its staff) and sits on Big (member_of), not flagged
 * decision maker; Dee likewise, and flagged decision maker.
 */
function twoOrganizations(): CoalitionGraph {
  const g = createCoalitionGraph();
  g.addNode("big", nodeAttributes({ label: "Big", kind: "organization" }));
  g.addNode("small", nodeAttributes({ label: "Small", kind: "organization" }));
  g.addNode("org", nodeAttributes({ label: "Organizer", kind: "person", status: "core" }));
  for (const id of ["pat", "dee"]) {
    g.addNode(id, nodeAttributes({ label: id === "pat" ? "Pat" : "Dee", kind: "person", organization: "small", decisionMaker: id === "dee" }));
    addTie(g, id, "big", edgeAttributes({ type: "member_of" }));
  }
  for (let i = 0; i < 6; i++) {
    g.addNode(`x${i}`, nodeAttributes({ label: `X${i}`, kind: "person", status: "member" }));
    addTie(g, `x${i}`, "big", edgeAttributes({ type: "knows" }));
    addTie(g, `x${i}`, "org", edgeAttributes({ type: "knows" }));
  }
  return g;
}

describe("power map: a person carries the strongest organization they are on the staff of", () => {
  it("Pat carries half of Big's percentile and Dee all of it, each with the reason naming Big (before: Small's, their column's)", () => {
    const g = twoOrganizations();
    const st = standing(g);
    const pct = percentileRank(new Map(Object.entries(st).map(([id, s]) => [id, s.pagerank])));
    expect(pct("big") / 2).toBeGreaterThan(Math.max(pct("small"), pct("pat"), pct("dee")));
    const by = new Map(powerMap(g, { standing: st }).entries.map((e) => [e.id, e]));
    const pat = by.get("pat");
    const dee = by.get("dee");
    expect(pat?.influence).toBeCloseTo(Math.max(pct("pat"), pct("big") / 2), 4);
    expect(pat?.reasons).toContain("member of Big");
    expect(dee?.influence).toBeCloseTo(pct("big"), 4);
    expect(dee?.reasons).toContain("decision maker at Big");
  });

  it("the organization of their own column, when it is the strongest, is named as before", () => {
    const g = twoOrganizations();
    // Pat's column now names Big: the same organization, read from the column.
    g.setNodeAttribute("pat", "organization", "big");
    const pat = powerMap(g, { standing: standing(g) }).entries.find((e) => e.id === "pat");
    expect(pat?.reasons).toContain("works at Big");
  });
});

/**
 * `count` prospect organizations, each with a flagged decision maker a member knows, and as many
 * member people: a plan over `count` organization targets.
 */
function prospects(count: number): CoalitionGraph {
  const g = createCoalitionGraph();
  g.addNode("m-org", nodeAttributes({ label: "Member Org", kind: "organization", status: "member" }));
  for (let i = 0; i < count; i++) {
    g.addNode(`o${i}`, nodeAttributes({ label: `Org ${i}`, kind: "organization", status: "prospect" }));
    g.addNode(`d${i}`, nodeAttributes({ label: `Dee ${i}`, kind: "person", organization: `o${i}`, decisionMaker: true }));
    g.addNode(`m${i}`, nodeAttributes({ label: `Mia ${i}`, kind: "person", status: "member", organization: "m-org" }));
    addTie(g, `d${i}`, `o${i}`, edgeAttributes({ type: "member_of" }));
    addTie(g, `m${i}`, "m-org", edgeAttributes({ type: "member_of" }));
    addTie(g, `m${i}`, `d${i}`, edgeAttributes({ type: "knows" }));
  }
  return g;
}

/** How many passes over every node `run` makes on `g` (graph.forEachNode calls). */
function nodePasses(g: CoalitionGraph, run: () => void): number {
  let passes = 0;
  const forEachNode = g.forEachNode.bind(g);
  g.forEachNode = ((cb: Parameters<CoalitionGraph["forEachNode"]>[0]) => {
    passes++;
    forEachNode(cb);
  }) as CoalitionGraph["forEachNode"];
  try {
    run();
  } finally {
    g.forEachNode = forEachNode;
  }
  return passes;
}

describe("the staff index, once per plan", () => {
  const passes = (count: number, which: "outreach" | "power map"): number => {
    const g = prospects(count);
    const st = standing(g);
    const comms = communities(g);
    return nodePasses(g, () => {
      if (which === "outreach") expect(outreachPlan(g, { standing: st, communities: comms })).toHaveLength(count);
      else expect(powerMap(g, { standing: st, communities: comms }).entries.filter((e) => e.askSearched).length).toBe(3 * count + 1);
    });
  };

  it("the outreach plan passes over the nodes as often for 20 organization targets as for 2 (before: twice more per target)", () => {
    expect(passes(20, "outreach")).toBe(passes(2, "outreach"));
  });

  it("the power map passes over the nodes as often for 20 organizations as for 2 (before: once more per ask search of an organization)", () => {
    expect(passes(20, "power map")).toBe(passes(2, "power map"));
  });
});
