/**
 * Refining a large network's quick estimates to the GUARANTEED estimate (src/viz/analyze.ts
 * `guaranteedSearches`, `analyzeProgressively`, `analyzeRefined`; src/viz/refine.ts): the searches
 * planned without running them are exactly the ones the guaranteed estimate runs (the replay finds
 * every one of them: nothing is searched twice), the refine workers' sums, added range by range,
 * give the same report as `analyzeForMap(…, { exact: false })` — the CLI's --estimate — to the last
 * bit, and the route is taken when it should be (automatic above the refine limit, the estimate
 * chosen above the exact limit). The workers are stand-ins running the refine worker's kernel
 * (`sourceSums`) on a structured-clone copy of what a Web Worker would receive, answering after a
 * seeded random delay, so ranges finish out of order (fake-refine-worker.ts).
 */
import { describe, expect, it } from "vitest";
import { runHere } from "../../src/graph/paths/brandes.js";
import { isLinearScaled, linearScaled } from "../../src/graph/paths/linear-scaling.js";
import { pathGraph } from "../../src/graph/paths/path-graph.js";
import { toCsr } from "../../src/graph/csr.js";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes, positiveView } from "../../src/graph/model.js";
import { communities as findCommunities } from "../../src/graph/communities.js";
import { mulberry32 } from "../../src/graph/utils/mulberry32.js";
import type { ImportReport } from "../../src/graph/import-report.js";
import type { CoalitionGraph } from "../../src/graph/types.js";
import { analyzeForMap, analyzeProgressively, analyzeRefined, guaranteedSearches, isQuickEstimate, refineWanted } from "../../src/viz/analyze.js";
import { refineSums, replayRunner, samePathGraph, type KnownSums } from "../../src/viz/refine.js";
import { MAP_REFINE_LIMIT, type MeasureChoices, type RefineJob, type RefineTarget } from "../../src/viz/protocol.js";
import { plantedPartition } from "../bench/generate.js";
import { STANDING_QUICK_EXACT_LIMIT, STANDING_DEFAULTS, useSourceRunner } from "../../src/graph/standing.js";
import { fakeWorkers } from "./fake-refine-worker.js";

const EMPTY_IMPORT: ImportReport = { files: [], rowsRead: 0, imported: 0, merged: 0, rejected: 0, merges: [], rejections: [], warnings: [] };
const quiet = () => undefined;

/** The jobs' sums from 3 stand-in workers, as the analysis worker keeps them (refine in analysis.worker.ts). */
async function refineOnWorkers(target: RefineTarget, jobs: RefineJob[], known: KnownSums[] = []): Promise<KnownSums[]> {
  const sums = await refineSums(jobs, fakeWorkers((k) => ({ seed: 17 + k })), 3).done;
  return [...known, ...jobs.map((job, k) => ({ graph: job.graph, ...(target === "estimate" ? { sources: job.sources } : {}), sums: sums[k]! }))];
}

/** A planted-partition network of `n` people plus a separate circle of three (a small group: all its people are sources). */
function networkWithSmallGroup(n: number, seed: number): CoalitionGraph {
  const g = plantedPartition({ n, tiesPerNode: 4, seed });
  for (const id of ["far-a", "far-b", "far-c"]) g.addNode(id, nodeAttributes({ label: id, kind: "person" }));
  addTie(g, "far-a", "far-b", edgeAttributes({ type: "works_with", strength: 2 }));
  addTie(g, "far-b", "far-c", edgeAttributes({ type: "works_with", strength: 5 }));
  return g;
}

/**
 * 700 people, each a member of 2 of 60 organizations: the people's projection is one group above
 * the 512 sampled people (sampled), the organizations' is small (every one a source).
 */
function twoModeNetwork(): CoalitionGraph {
  const g = createCoalitionGraph();
  const rnd = mulberry32(4);
  for (let o = 0; o < 60; o++) g.addNode(`org${o}`, nodeAttributes({ label: `Org ${o}`, kind: "organization" }));
  for (let p = 0; p < 700; p++) {
    g.addNode(`p${p}`, nodeAttributes({ label: `Person ${p}`, kind: "person" }));
    const a = Math.floor(rnd() * 60);
    addTie(g, `p${p}`, `org${a}`, edgeAttributes({ type: "member_of" }));
    addTie(g, `p${p}`, `org${(a + 1 + Math.floor(rnd() * 59)) % 60}`, edgeAttributes({ type: "member_of" }));
  }
  return g;
}

/** The searches (path graph and sources, in order) that `analyze` runs through this thread's source runner. */
function searchesOf(analyze: () => void): RefineJob[] {
  const searched: RefineJob[] = [];
  useSourceRunner((graph, sources) => {
    searched.push({ graph, sources: sources.slice() });
    return runHere(graph, sources);
  });
  try {
    analyze();
  } finally {
    useSourceRunner(undefined);
  }
  return searched;
}

