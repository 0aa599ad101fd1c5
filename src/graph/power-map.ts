/**
 * Coalition Map — the power map: everyone who matters, placed by how much power they hold and how
 * far they support the cause (the Midwest Academy strategy chart, the power grid, the "spectrum of
 * allies"), each with their best asker, who must not ask, and the next step that moves them one
 * step towards the cause.
 *
 * Precisely.
 *  - Who: every person and organization whose status is not `core` (the core is the one asking).
 *  - Influence (0–1), from the network: the PageRank percentile among all nodes (`percentileRank`,
 *    positive ties); a person also carries the percentile of the strongest organization they are
 *    on the staff of (staff.ts: their organization column or a positive member_of tie) — in full
 *    when they are flagged decision maker, half otherwise (the reason names the organization); an
 *    organization carries the best of its decision makers' (its reason then names that person).
 *    Influence = the largest of these.
 *  - "Much power" = influence, rounded to the two decimals the report shows, ≥ `threshold`, by
 *    default 0.67: more central than two thirds of the network — the top third — in one's own
 *    ties or as the decision maker of an organization that is (a clerk's half of their
 *    organization's percentile is at most 0.5: never much power by itself). The default was 0.5,
 *    the median: half the network held "much power" (135 of the sample's 238 entries, 111 of them
 *    champions), a box too long to plan from; a quarter (0.75) would drop the County Commission
 *    and its chair (0.72), the sample's opponents who decide. `powerRule` says it in words.
 *  - Alignment (−2 … +2, the spectrum of allies): from a `stance`/`support` column (stance.ts).
 *    Without a readable value it is inferred, and marked "inferred": a coalition member is +1
 *    (leaning for); anyone else is −1 when they (or, for an organization, its staff, staff.ts) have a
 *    negative tie with a member, +1 with positive ties to at least `closeTies` (2) members and no
 *    negative one, else 0 (neutral).
 *  - Quadrant: power (much or not) × side (alignment > 0, = 0, < 0), in the
 *    organizer's words (QUADRANTS).
 *  - Best asker and who must not ask: the ask search of askPaths (best asker = warmest path from a
 *    member to the decision maker; excluded = members with bad history with the target, its
 *    organization or decision maker), computed for the `maxAskSearches` (500) most influential
 *    entries; below that, `askSearched` is false and no asker is named (the report says so).
 *  - Next step: one step along the spectrum, in words (NEXT_STEPS), naming the asker; a coalition
 *    member leaning for is asked to act, not to join the coalition.
 *  Sorted by quadrant (QUADRANTS order), then influence descending, then id.
 */
import { askPathsFrom, decisionMakersOf, eligibleAskers, type AskExclusion } from "./ask.js";
import { communities as computeCommunities, type CommunityResult } from "./communities.js";
import { conflictView, isMember, positiveView } from "./model.js";
import { organizationsOf, staffIndex } from "./staff.js";
import { POWER_THRESHOLD } from "./power-map-rule.js";
import type { NodeStanding } from "./standing.js";
import { parseStance, STANCE_LABELS, stanceCell, type Stance } from "./stance.js";
import type { CoalitionGraph, NodeAttributes, TieView } from "./types.js";
import { compareIds } from "./utils/compare-ids.js";
import { percentileRank } from "./utils/percentile-rank.js";
import { round } from "./utils/round.js";

// The rule of "much power" in words and on the grid: a module of its own, light enough for the map's page.
export { placedInfluence, powerRule } from "./power-map-rule.js";

export type QuadrantId = "champions" | "persuadable" | "opponents" | "allies" | "neutral" | "minor-opponents";

/** The quadrants, in the order an organizer works through them. */
export const QUADRANTS: readonly { id: QuadrantId; title: string; advice: string }[] = [
  { id: "persuadable", title: "Persuadable power holders", advice: "Much power, undecided: the first targets of outreach." },
  { id: "champions", title: "Champions with power", advice: "Much power, on our side: ask them to use it." },
  { id: "opponents", title: "Opponents with power", advice: "Much power, against us: reduce their opposition, don't provoke it." },
  { id: "allies", title: "Allies to activate", advice: "Little power, on our side: bring them in and build their power." },
  { id: "neutral", title: "Neutral, little power", advice: "Keep them informed; build relationships over time." },
  { id: "minor-opponents", title: "Opponents with little power", advice: "Little power, against us: don't spend effort here." },
];

