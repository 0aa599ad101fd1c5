/**
 * busiestAsker: one member named as the best asker for much of a power map box (or of the outreach
 * plan's top, outreachAskerLoad) is said, with the count, so the organizer shares the asks; a list
 * spread over several askers says nothing.
 */
import { describe, expect, it } from "vitest";
import { analyzeCoalition } from "../../src/graph/analyze.js";
import { busiestAsker, outreachAskerLoad } from "../../src/graph/asker-load.js";
import type { ImportReport } from "../../src/graph/import-report.js";
import { powerMap, type PowerMapEntry } from "../../src/graph/power-map.js";
import { standing } from "../../src/graph/standing.js";
import { loadSample } from "../helpers/sample.js";

const EMPTY: ImportReport = { files: [], rowsRead: 0, imported: 0, merged: 0, rejected: 0, merges: [], rejections: [], warnings: [] };

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

describe("outreachAskerLoad", () => {
  const plain = (asker: string | null) => ({ asker, askerLabel: asker === null ? null : `Member ${asker}` });

  it("looks at the plan's top 10 only, in plan order", () => {
    // m1 asks 4 of the first 10; below them m2 asks 20 more: the top is what gets asked first.
    const plan = [...["m1", "m1", "m1", "m1", "a", "b", "c", "d", "e", "f"].map(plain), ...Array.from({ length: 20 }, () => plain("m2"))];
    const load = outreachAskerLoad(plan);
    expect(load?.asker).toBe("m1");
    expect(load?.sentence).toMatch(/^Member m1 is the best asker for 4 of the plan's top 10: too many asks for one person\./);
    // Ten different askers on top, then m2 for 20 targets further down: nothing to say.
    expect(outreachAskerLoad([..."abcdefghij"].map(plain).concat(Array.from({ length: 20 }, () => plain("m2"))))).toBeNull();
  });

  it("counts only the targets someone can ask, and says so", () => {
    const load = outreachAskerLoad([plain("m1"), plain(null), plain("m1"), plain("m1"), plain("x"), plain(null)]);
    expect(load?.sentence).toMatch(/for 3 of the 4 of the plan's 6 targets that someone can ask:/);
  });

  it("names the sample's Linda Park-Hughes for 4 of its 9 outreach targets", () => {
    const plan = analyzeCoalition(loadSample(), EMPTY).outreach;
    expect(outreachAskerLoad(plan)?.sentence).toMatch(/^Linda Park-Hughes is the best asker for 4 of the plan's 9 targets/);
  });
});