describe("the guaranteed estimate's searches, planned, run on the refine workers and replayed", () => {
  // 900 people in one large group (above the 512 sampled people: the guaranteed estimate samples,
  // one source per 2 at this size) and a circle of three (searched in full).
  const graph = networkWithSmallGroup(900, 5);
  const communities = findCommunities(graph);

  for (const choices of [{ exact: false }, { exact: false, weighted: false }] as MeasureChoices[]) {
    const label = choices.weighted === false ? "every tie counting 1" : "weighted";
    it(`${label}: the same report as analyzeForMap(exact: false) to the last bit, and no search run twice`, async () => {
      const jobs = guaranteedSearches(graph, choices);
      // The whole small group (3 sources on the plain path graph), then the sampled sources (linearly scaled).
      expect(jobs).toHaveLength(2);
      expect(isLinearScaled(jobs[0]!.graph)).toBe(false);
      expect(jobs[0]!.sources.length).toBe(3);
      expect(isLinearScaled(jobs[1]!.graph)).toBe(true);
      expect(jobs[1]!.sources.length).toBeGreaterThan(300);
      expect(jobs[1]!.sources.length).toBeLessThanOrEqual(450); // one per block of 2 at most: sampled, not every node
      const known = await refineOnWorkers("estimate", jobs);
      const missed: number[] = [];
      const refined = analyzeRefined(graph, EMPTY_IMPORT, communities, quiet, choices, "estimate", known, (_g, sources) => missed.push(sources.length));
      expect(missed).toEqual([]);
      expect(refined.refined).toBe(true);
      const reference = analyzeForMap(graph, EMPTY_IMPORT, communities, quiet, choices);
      const method = reference.report.summary.standingMethod;
      expect(method.kind).toBe("estimate");
      expect(method.betweennessMargin).toBeGreaterThan(0);
      expect(method.confidence).toBe(1 - STANDING_DEFAULTS.delta);
      expect(JSON.stringify(refined.report)).toBe(JSON.stringify(reference.report));
      expect(refined.outreachCsv).toBe(reference.outreachCsv);
      // Really an estimate (else equal reports would prove nothing about the sampled route).
      const exact = analyzeForMap(graph, EMPTY_IMPORT, communities, quiet, { ...choices, exact: true });
      expect(JSON.stringify(exact.report.nodes)).not.toBe(JSON.stringify(reference.report.nodes));
    }, 120_000);
  }

  it("sums from another network's searches are not taken: the replay searches instead (correct, slower)", () => {
    const other = networkWithSmallGroup(900, 6);
    const jobs = guaranteedSearches(other, { exact: false });
    const known: KnownSums[] = jobs.map((j) => ({ graph: j.graph, sources: j.sources, sums: runHere(j.graph, j.sources) }));
    const missed: number[] = [];
    const refined = analyzeRefined(graph, EMPTY_IMPORT, communities, quiet, { exact: false }, "estimate", known, (_g, s) => missed.push(s.length));
    expect(missed.length).toBeGreaterThan(0);
    expect(JSON.stringify(refined.report)).toBe(JSON.stringify(analyzeForMap(graph, EMPTY_IMPORT, communities, quiet, { exact: false }).report));
  }, 120_000);

  it("the replay tells a linearly scaled graph from the plain one, and matches sources exactly", () => {
    const plain = pathGraph(toCsr(positiveView(graph), (_e, a) => a.weight), true);
    const linear = linearScaled(plain);
    expect(samePathGraph(plain, linear)).toBe(false);
    expect(samePathGraph(linear, linearScaled(plain))).toBe(true);
    const sources = Uint32Array.of(4, 8, 15);
    const sums = runHere(linear, sources);
    const missed: string[] = [];
    const replay = replayRunner([{ graph: linear, sources, sums }], (g, s) => missed.push(`${isLinearScaled(g)}:${s.join(",")}`));
    expect(replay(linearScaled(plain), Uint32Array.of(4, 8, 15)).dependency).toEqual(sums.dependency);
    replay(plain, sources);
    replay(linear, Uint32Array.of(4, 8, 16));
    expect(missed).toEqual(["false:4,8,15", "true:4,8,16"]);
  });

  it("two-mode data (people × organizations): each side's projection planned, replayed to the same report", async () => {
    const g = twoModeNetwork();
    const c = findCommunities(g);
    const jobs = guaranteedSearches(g, { exact: false });
    // The people sampled (one per 2, linearly scaled), every organization a source.
    expect(jobs.map((j) => `${isLinearScaled(j.graph)}:${j.graph.n}:${j.sources.length}`)).toEqual(["true:700:350", "false:60:60"]);
    const known = await refineOnWorkers("estimate", jobs);
    const missed: number[] = [];
    const refined = analyzeRefined(g, EMPTY_IMPORT, c, quiet, { exact: false }, "estimate", known, (_g, sources) => missed.push(sources.length));
    expect(missed).toEqual([]);
    const reference = analyzeForMap(g, EMPTY_IMPORT, c, quiet, { exact: false });
    expect(reference.report.summary.twoMode).toBeDefined();
    expect(reference.report.summary.standingMethod.betweennessMargin).toBeGreaterThan(0);
    expect(JSON.stringify(refined.report)).toBe(JSON.stringify(reference.report));
  }, 120_000);

  it("directed ties: exact from the start, nothing to plan", () => {
    expect(guaranteedSearches(graph, { exact: false, directed: true })).toEqual([]);
  });

  // Stricter than "nothing missed": the plan holds no search the real run does not make either.
  for (const [label, network, choices] of [
    ["weighted", () => graph, { exact: false }],
    ["every tie counting 1", () => graph, { exact: false, weighted: false }],
    ["two-mode", twoModeNetwork, { exact: false }],
  ] as const) {
    it(`${label}: the planned searches are exactly, in order, those analyzeForMap(exact: false) runs`, () => {
      const g = network();
      const planned = guaranteedSearches(g, choices);
      const run = searchesOf(() => analyzeForMap(g, EMPTY_IMPORT, findCommunities(g), quiet, choices));
      expect(planned.length).toBeGreaterThan(0);
      expect(planned.map((j) => [...j.sources])).toEqual(run.map((j) => [...j.sources]));
      planned.forEach((j, k) => expect(samePathGraph(j.graph, run[k]!.graph)).toBe(true));
    }, 120_000);
  }
});