const NEXT_STEPS: Record<Stance, string> = {
  [-2]: "reduce their opposition: a quiet meeting to hear their concerns, nothing public",
  [-1]: "move them to neutral: a one-on-one through someone they trust, to hear their objections",
  [0]: "win them over: share the coalition's case and make a small, specific ask",
  [1]: "activate them: a specific ask to act or to join the coalition",
  [2]: "keep them engaged: offer a leading role and thank them publicly",
};

export interface PowerMapEntry {
  id: string;
  label: string;
  kind: "person" | "organization";
  status: string;
  influence: number;
  alignment: Stance;
  /** The spectrum's word for the alignment ("leaning for"). */
  alignmentLabel: string;
  alignmentSource: "stance" | "inferred";
  quadrant: QuadrantId;
  /** Whether the ask search ran for this entry (the most influential `maxAskSearches`). */
  askSearched: boolean;
  asker: string | null;
  askerLabel: string | null;
  /** From the asker to the decision maker. */
  path: string[];
  mustNotAsk: AskExclusion[];
  nextStep: string;
  reasons: string[];
}

export interface PowerMapResult {
  /** Where the alignment came from: the stance column for everyone, for no one, or some. */
  alignmentFrom: "stance column" | "inferred" | "mixed";
  threshold: number;
  quadrants: { id: QuadrantId; title: string; advice: string; count: number }[];
  entries: PowerMapEntry[];
  /** Stance cells that could not be read, as "name: value" (the rest of the row is used). */
  unreadStances: string[];
}

export interface PowerMapOptions {
  standing: Record<string, NodeStanding>;
  /** Precomputed communities (for the askers' reasons); computed once when absent. */
  communities?: CommunityResult;
  /** Influence at or above which someone holds "much power". Default 0.67 (the top third; see the module comment). */
  threshold?: number;
  /** Positive ties to members that make a non-member lean for (inferred). Default 2. */
  closeTies?: number;
  /** How many of the most influential entries get an ask search. Default 500. */
  maxAskSearches?: number;
}

export const POWER_MAP_DEFAULTS = { threshold: POWER_THRESHOLD, closeTies: 2, maxAskSearches: 500, maxSteps: 4 } as const;

/** The inferred alignment of a coalition member. */
const MEMBER_ALIGNMENT: Readonly<{ value: Stance; reason: string }> = { value: 1, reason: "a coalition member (alignment inferred)" };

/**
 * Inferred alignment and its reason (see the module comment). `cv` and `pv` are the graph's conflict
 * and positive views. Both are simple graphs, so without staff a node's member neighbours are distinct
 * and are counted without a Set.
 */
function inferAlignment(graph: CoalitionGraph, cv: TieView, pv: TieView, id: string, a: NodeAttributes, staff: readonly string[], closeTies: number): Readonly<{ value: Stance; reason: string }> {
  if (isMember(a)) return MEMBER_ALIGNMENT;
  const name = (n: string) => graph.getNodeAttribute(n, "label");
  const bad = (enemies: Iterable<string>) => ({ value: -1 as Stance, reason: `bad history with ${[...enemies].sort(compareIds).slice(0, 2).map(name).join(", ")} (alignment inferred)` });
  const close = (friends: number) =>
    friends >= closeTies
      ? { value: 1 as Stance, reason: `close to ${friends} members (alignment inferred)` }
      : { value: 0 as Stance, reason: "no stance recorded, few ties to members (alignment inferred)" };
  if (staff.length === 0) {
    const enemies: string[] = [];
    if (cv.hasNode(id)) cv.forEachNeighbor(id, (n, na) => void (isMember(na) && enemies.push(n)));
    if (enemies.length > 0) return bad(enemies);
    let friends = 0;
    pv.forEachNeighbor(id, (_n, na) => void (isMember(na) && friends++));
    return close(friends);
  }
  const enemies = new Set<string>();
  const friends = new Set<string>();
  const among = (who: string) => {
    if (cv.hasNode(who)) cv.forEachNeighbor(who, (n, na) => void (isMember(na) && enemies.add(n)));
    pv.forEachNeighbor(who, (n, na) => void (isMember(na) && friends.add(n)));
  };
  among(id);
  for (const who of staff) among(who);
  if (enemies.size > 0) return bad(enemies);
  return close(friends.size);
}

