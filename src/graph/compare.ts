/**
 * Coalition Map — how the coalition changed between two rounds (the evaluation).
 *
 * In the organizer's words: who joined and who left (by the five groups), which ties are new,
 * gone, stronger or weaker, and whether the network as a whole grew more connected, less
 * dependent on a few hubs, better woven across communities and factions, with fewer service
 * gaps, its members with lived experience better connected and brokerage less concentrated.
 * These are the network-level criteria evaluators use (Provan & Milward 2001: membership growth,
 * range of services, absence of duplication, relationship strength, integration).
 *
 * Precise definition. Both rounds are full reports of `analyzeCoalition` run with the same
 * options and seed, on the two graphs (two workbooks, or one workbook as it was on a date and as
 * it stands — compare-snapshot.ts).
 *  - Matching (compare-match.ts): a node of the earlier round is the same as a node of the later
 *    one with the same id; else with the same name (`nameKey`, the importer's normalizeName) and
 *    kind, when exactly one unmatched node has it. `matching` counts both rules.
 *  - Members: status core or member. Gained = a member in the later round who was not one in the
 *    earlier (new, or was a prospect/outsider); lost = the reverse. Groups: `memberGroup` (groups.ts).
 *  - Ties are the same tie when they join the same (matched) two nodes, with the same type, sign
 *    and direction; several equal ties pair up in order. Added / removed = unpaired; strengthened /
 *    weakened = paired with a higher / lower strength. Membership ties from the organization
 *    column count too (flagged `membership`).
 *  - Per round (`RoundFigures`): density of the positive-tie view 2m / (n(n − 1)); Freeman degree
 *    centralization of that view; mean strength of the positive ties; positive-view ties across
 *    communities (the report's Louvain communities) and across factions (the conflicts section's
 *    factions; only ties with both ends in factions of one bad-history group are counted), as counts and shares; members
 *    with lived experience: how many, their mean number of ties, and their mean percentile of ties
 *    among member people (0 = least connected, 1 = most); the share of the members' betweenness
 *    held by the five members with the most (all nodes when no one is a member).
 *  - Gaps closed / opened: items of the gap analysis (missing, thin, duplicated without
 *    coordination, unlinked hand-off; by service and area) found in one round and not the other.
 *  - Partner survey figures for every survey round found in either workbook (partnership.ts).
 *
 * Pure and deterministic: every list is sorted with a total order.
 *
 * Reference: Provan, K. G. & Milward, H. B. (2001). Do networks really work? A framework for
 * evaluating public-sector organizational networks. Public Administration Review 61(4):414–423.
 */
import type { FullReport } from "./analyze.js";
import { matchNodes, type NodeMatching } from "./compare-match.js";
import { degreeCentralization } from "./composition.js";
import { MEMBER_GROUPS, memberGroup, type MemberGroup } from "./groups.js";
import { isMember, positiveView } from "./model.js";
import { rated, type PartnershipRound } from "./partnership.js";
import type { CoalitionGraph, NodeAttributes } from "./types.js";
import { compareIds } from "./utils/compare-ids.js";
import { countWords } from "./utils/count-words.js";
import { percentileRank } from "./utils/percentile-rank.js";
import { round } from "./utils/round.js";

/** One round: its graph, its full report (same options and seed for both), and its name in words. */
export interface CompareRound {
  graph: CoalitionGraph;
  report: FullReport;
  /** "examples/sample-coalition", "as of 2025-12-31", "now"… */
  label: string;
}

export interface CompareOptions {
  /** The form under which two names are the same (pass the importer's `normalizeName`). Default: lower case, spaces collapsed. */
  nameKey?: (name: string) => string;
  /** How the two rounds were made. Default: two workbooks. */
  basis?: { kind: "workbooks" } | { kind: "dates"; asOf: string; now: string };
  /** How many top brokers' share to follow. Default 5. */
  top?: number;
}

export const COMPARE_DEFAULTS = { top: 5 } as const;

export interface MemberChange {
  /** The node's id in the round where it is a member (later round for gains, earlier for losses). */
  id: string;
  label: string;
  kind: NodeAttributes["kind"];
  group: MemberGroup;
  /** gained: "new" (not in the earlier round) or "became a member"; lost: "gone" or "no longer a member". */
  how: "new" | "became a member" | "gone" | "no longer a member";
}

