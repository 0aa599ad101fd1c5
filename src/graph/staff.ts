/**
 * Coalition Map — an organization's staff: the one rule of every analysis that asks who is at an
 * organization (the asks' decision makers and who may ask for a member organization, the outreach
 * plan and the power map through them, the power map's influence carried from an organization and
 * its inferred alignment, turf's coordination check, the conflicts' facilitators).
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

/**
 * The person a tie of organization `org` puts on its staff beyond its organization column: the
 * other end of a positive member_of tie, when a person whose own column does not already name
 * `org`; undefined otherwise (no array made: it runs for every tie of every organization).
 */
function memberAt(org: string, a: EdgeAttributes, s: string, t: string, sa: NodeAttributes, ta: NodeAttributes): string | undefined {
  if (a.type !== MEMBERSHIP_TYPE || a.sign !== 1) return undefined;
  const [person, pa] = s === org ? [t, ta] : [s, sa];
  return pa.kind === "person" && pa.organization !== org ? person : undefined;
}

/** Sorted by id, each once (two member_of ties between the same two are one person). */
function sortedOnce(list: string[]): string[] {
  list.sort(compareIds);
  let w = 0;
  for (let r = 0; r < list.length; r++) if (r === 0 || list[r] !== list[r - 1]) list[w++] = list[r] as string;
  list.length = w;
  return list;
}

/** The staff of every organization (see the module comment): organization id → sorted person ids; organizations without staff are absent. O(nodes + the organizations' ties). */
export function staffIndex(graph: CoalitionGraph): Map<string, string[]> {
  const staff = new Map<string, string[]>();
  const add = (org: string, person: string): void => {
    const list = staff.get(org);
    if (list) list.push(person);
    else staff.set(org, [person]);
  };
  graph.forEachNode((n, a) => {
    const org = listedAt(graph, a);
    if (org !== undefined) add(org, n);
    // Only an organization's own ties can put someone on its staff: a network without organizations costs no pass over its ties.
    if (a.kind === "organization")
      graph.forEachEdge(n, (_e, ea, s, t, sa, ta) => {
        const person = memberAt(n, ea, s, t, sa, ta);
        if (person !== undefined) add(n, person);
      });
  });
  for (const list of staff.values()) sortedOnce(list);
  return staff;
}

/** The staff of one organization (see the module comment), sorted by id: `staffIndex(graph).get(org) ?? []`, in O(nodes + its ties). */
export function staffOf(graph: CoalitionGraph, org: string): string[] {
  if (!graph.hasNode(org)) return [];
  const out: string[] = [];
  graph.forEachNode((n, a) => {
    if (listedAt(graph, a) === org) out.push(n);
  });
  for (const person of tiedStaffOf(graph, org)) out.push(person);
  return sortedOnce(out);
}

/**
 * The organizations a person is on the staff of (see the module comment), sorted by id: the one
 * their organization column names and those they have a positive member_of tie with. The staff
 * index turned around, for one person, in O(their ties): `[...staffIndex(graph)].filter(([, people]) =>
 * people.includes(person)).map(([org]) => org)`, sorted.
 */
export function organizationsOf(graph: CoalitionGraph, person: string): string[] {
  if (!graph.hasNode(person)) return [];
  const a = graph.getNodeAttributes(person);
  if (a.kind !== "person") return [];
  const out: string[] = [];
  const listed = listedAt(graph, a);
  if (listed !== undefined) out.push(listed);
  graph.forEachEdge(person, (_e, ea, s, t, sa, ta) => {
    const [org, oa] = s === person ? [t, ta] : [s, sa];
    if (oa.kind === "organization" && memberAt(org, ea, s, t, sa, ta) === person) out.push(org);
  });
  return sortedOnce(out);
}

/**
 * The people a positive member_of tie puts on `org`'s staff beyond its organization column (see the
 * module comment), in O(its ties): unsorted, and a person with two such ties appears twice. With
 * the people whose column names `org`, they are its staff (staffOf).
 */
export function tiedStaffOf(graph: CoalitionGraph, org: string): string[] {
  const out: string[] = [];
  if (graph.hasNode(org) && graph.getNodeAttribute(org, "kind") === "organization")
    graph.forEachEdge(org, (_e, a, s, t, sa, ta) => {
      const person = memberAt(org, a, s, t, sa, ta);
      if (person !== undefined) out.push(person);
    });
  return out;
}
