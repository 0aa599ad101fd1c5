/**
 * Coalition Map — what an analysis is: one description object (in the spirit of Gephi Lite's
 * metric descriptions) that says what the analysis answers, which columns it needs, how to run
 * it, what it puts in the JSON report and how it reads in the Markdown report.
 *
 * The list of every analysis is `ANALYSES` in ../registry.ts; the run order, the report's
 * sections, the progress words, the availability messages and the map's tabs are all derived
 * from it. See docs/architecture.md for a walkthrough of adding one.
 */
import type { CommunityResult } from "../communities.js";
import type { ReportNode, ReportSummary } from "../report.js";
import type { NodeStanding } from "../standing.js";
import type { CoalitionGraph } from "../types.js";

/** What the data at hand contains, counted once per run (see profile.ts). */
export interface DataProfile {
  nodes: number;
  /** Nodes with status core or member. */
  members: number;
  /** Organizations with at least one service and one area served. */
  orgsWithServices: number;
  /** Nodes with a sector. */
  withSector: number;
  decisionMakers: number;
  /** Nodes with a stance (support) cell. */
  stances: number;
  /** Whether any tie is negative (sign -, conflict/bad_history types). */
  negativeTies: boolean;
  format: "workbook" | "generic";
  /** Answers of a partner survey (survey.csv). */
  surveyResponses: number;
}

/** Something an analysis needs from the data; the words for each are in profile.ts. */
export type Requirement = "nodes" | "status" | "orgServices" | "negativeTies" | "statusOrStance" | "survey";

/** The options of one whole run (`analyzeCoalition`'s options with their defaults). */
export interface RunOptions {
  /** Targets (names or ids) to compute ask paths for; empty = the top `defaultAsks` outreach targets. */
  asks: readonly string[];
  defaultAsks: number;
  resolution: number;
  seed: number;
  /** Communities computed beforehand for this graph with the same resolution and seed. */
  communities: CommunityResult | undefined;
  recruits: number;
  /** Use tie strengths: `undefined` = when the data has a strength/weight column (default). */
  weighted: boolean | undefined;
  /** Keep ties' direction for betweenness, closeness and PageRank. Default false. */
  directed: boolean;
  /** Two-mode data: `undefined` = detect (default), `true` = treat as two-mode when it splits, `false` = never. */
  twoMode: boolean | undefined;
  /** Exact or estimated betweenness and closeness (see `StandingOptions.exact`). */
  exact: boolean | "auto";
  /**
   * Above the exact limit, under "auto": the quick estimate from pivots (`true`: the map's first
   * figures, refined in the background) instead of the estimate with a stated guarantee (default).
   */
  quickEstimate: boolean;
  /** The one-on-one rotation: weeks (default 8). */
  rotationWeeks: number;
  /** The one-on-one rotation: most one-on-ones per person per week (default 2). */
  rotationPerWeek: number;
  /** The one-on-one rotation: the first week's first day (YYYY-MM-DD; analyzeCoalition's default: the coming Monday). */
  rotationStart: string;
  /** The next coalition meeting (YYYY-MM-DD), heading the rotation; null when not given. */
  nextMeeting: string | null;
}

/** What `run` gets: the graph, the run's options, and the other analyses' results. */
export interface AnalysisContext {
  graph: CoalitionGraph;
  options: RunOptions;
  profile: DataProfile;
  /**
   * The result of another analysis, computed on first use and shared after (one computation per
   * run). Pass its description: `ctx.use(standingAnalysis)`.
   */
  use<R>(analysis: AnalysisDescription<string, R, unknown>): R;
}

/** A node of the full report: the imported attributes plus its standing and community. */
export interface AnalyzedNode extends ReportNode, NodeStanding {
  community: number;
  /** Two-mode data only: 1 = the first mode (people), 2 = the second (events, committees, organizations). */
  mode?: 1 | 2;
}

/**
 * The report's summary: the network counts, plus the communities found and whether betweenness
 * and closeness are estimates from sampled sources (a large network, see standing.ts).
 */
export interface FullSummary extends ReportSummary {
  communities: number;
  modularity: number;
  /** How the communities were found: seeded Louvain runs compared, the best modularity kept. */
  communityMethod: string;
  approximateStanding: boolean;
  /** How betweenness and closeness were computed: exact, or estimated — with the guarantee in plain words. */
  standingMethod: { kind: "exact" | "estimate"; description: string; betweennessMargin?: number; confidence?: number };
  /** Whether tie strengths were used (the data's strength column, unless `--unweighted`). */
  weighted: boolean;
  /** Whether betweenness, closeness and PageRank kept the ties' direction (`--directed`). */
  directed: boolean;
  /** Two-mode (affiliation) data, measured on each mode's projection; absent for ordinary data. */
  twoMode?: { basis: string; modes: [number, number] };
}

/** Whether the data supports an analysis, in plain words. */
export interface Availability {
  section: string;
  available: boolean;
  note: string;
}

/** What a section's Markdown renderer may read besides its own section. */
export interface MarkdownContext {
  /** Rows per table before "… and N more". */
  max: number;
  summary: FullSummary;
  nodes: readonly AnalyzedNode[];
  /** A node's name (its id when unknown). */
  name(id: string): string;
  /** Names joined with ", ". */
  names(ids: readonly string[]): string;
}

/**
 * One analysis.
 * - `Result` is what `run` returns (shared with the analyses that `use` it);
 * - `Section` is what the JSON report holds under `id` (`undefined`: no section of its own).
 */
export interface AnalysisDescription<Id extends string, Result, Section> {
  /** Typed id: the JSON section's key, the availability `section`, the map panel's id. */
  id: Id;
  /** Heading in the report and the map, in the organizer's words. */
  title: string;
  /** The one question it answers, in the organizer's words. */
  question: string;
  /** What the progress bar says while it runs ("Ask paths…"). */
  progress: string;
  /** What it needs from the data; unavailable when any is missing. */
  needs: readonly Requirement[];
  /** Said after the first missing requirement's words (default "."). */
  whyNeeded?: string;
  /** What it does with this data, when available. */
  note(profile: DataProfile): string;
  /**
   * Where it stands in the Markdown report and the map's tabs: "plan" sections (the questions an
   * organizer plans from) first in registry order, then "reference" ones (communities, standing).
   */
  placement: "plan" | "reference";
  run(ctx: AnalysisContext): Result;
  /** The JSON section (rounded, sorted, plain data). */
  section(result: Result): Section;
  /**
   * The Markdown section's lines under its `## title` heading (the report writes the heading, and
   * "Not available for this data: …" instead of calling this when the data can't support it).
   */
  markdown(section: Section, md: MarkdownContext): string[];
}

/** Any analysis description (for lists). */
export type AnyAnalysis = AnalysisDescription<string, unknown, unknown>;
