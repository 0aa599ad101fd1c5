/**
 * Coalition Map — the whole analysis, in one call.
 *
 * `analyzeCoalition(graph, importReport, options)` runs every analysis once, sharing the
 * expensive pieces (standing = centralities, communities) between them, and returns the report
 * document the CLI prints (`npm run analyze -- … --json`) and the browser map displays. The UI's
 * Web Worker and the CLI call this same function: the numbers on the map are the numbers in the
 * report. Identical input → byte-identical JSON (every section is sorted deterministically and
 * Louvain is seeded).
 *
 * Which sections need which columns (`report.availability` says it for the data at hand):
 *  - standing, communities, conflicts (factions from signs/negative types): any network;
 *  - asks: any network; askers are coalition members (status core/member) when a status column
 *    exists, otherwise everyone;
 *  - outreach: prospects (status `prospect`), otherwise every non-member; alignment needs
 *    organizations' services and areas;
 *  - turf and gaps: organizations with services and areas (organizations.csv);
 *  - recruits and composition: coalition status (who is a member) and sectors.
 */
import { askPaths, resolveTarget, similarTargets, type AskResult } from "./ask.js";
import { communities as detectCommunities, type CommunityResult, type Community } from "./communities.js";
import { composition as coalitionComposition, type Composition } from "./composition.js";
import { conflictFactions, type ConflictResult } from "./conflicts.js";
import { serviceGaps, type GapResult } from "./gaps.js";
import type { ImportReport } from "./import-report.js";
import { isMember } from "./model.js";
import { outreachPlan, type OutreachEntry } from "./outreach.js";
import { recruits as pickRecruits, type Recruit } from "./recruits.js";
import { buildReport, type CoalitionReport, type ReportNode } from "./report.js";
import { isExactStanding, standing as measureStanding, type NodeStanding } from "./standing.js";
import { turfClusters, type TurfResult } from "./turf.js";
import type { CoalitionGraph } from "./types.js";

export interface AnalyzeOptions {
  /** Targets (names or ids) to compute ask paths for. Default: the top `defaultAsks` outreach targets. */
  asks?: string[];
  /** How many top outreach targets get ask paths when `asks` is not given. Default 3. */
  defaultAsks?: number;
  /** Louvain resolution. Default 1. */
  resolution?: number;
  /** Louvain seed. Default 42. */
  seed?: number;
  /**
   * Communities already computed for this graph with the same resolution and seed (the map's
   * worker needs them before the rest of the analysis); computed here when absent.
   */
  communities?: CommunityResult;
  /** How many recruits to select. Default 10. */
  recruits?: number;
  /** Include the tie list in the report. Default true. */
  includeTies?: boolean;
  /** Called before each stage, for progress indicators (the UI's worker posts these). */
  onProgress?: (stage: AnalysisStage, done: number, total: number) => void;
}

export type AnalysisStage =
  | "standing"
  | "communities"
  | "asks"
  | "outreach"
  | "turf"
  | "conflicts"
  | "gaps"
  | "recruits"
  | "composition";

const STAGES: readonly AnalysisStage[] = ["standing", "communities", "asks", "outreach", "turf", "conflicts", "gaps", "recruits", "composition"];

export const ANALYZE_DEFAULTS = { defaultAsks: 3, resolution: 1, seed: 42, recruits: 10, includeTies: true } as const;

/** A node of the full report: the imported attributes plus its standing and community. */
export interface AnalyzedNode extends ReportNode, NodeStanding {
  community: number;
}

/** An ask request that named no one in the data. */
export interface UnresolvedAsk {
  target: string;
  error: string;
}

export interface Availability {
  section: string;
  available: boolean;
  note: string;
}

export interface FullReport extends Omit<CoalitionReport, "nodes" | "summary" | "communities" | "asks" | "outreach" | "turf" | "conflicts" | "gaps" | "recruits" | "composition"> {
  /**
   * `approximateStanding`: betweenness and closeness are estimates from sampled sources (large
   * network, more than STANDING_AUTO_EXACT_LIMIT nodes), not exact values — see standing.ts.
   */
  summary: CoalitionReport["summary"] & { communities: number; modularity: number; approximateStanding: boolean };
  nodes: AnalyzedNode[];
  communities: Community[];
  asks: (AskResult | UnresolvedAsk)[];
  outreach: OutreachEntry[];
  turf: TurfResult;
  conflicts: ConflictResult;
  gaps: GapResult;
  recruits: Recruit[];
  composition: Composition;
  /** Which sections the data supports, in plain words. */
  availability: Availability[];
}

/** Round to 9 significant decimals so the JSON is stable across platforms and readable. */
function round(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 1e9) / 1e9 : x;
}

function roundStanding(s: NodeStanding): NodeStanding {
  return {
    degree: s.degree,
    strength: round(s.strength),
    betweenness: round(s.betweenness),
    closeness: round(s.closeness),
    eigenvector: round(s.eigenvector),
    pagerank: round(s.pagerank),
    constraint: s.constraint === null ? null : round(s.constraint),
    effectiveSize: s.effectiveSize === null ? null : round(s.effectiveSize),
  };
}

