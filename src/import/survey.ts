/**
 * Rows of a partner survey (survey.csv), as PARTNER-style evaluations collect it: each row is one
 * respondent's answer about one partner — how they work together (awareness → cooperation →
 * coordination → integration, or 1–4), how much they trust that partner and value their work
 * (1–4) — with an optional `round` (a year or a wave) and notes.
 *
 * Each answer is attached to the pair's tie: the strongest positive tie between the two (either
 * direction). A pair with no tie gets one, typed by the relationship — awareness → knows,
 * cooperation → works_with, coordination and integration → partner — with strength level + 1
 * (awareness 2, cooperation 3, coordination 4, integration 5), since a partner one is aware of is
 * already more than a passing acquaintance. The tie then carries, from the latest round that
 * rated it, the highest level either side reported and the mean trust and value given on it.
 *
 * Every row is imported, merged (the same respondent, partner and round again: the earlier answer
 * is kept, disagreeing cells listed) or rejected with file:line:column and a reason.
 */
import { addTie, edgeAttributes } from "../graph/model.js";
import type { RelationshipLevel, SurveyResponse } from "../graph/types.js";
import type { Row } from "./row.js";
import type { ImportState } from "./state.js";
import { shown } from "./text.js";
import { readNumber } from "./values.js";
import { compareRoundLabels } from "../graph/utils/compare-round-labels.js";

const LEVELS: readonly RelationshipLevel[] = ["awareness", "cooperation", "coordination", "integration"];

/** Relationship words (lower case, spaces collapsed) → level 1–4. */
const LEVEL_WORDS: ReadonlyMap<string, number> = new Map([
  ...["awareness", "aware", "aware of each other", "networking", "1"].map((w) => [w, 1] as const),
  ...["cooperation", "cooperative", "cooperating", "cooperate", "co-operation", "2"].map((w) => [w, 2] as const),
  ...["coordination", "coordinated", "coordinating", "coordinate", "co-ordination", "3"].map((w) => [w, 3] as const),
  ...["integration", "integrated", "integrating", "collaboration", "collaborative", "collaborating", "4"].map((w) => [w, 4] as const),
]);

/** The tie type a survey answer creates when the pair had no tie. */
const TYPE_OF_LEVEL: Readonly<Record<RelationshipLevel, string>> = {
  awareness: "knows",
  cooperation: "works_with",
  coordination: "partner",
  integration: "partner",
};

/** A relationship cell: its level 1–4, or undefined when it is not one of the four. */
export function parseRelationship(raw: string): number | undefined {
  const level = LEVEL_WORDS.get(raw.trim().toLowerCase().replace(/\s+/g, " "));
  if (level !== undefined) return level;
  // 1–4 in another script's digits (٣, ३, ３…).
  if (!/[^\x00-\x7f]/.test(raw)) return undefined;
  const n = readNumber(raw, "\t").value;
  return Number.isInteger(n) && n >= 1 && n <= 4 ? n : undefined;
}

interface SurveyState {
  responses: SurveyResponse[];
  /** respondent, partner, round → the answer's index and row. */
  seen: Map<string, { index: number; file: string; line: number }>;
}

const states = new WeakMap<ImportState, SurveyState>();

function stateOf(st: ImportState): SurveyState {
  let s = states.get(st);
  if (s === undefined) states.set(st, (s = { responses: [], seen: new Map() }));
  return s;
}

/** A 1–4 rating cell: the number, undefined when empty, or a rejection reason. */
function readRating(r: Row, field: "trust" | "value"): number | undefined | string {
  const raw = r.get(field);
  if (raw === "") return undefined;
  // The digits of any one script (٣, ३, ３…); otherwise as JavaScript reads it, as before.
  const reading = readNumber(raw, "\t");
  if (reading.problem !== undefined) return `${field} "${shown(raw)}" is not a number: ${reading.problem}. Row skipped.`;
  const n = Number.isNaN(reading.value) ? Number(raw.replace(",", ".")) : reading.value;
  if (!Number.isInteger(n) || n < 1 || n > 4) return `${field} "${shown(raw)}" is not a rating from 1 to 4 (1 = not at all, 4 = very much); row skipped.`;
  return n;
}

/** The strongest positive tie between two nodes (either direction), or undefined. */
function pairTie(st: ImportState, a: string, b: string): string | undefined {
  let best: string | undefined;
  let bestStrength = -Infinity;
  for (const e of st.graph.edges(a, b).concat(st.graph.edges(b, a))) {
    const attrs = st.graph.getEdgeAttributes(e);
    if (attrs.sign !== 1) continue;
    if (attrs.strength > bestStrength || (attrs.strength === bestStrength && best !== undefined && e < best)) {
      best = e;
      bestStrength = attrs.strength;
    }
  }
  return best;
}