export interface TieChange {
  /** The tie's key in its round (later round for added, earlier for removed). */
  key: string;
  from: string;
  to: string;
  fromLabel: string;
  toLabel: string;
  type: string;
  sign: 1 | -1;
  strength: number;
  /** The membership tie made from a person's organization column. */
  membership: boolean;
}

export interface TieStrengthChange extends TieChange {
  /** The strength in the earlier round (`strength` is the later one). */
  before: number;
  /** The tie's key in the earlier round. */
  beforeKey: string;
}

export interface AcrossFigure {
  /** Positive ties across (communities / factions). */
  across: number;
  /** Positive ties counted (every positive tie / those with both ends in a faction). */
  of: number;
  share: number;
}

/** The network-level figures of one round. */
export interface RoundFigures {
  label: string;
  nodes: number;
  ties: number;
  members: number;
  /** Positive-tie view: 2m / (n(n − 1)). */
  density: number;
  /** Freeman degree centralization of the positive-tie view (0 = even, 1 = one hub). */
  centralization: number;
  /** Mean strength of the positive ties (1–5 in a workbook). */
  averageStrength: number;
  communities: number;
  acrossCommunities: AcrossFigure;
  /** Null when the round has no factions (no negative ties). */
  acrossFactions: AcrossFigure | null;
  livedExperience: { count: number; meanDegree: number; memberMeanDegree: number; meanPercentile: number };
  brokerage: { top: { id: string; label: string; share: number }[]; topShare: number; among: "members" | "everyone" };
  /** Gap items (missing, thin, duplicated, unlinked); null when the gap analysis is not available. */
  gaps: number | null;
}

export interface GapChange {
  kind: "missing" | "thin" | "duplicated" | "unlinked";
  service: string;
  area: string;
  /** In words: "interpretation in East: no provider". */
  words: string;
}

export interface CoalitionChange {
  basis: "two workbooks" | "dates";
  /** Dates mode: the earlier date and the date "now" stands for. */
  asOf?: string;
  now?: string;
  matching: NodeMatching["counts"];
  members: {
    gained: MemberChange[];
    lost: MemberChange[];
    byGroup: { group: MemberGroup; before: number; after: number; gained: number; lost: number }[];
  };
  ties: {
    counts: { added: number; removed: number; strengthened: number; weakened: number; unchanged: number };
    added: TieChange[];
    removed: TieChange[];
    strengthened: TieStrengthChange[];
    weakened: TieStrengthChange[];
  };
  before: RoundFigures;
  after: RoundFigures;
  /** Null when neither round has the gap analysis. */
  gaps: { closed: GapChange[]; opened: GapChange[] } | null;
  /** Partner-survey figures of every survey round in either workbook (later workbook's figures for a round in both); empty without a survey. */
  partnership: PartnershipRound[];
  /** Everything above in an organizer's words. */
  findings: string[];
}

// ---- helpers ---------------------------------------------------------------------------------

const label = (g: CoalitionGraph, id: string): string => g.getNodeAttribute(id, "label") || id;

function orgOf(g: CoalitionGraph, a: NodeAttributes): NodeAttributes | undefined {
  return a.kind === "person" && a.organization !== undefined && g.hasNode(a.organization) ? g.getNodeAttributes(a.organization) : undefined;
}

function groupOf(g: CoalitionGraph, id: string): MemberGroup {
  const a = g.getNodeAttributes(id);
  return memberGroup(a, orgOf(g, a));
}

const byLabel = <T extends { label: string; id: string }>(p: T, q: T): number => compareIds(p.label.toLowerCase(), q.label.toLowerCase()) || compareIds(p.id, q.id);

/** The five groups' member counts of one round. */
function groupCounts(g: CoalitionGraph): Map<MemberGroup, number> {
  const counts = new Map<MemberGroup, number>(MEMBER_GROUPS.map((x) => [x, 0]));
  g.forEachNode((id, a) => {
    if (isMember(a)) counts.set(groupOf(g, id), (counts.get(groupOf(g, id)) ?? 0) + 1);
  });
  return counts;
}

