/**
 * Coalition Map — the outreach plan: whom to approach first, through whom.
 *
 * In the organizer's words: a ranked list of the people and organizations we want to bring in,
 * each with the decision maker to ask, the member best placed to ask, the introduction path and
 * why — those who fill our service gaps, carry weight in the network and are easy to reach first.
 *
 * Precise definition.
 *  - Targets: every node with status `prospect`; when no node is marked prospect, every non-member
 *    (status `none`). When the graph has no coalition members at all the plan is empty (no one can
 *    make an ask). A prospect PERSON whose organization is itself a target is folded into the
 *    organization's entry (asking the organization means asking its decision makers; the person is
 *    named in the reasons and in `folded`).
 *  - Alignment (0–1): read from the gap analysis (`serviceGaps`, or the `gaps` option) — its
 *    needed cells (services.csv, or the default catalog in every area of the data) and, for each,
 *    how many MEMBER organizations (status core/member) provide it (`memberProviders`). The two
 *    analyses therefore share one rule, including: a need must name its area (as the importer
 *    requires); a need with no area is not a need. A target organization offering a needed service
 *    in an area it lists earns 1 for a missing service (no member provider), 0.5 for a thin one
 *    (one provider) and 0.25 for a need already covered, times 1.5 for a "high" priority need and
 *    0.5 for a "low" one. A person counts through their organization (when it is not already a
 *    member), with their own area added; a person without one earns 0.5 when their area has no
 *    member at all. The raw sum is divided by the largest raw sum among the targets, so the
 *    best-aligned target has alignment 1.
 *  - Influence (0–1): percentile of PageRank (positive ties) among all nodes — the share of nodes
 *    with lower PageRank, counting ties as half — for the target or, for an organization, the best
 *    of it and its decision makers (the reason then names the person: "through Dee, its decision
 *    maker").
 *  - Reachability (0–1): the score of the best asker (`askPaths`, at most `maxSteps` steps); 0 when
 *    no member can reach the target without a negative tie in the way.
 *  - Score = 0.4·alignment + 0.3·influence + 0.3·reachability (OUTREACH_DEFAULTS.weights), rounded
 *    to 4 decimals; sorted by score descending, then id.
 *  - A recent "no": when the latest logged ask of the target (`asked`) got a no within
 *    `noCooldownDays` (90) of the activity log's latest entry (the log's "today": the plan reads no
 *    clock), the score is halved (`noFactor`) and the reasons say so, with the date from which it
 *    counts in full again. The same target should not head the list the week after it said no;
 *    an older no is a fair time to ask again, and keeps its rank (the reasons still say what to
 *    do next). In the sample the Westview Family Clinic's no of 2026-11-12 (the log ends
 *    2026-11-24) takes it from third to eighth; Helping Hands' no of April stays first.
 *
 * Cost: one early-stopping ask search per target (stops at the first valid asker).
 */
import { areaKey, canonicalService, DEFAULT_SERVICES } from "./services.js";
import { askPathsFrom, ASK_DEFAULTS, eligibleAskers } from "./ask.js";
import { staffIndex } from "./staff.js";
import type { CommunityResult } from "./communities.js";
import { serviceGaps, type GapResult } from "./gaps.js";
import { isMember } from "./model.js";
import { standing as computeStanding, type NodeStanding } from "./standing.js";
import { assertCoalitionGraph } from "./utils/assert-coalition-graph.js";
import { percentileRank } from "./utils/percentile-rank.js";
import { compareIds } from "./utils/compare-ids.js";
import { round } from "./utils/round.js";
import type { CoalitionGraph, NodeAttributes } from "./types.js";

// The plan as CSV and the words of a logged ask are written by outreach-export.ts (as rotation-export.ts writes the rotation).
export { askedWords, outreachCsv, OUTREACH_CSV_HEADER } from "./outreach-export.js";
export { askNextStep, type OutreachAsk } from "./logged-ask.js";
import { askNextStep, latestAsk, type OutreachAsk } from "./logged-ask.js";

