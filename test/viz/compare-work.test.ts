/** The map's comparison (computed in the worker), on the sample and its second round. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareForMap } from "../../src/viz/app/compare-work.js";
import { sampleFiles } from "../helpers/sample.js";

const EXAMPLES = join(import.meta.dirname, "..", "..", "examples");
const round2 = sampleFiles(join(EXAMPLES, "sample-coalition-2026"));
const round1 = sampleFiles(join(EXAMPLES, "sample-coalition"));

describe("compareForMap", () => {
  const steps: string[] = [];
  const files = compareForMap({ type: "compare", id: 1, request: 1, files: round2, earlier: { kind: "files", files: round1, label: "2025" } }, (s) => steps.push(s));
  const byDate = compareForMap({ type: "compare", id: 1, request: 2, files: round2, earlier: { kind: "date", date: "2025-12-31" } }, () => undefined);

  it("marks the newcomers and the new ties in the drawn graph's ids and keys", () => {
    for (const r of [files, byDate]) {
      expect(r.newNodes.sort()).toEqual(["o-eastside-language", "p-rosa-delgado", "p-tomas-ibarra"]);
      expect(r.newEdges).toHaveLength(10);
    }
    expect(steps[0]).toBe("Reading this round…");
    expect(steps[steps.length - 1]).toBe("Done");
  });

  it("draws what ended faintly: in the graph when it is still there, in the layer when it is not", () => {
    for (const r of [files, byDate]) {
      // Naomi Lindgren has a `left` date and the two ended ties an `until`: all still in round 2's files.
      expect(r.goneNodes).toEqual(["p-naomi-lindgren"]);
      expect(r.lostEdges).toHaveLength(5);
      expect(r.lostTies).toEqual([]);
      expect(r.ghosts).toEqual([]);
    }
    expect(byDate.dates[byDate.dates.length - 1]).toBe("2026-05-01");
  });

  it("puts the ties of someone no longer in the files in the layer, with a ghost near their old neighbours", () => {
    const r = compareForMap({ type: "compare", id: 1, request: 3, files: round1, earlier: { kind: "files", files: round2, label: "2026" } }, () => undefined);
    // Backwards: the 2026 newcomers are "gone" from the drawn (first-round) graph, with their ties.
    expect(r.ghosts.map((g) => g.label).sort()).toEqual(["Eastside Language Access", "Rosa Delgado", "Tomás Ibarra"]);
    const rosa = r.ghosts.find((g) => g.label === "Rosa Delgado");
    expect(rosa?.near.sort()).toEqual(["o-phoenix-rising", "p-jordan-ellis", "p-tanya-brooks"]);
    expect(r.lostTies).toHaveLength(10);
  });
});
