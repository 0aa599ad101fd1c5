/**
 * Coalition Map — partner survey figures, as PARTNER-style evaluations report them.
 *
 * In the organizer's words: in each survey round, how many partners answered, how many of the
 * possible working relationships exist and how far they go (awareness → cooperation →
 * coordination → integration), whether everything runs through a few partners, how much the
 * partners trust each other and value each other's work, and, for each partner, the trust and
 * value the others give them.
 *
 * Precise definition, per round (the survey's `round` column; one round "" without it):
 *  - the round's network: every node named in the round (respondents and partners); a pair is
 *    tied when either side reported a relationship (any level);
 *  - density = pairs / (n(n − 1)/2); centralization = Freeman degree centralization of that
 *    network (0 = even, 1 = one partner tied to all others, Freeman 1979);
 *  - pairs by level: each pair at the highest level either side reported;
 *  - average trust / value: the mean of the ratings given (1–4), blanks left out; 0 when nobody
 *    gave that rating (the findings then say "no trust ratings" and compare no change from it);
 *  - per partner: the mean trust and value received (ratings others gave about them) and how
 *    many respondents rated them; partners nobody rated are left out.
 * Rounds are sorted by name (years and ISO dates sort in time order).
 *
 * Reference: Varda, D. M., Chandra, A., Stern, S. A. & Lurie, N. (2008). Core dimensions of
 * connectivity in public health collaboratives. Journal of Public Health Management and Practice
 * 14(5):E1–E7 (the PARTNER tool's trust and value scores).
 */
import { degreeCentralization } from "./composition.js";
import type { CoalitionGraph, RelationshipLevel, SurveyResponse } from "./types.js";
import { compareIds } from "./utils/compare-ids.js";
import { countWords } from "./utils/count-words.js";
import { compareRoundLabels } from "./utils/compare-round-labels.js";
import { round as roundTo } from "./utils/round.js";

/** The four levels in order (1 awareness … 4 integration). */
export const RELATIONSHIP_LEVELS: readonly RelationshipLevel[] = ["awareness", "cooperation", "coordination", "integration"];

export interface PartnerScore {
  id: string;
  label: string;
  /** Mean trust received (1–4), null when nobody rated their trust. */
  trust: number | null;
  /** Mean value received (1–4), null when nobody rated their value. */
  value: number | null;
  /** How many respondents rated them. */
  raters: number;
}

export interface PartnershipRound {
  /** The round's name ("" when the survey has no round column). */
  round: string;
  /** Answers (rows) in the round. */
  answers: number;
  respondents: number;
  /** Nodes named in the round (respondents and partners). */
  partners: number;
  /** Pairs with a reported relationship. */
  pairs: number;
  density: number;
  centralization: number;
  /** Pairs at each level (the highest either side reported). */
  byLevel: Record<RelationshipLevel, number>;
  averageTrust: number;
  averageValue: number;
  /** Per partner rated, by mean trust received (highest first), then name. */
  scores: PartnerScore[];
}

export interface PartnershipResult {
  rounds: PartnershipRound[];
  findings: string[];
}

