/**
 * The power map: stance parsing, influence (decision makers carry their organization's power),
 * inferred alignment, quadrants, askers and who must not ask — on tiny graphs with known answers
 * and on the sample coalition's planted conflict.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes } from "../../src/graph/model.js";
import { placedInfluence, POWER_MAP_DEFAULTS, powerMap, powerRule } from "../../src/graph/power-map.js";
import { powerMapAnalysis } from "../../src/graph/analyses/power-map.js";
import { standing } from "../../src/graph/standing.js";
import { parseStance } from "../../src/graph/stance.js";
import type { CoalitionGraph } from "../../src/graph/types.js";
import { loadSample } from "../helpers/sample.js";

describe("parseStance", () => {
  it.each([
    ["champion", 2],
    ["Active ally", 2],
    ["+2", 2],
    ["leaning for", 1],
    ["Leaning-For", 1],
    ["1", 1],
    ["neutral", 0],
    ["0", 0],
    ["leaning against", -1],
    ["-1", -1],
    ["−2", -2],
    ["Opposed", -2],
  ])("reads %s as %d", (text, value) => expect(parseStance(text)).toBe(value));

  it.each(["", "maybe?", "3", "-3", "constructor", "__proto__"])("does not guess %j", (text) => expect(parseStance(text)).toBeUndefined());
});

/** A core organizer, a member, an organization with a decision maker and a clerk, and an opponent. */
function town(stance?: Record<string, string>): CoalitionGraph {
  const g = createCoalitionGraph();
  const person = (id: string, extra: Partial<Parameters<typeof nodeAttributes>[0]> = {}) =>
    g.addNode(id, nodeAttributes({ label: id, kind: "person", extra: stance?.[id] ? { Stance: stance[id] } : {}, ...extra }));
  person("organizer", { status: "core" });
  person("member", { status: "member" });
  g.addNode("council", nodeAttributes({ label: "council", kind: "organization", extra: stance?.council ? { stance: stance.council } : {} }));
  person("mayor", { organization: "council", decisionMaker: true });
  person("clerk", { organization: "council" });
  person("rival");
  for (const [a, b] of [["organizer", "member"], ["member", "clerk"], ["clerk", "mayor"], ["mayor", "council"], ["clerk", "council"], ["organizer", "rival"], ["member", "rival"]] as const)
    addTie(g, a, b, edgeAttributes({ type: "works_with", strength: 3 }));
  addTie(g, "rival", "member", edgeAttributes({ type: "bad_history", sign: -1 }));
  return g;
}

