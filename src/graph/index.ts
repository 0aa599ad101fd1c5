/**
 * Coalition Map — the library entry point: the graph model, every analysis and the registry
 * that lists them. The CLI (src/cli) and the browser map's worker (src/viz) import from here;
 * nothing here touches the DOM.
 */
export * from "./types.js";
export * from "./vocabulary.js";
export * from "./model.js";
export type * from "./import-report.js";
export { standing, standingWithMethod, standingMethod, isExactStanding, STANDING_AUTO_EXACT_LIMIT, STANDING_QUICK_EXACT_LIMIT, STANDING_DEFAULTS, type NodeStanding, type StandingOptions } from "./standing.js";
export type { StandingMethod } from "./paths/path-measures.js";
export { communities, COMMUNITY_DEFAULTS, type Community, type CommunityOptions, type CommunityResult } from "./communities.js";
export { askPaths, resolveTarget, similarTargets, decisionMakersOf, ASK_DEFAULTS, type AskOptions, type AskResult, type Asker, type AskStep, type AskExclusion } from "./ask.js";
export { outreachPlan, outreachCsv, OUTREACH_DEFAULTS, type OutreachEntry, type OutreachOptions } from "./outreach.js";
export { turfClusters, TURF_DEFAULTS, type TurfCluster, type TurfOptions, type TurfPair, type TurfResult } from "./turf.js";
export { conflictFactions, CONFLICT_DEFAULTS, type ConflictGroup, type ConflictOptions, type ConflictResult, type Facilitator, type PoorAsker } from "./conflicts.js";
export { serviceGaps, GAP_DEFAULTS, DEFAULT_SERVICES, HANDOFF_PAIRS, type GapCell, type GapOptions, type GapResult, type GapStatus } from "./gaps.js";
export { recruits, RECRUIT_DEFAULTS, type Recruit, type RecruitOptions } from "./recruits.js";
export { composition, type Composition } from "./composition.js";
export { memberGroup, MEMBER_GROUPS, type MemberGroup, type InfluenceKind } from "./groups.js";
export { buildReport, summarize, renderMarkdown, reportToJson, type CoalitionReport, type ReportNode, type ReportSummary, type ReportTie } from "./report.js";
export { ANALYSES, ANALYSIS_IDS, ANALYSIS_LIST, analysisById, availabilityOf, readingOrder, type AnalysisId, type AnalysisResults, type ReportSections } from "./registry.js";
export { dataProfile, REQUIREMENTS } from "./registry/profile.js";
export type { AnalysisContext, AnalysisDescription, AnyAnalysis, DataProfile, MarkdownContext, Requirement, RunOptions } from "./registry/types.js";
export { analyzeCoalition, sectionAvailability, ANALYZE_DEFAULTS, type AnalyzeOptions, type AnalysisStage, type AnalyzedNode, type Availability, type FullReport, type FullSummary, type UnresolvedAsk } from "./analyze.js";
export { renderFullMarkdown } from "./report-markdown.js";
