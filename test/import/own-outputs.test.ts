/**
 * The importer recognises Coalition Map's own outputs by their header (src/import/own-outputs.ts).
 * Each file here is made by its writer from the sample — never a header copied by hand — so a
 * change to a writer's columns that the recogniser does not follow fails here.
 */
import { describe, expect, it } from "vitest";
import { neo4jExport } from "../../src/graph/exports/neo4j.js";
import { redactionKeyCsv } from "../../src/graph/exports/redacted-workbook.js";
import { outreachCsv, outreachPlan } from "../../src/graph/outreach.js";
import { redactGraph } from "../../src/graph/redact.js";
import { rotationCsv } from "../../src/graph/rotation-export.js";
import { oneOnOneRotation } from "../../src/graph/rotation.js";
import { importCoalition, readCsv } from "../../src/import/index.js";
import { ownOutputKind } from "../../src/import/own-outputs.js";
import { loadSample, sampleFiles } from "../helpers/sample.js";
import { csv } from "./helpers.js";

function written(): { name: string; text: string; kind: string }[] {
  const g = loadSample();
  const plan = outreachPlan(g);
  expect(plan.length).toBeGreaterThan(0);
  return [
    { name: "people-to-ask.csv", text: outreachCsv(plan, g), kind: "an outreach plan" },
    { name: "members-key.csv", text: redactionKeyCsv(redactGraph(g)), kind: "the key to the pseudonyms" },
    { name: "activity-rotation.csv", text: rotationCsv(oneOnOneRotation(g, { start: "2026-12-07", nextMeeting: "2026-12-20" })), kind: "a one-on-one rotation" },
  ];
}

describe("own outputs, as their writers write them", () => {
  it("each header is recognised as what it is", () => {
    for (const f of written()) {
      const { header } = readCsv(f.name, new TextEncoder().encode(f.text));
      expect(ownOutputKind(header), f.name).toContain(f.kind);
    }
  });

  it("the --neo4j files are recognised too, each as written by neo4jExport", () => {
    const { files } = neo4jExport(loadSample());
    for (const name of ["nodes.csv", "ties.csv"] as const) {
      const { header } = readCsv(name, new TextEncoder().encode(files[name]));
      expect(ownOutputKind(header), name).toBe("a file for Neo4j, from --neo4j");
    }
  });

  it("written beside the sample, each is skipped with a warning and the network is the same", () => {
    const before = importCoalition(sampleFiles());
    const files = written();
    const after = importCoalition([...sampleFiles(), ...files.map((f) => csv(f.name, f.text))]);
    expect(after.graph.order).toBe(before.graph.order);
    expect(after.graph.size).toBe(before.graph.size);
    const skipped = after.report.warnings.filter((w) => w.message.includes("was not read: it is"));
    expect(skipped.map((w) => w.file).sort()).toEqual(files.map((f) => f.name).sort());
  });

  it("a header that only begins like a plan's first columns but differs in one is not taken for one", () => {
    expect(ownOutputKind(["target", "decision maker", "asker", "path", "score"])).toBeUndefined();
    expect(ownOutputKind(["pseudonym id", "pseudonym", "original id", "name"])).toBeUndefined();
  });
});