export interface OutreachEntry {
  target: string;
  label: string;
  kind: "person" | "organization";
  decisionMaker: string | null;
  decisionMakerLabel: string | null;
  asker: string | null;
  askerLabel: string | null;
  /** Node ids from the asker to the decision maker; empty when no one can ask. */
  path: string[];
  score: number;
  alignment: number;
  influence: number;
  reachability: number;
  reasons: string[];
  /** Prospect people folded into this organization's entry. */
  folded: string[];
  /**
   * The latest ask of this target in the activity log (activity.csv): to the target itself, its
   * decision maker or a person folded into it; null when none was logged. Latest by date, then by
   * the later row.
   */
  asked: OutreachAsk | null;
}

export interface OutreachOptions {
  /** Longest introduction chain, in steps. Default 4. */
  maxSteps?: number;
  /** Precomputed standing (PageRank for influence); computed if absent. */
  standing?: Record<string, NodeStanding>;
  /** Precomputed communities (for the asker reasons); computed if absent. */
  communities?: CommunityResult;
  /** Precomputed service gaps (the needs and their member providers); `serviceGaps(graph)` if absent. */
  gaps?: GapResult;
  /** Weights of the three parts of the score. */
  weights?: { alignment: number; influence: number; reachability: number };
}

/** The default catalog of victim services (one list for the whole engine: see services.ts). */
export const DEFAULT_SERVICE_CATALOG: readonly string[] = DEFAULT_SERVICES;

export const OUTREACH_DEFAULTS = {
  maxSteps: ASK_DEFAULTS.maxSteps,
  weights: { alignment: 0.4, influence: 0.3, reachability: 0.3 },
  /** Alignment credit per need filled, by how many member organizations already provide it. */
  credit: { missing: 1, thin: 0.5, covered: 0.25 },
  /** Multipliers for a need's priority column. */
  priority: { high: 1.5, low: 0.5 } as Record<string, number>,
  /** A "no" this many days before the activity log's latest entry, or fewer, lowers the target's score … */
  noCooldownDays: 90,
  /** … by this factor. */
  noFactor: 0.5,
} as const;

/** The day `days` after `date` (YYYY-MM-DD), as YYYY-MM-DD (UTC). */
function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(t) ? date : new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The sentence that lowers a target's score for a recent "no" (see the module comment), or null
 * when its latest ask was not a no, or a no older than the cool-down. `logEnd`: the activity log's
 * latest date.
 */
export function recentNo(asked: OutreachAsk | null, logEnd: string | undefined): string | null {
  if (asked === null || asked.outcome !== "no" || logEnd === undefined) return null;
  const until = addDays(asked.date, OUTREACH_DEFAULTS.noCooldownDays);
  if (until <= logEnd) return null;
  return `ranked lower: the no of ${asked.date} is recent (the activity log runs to ${logEnd}), so the score is halved until ${until}`;
}

const norm = (s: string): string => s.trim().toLowerCase();

/** One needed cell of the gap analysis, as the alignment reads it. */
interface NeedCell {
  service: string;
  /** Comparison key of the area (`areaKey`). */
  area: string;
  /** Display spelling of the area (the gap analysis's). */
  areaLabel: string;
  /** Multiplier of the need's priority (OUTREACH_DEFAULTS.priority, 1 when none). */
  priority: number;
  /** Member organizations providing the service there. */
  providers: number;
}

/** Whether organization attributes `a` offer `service` in area key `area`. */
function serves(a: NodeAttributes, service: string, area: string): boolean {
  return a.services.some((s) => canonicalService(s) === service) && a.areas.some((x) => areaKey(x) === area);
}

/** The needed cells of a gap result, sorted by service then area key. */
/** The multiplier of a need's priority cell: 1 when empty or not one of OUTREACH_DEFAULTS.priority's own names ("constructor" is not one). */
function priorityWeight(raw: string | undefined): number {
  const p = norm(raw ?? "");
  return Object.hasOwn(OUTREACH_DEFAULTS.priority, p) ? (OUTREACH_DEFAULTS.priority[p] ?? 1) : 1;
}

function needCells(gaps: GapResult): NeedCell[] {
  return gaps.matrix
    .filter((c) => c.needed)
    .map((c) => ({
      service: c.service,
      area: areaKey(c.area),
      areaLabel: c.area,
      priority: priorityWeight(c.priority),
      providers: c.memberProviders.length,
    }))
    .sort((p, q) => compareIds(p.service, q.service) || compareIds(p.area, q.area));
}

