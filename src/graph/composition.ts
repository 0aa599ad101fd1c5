/**
 * Coalition Map — composition and balance of the coalition.
 *
 * In the organizer's words: who is at the table (the five groups the seed names: people with
 * lived experience, those who work on the issue, influential community members, policy makers,
 * other community members), whether a few well-connected professionals hold all the connections,
 * and whether the members with lived experience are woven in or left at the edge.
 *
 * Precise definition.
 *  - Members: nodes with status core/member, people and organizations. Group: `memberGroup` from
 *    groups.ts (a person with lived experience counts in "lived experience" first; `overlaps` lists
 *    those who also belong to a sector group other than "community").
 *  - centralization: Freeman's degree centralization of the whole positive-tie view (simple,
 *    undirected): Σ (d_max − d_i) / ((n − 1)(n − 2)) — 0 when everyone has the same number of ties,
 *    1 for a star; 0 when n < 3. (Freeman 1979.)
 *  - brokerage: betweenness from `standing` (positive view; distance = 1/strength when weighted).
 *    `topShare` = share of the members' total betweenness held by the `top` members with the highest
 *    betweenness (members with betweenness 0 are never listed); "a few members hold most of the
 *    connections" is said when that share is at least half and they are fewer than half the members; `professionalShare` = share held by members of professional sectors (providers
 *    and policy makers by `sectorGroup`, whatever their lived experience). Shares are 0 when the
 *    members' total is 0.
 *  - livedExperience: member PEOPLE with `livedExperience`; their mean degree (distinct positive
 *    neighbours, membership tie included) against the mean degree of all member people, and those
 *    with at most `poorlyConnected` ties (default 2), by name.
 *
 * Reference: Freeman, L. C. (1979). Centrality in social networks: conceptual clarification.
 * Social Networks 1(3):215-239.
 */
import { MEMBER_GROUPS, memberGroup, sectorGroup, type MemberGroup } from "./groups.js";
import { isMember, positiveView } from "./model.js";
import { standing as computeStanding, type NodeStanding } from "./standing.js";
import type { CoalitionGraph, NodeAttributes } from "./types.js";
import { assertCoalitionGraph } from "./utils/assert-coalition-graph.js";
import { round } from "./utils/round.js";
import { compareIds } from "./utils/compare-ids.js";
import { countWords } from "./utils/count-words.js";

export interface NamedNode {
  id: string;
  label: string;
}

export interface Composition {
  /** Number of members (people and organizations). */
  members: number;
  memberPeople: number;
  memberOrganizations: number;
  /** The five groups, in the seed's order, each with its member ids (sorted). */
  groups: { group: MemberGroup; count: number; members: string[] }[];
  /** Lived-experience members who also belong to a sector group (counted in lived experience). */
  overlaps: (NamedNode & { alsoIn: MemberGroup })[];
  /** Freeman degree centralization of the positive-tie view, 0–1. */
  centralization: number;
  brokerage: {
    /** The members with the highest betweenness (up to `top`; only members with betweenness above 0). */
    top: (NamedNode & { betweenness: number; share: number })[];
    /** Share of the members' total betweenness held by `top`. */
    topShare: number;
    /** Share held by members of professional sectors (providers, policy makers). */
    professionalShare: number;
    /** Number of professional-sector members. */
    professionalMembers: number;
    /** Sum of the members' betweenness. */
    total: number;
  };
  livedExperience: {
    count: number;
    meanDegree: number;
    /** Mean degree of all member people, for comparison. */
    memberMeanDegree: number;
    /** Members with lived experience with at most `threshold` positive ties, fewest first. */
    poorlyConnected: (NamedNode & { degree: number })[];
    threshold: number;
  };
  findings: string[];
}

export interface CompositionOptions {
  /** How many top brokers to count. Default 5. */
  top?: number;
  /** A lived-experience member with at most this many ties is poorly connected. Default 2. */
  poorlyConnected?: number;
  /** Precomputed standing; computed if absent. */
  standing?: Record<string, NodeStanding>;
}

export const COMPOSITION_DEFAULTS = {
  top: 5,
  poorlyConnected: 2,
} as const;