describe("which refine: automatic above the refine limit and the estimate chosen go to the guaranteed estimate", () => {
  it("refineWanted (to exact): exact always, the estimate never, automatic up to the limit", () => {
    expect(refineWanted(MAP_REFINE_LIMIT, "auto")).toBe(true);
    expect(refineWanted(MAP_REFINE_LIMIT + 1, undefined)).toBe(false);
    expect(refineWanted(6_000, "auto", 5_000)).toBe(false);
    expect(refineWanted(6_000, true, 5_000)).toBe(true);
    expect(refineWanted(6_000, false)).toBe(false);
  });

  // Above the exact limit, so the first figures are the quick estimate; sparse, to stay quick.
  const n = STANDING_QUICK_EXACT_LIMIT + 100;
  const graph = plantedPartition({ n, tiesPerNode: 3, seed: 8 });
  const communities = findCommunities(graph);
  const reference = analyzeForMap(graph, EMPTY_IMPORT, communities, quiet, { exact: false });

  for (const [label, choices, limit] of [
    ["automatic, above the (lowered) refine limit", {}, STANDING_QUICK_EXACT_LIMIT],
    ["the estimate chosen", { exact: false }, MAP_REFINE_LIMIT],
  ] as const) {
    it(`${label}: quick estimates first, refined to exactly the guaranteed estimate`, async () => {
      const first = analyzeProgressively(graph, EMPTY_IMPORT, communities, quiet, choices, limit);
      expect(isQuickEstimate(first.analysis)).toBe(true);
      expect(first.analysis.refining).toBe(true);
      expect(first.analysis.refineTo).toBe("estimate");
      expect(first.refine?.target).toBe("estimate");
      const known = await refineOnWorkers("estimate", first.refine?.searches() ?? [], first.refine?.known);
      const missed: number[] = [];
      const refined = analyzeRefined(graph, EMPTY_IMPORT, communities, quiet, choices, "estimate", known, (_g, s) => missed.push(s.length));
      expect(missed).toEqual([]);
      expect(refined.report.summary.standingMethod.betweennessMargin).toBeGreaterThan(0);
      expect(JSON.stringify(refined.report)).toBe(JSON.stringify(reference.report));
      // The quick estimate was not already the guaranteed one.
      expect(JSON.stringify(first.analysis.report.nodes)).not.toBe(JSON.stringify(reference.report.nodes));
      if (choices.exact === false) expect(refined.exactChoice).toBe(false);
    }, 600_000);
  }

  it("the estimate chosen on a network within the exact limit: the guaranteed estimate at once, nothing to refine", () => {
    const small = networkWithSmallGroup(900, 5);
    const r = analyzeProgressively(small, EMPTY_IMPORT, findCommunities(small), quiet, { exact: false });
    expect(r.refine).toBeNull();
    expect(isQuickEstimate(r.analysis)).toBe(false);
    expect(r.analysis.report.summary.standingMethod.betweennessMargin).toBeGreaterThan(0);
  }, 120_000);
});
