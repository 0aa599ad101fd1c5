/** After an edit the map keeps its place: kept nodes stay put, a new node goes beside its first neighbour. */
import { describe, expect, it } from "vitest";
import { keptPositions } from "../../src/viz/workspace/place.js";
import { importWorkbook } from "../../src/workbook/index.js";
import { applyEdit } from "../../src/workbook/index.js";
import { sampleWorkbook, nodeNamed } from "./helpers.js";

describe("keptPositions", () => {
  const wb = sampleWorkbook();
  const g0 = importWorkbook(wb).graph;
  const keep: Record<string, { x: number; y: number }> = {};
  g0.forEachNode((n, _a) => (keep[n] = { x: (n.length * 37) % 100, y: (n.charCodeAt(2) * 13) % 100 }));
  const org = nodeNamed(g0, "Riverbend Safe Haven");

  it("keeps every known node exactly, and places a new person beside their organization, the same way each time", () => {
    const g = importWorkbook(applyEdit(wb, { kind: "addPerson", name: "Rosa Delgado", organization: org })).graph;
    const out = keptPositions(g, keep);
    if (out === null) throw new Error("no positions");
    for (const [n, p] of Object.entries(keep)) expect(out[n]).toEqual(p);
    const rosa = out["p-rosa-delgado"];
    const home = keep[org];
    if (!rosa || !home) throw new Error("missing");
    const d = Math.hypot(rosa.x - home.x, rosa.y - home.y);
    expect(d).toBeGreaterThan(0);
    expect(d).toBeLessThan(20);
    expect(keptPositions(g, keep)).toEqual(out);
  });

  it("a new node with no placed neighbour goes just right of the network; nothing kept → null", () => {
    const g = importWorkbook(applyEdit(wb, { kind: "addOrganization", name: "Lone Org" })).graph;
    const out = keptPositions(g, keep);
    const maxX = Math.max(...Object.values(keep).map((p) => p.x));
    expect(out?.["o-lone-org"]?.x).toBeGreaterThan(maxX);
    expect(keptPositions(g, {})).toBeNull();
  });
});
