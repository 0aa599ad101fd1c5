/**
 * Coalition Map — an organization's staff: the one rule of every analysis that asks who is at an
 * organization (the asks' decision makers, the outreach plan and the power map through them, the
 * power map's inferred alignment, turf's coordination check, the conflicts' facilitators).
 *
 * The staff of an organization are the people
 *  - whose `organization` column names it, and
 *  - with a positive `member_of` tie to it, in either direction (a person listed at one
 *    organization and a member of another is on both staffs — and, when flagged decision maker,
 *    one of the decision makers of both).
 * Each person once, sorted by id. A negative member_of tie (someone who left) puts no one on a
 * staff; a member_of tie between two people or two organizations is not staff.
 *
 * The importer adds a member_of tie for every person's organization column, so on an imported
 * workbook the column adds no one the ties have not; a graph built in code may have either.
 */
import type { CoalitionGraph, EdgeAttributes, NodeAttributes } from "./types.js";
import { compareIds } from "./utils/compare-ids.js";
import { MEMBERSHIP_TYPE } from "./vocabulary.js";

/** The organization a person's own column puts them on the staff of; undefined for none. */
function listedAt(graph: CoalitionGraph, a: NodeAttributes): string | undefined {
  return a.kind === "person" && a.organization !== undefined && a.organization !== "" && graph.hasNode(a.organization) ? a.organization : undefined;
}

/** [organization, person] when this tie puts the person on the organization's staff; undefined otherwise. */
function staffTie(a: EdgeAttributes, s: string, t: string, sa: NodeAttributes, ta: NodeAttributes): [string, string] | undefined {
  if (a.type !== MEMBERSHIP_TYPE || a.sign !== 1) return undefined;
  if (sa.kind === "person" && ta.kind === "organization") return [t, s];
  if (ta.kind === "person" && sa.kind === "organization") return [s, t];
  return undefined;
}

/** The staff of every organization (see the module comment): organization id → sorted person ids; organizations without staff are absent. O(nodes + the organizations' ties). */
export function staffIndex(graph: CoalitionGraph): Map<string, string[]> {
  const staff = new Map<string, Set<string>>();
  const add = (org: string, person: string): void => {
    let s = staff.get(org);
    if (!s) staff.set(org, (s = new Set()));
    s.add(person);
  };
  graph.forEachNode((n, a) => {
    const org = listedAt(graph, a);
    if (org !== undefined) add(org, n);
    // Only an organization's own ties can put someone on its staff: a network without organizations costs no pass over its ties.
    if (a.kind === "organization")
      graph.forEachEdge(n, (_e, ea, s, t, sa, ta) => {
        const tie = staffTie(ea, s, t, sa, ta);
        if (tie && tie[0] === n) add(n, tie[1]);
      });
  });
  const out = new Map<string, string[]>();
  for (const [org, set] of staff) out.set(org, [...set].sort(compareIds));
  return out;
}

/** The staff of one organization (see the module comment), sorted by id: `staffIndex(graph).get(org) ?? []`, in O(nodes + its ties). */
export function staffOf(graph: CoalitionGraph, org: string): string[] {
  if (!graph.hasNode(org)) return [];
  const out = new Set<string>();
  graph.forEachNode((n, a) => {
    if (listedAt(graph, a) === org) out.add(n);
  });
  graph.forEachEdge(org, (_e, a, s, t, sa, ta) => {
    const tie = staffTie(a, s, t, sa, ta);
    if (tie && tie[0] === org) out.add(tie[1]);
  });
  return [...out].sort(compareIds);
}
