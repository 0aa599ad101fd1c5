/**
 * busiestAsker: one member named as the best asker for much of a power map box is said, with the
 * count, so the organizer shares the asks; a box spread over several askers says nothing.
 */
import { describe, expect, it } from "vitest";
import { busiestAsker } from "../../src/graph/power-map-asker-load.js";
import { powerMap, type PowerMapEntry } from "../../src/graph/power-map.js";
import { standing } from "../../src/graph/standing.js";
import { loadSample } from "../helpers/sample.js";

/** An entry of a box with only what busiestAsker reads. */
const entry = (id: string, asker: string | null): PowerMapEntry => ({
  id,
  label: id,
  kind: "person",
  status: "",
  influence: 0.9,
  alignment: 0,
  alignmentLabel: "neutral",
  alignmentSource: "inferred",
  quadrant: "persuadable",
  askSearched: true,
  asker,
  askerLabel: asker === null ? null : `Member ${asker}`,
  path: [],
  mustNotAsk: [],
  nextStep: "",
  reasons: [],
});

describe("busiestAsker", () => {
  it("names the member who is the best asker for most of a box, with the count of those that have an asker", () => {
    const load = busiestAsker([entry("a", "m1"), entry("b", "m1"), entry("c", "m1"), entry("d", "m2"), entry("e", null)]);
    expect(load).toMatchObject({ asker: "m1", askerLabel: "Member m1", count: 3, of: 4 });
    expect(load?.sentence).toBe("Member m1 is the best asker for 3 of these 4: too many asks for one person. Share them with the next-warmest askers, or recruit a second member who knows these people.");
  });

  it("says nothing of two asks, or of a box spread over several askers", () => {
    expect(busiestAsker([entry("a", "m1"), entry("b", "m1")])).toBeNull();
    const spread = ["m1", "m1", "m1", "m2", "m2", "m3", "m3", "m4", "m5"].map((m, i) => entry(`t${i}`, m));
    expect(busiestAsker(spread)).toBeNull();
    expect(busiestAsker([entry("a", null), entry("b", null)])).toBeNull();
  });

  it("does not depend on the entries' order (a tie goes to the smaller id)", () => {
    const xs = [entry("a", "m2"), entry("b", "m2"), entry("c", "m2"), entry("d", "m1"), entry("e", "m1"), entry("f", "m1")];
    expect(busiestAsker(xs)?.asker).toBe("m1");
    expect(busiestAsker([...xs].reverse())?.asker).toBe("m1");
  });

  it("finds the sample's one member tied into the East Side community for its persuadable power holders", () => {
    const graph = loadSample();
    const pm = powerMap(graph, { standing: standing(graph) });
    const persuadable = pm.entries.filter((e) => e.quadrant === "persuadable");
    const load = busiestAsker(persuadable);
    expect(load?.askerLabel).toBe("Umar Chowdhury");
    expect(load?.count).toBe(persuadable.filter((e) => e.askerLabel === "Umar Chowdhury").length);
    expect(load?.count).toBeGreaterThanOrEqual(10);
  });
});