/**
 * The targets (prospects, or every outsider when no one is a prospect), in id order, with the
 * prospect people folded into their target organization (organization id → person ids).
 */
function outreachTargets(graph: CoalitionGraph): { targets: string[]; folded: Map<string, string[]> } {
  const prospects: string[] = [];
  const outsiders: string[] = [];
  graph.forEachNode((id, a) => {
    if (a.status === "prospect") prospects.push(id);
    else if (a.status === "none") outsiders.push(id);
  });
  const all = (prospects.length > 0 ? prospects : outsiders).sort(compareIds);
  const targetSet = new Set(all);
  const folded = new Map<string, string[]>();
  const targets: string[] = [];
  for (const id of all) {
    const a = graph.getNodeAttributes(id);
    if (a.kind === "person" && a.organization && targetSet.has(a.organization) && a.organization !== id) {
      const list = folded.get(a.organization) ?? [];
      list.push(id);
      folded.set(a.organization, list);
    } else targets.push(id);
  }
  return { targets, folded };
}

/** A target's raw alignment (before dividing by the best) and its reasons (see the module comment). */
function rawAlignment(
  graph: CoalitionGraph,
  id: string,
  cells: readonly NeedCell[],
  memberAreas: ReadonlySet<string>,
): { value: number; reasons: string[] } {
  const a = graph.getNodeAttributes(id);
  let org: NodeAttributes | undefined = a;
  let areas = a.areas;
  if (a.kind === "person") {
    org = a.organization && graph.hasNode(a.organization) ? graph.getNodeAttributes(a.organization) : undefined;
    if (org && isMember(org)) org = undefined;
    areas = org ? [...a.areas, ...org.areas] : a.areas;
  }
  let value = 0;
  const missing: string[] = [];
  const thin: string[] = [];
  const covered: string[] = [];
  if (org) {
    const probe: NodeAttributes = { ...org, areas };
    for (const c of cells) {
      if (!serves(probe, c.service, c.area)) continue;
      const where = `${c.service} in ${c.areaLabel}`;
      const k = c.providers === 0 ? "missing" : c.providers === 1 ? "thin" : "covered";
      value += OUTREACH_DEFAULTS.credit[k] * c.priority;
      (k === "missing" ? missing : k === "thin" ? thin : covered).push(where);
    }
  } else {
    const foothold = a.areas.find((x) => areaKey(x) && !memberAreas.has(areaKey(x)));
    if (foothold !== undefined) {
      value += 0.5;
      missing.push(`a foothold in ${foothold.trim()}, where the coalition has no member`);
    }
  }
  const reasons: string[] = [];
  const list = (xs: string[]): string => (xs.length > 3 ? `${xs.slice(0, 3).join(", ")} and ${xs.length - 3} more` : xs.join(", "));
  if (missing.length && org) reasons.push(`fills a gap (no member provides it): ${list(missing)}`);
  else if (missing.length) reasons.push(`brings ${missing[0]}`);
  if (thin.length) reasons.push(`strengthens a thin service (one member provider): ${list(thin)}`);
  if (covered.length && !missing.length && !thin.length) reasons.push(`offers needed services: ${list(covered)}`);
  return { value, reasons };
}