function quadrantOf(high: boolean, alignment: Stance): QuadrantId {
  if (alignment > 0) return high ? "champions" : "allies";
  if (alignment < 0) return high ? "opponents" : "minor-opponents";
  return high ? "persuadable" : "neutral";
}

/** The next steps as sentences (capital first letter), by alignment. */
const STEP_SENTENCES: Record<Stance, string> = Object.fromEntries(
  Object.entries(NEXT_STEPS).map(([k, step]) => [k, `${step[0]?.toUpperCase() ?? ""}${step.slice(1)}`]),
) as Record<Stance, string>;

/** A member leaning for is already in the coalition: asked to act, not to join. */
const MEMBER_STEP_LEANING_FOR = "Activate them: a specific ask to act";

/** The next step as a sentence, for a coalition member or not. */
const stepSentence = (alignment: Stance, member: boolean): string => (member && alignment === 1 ? MEMBER_STEP_LEANING_FOR : STEP_SENTENCES[alignment]);

/** Influence descending, then id: the order of the ask searches and, within a quadrant, of the entries. */
const byInfluence = (p: PowerMapEntry, q: PowerMapEntry): number => q.influence - p.influence || compareIds(p.id, q.id);

/**
 * The `k` most influential entries (influence descending, then id), in that order. Only the entries
 * at or above the k-th largest influence are sorted (the same first k as sorting them all).
 */
function mostInfluential(entries: readonly PowerMapEntry[], k: number): PowerMapEntry[] {
  if (k <= 0) return [];
  if (entries.length > k) {
    const influences = Float64Array.from(entries, (e) => e.influence).sort();
    const cut = influences[influences.length - k] ?? -Infinity;
    return entries.filter((e) => e.influence >= cut).sort(byInfluence).slice(0, k);
  }
  return [...entries].sort(byInfluence);
}

/** Sorts entries by quadrant (QUADRANTS order), then influence descending, then id. */
function sortEntries(entries: PowerMapEntry[]): void {
  const byQuadrant = new Map<QuadrantId, PowerMapEntry[]>(QUADRANTS.map((q) => [q.id, []]));
  for (const e of entries) byQuadrant.get(e.quadrant)?.push(e);
  let at = 0;
  for (const list of byQuadrant.values()) for (const e of list.sort(byInfluence)) entries[at++] = e;
}

/**
 * The organization of `orgs` with the highest percentile; on a tie the one the person's own column
 * names (`listed`), then the smaller id. Undefined for none.
 */
function strongestEmployer(orgs: readonly string[], pct: (id: string) => number, listed: string | undefined): string | undefined {
  let best: string | undefined;
  for (const org of orgs) if (best === undefined || pct(org) > pct(best) || (pct(org) === pct(best) && org === listed)) best = org;
  return best;
}

/**
 * Influence as the report and the panel show it (two decimals): "much power" is decided on it, so
 * that no one shown with "power 0.67" is in a box of little power under a rule of "0.67 or more".
 */
const shownPower = (influence: number): number => Math.round(influence * 100) / 100;

