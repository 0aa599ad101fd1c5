/**
 * Who could fill a missing service: on a tiny coalition whose answer is known by construction,
 * and on the sample (interpretation in the East: the three organizations offering it next door).
 */
import { describe, expect, it } from "vitest";
import { analyzeCoalition } from "../../src/graph/analyze.js";
import { gapFillers } from "../../src/graph/gap-fillers.js";
import { serviceGaps } from "../../src/graph/gaps.js";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes } from "../../src/graph/model.js";
import type { CoalitionGraph, NodeAttributes } from "../../src/graph/types.js";
import { importCoalition } from "../../src/import/index.js";
import { sampleFiles } from "../helpers/sample.js";

function node(g: CoalitionGraph, id: string, kind: "person" | "organization", extra: Partial<NodeAttributes> = {}): void {
  g.addNode(id, nodeAttributes({ label: id.toUpperCase(), kind, ...extra }));
}
const tie = (g: CoalitionGraph, a: string, b: string, strength = 3, sign: 1 | -1 = 1): string =>
  addTie(g, a, b, edgeAttributes({ type: sign === 1 ? "works_with" : "bad_history", strength, sign }));

/**
 * Legal advocacy is needed in East and nobody offers it there. Pat (a person outside the
 * coalition, in East) offers it; the prospect Westlaw and the member Memberlaw offer it in West,
 * which the member Bridge serves with East (a neighbour); Farlaw (outside) offers it only in Far.
 */
function coalition(): CoalitionGraph {
  const g = createCoalitionGraph({ needs: [{ service: "legal advocacy", area: "East" }, { service: "legal advocacy", area: "West" }] });
  node(g, "bridge", "organization", { status: "member", services: ["hotline"], areas: ["East", "West"] });
  node(g, "westlaw", "organization", { status: "prospect", services: ["legal aid"], areas: ["West"] });
  node(g, "memberlaw", "organization", { status: "member", services: ["legal advocacy"], areas: ["West"] });
  node(g, "farlaw", "organization", { services: ["legal advocacy"], areas: ["Far"] });
  node(g, "pat", "person", { services: ["legal advocacy"], areas: ["East"] });
  node(g, "wendy", "person", { organization: "westlaw", decisionMaker: true });
  node(g, "ann", "person", { status: "member" });
  node(g, "bob", "person", { status: "member" });
  tie(g, "ann", "wendy", 5);
  tie(g, "bob", "wendy", 2);
  tie(g, "bob", "pat", 4);
  tie(g, "ann", "pat", 4, -1);
  tie(g, "wendy", "westlaw", 3);
  return g;
}

describe("gapFillers", () => {
  it("same area first, then neighbouring areas (prospects, then members), then anywhere; each with the best asker", () => {
    const g = coalition();
    const gaps = serviceGaps(g);
    expect(gaps.missing.map((m) => `${m.service}/${m.area}`)).toEqual(["legal advocacy/East"]);
    const [east] = gapFillers(g, gaps);
    expect(east?.fillers.map((f) => [f.id, f.reach])).toEqual([
      ["pat", "same area"],
      ["westlaw", "neighbouring area"],
      ["memberlaw", "neighbouring area"],
      ["farlaw", "other area"],
    ]);
    const [pat, westlaw] = east?.fillers ?? [];
    // Ann has bad history with Pat: Bob asks, Ann must not.
    expect(pat).toMatchObject({ asker: "bob", mustNotAsk: ["ann"] });
    // Westlaw's decision maker Wendy: Ann's tie (5) is warmer than Bob's (2).
    expect(westlaw).toMatchObject({ asker: "ann", askerLabel: "ANN", path: ["ann", "wendy"], offersIn: ["West"] });
    expect(westlaw?.reason).toBe("Offers legal advocacy in West (next to East), a prospect; ANN is best placed to ask.");
    expect(gapFillers(g, gaps, { max: 2 })[0]?.fillers.map((f) => f.id)).toEqual(["pat", "westlaw"]);
  });

  it("is in the gaps section of the report, one entry per missing cell; the sample's missing interpretation in East gets the three organizations offering it next door", () => {
    const { graph, report } = importCoalition(sampleFiles());
    const r = analyzeCoalition(graph, report);
    expect(r.gaps.fillers.map((f) => `${f.service}/${f.area}`)).toEqual(r.gaps.missing.map((m) => `${m.service}/${m.area}`));
    const fillers = r.gaps.fillers[0]?.fillers ?? [];
    expect(fillers.map((f) => f.label).sort()).toEqual(["Language Bridge Interpreters", "Open Door Immigration Legal Services", "Riverbend Welcome Center"]);
    for (const f of fillers) {
      expect(f.reach).toBe("neighbouring area");
      expect(f.asker).not.toBeNull();
    }
  });
});