function memberChanges(before: CompareRound, after: CompareRound, m: NodeMatching): CoalitionChange["members"] {
  const b = before.graph;
  const a = after.graph;
  const gained: MemberChange[] = [];
  const lost: MemberChange[] = [];
  a.forEachNode((id, attrs) => {
    if (!isMember(attrs)) return;
    const was = m.toBefore.get(id);
    if (was !== undefined && isMember(b.getNodeAttributes(was))) return;
    gained.push({ id, label: label(a, id), kind: attrs.kind, group: groupOf(a, id), how: was === undefined ? "new" : "became a member" });
  });
  b.forEachNode((id, attrs) => {
    if (!isMember(attrs)) return;
    const now = m.toAfter.get(id);
    if (now !== undefined && isMember(a.getNodeAttributes(now))) return;
    lost.push({ id, label: label(b, id), kind: attrs.kind, group: groupOf(b, id), how: now === undefined ? "gone" : "no longer a member" });
  });
  gained.sort(byLabel);
  lost.sort(byLabel);
  const cb = groupCounts(b);
  const ca = groupCounts(a);
  const byGroup = MEMBER_GROUPS.map((group) => ({
    group,
    before: cb.get(group) ?? 0,
    after: ca.get(group) ?? 0,
    gained: gained.filter((x) => x.group === group).length,
    lost: lost.filter((x) => x.group === group).length,
  }));
  return { gained, lost, byGroup };
}

/** A tie's identity across rounds, its ends named by `end` (the later round's ids). */
function tieIdentity(type: string, sign: number, directed: boolean, s: string, t: string): string {
  const [x, y] = directed || s < t ? [s, t] : [t, s];
  return `${type}\u0000${sign}\u0000${directed ? ">" : "-"}\u0000${x}\u0000${y}`;
}

function tieChange(g: CoalitionGraph, key: string): TieChange {
  const a = g.getEdgeAttributes(key);
  const [s, t] = g.extremities(key);
  return { key, from: s, to: t, fromLabel: label(g, s), toLabel: label(g, t), type: a.type, sign: a.sign, strength: a.strength, membership: a.implicit === true };
}

const byTie = (p: TieChange, q: TieChange): number =>
  compareIds(p.fromLabel.toLowerCase(), q.fromLabel.toLowerCase()) || compareIds(p.toLabel.toLowerCase(), q.toLabel.toLowerCase()) || compareIds(p.type, q.type) || compareIds(p.key, q.key);

function tieChanges(before: CompareRound, after: CompareRound, m: NodeMatching): CoalitionChange["ties"] {
  const b = before.graph;
  const a = after.graph;
  // The earlier round's ties under the later round's ids (an unmatched end can match nothing).
  const earlier = new Map<string, string[]>();
  b.forEachEdge((key, attrs, s, t) => {
    const s2 = m.toAfter.get(s) ?? `\u0001${s}`;
    const t2 = m.toAfter.get(t) ?? `\u0001${t}`;
    const id = tieIdentity(attrs.type, attrs.sign, attrs.directed, s2, t2);
    const list = earlier.get(id);
    if (list === undefined) earlier.set(id, [key]);
    else list.push(key);
  });
  const added: TieChange[] = [];
  const strengthened: TieStrengthChange[] = [];
  const weakened: TieStrengthChange[] = [];
  let unchanged = 0;
  a.forEachEdge((key, attrs, s, t) => {
    const id = tieIdentity(attrs.type, attrs.sign, attrs.directed, s, t);
    const list = earlier.get(id);
    const was = list?.shift();
    if (was === undefined) {
      added.push(tieChange(a, key));
      return;
    }
    const old = b.getEdgeAttribute(was, "strength");
    if (old === attrs.strength) unchanged++;
    else (attrs.strength > old ? strengthened : weakened).push({ ...tieChange(a, key), before: old, beforeKey: was });
  });
  const removed: TieChange[] = [];
  for (const list of earlier.values()) for (const key of list) removed.push(tieChange(b, key));
  for (const l of [added, removed, strengthened, weakened]) l.sort(byTie);
  return {
    counts: { added: added.length, removed: removed.length, strengthened: strengthened.length, weakened: weakened.length, unchanged },
    added,
    removed,
    strengthened,
    weakened,
  };
}

