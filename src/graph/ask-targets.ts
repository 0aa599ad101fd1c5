/**
 * Coalition Map — whom an ask is about and who may make it: the target a user means, its decision
 * makers, and the eligible askers (the rules are in ask.ts's module comment).
 */
import { ASK_DEFAULTS } from "./ask-types.js";
import { isMember, positiveView } from "./model.js";
import { staffOf, tiedStaffOf } from "./staff.js";
import { assertCoalitionGraph } from "./utils/assert-coalition-graph.js";
import { compareIds } from "./utils/compare-ids.js";
import type { CoalitionGraph } from "./types.js";

/**
 * The node a user means by `nameOrId`: the node with that id, else the node whose label matches
 * case-insensitively (spaces trimmed and collapsed); several matches → people first, then the
 * smallest id. Undefined when no one is called that.
 */
export function resolveTarget(graph: CoalitionGraph, nameOrId: string): string | undefined {
  assertCoalitionGraph(graph, "resolveTarget");
  if (typeof nameOrId !== "string") throw new Error("resolveTarget: expected a name or id (string).");
  if (graph.hasNode(nameOrId)) return nameOrId;
  const norm = (s: string): string => s.trim().replace(/\s+/g, " ").toLowerCase();
  const wanted = norm(nameOrId);
  if (!wanted) return undefined;
  if (graph.hasNode(wanted)) return wanted;
  const best = namedTargets(graph, nameOrId)[0];
  if (best !== undefined) return best;
  // No exact name: a part of a name is enough when exactly one person or organization has it.
  const partial = similarTargets(graph, nameOrId, 2);
  return partial.length === 1 ? partial[0] : undefined;
}

/**
 * Every node whose label (or id) is `name`, compared as resolveTarget compares (case-insensitive,
 * spaces trimmed and collapsed), in its order: people first, then by id. The first is the one
 * resolveTarget picks; more than one means the name alone is ambiguous.
 */
export function namedTargets(graph: CoalitionGraph, name: string): string[] {
  const norm = (s: string): string => s.trim().replace(/\s+/g, " ").toLowerCase();
  const wanted = norm(name);
  if (!wanted) return [];
  const matches: { id: string; person: boolean }[] = [];
  graph.forEachNode((id, a) => {
    if (norm(a.label ?? "") === wanted || norm(id) === wanted) matches.push({ id, person: a.kind === "person" });
  });
  matches.sort((a, b) => Number(b.person) - Number(a.person) || compareIds(a.id, b.id));
  return matches.map((m) => m.id);
}

/**
 * People and organizations whose name contains `query` (case-insensitive, spaces collapsed), names
 * starting with it first, then alphabetically; at most `limit`. For "did you mean" suggestions.
 */
export function similarTargets(graph: CoalitionGraph, query: string, limit = 5): string[] {
  assertCoalitionGraph(graph, "similarTargets");
  const norm = (s: string): string => s.trim().replace(/\s+/g, " ").toLowerCase();
  const q = norm(query);
  if (q.length < 2) return [];
  const hits: { id: string; label: string; starts: boolean }[] = [];
  graph.forEachNode((id, a) => {
    const label = norm(a.label ?? "");
    const at = label.indexOf(q);
    if (at >= 0) hits.push({ id, label, starts: at === 0 });
  });
  hits.sort((a, b) => Number(b.starts) - Number(a.starts) || compareIds(a.label, b.label) || compareIds(a.id, b.id));
  return hits.slice(0, limit).map((h) => h.id);
}

/** The decision makers standing for a target (see the module comment), sorted by id. */
export function decisionMakersOf(graph: CoalitionGraph, target: string, staff?: readonly string[]): string[] {
  const a = graph.getNodeAttributes(target);
  if (a.kind !== "organization") return [target];
  const people = staff ?? staffOf(graph, target);
  if (people.length === 0) return [target];
  const flagged = people.filter((p) => graph.getNodeAttribute(p, "decisionMaker") === true);
  if (flagged.length > 0) return flagged;
  const view = positiveView(graph);
  const ranked = people.map((p) => ({ p, d: view.degree(p) })).sort((x, y) => y.d - x.d || compareIds(x.p, y.p));
  const top = ranked[0]?.d ?? 0; // people is not empty, so neither is ranked
  const out = ranked.filter((r) => r.d === top).slice(0, ASK_DEFAULTS.maxStandIns).map((r) => r.p);
  const staffSet = new Set(people);
  let outside = false;
  view.forEachNeighbor(target, (nb) => {
    if (!staffSet.has(nb)) outside = true;
  });
  if (outside) out.push(target);
  return out.sort(compareIds);
}

/**
 * Who may make asks in a graph (eligibleAskers), and the staff index when the caller gave one: the
 * ask searches that follow (the outreach plan's, the power map's) then read each target's staff
 * from it instead of a pass over every node per target (staffOf).
 */
export interface EligibleAskers {
  askers: Set<string>;
  askersAre: "members" | "everyone";
  /** Every organization's staff (staff.ts's staffIndex of the same graph), when given. */
  staff?: ReadonlyMap<string, readonly string[]>;
}

/**
 * Who may make asks in this graph (see ask.ts's module comment): the people with status core or
 * member, and the people with no status on the staff of a core or member organization — the one
 * staff rule of staff.ts (the organization column or a positive member_of tie). Everyone when no
 * node is a member. O(nodes + the member organizations' ties): one ask (askPaths) builds no
 * index; a plan of many passes `staff` (staffIndex) to be handed on to its searches.
 */
export function eligibleAskers(graph: CoalitionGraph, staff?: ReadonlyMap<string, readonly string[]>): EligibleAskers {
  const askers = new Set<string>();
  let anyMember = false;
  const noStatus = (p: string): boolean => graph.getNodeAttribute(p, "status") === "none";
  graph.forEachNode((id, a) => {
    if (isMember(a)) {
      anyMember = true;
      if (a.kind === "person") askers.add(id);
      // A member organization's staff by a member_of tie (its own ties: fewer than its people's).
      else for (const p of tiedStaffOf(graph, id)) if (noStatus(p)) askers.add(p);
    } else if (a.kind === "person" && a.status === "none" && a.organization && graph.hasNode(a.organization) && isMember(graph.getNodeAttributes(a.organization))) {
      // On a member organization's staff by their own column.
      askers.add(id);
    }
  });
  const index = staff === undefined ? {} : { staff };
  if (!anyMember) {
    graph.forEachNode((id) => askers.add(id));
    return { askers, askersAre: "everyone", ...index };
  }
  return { askers, askersAre: "members", ...index };
}
