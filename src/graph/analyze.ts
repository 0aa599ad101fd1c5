/**
 * Coalition Map — the whole analysis, in one call.
 *
 * `analyzeCoalition(graph, importReport, options)` runs every analysis of the registry
 * (registry.ts) once, sharing results between them (`ctx.use`), and returns the report document
 * the CLI prints (`npm run analyze -- … --json`) and the browser map displays. The UI's Web
 * Worker and the CLI call this same function: the numbers on the map are the numbers in the
 * report. Identical input → byte-identical JSON (every section is sorted deterministically and
 * Louvain is seeded).
 *
 * Which sections need which columns is declared by each analysis (`needs`) and reported in
 * `report.availability` in plain words.
 */
import { communitiesAnalysis } from "./analyses/communities.js";
import { standingAnalysis } from "./analyses/standing.js";
import type { CommunityResult } from "./communities.js";
import type { ImportReport } from "./import-report.js";
import { ANALYSIS_LIST, availabilityOf, type AnalysisId, type ReportSections } from "./registry.js";
import { dataProfile } from "./registry/profile.js";
import type { AnalysisContext, AnalyzedNode, AnyAnalysis, Availability, DataProfile, FullSummary, RunOptions } from "./registry/types.js";
import { buildReport, type ReportNode, type ReportTie } from "./report.js";
import type { NodeStanding } from "./standing.js";
import type { CoalitionGraph } from "./types.js";
import { MEASURE_DECIMALS, round } from "./utils/round.js";
import { comingMonday } from "./utils/coming-monday.js";
import { ROTATION_DEFAULTS } from "./rotation.js";

export type { AnalyzedNode, Availability, FullSummary } from "./registry/types.js";
export type { UnresolvedAsk } from "./analyses/asks.js";

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
  /** Use tie strengths. Default: when the data has a strength or weight column. `false` = every tie counts 1 (`--unweighted`). */
  weighted?: boolean;
  /** Keep ties' direction for betweenness, closeness and PageRank (`--directed`). Default false. */
  directed?: boolean;
  /** Exact betweenness and closeness (`true`, `--exact`), estimates (`false`, `--estimate`), or by network size (`"auto"`, default). */
  exact?: boolean | "auto";
  /**
   * Above the exact limit, under "auto": `true` = the quick estimate from pivots (no per-score
   * guarantee; the map's first figures, refined in the background); default false = the estimate
   * with a stated guarantee (standing.ts, paths/source-sampling.ts).
   */
  quickEstimate?: boolean;
  /** Two-mode data: detected by default; `true` forces the edge-list column split, `false` turns it off (`--two-mode`, `--one-mode`). */
  twoMode?: boolean;
  /** The one-on-one rotation's weeks (`--weeks`). Default 8. */
  rotationWeeks?: number;
  /** Most one-on-ones per person per week in the rotation (`--per-week`). Default 2. */
  rotationPerWeek?: number;
  /**
   * The rotation's first day (`--start`, YYYY-MM-DD). Default: the coming Monday (today when it
   * is a Monday), read from the clock here — the one place the run reads it; give it to get the
   * same report on any day.
   */
  rotationStart?: string;
  /** The next coalition meeting (`--next-meeting`, YYYY-MM-DD), heading the rotation. */
  nextMeeting?: string;
  /** Include the tie list in the report. Default true. */
  includeTies?: boolean;
  /** Called before each analysis (registry order), for progress indicators (the UI's worker posts these). */
  onProgress?: (stage: AnalysisStage, done: number, total: number) => void;
}

/** A stage of the run: one analysis of the registry. */
export type AnalysisStage = AnalysisId;

export const ANALYZE_DEFAULTS = { defaultAsks: 3, resolution: 1, seed: 42, recruits: 10, includeTies: true, rotationWeeks: ROTATION_DEFAULTS.weeks, rotationPerWeek: ROTATION_DEFAULTS.perWeek } as const;

/**
 * The full report: the network (summary, nodes with their standing and community, ties), one
 * section per analysis (registry order), what the data supports, and the import accounting.
 */
export type FullReport = { summary: FullSummary; nodes: AnalyzedNode[]; ties: ReportTie[] } & ReportSections & {
    /** Which sections the data supports, in plain words. */
    availability: Availability[];
    import: ImportReport;
  };

function roundStanding(s: NodeStanding): NodeStanding {
  const r = (x: number) => round(x, MEASURE_DECIMALS);
  return {
    degree: s.degree,
    strength: r(s.strength),
    betweenness: r(s.betweenness),
    closeness: r(s.closeness),
    eigenvector: r(s.eigenvector),
    pagerank: r(s.pagerank),
    constraint: s.constraint === null ? null : r(s.constraint),
    effectiveSize: s.effectiveSize === null ? null : r(s.effectiveSize),
  };
}