/** One survey row. */
export function readSurveyRow(st: ImportState, r: Row): void {
  const respondentRef = r.get("respondent");
  const partnerRef = r.get("partner");
  if (respondentRef === "") return st.reject(r, "respondent", `the respondent is empty; say who answered. Row skipped.`);
  if (partnerRef === "") return st.reject(r, "partner", `the partner is empty; say whom the answer is about. Row skipped.`);
  const relRaw = r.get("relationship");
  const level = parseRelationship(relRaw);
  if (level === undefined) {
    const what = relRaw === "" ? "the relationship is empty" : `relationship "${shown(relRaw)}" is not one of awareness, cooperation, coordination, integration (or 1–4)`;
    return st.reject(r, "relationship", `${what}; row skipped.`);
  }
  const trust = readRating(r, "trust");
  if (typeof trust === "string") return st.reject(r, "trust", trust);
  const value = readRating(r, "value");
  if (typeof value === "string") return st.reject(r, "value", value);
  const why = "is not in people.csv or organizations.csv";
  const found = [st.lookup(respondentRef), st.lookup(partnerRef)];
  if (found[0] !== undefined && found[0] === found[1]) return st.reject(r, "partner", `"${shown(partnerRef)}" is the respondent themselves; an answer is about another partner. Row skipped.`);
  st.checkOverflow(r);
  if (found[0] !== undefined) st.checkRefForm(r, "respondent", respondentRef, found[0], "the answer");
  if (found[1] !== undefined) st.checkRefForm(r, "partner", partnerRef, found[1], "the answer");
  const kind = st.orgsOnly ? "organization" : "person";
  const respondent = found[0] ?? st.inferNode(respondentRef, kind, r, "respondent", why);
  const partner = found[1] ?? st.lookup(partnerRef) ?? st.inferNode(partnerRef, kind, r, "partner", why);
  const round = r.get("round");
  const s = stateOf(st);
  const source = { file: r.file.csv.name, line: r.line };
  const dupKey = `${respondent}\u0000${partner}\u0000${round}`;
  const earlier = s.seen.get(dupKey);
  if (earlier !== undefined) {
    const prev = s.responses[earlier.index];
    const conflicts: string[] = [];
    if (prev !== undefined) {
      if (prev.level !== level) conflicts.push(r.colName("relationship"));
      if (trust !== undefined && prev.trust !== undefined && prev.trust !== trust) conflicts.push(r.colName("trust"));
      if (value !== undefined && prev.value !== undefined && prev.value !== value) conflicts.push(r.colName("value"));
    }
    const name = (id: string) => st.graph.getNodeAttribute(id, "label") || id;
    st.merged(r, { file: earlier.file, line: earlier.line }, `${name(respondent)} → ${name(partner)}${round === "" ? "" : ` (${round})`}`, conflicts);
    return;
  }
  const relationship = LEVELS[level - 1] ?? "awareness";
  let tie = pairTie(st, respondent, partner);
  if (tie === undefined) {
    const type = TYPE_OF_LEVEL[relationship];
    tie = addTie(st.graph, respondent, partner, edgeAttributes({ type, strength: level + 1, source, extra: { "made from": "partner survey" } }));
    st.ties.set(type, false, 1, respondent, partner, tie);
    st.hasStrength = true;
  }
  const response: SurveyResponse = { respondent, partner, round, relationship, level, tie, source };
  if (trust !== undefined) response.trust = trust;
  if (value !== undefined) response.value = value;
  s.seen.set(dupKey, { index: s.responses.length, ...source });
  s.responses.push(response);
  r.file.report.imported++;
}

/**
 * After the last survey row: each rated tie takes the relationship (highest level), trust and
 * value (means) of the latest round that rated it; the answers go on the graph (`survey`).
 */
export function finishSurvey(st: ImportState): void {
  const s = states.get(st);
  if (s === undefined || s.responses.length === 0) return;
  const latest = new Map<string, SurveyResponse[]>();
  for (const r of s.responses) {
    const list = latest.get(r.tie);
    const round = list?.[0]?.round;
    if (list === undefined || round === undefined || compareRoundLabels(r.round, round) > 0) latest.set(r.tie, [r]);
    else if (r.round === round) list.push(r);
  }
  const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100;
  for (const [tie, answers] of latest) {
    const level = Math.max(...answers.map((a) => a.level));
    const trust = answers.flatMap((a) => (a.trust === undefined ? [] : [a.trust]));
    const value = answers.flatMap((a) => (a.value === undefined ? [] : [a.value]));
    st.graph.mergeEdgeAttributes(tie, {
      relationship: LEVELS[level - 1] ?? "awareness",
      ...(trust.length > 0 ? { trust: mean(trust) } : {}),
      ...(value.length > 0 ? { value: mean(value) } : {}),
    });
  }
  st.graph.setAttribute("survey", s.responses);
}