/** What the data supports, so a generic edge list says plainly which sections need which columns. */
export function sectionAvailability(graph: CoalitionGraph): Availability[] {
  let members = 0;
  let orgsWithServices = 0;
  let withSector = 0;
  let decisionMakers = 0;
  graph.forEachNode((_, a) => {
    if (isMember(a)) members++;
    if (a.kind === "organization" && a.services.length > 0 && a.areas.length > 0) orgsWithServices++;
    if (a.sector) withSector++;
    if (a.decisionMaker) decisionMakers++;
  });
  const negative = graph.someEdge((_, a) => a.sign === -1);
  return [
    { section: "standing", available: graph.order > 0, note: "Centralities on the positive ties; works on any network." },
    { section: "communities", available: graph.order > 0, note: "Louvain communities on the positive ties; works on any network." },
    {
      section: "asks",
      available: true,
      note:
        members > 0
          ? "Askers are coalition members (status core or member)."
          : "No coalition status column (core/member): everyone is treated as a possible asker.",
    },
    {
      section: "outreach",
      available: members > 0,
      note:
        members > 0
          ? "Prospects are nodes with status prospect, or every non-member when none is marked." +
            (orgsWithServices > 0 ? "" : " Alignment needs organizations' services and areas (organizations.csv); without them it is 0.")
          : "Needs a coalition status column (core/member): the plan ranks outsiders by how members can reach them.",
    },
    {
      section: "turf",
      available: orgsWithServices > 0,
      note: orgsWithServices > 0 ? "Organizations offering the same service to the same area with no positive tie between them or work tie between their staff." : "Needs organizations with services and areas served (organizations.csv).",
    },
    {
      section: "conflicts",
      available: negative,
      note: negative ? "Factions from negative ties (sign -, conflict/bad_history types)." : "No negative ties in the data (a sign column or conflict/bad_history types).",
    },
    {
      section: "gaps",
      available: orgsWithServices > 0,
      note: orgsWithServices > 0 ? "Service × area coverage against services.csv or the default catalog." : "Needs organizations with services and areas served (organizations.csv).",
    },
    {
      section: "recruits",
      available: members > 0,
      note: members > 0 ? "Non-members who extend the coalition's reach." : "Needs a coalition status column (core/member) to know who is in the coalition.",
    },
    {
      section: "composition",
      available: members > 0,
      note:
        members > 0
          ? withSector > 0
            ? "Members by the five groups, from sector, role and lived experience."
            : "No sector column: every member counts as community unless flagged with lived experience."
          : "Needs a coalition status column (core/member).",
    },
    ...(decisionMakers === 0 && graph.getAttribute("format") === "workbook"
      ? [{ section: "decision makers", available: false, note: "No one is flagged as decision maker: an organization's best-connected people are asked instead." }]
      : []),
  ];
}

/** Run every analysis and assemble the full report. */
export function analyzeCoalition(graph: CoalitionGraph, importReport: ImportReport, options: AnalyzeOptions = {}): FullReport {
  const opts = { ...ANALYZE_DEFAULTS, ...options };
  let step = 0;
  const progress = (stage: AnalysisStage) => opts.onProgress?.(stage, step++, STAGES.length);

  const base = buildReport(graph, importReport, { includeTies: opts.includeTies });

  progress("standing");
  const standing = measureStanding(graph);
  progress("communities");
  const comms: CommunityResult = opts.communities ?? detectCommunities(graph, { resolution: opts.resolution, seed: opts.seed });

  progress("asks");
  // Outreach first when we need its top targets for the default asks.
  let outreach: OutreachEntry[] | undefined;
  let askTargets: string[];
  if (opts.asks !== undefined && opts.asks.length > 0) askTargets = opts.asks;
  else {
    outreach = outreachPlan(graph, { standing, communities: comms });
    askTargets = outreach.slice(0, opts.defaultAsks).map((e) => e.target);
  }
  const asks: (AskResult | UnresolvedAsk)[] = askTargets.map((name) => {
    const id = resolveTarget(graph, name);
    if (id === undefined) {
      const like = similarTargets(graph, name).map((x) => graph.getNodeAttribute(x, "label"));
      return {
        target: name,
        error: `No person or organization named "${name}" in the data.` + (like.length > 0 ? ` Did you mean: ${like.join(", ")}?` : ""),
      };
    }
    return askPaths(graph, id, { communities: comms });
  });

  progress("outreach");
  outreach ??= outreachPlan(graph, { standing, communities: comms });
  progress("turf");
  const turf = turfClusters(graph, { communities: comms });
  progress("conflicts");
  const conflicts = conflictFactions(graph);
  progress("gaps");
  const gaps = serviceGaps(graph);
  progress("recruits");
  const recruits = pickRecruits(graph, { k: opts.recruits, standing, communities: comms }).map((r) => ({
    ...r,
    gain: round(r.gain),
    betweenness: round(r.betweenness),
    constraint: r.constraint === null ? null : round(r.constraint),
  }));
  progress("composition");
  const composition = coalitionComposition(graph, { standing });

  const nodes: AnalyzedNode[] = base.nodes.map((n) => {
    const s = standing[n.id];
    if (s === undefined) throw new Error(`analyzeCoalition: no standing for node "${n.id}"`);
    return { ...n, community: comms.assignment[n.id] ?? -1, ...roundStanding(s) };
  });

  return {
    summary: { ...base.summary, communities: comms.communities.length, modularity: round(comms.modularity), approximateStanding: !isExactStanding(graph) },
    nodes,
    ties: base.ties,
    communities: comms.communities,
    asks,
    outreach,
    turf,
    conflicts,
    gaps,
    recruits,
    composition,
    availability: sectionAvailability(graph),
    import: base.import,
  };
}