/** The outreach plan (see the module comment). */
export function outreachPlan(graph: CoalitionGraph, options: OutreachOptions = {}): OutreachEntry[] {
  assertCoalitionGraph(graph, "outreachPlan");
  const maxSteps = options.maxSteps ?? OUTREACH_DEFAULTS.maxSteps;
  if (!Number.isInteger(maxSteps) || maxSteps < 1) throw new Error("outreachPlan: option `maxSteps` must be a whole number ≥ 1.");
  const weights = options.weights ?? OUTREACH_DEFAULTS.weights;
  for (const k of ["alignment", "influence", "reachability"] as const)
    if (typeof weights[k] !== "number" || !(weights[k] >= 0)) throw new Error(`outreachPlan: weight \`${k}\` must be a number ≥ 0.`);

  const staff = staffIndex(graph);
  const eligible = eligibleAskers(graph, staff);
  if (eligible.askersAre === "everyone") return [];

  const { targets, folded } = outreachTargets(graph);
  if (targets.length === 0) return [];

  const st = options.standing ?? computeStanding(graph);
  const pct = percentileRank(new Map(Object.entries(st).map(([id, s]) => [id, s.pagerank])));

  // Alignment (raw), with reasons.
  const cells = needCells(options.gaps ?? serviceGaps(graph));
  const memberAreas = new Set<string>();
  graph.forEachNode((_id, a) => {
    if (isMember(a)) for (const x of a.areas) memberAreas.add(areaKey(x));
  });
  const raw = new Map(targets.map((id) => [id, rawAlignment(graph, id, cells, memberAreas)] as const));
  const maxRaw = Math.max(0, ...[...raw.values()].map((r) => r.value));

  // The activity log's latest date: the plan's "today" for a recent no.
  let logEnd: string | undefined;
  for (const e of graph.getAttribute("activity") ?? []) if (logEnd === undefined || e.date > logEnd) logEnd = e.date;

  const plan: OutreachEntry[] = [];
  for (const id of targets) {
    const a = graph.getNodeAttributes(id);
    const ask = askPathsFrom(graph, id, { maxAskers: 1, maxSteps, communities: options.communities }, eligible);
    const best = ask.askers[0];
    const own = raw.get(id);
    if (own === undefined) throw new Error(`outreachPlan: target "${id}" has no alignment.`);
    const alignment = maxRaw > 0 ? own.value / maxRaw : 0;
    const influence = Math.max(pct(id), ...(a.kind === "organization" ? ask.decisionMakers.map(pct) : []));
    // Whose PageRank it is: the organization's own, or one of the people standing for it.
    const via = a.kind === "organization" && pct(id) < influence ? ask.decisionMakers.filter((d) => d !== id && pct(d) === influence).sort(compareIds)[0] : undefined;
    const reachability = best ? best.score : 0;
    const score = weights.alignment * alignment + weights.influence * influence + weights.reachability * reachability;
    const dm = best ? best.decisionMaker : (ask.decisionMakers[0] ?? null);
    const reasons = [...own.reasons];
    const through =
      via === undefined ? "" : ` through ${graph.getNodeAttribute(via, "label") || via}, ${graph.getNodeAttribute(via, "decisionMaker") === true ? "its decision maker" : "its best-connected person"},`;
    reasons.push(`influence:${through} more central than ${Math.round(influence * 100)}% of the network (PageRank)`);
    if (best) reasons.push(`best asker ${best.label}: ${best.reasons[0]}`);
    else reasons.push(`no member can reach ${dm ? graph.getNodeAttribute(dm, "label") : a.label} within ${maxSteps} steps`);
    if (ask.excluded.length > 0)
      reasons.push(`should not ask: ${ask.excluded.slice(0, 3).map((x) => `${x.label} (${x.reason})`).join("; ")}`);
    const fold = (folded.get(id) ?? []).sort(compareIds);
    if (fold.length) reasons.push(`also on the list, works here: ${fold.map((p) => graph.getNodeAttribute(p, "label")).join(", ")}`);
    if (a.kind === "organization" && staff.has(id) && !ask.decisionMakers.some((d) => graph.getNodeAttribute(d, "decisionMaker")))
      reasons.push("no decision maker flagged: asking its best-connected people");
    const asked = latestAsk(graph, new Set([id, ...fold, ...ask.decisionMakers, ...(dm ? [dm] : [])]));
    const next = askNextStep(asked, best ? best.id : null, best ? best.label : null);
    if (next) reasons.push(next);
    const lowered = recentNo(asked, logEnd);
    if (lowered !== null) reasons.push(lowered);
    plan.push({
      target: id,
      label: a.label || id,
      kind: a.kind,
      decisionMaker: dm,
      decisionMakerLabel: dm ? graph.getNodeAttribute(dm, "label") || dm : null,
      asker: best ? best.id : null,
      askerLabel: best ? best.label : null,
      path: best ? best.path : [],
      score: round(lowered === null ? score : score * OUTREACH_DEFAULTS.noFactor),
      alignment: round(alignment),
      influence: round(influence),
      reachability: round(reachability),
      reasons,
      folded: fold,
      asked,
    });
  }
  return plan.sort((p, q) => q.score - p.score || compareIds(p.target, q.target));
}