const pct = (x: number): string => `${Math.round(x * 100)}%`;

function names(list: NamedNode[], max = 6): string {
  const shown = list.slice(0, max).map((n) => n.label);
  return list.length > max ? `${shown.join(", ")} and ${list.length - max} more` : shown.join(", ");
}

/** Freeman degree centralization of a simple undirected graph given its degrees. */
export function degreeCentralization(degrees: number[]): number {
  const n = degrees.length;
  if (n < 3) return 0;
  // A loop, not Math.max(...degrees): a spread of 100,000 arguments overflows a browser worker's stack.
  let max = -Infinity;
  for (const d of degrees) if (d > max) max = d;
  let sum = 0;
  for (const d of degrees) sum += max - d;
  return sum / ((n - 1) * (n - 2));
}

/** Composition and balance of the coalition (see the module comment). */
export function composition(graph: CoalitionGraph, options: CompositionOptions = {}): Composition {
  assertCoalitionGraph(graph, "composition");
  const top = options.top ?? COMPOSITION_DEFAULTS.top;
  if (!Number.isInteger(top) || top < 1) throw new Error("composition: option `top` must be a whole number ≥ 1.");
  const threshold = options.poorlyConnected ?? COMPOSITION_DEFAULTS.poorlyConnected;
  if (!Number.isInteger(threshold) || threshold < 0)
    throw new Error("composition: option `poorlyConnected` must be a whole number ≥ 0.");

  const view = positiveView(graph);
  const st = options.standing ?? computeStanding(graph);
  const label = (id: string): string => graph.getNodeAttribute(id, "label") || id;
  const orgOf = (a: NodeAttributes): NodeAttributes | undefined =>
    a.kind === "person" && a.organization && graph.hasNode(a.organization) ? graph.getNodeAttributes(a.organization) : undefined;

  const members: string[] = [];
  graph.forEachNode((id, a) => {
    if (isMember(a)) members.push(id);
  });
  members.sort(compareIds);

  // Groups and overlaps.
  const groupOf = new Map<string, MemberGroup>();
  const overlaps: Composition["overlaps"] = [];
  let people = 0;
  const professional = new Set<string>();
  for (const m of members) {
    const a = graph.getNodeAttributes(m);
    if (a.kind === "person") people++;
    const g = memberGroup(a, orgOf(a));
    groupOf.set(m, g);
    const sg = sectorGroup(a, orgOf(a));
    if (sg === "providers" || sg === "policy makers") professional.add(m);
    if (g === "lived experience" && sg !== "community") overlaps.push({ id: m, label: label(m), alsoIn: sg });
  }
  const groups = MEMBER_GROUPS.map((g) => {
    const inGroup = members.filter((m) => groupOf.get(m) === g);
    return { group: g, count: inGroup.length, members: inGroup };
  });

  // Centralization of the whole positive view.
  const degrees: number[] = [];
  view.forEachNode((n) => void degrees.push(view.degree(n)));
  const centralization = round(degreeCentralization(degrees));

  // Brokerage.
  const bet = (id: string): number => {
    const b = st[id]?.betweenness ?? 0;
    return Number.isFinite(b) ? b : 0;
  };
  const total = members.reduce((s, m) => s + bet(m), 0);
  const share = (x: number): number => (total > 0 ? round(x / total) : 0);
  // Only members who broker at all: a member with no ties holds none of the brokerage.
  const ranked = members.filter((m) => bet(m) > 0).sort((p, q) => bet(q) - bet(p) || compareIds(p, q)).slice(0, top);
  const topList = ranked.map((id) => ({ id, label: label(id), betweenness: round(bet(id)), share: share(bet(id)) }));
  const topShare = share(ranked.reduce((s, m) => s + bet(m), 0));
  const professionalShare = share([...professional].reduce((s, m) => s + bet(m), 0));

  // Lived experience.
  const memberPeople = members.filter((m) => graph.getNodeAttribute(m, "kind") === "person");
  const lived = memberPeople.filter((m) => graph.getNodeAttribute(m, "livedExperience") === true);
  const deg = (id: string): number => view.degree(id);
  const mean = (xs: string[]): number => (xs.length ? round(xs.reduce((s, x) => s + deg(x), 0) / xs.length) : 0);
  const poorly = lived
    .filter((m) => deg(m) <= threshold)
    .map((id) => ({ id, label: label(id), degree: deg(id) }))
    .sort((p, q) => p.degree - q.degree || compareIds(p.label.toLowerCase(), q.label.toLowerCase()) || compareIds(p.id, q.id));
  const livedExperience = {
    count: lived.length,
    meanDegree: mean(lived),
    memberMeanDegree: mean(memberPeople),
    poorlyConnected: poorly,
    threshold,
  };

  const result = {
    members: members.length,
    memberPeople: people,
    memberOrganizations: members.length - people,
    groups,
    overlaps,
    centralization,
    brokerage: { top: topList, topShare, professionalShare, professionalMembers: professional.size, total: round(total) },
    livedExperience,
  };
  return { ...result, findings: findingsOf(result, total) };
}