/** The figures of one round (see the module comment). */
export function roundFigures(r: CompareRound, top: number = COMPARE_DEFAULTS.top): RoundFigures {
  const g = r.graph;
  const view = positiveView(g);
  const n = view.order;
  const density = n > 1 ? round((2 * view.size) / (n * (n - 1))) : 0;
  const degrees: number[] = [];
  view.forEachNode((x) => void degrees.push(view.degree(x)));
  let strengthSum = 0;
  let positive = 0;
  g.forEachEdge((_e, a) => {
    if (a.sign !== 1) return;
    strengthSum += a.strength;
    positive++;
  });
  // Communities and factions from the report.
  const community = new Map(r.report.nodes.map((x) => [x.id, x.community]));
  let acrossC = 0;
  view.forEachEdge((_e, _a, s, t) => {
    if (community.get(s) !== community.get(t)) acrossC++;
  });
  // Factions: a node's bad-history group and side; only ties within one group are counted.
  const faction = new Map<string, { group: number; side: number }>();
  for (const grp of r.report.conflicts?.groups ?? []) grp.sides.forEach((side, i) => side.forEach((x) => faction.set(x, { group: grp.id, side: i })));
  let acrossF = 0;
  let inFactions = 0;
  view.forEachEdge((_e, _a, s, t) => {
    const fs = faction.get(s);
    const ft = faction.get(t);
    if (fs === undefined || ft === undefined || fs.group !== ft.group) return;
    inFactions++;
    if (fs.side !== ft.side) acrossF++;
  });
  const share = (x: number, of: number) => (of > 0 ? round(x / of) : 0);
  // Lived experience among member people.
  const memberPeople = r.report.nodes.filter((x) => x.kind === "person" && (x.status === "core" || x.status === "member"));
  const lived = memberPeople.filter((x) => x.livedExperience === true);
  const pr = percentileRank(new Map(memberPeople.map((x) => [x.id, x.degree])));
  const mean = (xs: number[]) => (xs.length > 0 ? round(xs.reduce((s, x) => s + x, 0) / xs.length) : 0);
  // Brokerage: the top members' share of the members' betweenness.
  const members = r.report.nodes.filter((x) => x.status === "core" || x.status === "member");
  const pool = members.length > 0 ? members : r.report.nodes;
  const bet = (x: { betweenness: number }) => (Number.isFinite(x.betweenness) ? x.betweenness : 0);
  const total = pool.reduce((s, x) => s + bet(x), 0);
  const ranked = [...pool].sort((p, q) => bet(q) - bet(p) || compareIds(p.id, q.id)).slice(0, top);
  const gapsOn = r.report.availability.some((x) => x.section === "gaps" && x.available);
  return {
    label: r.label,
    nodes: g.order,
    ties: g.size,
    members: members.length,
    density,
    centralization: round(degreeCentralization(degrees)),
    averageStrength: positive > 0 ? round(strengthSum / positive) : 0,
    communities: r.report.summary.communities,
    acrossCommunities: { across: acrossC, of: view.size, share: share(acrossC, view.size) },
    acrossFactions: faction.size > 0 ? { across: acrossF, of: inFactions, share: share(acrossF, inFactions) } : null,
    livedExperience: {
      count: lived.length,
      meanDegree: mean(lived.map((x) => x.degree)),
      memberMeanDegree: mean(memberPeople.map((x) => x.degree)),
      meanPercentile: mean(lived.map((x) => pr(x.id))),
    },
    brokerage: {
      top: ranked.map((x) => ({ id: x.id, label: x.label, share: share(bet(x), total) })),
      topShare: share(ranked.reduce((s, x) => s + bet(x), 0), total),
      among: members.length > 0 ? "members" : "everyone",
    },
    gaps: gapsOn ? gapItems(r.report).size : null,
  };
}

/** The gap analysis's items of one round, by a key of kind, service and area. */
function gapItems(report: FullReport): Map<string, GapChange> {
  const out = new Map<string, GapChange>();
  const gp = report.gaps;
  const add = (kind: GapChange["kind"], service: string, area: string, words: string) => out.set(`${kind}\u0000${service}\u0000${area.toLowerCase()}`, { kind, service, area, words });
  for (const x of gp.missing) add("missing", x.service, x.area, `${x.service} in ${x.area}: no provider`);
  for (const x of gp.thin) add("thin", x.service, x.area, `${x.service} in ${x.area}: only one provider`);
  for (const x of gp.duplicated) add("duplicated", x.service, x.area, `${x.service} in ${x.area}: providers that do not coordinate`);
  for (const x of gp.unlinked) add("unlinked", `${x.services[0]} → ${x.services[1]}`, x.area, `${x.services[0]} → ${x.services[1]} in ${x.area}: no referral tie`);
  return out;
}

