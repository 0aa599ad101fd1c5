/**
 * A loaded data set as the page holds it: the graph to draw (a copy of the worker's graph, plus
 * positions and parallel-tie indices), the import report, communities, groups and — once the
 * worker has finished — the analyses, with the report's nodes indexed by id (`standing`).
 */
import type { AbstractGraph } from "graphology-types";
import { indexParallelEdgesIndex } from "@sigma/edge-curve";
import type { AnalyzedNode } from "../graph/analyze.js";
import type { CommunityResult } from "../graph/communities.js";
import type { MemberGroup } from "../graph/groups.js";
import type { ImportReport } from "../graph/import-report.js";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../graph/types.js";
import type { Positions } from "./positions.js";
import type { MapAnalysis, SerializedCoalition } from "./protocol.js";
import { searchKey } from "./search-key.js";
import { emptyDisplayGraph, PARALLEL_ATTRIBUTES } from "./graph-transfer.js";
import { datasetIndexes, type DatasetIndexes } from "./dataset-indexes.js";

export { searchKey };

export type DisplayNode = NodeAttributes & { x: number; y: number };
export type DisplayEdge = EdgeAttributes & { parallelIndex?: number | null; parallelMinIndex?: number | null; parallelMaxIndex?: number | null };
export type DisplayGraph = AbstractGraph<DisplayNode, DisplayEdge, GraphAttributes>;

export interface Dataset {
  id: number;
  /** Names of the files it came from. */
  files: string[];
  graph: DisplayGraph;
  importReport: ImportReport;
  communities: CommunityResult;
  groups: Record<string, MemberGroup>;
  analysis: MapAnalysis | null;
  /** Each node's standing (the report's `nodes`, by id): empty until the analysis arrives. */
  standing: ReadonlyMap<string, AnalyzedNode>;
  /** Search index: [searchKey(label), id], sorted by key. */
  searchIndex: [string, string][];
  /** Tie types present, sorted. */
  tieTypes: string[];
  /** Sectors present with their counts, most frequent first. */
  sectors: { name: string; count: number }[];
  /**
   * Each coloured community's palette index (community-colors.ts): absent, the size rank. Set by
   * the loader when the data set replaces one of the same workspace, so colours stay put.
   */
  communitySlots?: ReadonlyMap<number, number>;
}

/**
 * The graph to draw from a serialized graph and its positions, parallel ties numbered (the shared
 * viewer's data; the map's graph is built from the worker's parts instead, graph-transfer.ts).
 */
export function displayGraph(serialized: SerializedCoalition, positions: Positions): DisplayGraph {
  const graph = emptyDisplayGraph();
  graph.import(serialized as unknown as Parameters<DisplayGraph["import"]>[0]);
  graph.forEachNode((n) => {
    const p = positions[n];
    graph.mergeNodeAttributes(n, { x: p?.x ?? 0, y: p?.y ?? 0 });
  });
  indexParallelEdgesIndex(graph as unknown as Parameters<typeof indexParallelEdgesIndex>[0], PARALLEL_ATTRIBUTES);
  return graph;
}

/**
 * A data set around `graph` (positions and parallel-tie places already in it); `indexes` as the
 * analysis worker computed them with the import (dataset-indexes.ts), or computed here.
 */
export function createDataset(
  id: number,
  files: string[],
  graph: DisplayGraph,
  importReport: ImportReport,
  communities: CommunityResult,
  groups: Record<string, MemberGroup>,
  indexes?: DatasetIndexes,
): Dataset {
  const { searchIndex, tieTypes, sectors } = indexes ?? datasetIndexes(graph);
  return { id, files, graph, importReport, communities, groups, analysis: null, standing: new Map(), searchIndex, tieTypes, sectors };
}

/** The analysis arrived: keep it, and index the report's nodes by id (once per analysis). */
export function attachAnalysis(ds: Dataset, analysis: MapAnalysis): void {
  ds.analysis = analysis;
  ds.standing = new Map(analysis.report.nodes.map((n) => [n.id, n]));
}

export function labelOf(ds: Dataset, id: string): string {
  return ds.graph.hasNode(id) ? ds.graph.getNodeAttribute(id, "label") || id : id;
}