describe("powerMap", () => {
  it("leaves the core out, infers alignment from status and ties, and says it is inferred", () => {
    const g = town();
    const pm = powerMap(g, { standing: standing(g) });
    const by = new Map(pm.entries.map((e) => [e.id, e]));
    expect(by.has("organizer")).toBe(false);
    expect(pm.alignmentFrom).toBe("inferred");
    expect(by.get("member")?.alignment).toBe(1);
    expect(by.get("rival")?.alignment).toBe(-1);
    expect(by.get("rival")?.reasons.join(" ")).toContain("bad history with member");
    expect(by.get("mayor")?.alignmentSource).toBe("inferred");
  });

  it("does not ask a coalition member to join the coalition; an outsider leaning for is asked to", () => {
    const g = town();
    const pm = powerMap(g, { standing: standing(g) });
    const by = new Map(pm.entries.map((e) => [e.id, e]));
    expect(by.get("member")?.alignment).toBe(1);
    expect(by.get("member")?.nextStep).not.toMatch(/join the coalition/);
    expect(by.get("member")?.nextStep).toMatch(/^Activate them: a specific ask to act/);
    const g2 = town({ mayor: "leaning for" });
    expect(powerMap(g2, { standing: standing(g2) }).entries.find((e) => e.id === "mayor")?.nextStep).toMatch(/join the coalition/);
  });

  it("an organization's power that is its decision maker's names the person", () => {
    const g = town();
    for (const x of ["organizer", "rival"]) addTie(g, "mayor", x, edgeAttributes({ type: "knows", strength: 3 }));
    const pm = powerMap(g, { standing: standing(g) });
    const council = pm.entries.find((e) => e.id === "council")!;
    const mayor = pm.entries.find((e) => e.id === "mayor")!;
    // The council carries its mayor's percentile (the mayor: the council's decision maker, better tied).
    expect(council.influence).toBe(mayor.influence);
    expect(council.reasons[0]).toBe(`more central than ${Math.round(council.influence * 100)}% of the network, through mayor, its decision maker`);
  });

  it("gives a decision maker their organization's power, and a clerk half of it", () => {
    const g = town();
    const pm = powerMap(g, { standing: standing(g) });
    const by = new Map(pm.entries.map((e) => [e.id, e]));
    const council = by.get("council")?.influence ?? NaN;
    expect(by.get("mayor")?.influence).toBeGreaterThanOrEqual(council);
    expect(by.get("clerk")?.influence).toBeGreaterThanOrEqual(council / 2);
  });

  it("reads the stance column, names the best asker and who must not ask, and sorts by quadrant", () => {
    const g = town({ mayor: "opposed", council: "neutral", rival: "champion" });
    const pm = powerMap(g, { standing: standing(g), threshold: 0.4 });
    const by = new Map(pm.entries.map((e) => [e.id, e]));
    expect(pm.alignmentFrom).toBe("mixed");
    expect(by.get("mayor")).toMatchObject({ alignment: -2, alignmentSource: "stance", quadrant: "opponents" });
    expect(by.get("council")?.quadrant).toBe("persuadable");
    expect(by.get("rival")?.mustNotAsk.map((x) => x.id)).toEqual(["member"]);
    expect(by.get("council")?.asker).not.toBeNull();
    expect(by.get("council")?.nextStep).toMatch(/^Win them over.*best placed to ask\.$/);
    const quadrantOrder = pm.quadrants.map((q) => q.id);
    const seen = pm.entries.map((e) => quadrantOrder.indexOf(e.quadrant));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it("reports stance values it cannot read instead of guessing", () => {
    const g = town({ mayor: "it's complicated" });
    const pm = powerMap(g, { standing: standing(g) });
    expect(pm.unreadStances).toEqual(["mayor: it's complicated"]);
    expect(pm.entries.find((e) => e.id === "mayor")?.alignmentSource).toBe("inferred");
  });

  it("on the sample (planted situation 10), the County Commission and its opposed chair are opponents with power; Frank Dolan must not ask, Linda Park-Hughes can", () => {
    const g = loadSample();
    const pm = powerMap(g, { standing: standing(g) });
    expect(pm.alignmentFrom).toBe("mixed");
    const by = (label: string) => pm.entries.find((e) => e.label === label);
    for (const label of ["Riverbend County Commission", "Harold Whitfield"]) {
      expect(by(label), label).toMatchObject({ quadrant: "opponents", alignmentSource: "stance", askerLabel: "Linda Park-Hughes" });
      expect(by(label)?.mustNotAsk.map((x) => x.label)).toContain("Frank Dolan");
    }
    expect(by("Harold Whitfield")?.alignmentLabel).toBe("opposed");
    expect(by("First Riverbend Credit Union")).toMatchObject({ quadrant: "persuadable", alignmentLabel: "neutral" });
  });
});

describe("much power: the top third of the network (threshold 0.67), not the median", () => {
  const high = new Set(["persuadable", "champions", "opponents"]);
  const shown = (x: number): string => x.toFixed(2);

  it("on the sample, much power is power 0.67 or more as shown; the Commission and its chair keep it, the Chamber of Commerce (0.61) does not", () => {
    const g = loadSample();
    const pm = powerMap(g, { standing: standing(g) });
    expect(pm.threshold).toBe(0.67);
    for (const e of pm.entries) expect(high.has(e.quadrant), `${e.label} ${shown(e.influence)}`).toBe(Number(shown(e.influence)) >= 0.67);
    const count = (id: string) => pm.quadrants.find((q) => q.id === id)?.count;
    // Before (0.5, the median): 17 persuadable, 111 champions, 7 opponents — 135 of 238 with much power.
    expect(pm.entries.filter((e) => high.has(e.quadrant)).length).toBeLessThan(100);
    expect(count("champions")).toBeLessThan(80);
    const by = (label: string) => pm.entries.find((e) => e.label === label);
    expect(by("Riverbend County Commission")?.quadrant).toBe("opponents");
    expect(by("Harold Whitfield")?.quadrant).toBe("opponents");
    expect(by("Riverbend Chamber of Commerce")?.quadrant).toBe("minor-opponents");
    // examples/README.md, situation 10, says the boxes.
    const readme = readFileSync(join(import.meta.dirname, "..", "..", "examples", "README.md"), "utf8").replace(/\s+/g, " ");
    const [p, c, o, a, n, m] = ["persuadable", "champions", "opponents", "allies", "neutral", "minor-opponents"].map(count);
    expect(readme).toContain(`${p} persuadable power holders, ${c} champions with power, ${o} opponents with power, ${a} allies to activate, ${n} neutral, ${m} opponents with little power`);
  });

  it("the power grid draws everyone in their box: above the line exactly when their box is one of much power", () => {
    const g = loadSample();
    const pm = powerMap(g, { standing: standing(g) });
    // Someone at 0.6667 is shown as 0.67: much power, and drawn above the 0.67 line.
    const edge = pm.entries.filter((e) => e.influence < 0.67 && shown(e.influence) === "0.67");
    expect(edge.length).toBeGreaterThan(0);
    for (const e of edge) expect(high.has(e.quadrant), e.label).toBe(true);
    for (const e of pm.entries) expect(placedInfluence(e, pm.threshold) >= pm.threshold, e.label).toBe(high.has(e.quadrant));
  });

  it("the threshold option still decides: 0.5 gives back the median rule", () => {
    const g = loadSample();
    const pm = powerMap(g, { standing: standing(g), threshold: 0.5 });
    expect(pm.threshold).toBe(0.5);
    for (const e of pm.entries) expect(high.has(e.quadrant), `${e.label} ${shown(e.influence)}`).toBe(Number(shown(e.influence)) >= 0.5);
    // 111 before, and the two shown as 0.50 (0.498), now on the side of the rule they are shown with.
    expect(pm.quadrants.find((q) => q.id === "champions")?.count).toBe(113);
    expect(pm.entries.find((e) => e.label === "Riverbend Chamber of Commerce")?.quadrant).toBe("opponents");
  });

  it("a clerk does not hold much power through their organization alone (before: half of the most central organization was 0.5, much power)", () => {
    // Hub: the most central node, tied to five members; the clerk is listed there, tied to it alone.
    const g = createCoalitionGraph();
    g.addNode("hub", nodeAttributes({ label: "Hub", kind: "organization" }));
    g.addNode("clerk", nodeAttributes({ label: "Clerk", kind: "person", organization: "hub" }));
    addTie(g, "clerk", "hub", edgeAttributes({ type: "member_of" }));
    for (let i = 0; i < 5; i++) {
      g.addNode(`m${i}`, nodeAttributes({ label: `M${i}`, kind: "person", status: "member" }));
      addTie(g, `m${i}`, "hub", edgeAttributes({ type: "knows" }));
    }
    const by = new Map(powerMap(g, { standing: standing(g) }).entries.map((e) => [e.id, e]));
    expect(by.get("hub")?.influence).toBe(1);
    expect(by.get("clerk")).toMatchObject({ influence: 0.5, quadrant: "neutral" });
    expect(by.get("clerk")?.reasons).toContain("works at Hub");
  });

  it("the report and the panel say the rule, with the threshold a run set", () => {
    expect(POWER_MAP_DEFAULTS.threshold).toBe(0.67);
    expect(powerRule(0.67)).toMatch(/^Much power = power 0\.67 or more: more central than two thirds of the network/);
    expect(powerRule(0.5)).toMatch(/^Much power = power 0\.50 or more \(a threshold set for this run; the default is 0\.67/);
    const g = loadSample();
    const lines = powerMapAnalysis.markdown?.(powerMap(g, { standing: standing(g) }), { max: 5 } as never) ?? [];
    expect(lines).toContain(powerRule(0.67));
  });
});