function gapChanges(before: CompareRound, after: CompareRound): CoalitionChange["gaps"] {
  const on = (r: CompareRound) => r.report.availability.some((x) => x.section === "gaps" && x.available);
  if (!on(before) && !on(after)) return null;
  const b = on(before) ? gapItems(before.report) : new Map<string, GapChange>();
  const a = on(after) ? gapItems(after.report) : new Map<string, GapChange>();
  const order = (p: GapChange, q: GapChange) => compareIds(p.kind, q.kind) || compareIds(p.service, q.service) || compareIds(p.area, q.area);
  return {
    closed: [...b].filter(([k]) => !a.has(k)).map(([, v]) => v).sort(order),
    opened: [...a].filter(([k]) => !b.has(k)).map(([, v]) => v).sort(order),
  };
}

function partnershipRounds(before: CompareRound, after: CompareRound): PartnershipRound[] {
  const rounds = new Map<string, PartnershipRound>();
  for (const r of [before, after]) for (const p of r.report.partnership?.rounds ?? []) rounds.set(p.round, p);
  return [...rounds.values()].sort((p, q) => compareIds(p.round, q.round));
}

/** How the coalition changed from `before` to `after` (see the module comment). */
export function compareRounds(before: CompareRound, after: CompareRound, options: CompareOptions = {}): CoalitionChange {
  const top = options.top ?? COMPARE_DEFAULTS.top;
  if (!Number.isInteger(top) || top < 1) throw new Error("compareRounds: option `top` must be a whole number ≥ 1.");
  const matching = matchNodes(before.graph, after.graph, options.nameKey);
  const basis = options.basis ?? { kind: "workbooks" };
  const change: Omit<CoalitionChange, "findings"> = {
    basis: basis.kind === "dates" ? "dates" : "two workbooks",
    ...(basis.kind === "dates" ? { asOf: basis.asOf, now: basis.now } : {}),
    matching: matching.counts,
    members: memberChanges(before, after, matching),
    ties: tieChanges(before, after, matching),
    before: roundFigures(before, top),
    after: roundFigures(after, top),
    gaps: gapChanges(before, after),
    partnership: partnershipRounds(before, after),
  };
  return { ...change, findings: changeFindings(change) };
}

// ---- words -----------------------------------------------------------------------------------

const pct = (x: number): string => `${Math.round(x * 100)}%`;
const fix = (x: number, d: number): string => x.toFixed(d);

/** "0.21 → 0.18 (lower)" */
function movement(b: number, a: number, d: number): string {
  // Compared as shown, so "0.29 → 0.29" never reads "up".
  const [x, y] = [Number(fix(b, d)), Number(fix(a, d))];
  const words = y > x ? "up" : y < x ? "down" : a === b ? "unchanged" : "about the same";
  return `${fix(b, d)} → ${fix(a, d)} (${words})`;
}

function names(list: readonly { label: string }[], max = 8): string {
  const shown = list.slice(0, max).map((x) => x.label);
  return list.length > max ? `${shown.join(", ")} and ${list.length - max} more` : shown.join(", ");
}