const mean = (xs: readonly number[]): number => (xs.length > 0 ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

function roundFigures(graph: CoalitionGraph, name: string, answers: readonly SurveyResponse[]): PartnershipRound {
  const label = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") || id : id);
  const nodes = new Set<string>();
  const respondents = new Set<string>();
  const pairs = new Map<string, number>();
  const received = new Map<string, { trust: number[]; value: number[]; raters: Set<string> }>();
  for (const r of answers) {
    nodes.add(r.respondent);
    nodes.add(r.partner);
    respondents.add(r.respondent);
    const key = r.respondent < r.partner ? `${r.respondent}\u0000${r.partner}` : `${r.partner}\u0000${r.respondent}`;
    pairs.set(key, Math.max(pairs.get(key) ?? 0, r.level));
    let rec = received.get(r.partner);
    if (rec === undefined) received.set(r.partner, (rec = { trust: [], value: [], raters: new Set() }));
    rec.raters.add(r.respondent);
    if (r.trust !== undefined) rec.trust.push(r.trust);
    if (r.value !== undefined) rec.value.push(r.value);
  }
  const degree = new Map<string, number>([...nodes].map((n) => [n, 0]));
  for (const key of pairs.keys()) for (const n of key.split("\u0000")) degree.set(n, (degree.get(n) ?? 0) + 1);
  const n = nodes.size;
  const byLevel = Object.fromEntries(RELATIONSHIP_LEVELS.map((l) => [l, 0])) as Record<RelationshipLevel, number>;
  for (const level of pairs.values()) {
    const l = RELATIONSHIP_LEVELS[level - 1];
    if (l !== undefined) byLevel[l]++;
  }
  const scores: PartnerScore[] = [...received].map(([id, rec]) => ({
    id,
    label: label(id),
    trust: rec.trust.length > 0 ? roundTo(mean(rec.trust)) : null,
    value: rec.value.length > 0 ? roundTo(mean(rec.value)) : null,
    raters: rec.raters.size,
  }));
  scores.sort((p, q) => (q.trust ?? -1) - (p.trust ?? -1) || compareIds(p.label.toLowerCase(), q.label.toLowerCase()) || compareIds(p.id, q.id));
  const trust = answers.flatMap((r) => (r.trust === undefined ? [] : [r.trust]));
  const value = answers.flatMap((r) => (r.value === undefined ? [] : [r.value]));
  return {
    round: name,
    answers: answers.length,
    respondents: respondents.size,
    partners: n,
    pairs: pairs.size,
    density: n > 1 ? roundTo((2 * pairs.size) / (n * (n - 1))) : 0,
    centralization: roundTo(degreeCentralization([...degree.values()])),
    byLevel,
    averageTrust: roundTo(mean(trust)),
    averageValue: roundTo(mean(value)),
    scores,
  };
}

/** The partner survey's figures per round (see the module comment); no rounds without a survey. */
export function partnership(graph: CoalitionGraph): PartnershipResult {
  const survey = graph.getAttribute("survey") ?? [];
  const byRound = new Map<string, SurveyResponse[]>();
  for (const r of survey) {
    const list = byRound.get(r.round);
    if (list === undefined) byRound.set(r.round, [r]);
    else list.push(r);
  }
  const rounds = [...byRound.keys()].sort(compareRoundLabels).map((name) => roundFigures(graph, name, byRound.get(name) ?? []));
  return { rounds, findings: partnershipFindings(rounds) };
}

const fix2 = (x: number) => x.toFixed(2);

/**
 * Whether a round's average trust or value is a figure: ratings run 1–4, so an average of 0 means
 * nobody gave that rating in the round (the JSON keeps 0; the words and the table say so).
 */
export const rated = (average: number): boolean => average > 0;

/** The figures in words: each round, then how the last round differs from the one before. */
function partnershipFindings(rounds: readonly PartnershipRound[]): string[] {
  const out: string[] = [];
  for (const r of rounds) {
    const levels = RELATIONSHIP_LEVELS.map((l) => `${l} ${r.byLevel[l]}`).join(", ");
    const ratings = [
      rated(r.averageTrust) ? `average trust ${fix2(r.averageTrust)}` : "",
      rated(r.averageValue) ? `${rated(r.averageTrust) ? "" : "average "}value ${fix2(r.averageValue)}` : "",
    ].filter((x) => x !== "");
    const missing = [rated(r.averageTrust) ? "" : "trust", rated(r.averageValue) ? "" : "value"].filter((x) => x !== "");
    out.push(
      `${r.round === "" ? (rounds.length > 1 ? "Answers without a round" : "The survey") : `Round ${r.round}`}: ${r.respondents} of ${r.partners} partners answered; ${r.pairs} working relationships (${levels}); ` +
        `density ${fix2(r.density)}, centralization ${fix2(r.centralization)}` +
        (ratings.length > 0 ? `; ${ratings.join(" and ")} on a 1–4 scale` : "") +
        (missing.length > 0 ? `; no ${missing.join(" or ")} ratings` : "") +
        ".",
    );
  }
  const last = rounds[rounds.length - 1];
  const prev = rounds[rounds.length - 2];
  if (last !== undefined && prev !== undefined) {
    const dir = (a: number, b: number) => (a > b ? "rose" : a < b ? "fell" : "stayed");
    // A change only between two rounds that both have the rating.
    const change = (what: string, a: number, b: number): string =>
      rated(a) && rated(b) ? `${what} ${dir(a, b)} (${fix2(b)} → ${fix2(a)})` : "";
    const parts = [change("average trust", last.averageTrust, prev.averageTrust), change("value", last.averageValue, prev.averageValue)].filter((x) => x !== "");
    if (parts.length === 1 && parts[0]?.startsWith("value")) parts[0] = `average ${parts[0]}`;
    const which = (r: PartnershipRound): string => (r.round === "" ? "the answers without a round" : `round ${r.round}`);
    const span = prev.round !== "" && last.round !== "" ? `round ${prev.round} to ${last.round}` : `${which(prev)} to ${which(last)}`;
    if (parts.length > 0) out.push(`From ${span}, ${parts.join(" and ")}.`);
  }
  if (last !== undefined) {
    // The least trusted first (scores run highest first: reversed, keeping name order among equals).
    const low = last.scores.filter((s) => s.trust !== null && s.trust < 2.5).sort((p, q) => (p.trust ?? 0) - (q.trust ?? 0));
    if (low.length > 0) {
      const more = low.length > 8 ? ` and ${low.length - 8} more` : "";
      out.push(`Partners the others trust least (below 2.5 of 4): ${low.slice(0, 8).map((s) => `${s.label} (${fix2(s.trust ?? 0)}, ${countWords(s.raters, "rater", "raters")})`).join(", ")}${more}.`);
    }
  }
  return out;
}