/** The composition's findings in plain words; `total` is the members' betweenness before rounding. */
function findingsOf(c: Omit<Composition, "findings">, total: number): string[] {
  const { groups, overlaps, centralization, livedExperience } = c;
  const { top: topList, topShare, professionalShare, professionalMembers } = c.brokerage;
  const { poorlyConnected: poorly, threshold } = livedExperience;
  const findings: string[] = [];
  if (c.members === 0) {
    findings.push("No one is marked as a coalition member (status core or member), so composition cannot be assessed.");
    return findings;
  }
  findings.push(
    `The coalition has ${countWords(c.members, "member", "members")} (${countWords(c.memberPeople, "person", "people")}, ${countWords(c.memberOrganizations, "organization", "organizations")}): ` +
      groups.map((g) => `${g.group} ${g.count}`).join(", ") +
      ". People with lived experience are counted there first.",
  );
  const missing = groups.filter((g) => g.count === 0).map((g) => g.group);
  if (missing.length) findings.push(`No members in: ${missing.join(", ")}.`);
  if (total > 0) {
    findings.push(`${topList.length === 1 ? "The top member holds" : `The top ${topList.length} members hold`} ${pct(topShare)} of the members' brokerage (betweenness): ${names(topList)}.`);
    // The table counts a member with lived experience there first; here they count by their sector too.
    const alsoProfessional = overlaps.filter((o) => o.alsoIn === "providers" || o.alsoIn === "policy makers").length;
    findings.push(
      `Members from professional sectors (providers and policy makers, ${professionalMembers} of ${c.members}, ` +
        `${pct(professionalMembers / c.members)}${alsoProfessional > 0 ? `, with ${alsoProfessional} counted under lived experience above` : ""}) hold ${pct(professionalShare)} of the members' brokerage.`,
    );
    // "A few": the top brokers are fewer than half of the members (not 3 of 5, not the only member).
    if (topShare >= 0.5 && topList.length * 2 < c.members)
      findings.push("A few members sit on most of the routes between the others (brokerage, not the number of ties): the coalition depends on them to pass things along and may be dominated by them.");
  }
  findings.push(
    `Network degree centralization is ${centralization.toFixed(2)} (0 = everyone equally connected, 1 = one hub tied to everyone).`,
  );
  if (livedExperience.count === 0) {
    findings.push("No member is recorded as having lived experience of the issue.");
    return findings;
  }
  findings.push(
    `Members with lived experience (${livedExperience.count}) have on average ${livedExperience.meanDegree.toFixed(1)} ties, ` +
      `against ${livedExperience.memberMeanDegree.toFixed(1)} for all member people.`,
  );
  if (poorly.length)
    findings.push(
      `${poorly.length} of them ${poorly.length === 1 ? "has" : "have"} ${threshold} ties or fewer: ` +
        poorly.map((p) => `${p.label} (${p.degree})`).join(", ") +
        ".",
    );
  if (overlaps.length)
    findings.push(`Also in a sector group (counted in lived experience): ${overlaps.map((o) => `${o.label} (${o.alsoIn})`).join(", ")}.`);
  return findings;
}