/** The change in an organizer's words, one sentence per line. */
export function changeFindings(c: Omit<CoalitionChange, "findings">): string[] {
  const out: string[] = [];
  const { gained, lost, byGroup } = c.members;
  const joinedWord = (k: number) => (k === 1 ? "member joined" : "members joined");
  out.push(
    `${gained.length} ${joinedWord(gained.length)}, ${lost.length} left (members: ${c.before.members} → ${c.after.members}).` +
      (gained.length > 0 ? ` New: ${names(gained)}.` : "") +
      (lost.length > 0 ? ` Left: ${names(lost)}.` : ""),
  );
  const moved = byGroup.filter((g) => g.before !== g.after || g.gained > 0 || g.lost > 0);
  if (moved.length > 0) out.push(`By group: ${moved.map((g) => `${g.group} ${g.before} → ${g.after}`).join(", ")}.`);
  const t = c.ties.counts;
  out.push(
    `${countWords(t.added, "tie was", "ties were")} added, ${t.removed} removed, ${t.strengthened} strengthened and ${t.weakened} weakened` +
      ` (${countWords(t.unchanged, "tie", "ties")} unchanged).`,
  );
  const b = c.before;
  const a = c.after;
  out.push(`Density (how many of the possible ties exist): ${movement(b.density, a.density, 3)}.`);
  out.push(`Degree centralization (1 = everything goes through one hub): ${movement(b.centralization, a.centralization, 2)}.`);
  out.push(`Average tie strength: ${movement(b.averageStrength, a.averageStrength, 2)}.`);
  out.push(
    `Ties across communities: ${b.acrossCommunities.across} of ${b.acrossCommunities.of} (${pct(b.acrossCommunities.share)}) → ${a.acrossCommunities.across} of ${a.acrossCommunities.of} (${pct(a.acrossCommunities.share)}).`,
  );
  if (b.acrossFactions !== null || a.acrossFactions !== null) {
    const f = (x: AcrossFigure | null) => (x === null ? "no factions" : `${x.across} of ${x.of} (${pct(x.share)})`);
    out.push(`Good ties between people in opposing factions: ${f(b.acrossFactions)} → ${f(a.acrossFactions)}.`);
  }
  if (c.gaps !== null) {
    const list = (xs: GapChange[]) => (xs.length === 0 ? "none" : xs.map((x) => x.words).join("; "));
    out.push(`Service gaps closed (${c.gaps.closed.length}): ${list(c.gaps.closed)}.`);
    out.push(`Service gaps opened (${c.gaps.opened.length}): ${list(c.gaps.opened)}.`);
  }
  const lb = b.livedExperience;
  const la = a.livedExperience;
  if (lb.count > 0 || la.count > 0)
    out.push(
      `Members with lived experience: ${lb.count} → ${la.count}, with on average ${fix(lb.meanDegree, 1)} → ${fix(la.meanDegree, 1)} ties` +
        ` (all member people: ${fix(lb.memberMeanDegree, 1)} → ${fix(la.memberMeanDegree, 1)}); where they stand among member people: ${pct(lb.meanPercentile)} → ${pct(la.meanPercentile)} (0% least connected, 100% most).`,
    );
  const whose = a.brokerage.among === "members" ? "the members'" : "all";
  // Nobody brokers in a round (no one on a shortest route between two others): its share is 0 of 0
  // (the top members hold a positive share whenever anyone brokers), not "the top 3 brokers hold 0%".
  const brokeredBefore = b.brokerage.topShare > 0;
  const brokeredAfter = a.brokerage.topShare > 0;
  const nobody = "no one sits on a shortest route between two others";
  if (!brokeredBefore && !brokeredAfter) out.push(`Nobody brokers in either round: ${nobody}.`);
  else if (!brokeredAfter) out.push(`The top ${b.brokerage.top.length} brokers held ${pct(b.brokerage.topShare)} of ${whose} brokerage (betweenness); now nobody brokers: ${nobody}.`);
  else if (!brokeredBefore) out.push(`Nobody brokered before (${nobody}); now the top ${a.brokerage.top.length} brokers hold ${pct(a.brokerage.topShare)} of ${whose} brokerage (betweenness).`);
  else out.push(`The top ${a.brokerage.top.length} brokers hold ${pct(b.brokerage.topShare)} → ${pct(a.brokerage.topShare)} of ${whose} brokerage (betweenness)${a.brokerage.topShare < b.brokerage.topShare ? ": less depends on a few people" : a.brokerage.topShare > b.brokerage.topShare ? ": more depends on a few people" : ""}.`);
  for (const p of c.partnership) {
    out.push(
      `Partner survey${p.round === "" ? "" : ` round ${p.round}`}: ${countWords(p.respondents, "respondent", "respondents")}, density ${fix(p.density, 2)}, centralization ${fix(p.centralization, 2)}, average trust ${rated(p.averageTrust) ? fix(p.averageTrust, 2) : "not rated"} and value ${rated(p.averageValue) ? fix(p.averageValue, 2) : "not rated"} (1–4).`,
    );
  }
  if (c.basis === "dates") out.push("From dates alone the earlier strength of a tie is not known: strengthened and weakened ties need two workbooks.");
  return out;
}