/** The power map (see the module comment). */
export function powerMap(graph: CoalitionGraph, options: PowerMapOptions): PowerMapResult {
  const threshold = options.threshold ?? POWER_MAP_DEFAULTS.threshold;
  const closeTies = options.closeTies ?? POWER_MAP_DEFAULTS.closeTies;
  const maxSearches = options.maxAskSearches ?? POWER_MAP_DEFAULTS.maxAskSearches;
  if (!(threshold >= 0 && threshold <= 1)) throw new Error("powerMap: option `threshold` must be between 0 and 1.");
  const pr = new Map<string, number>();
  for (const id of Object.keys(options.standing)) pr.set(id, options.standing[id]?.pagerank ?? Number.NaN); // no [key, value] pair made per node
  const pct = percentileRank(pr);
  const staff = staffIndex(graph);
  const cv = conflictView(graph);
  const pv = positiveView(graph);
  const unreadStances: string[] = [];
  let fromStance = 0;

  // Each entry is made once, with every field in the report's order; the ask fields are filled in below.
  const entries: PowerMapEntry[] = [];
  const members = new Set<string>();
  graph.forEachNode((id, a) => {
    if (a.status === "core") return;
    if (isMember(a)) members.add(id);
    const reasons: string[] = [];
    let influence = pct(id);
    // A person carries the strongest organization they are on the staff of (staff.ts: their column or a member_of tie).
    const org = a.kind === "person" ? strongestEmployer(organizationsOf(graph, id), pct, a.organization) : undefined;
    if (org !== undefined) {
      const carried = pct(org) * (a.decisionMaker === true ? 1 : 0.5);
      const role = a.decisionMaker === true ? "decision maker at" : org === a.organization ? "works at" : "member of";
      if (carried > influence) reasons.push(`${role} ${graph.getNodeAttribute(org, "label")}`);
      influence = Math.max(influence, carried);
    }
    // An organization carries the best of its decision makers' (the reason names whose it is).
    let via: string | undefined;
    if (a.kind === "organization")
      for (const dm of decisionMakersOf(graph, id, staff.get(id) ?? []).sort(compareIds))
        if (dm !== id && pct(dm) > influence) {
          influence = pct(dm);
          via = dm;
        }
    const through =
      via === undefined ? "" : `, through ${graph.getNodeAttribute(via, "label") || via}, ${graph.getNodeAttribute(via, "decisionMaker") === true ? "its decision maker" : "its best-connected person"}`;
    reasons.unshift(`more central than ${Math.round(influence * 100)}% of the network${through}`);
    const cell = stanceCell(a);
    const stated = cell === undefined ? undefined : parseStance(cell);
    if (cell !== undefined && stated === undefined) unreadStances.push(`${a.label}: ${cell}`);
    const inferred = stated === undefined ? inferAlignment(graph, cv, pv, id, a, staff.get(id) ?? [], closeTies) : undefined;
    const alignment: Stance = stated ?? inferred?.value ?? 0;
    if (stated !== undefined) fromStance++;
    reasons.push(inferred ? inferred.reason : `stance: ${STANCE_LABELS[String(alignment)] ?? alignment}`);
    entries.push({
      id,
      label: a.label,
      kind: a.kind,
      status: a.status,
      influence: round(influence),
      alignment,
      alignmentLabel: STANCE_LABELS[String(alignment)] ?? String(alignment),
      alignmentSource: stated !== undefined ? "stance" : "inferred",
      quadrant: quadrantOf(shownPower(influence) >= threshold, alignment),
      reasons,
      askSearched: false,
      asker: null,
      askerLabel: null,
      path: [],
      mustNotAsk: [],
      nextStep: "",
    });
  });

  // Ask searches for the most influential entries.
  const eligible = eligibleAskers(graph, staff);
  const comms = options.communities ?? computeCommunities(graph);
  for (const e of mostInfluential(entries, maxSearches)) {
    const ask = askPathsFrom(graph, e.id, { maxAskers: 1, maxSteps: POWER_MAP_DEFAULTS.maxSteps, communities: comms }, eligible);
    const best = ask.askers[0];
    e.askSearched = true;
    e.asker = best?.id ?? null;
    e.askerLabel = best?.label ?? null;
    e.path = best?.path ?? [];
    e.mustNotAsk = ask.excluded;
    if (best) e.nextStep = `${stepSentence(e.alignment, members.has(e.id))} — ${best.label} is best placed to ask.`;
  }
  for (const e of entries) if (e.nextStep === "") e.nextStep = `${stepSentence(e.alignment, members.has(e.id))}.`;
  sortEntries(entries);
  const counts = new Map<QuadrantId, number>();
  for (const e of entries) counts.set(e.quadrant, (counts.get(e.quadrant) ?? 0) + 1);
  return {
    alignmentFrom: fromStance === 0 ? "inferred" : fromStance === entries.length ? "stance column" : "mixed",
    threshold,
    quadrants: QUADRANTS.map((q) => ({ ...q, count: counts.get(q.id) ?? 0 })),
    entries,
    unreadStances: unreadStances.sort(compareIds),
  };
}