/** Notes about the data that concern no single analysis (listed after the analyses). */
function dataNotes(profile: DataProfile): Availability[] {
  return profile.decisionMakers === 0 && profile.format === "workbook"
    ? [{ section: "decision makers", available: false, note: "No one is flagged as decision maker: an organization's best-connected people are asked instead." }]
    : [];
}

/** What the data supports, so a generic edge list says plainly which sections need which columns. */
export function sectionAvailability(graph: CoalitionGraph): Availability[] {
  const profile = dataProfile(graph);
  return [...ANALYSIS_LIST.map((a) => availabilityOf(a, profile)), ...dataNotes(profile)];
}

/** A run's context: each analysis computed once, on first use (the benches time one analysis in one). */
export function runContext(graph: CoalitionGraph, options: RunOptions): AnalysisContext {
  const results = new Map<string, unknown>();
  const ctx: AnalysisContext = {
    graph,
    options,
    profile: dataProfile(graph),
    use<R>(analysis: { id: string; run(c: AnalysisContext): R }): R {
      if (results.has(analysis.id)) return results.get(analysis.id) as R;
      const r = analysis.run(ctx);
      results.set(analysis.id, r);
      return r;
    },
  };
  return ctx;
}

/**
 * The options every analysis of `analyzeCoalition(graph, importReport, options)` is run with (the
 * defaults filled in). Without `rotationStart`, the coming Monday is read from the clock here.
 */
export function runOptions(options: AnalyzeOptions = {}): RunOptions {
  const opts = { ...ANALYZE_DEFAULTS, ...options };
  return { asks: opts.asks ?? [], defaultAsks: opts.defaultAsks, resolution: opts.resolution, seed: opts.seed, communities: opts.communities, recruits: opts.recruits, weighted: opts.weighted, directed: opts.directed ?? false, twoMode: opts.twoMode, exact: opts.exact ?? "auto", quickEstimate: opts.quickEstimate ?? false, rotationWeeks: opts.rotationWeeks, rotationPerWeek: opts.rotationPerWeek, rotationStart: opts.rotationStart ?? comingMonday(new Date()), nextMeeting: opts.nextMeeting ?? null };
}

/** Run every analysis and assemble the full report. */
export function analyzeCoalition(graph: CoalitionGraph, importReport: ImportReport, options: AnalyzeOptions = {}): FullReport {
  const opts = { ...ANALYZE_DEFAULTS, ...options };
  const ctx = runContext(graph, runOptions(options));
  const base = buildReport(graph, importReport, { includeTies: opts.includeTies });

  const sections: Record<string, unknown> = {};
  ANALYSIS_LIST.forEach((a: AnyAnalysis, i) => {
    opts.onProgress?.(a.id as AnalysisStage, i, ANALYSIS_LIST.length);
    const section = a.section(ctx.use(a));
    if (section !== undefined) sections[a.id] = section;
  });

  const standing = ctx.use(standingAnalysis);
  const comms = ctx.use(communitiesAnalysis);
  const secondMode = new Set(standing.twoMode?.modes[1]);
  // The report's node objects get their community and standing added in place (the same keys, in
  // the same order, as a spread copy would have; no second object per node).
  const nodes: AnalyzedNode[] = base.nodes.map((n: ReportNode) => {
    const s = standing.measures[n.id];
    if (s === undefined) throw new Error(`analyzeCoalition: no standing for node "${n.id}"`);
    const analyzed = Object.assign(n, { community: comms.assignment[n.id] ?? -1 }, roundStanding(s));
    return standing.twoMode ? Object.assign(analyzed, { mode: secondMode.has(n.id) ? (2 as const) : (1 as const) }) : analyzed;
  });
  const summary: FullSummary = {
    ...base.summary,
    communities: comms.communities.length,
    modularity: round(comms.modularity, MEASURE_DECIMALS),
    communityMethod: comms.runs > 1 ? `Louvain, best modularity of ${comms.runs} seeded runs` : comms.runs === 1 ? "Louvain, one seeded run" : "no ties: every node alone",
    approximateStanding: standing.method.kind === "estimate",
    standingMethod: {
      kind: standing.method.kind,
      description: standing.method.description,
      ...(standing.method.betweennessMargin !== undefined ? { betweennessMargin: round(standing.method.betweennessMargin, MEASURE_DECIMALS) } : {}),
      ...(standing.method.confidence !== undefined ? { confidence: standing.method.confidence } : {}),
    },
    weighted: standing.weighted,
    directed: standing.directed,
    ...(standing.twoMode ? { twoMode: { basis: standing.twoMode.basis, modes: [standing.twoMode.modes[0].length, standing.twoMode.modes[1].length] as [number, number] } } : {}),
  };
  // Key order: summary, nodes, ties, the sections in registry order, availability, import.
  return { summary, nodes, ties: base.ties, ...sections, availability: sectionAvailability(graph), import: base.import } as FullReport;
}
