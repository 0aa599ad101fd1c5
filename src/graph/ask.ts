/**
 * Coalition Map — who should make the ask.
 *
 * In the organizer's words: for a person or organization we want to bring in, which of our own
 * members is best placed to "make the ask" — who knows the decision maker directly and well, or
 * failing that, who can get the warmest chain of introductions — and who should NOT make the ask
 * because of bad history.
 *
 * Precise definition.
 *  - Target: a node id or a label (case-insensitive, see `resolveTarget`). A person target is its
 *    own decision maker. An organization target means its decision makers (people whose
 *    `organization` is it and who are flagged `decisionMaker`); when none is flagged, its
 *    best-connected people (highest positive degree, all tied at the top, at most 3) plus the
 *    organization node itself when it has direct positive ties to anyone outside its own staff;
 *    an organization without people is its own decision maker.
 *  - Askers: coalition members who are PEOPLE (organizations do not make calls; a member
 *    organization's decision maker is a person and is an asker when listed): people with status
 *    core/member, and people with no status (`none`) whose organization is a core/member
 *    organization (its staff). When the graph marks no members at all (a generic edge list),
 *    every node may ask (`askersAre: "everyone"`).
 *  - Warmth: on the positive ties only, a step between two nodes costs 1/s where s is the strength
 *    of the strongest positive tie between them (every tie counts 1 when the graph has no strength
 *    column). A path's cost is the sum over its steps and its score is 1/(1 + cost), in (0, 1):
 *    a direct tie of strength 5 scores 0.833, strength 1 scores 0.5, two strength-5 steps 0.714,
 *    two strength-1 steps 0.333. Shorter and stronger chains score higher.
 *  - A step is forbidden when its two ends also have a negative tie (conflict, bad history, …).
 *    Paths have at most `maxSteps` steps.
 *  - Search: ONE multi-source shortest-path search from the decision makers (Dijkstra over
 *    (node, steps used) labels so that the step limit is exact), stopping as soon as `maxAskers`
 *    askers are found — never all-pairs. Each node's path is the cheapest within the step limit.
 *  - Exclusions: a would-be asker with a negative tie to the target, to the target's organization
 *    (the organization itself for an organization target) or to any decision maker is excluded
 *    (all such are listed). An asker whose best path passes through someone they have a negative
 *    tie with is re-routed around everyone they have a negative tie with (a second search for
 *    that asker only); if no such route exists within the step limit they are excluded and the
 *    reason names the person on their path.
 *
 * graphology-shortest-path offers single-source Dijkstra without a step limit or forbidden
 * steps; the search here is the small label-setting variant those two constraints need.
 */
import { conflictView, isMember, positiveView } from "./model.js";
import { communities as computeCommunities, type CommunityResult } from "./communities.js";
import type { CoalitionGraph, EdgeAttributes, TieView } from "./types.js";

export interface AskStep {
  from: string;
  to: string;
  /** Type of the strongest positive tie between the two. */
  type: string;
  strength: number;
}

export interface Asker {
  id: string;
  label: string;
  /** Node ids from the asker to the decision maker (inclusive). */
  path: string[];
  steps: AskStep[];
  /** 1 / (1 + Σ 1/strength), in (0, 1). */
  score: number;
  /** The decision maker this path reaches (last node of `path`). */
  decisionMaker: string;
  reasons: string[];
}

export interface AskExclusion {
  id: string;
  label: string;
  reason: string;
}

export interface AskResult {
  target: string;
  targetLabel: string;
  decisionMakers: string[];
  askers: Asker[];
  /** Members who should not make the ask, with the negative tie named. */
  excluded: AskExclusion[];
  /** "members" normally; "everyone" when the graph marks no coalition members. */
  askersAre: "members" | "everyone";
}

export interface AskOptions {
  /** How many askers to return. Default 10. */
  maxAskers?: number;
  /** Longest introduction chain, in steps. Default 4. */
  maxSteps?: number;
  /** Precomputed communities (used for the "same community" reason); computed if absent. */
  communities?: CommunityResult;
}

export const ASK_DEFAULTS = {
  maxAskers: 10,
  maxSteps: 4,
  /** How many best-connected people stand in for an organization with no flagged decision maker. */
  maxStandIns: 3,
} as const;

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function checkGraph(graph: CoalitionGraph, fn: string): void {
  if (graph === null || typeof graph !== "object" || typeof graph.forEachNode !== "function")
    throw new Error(`${fn}: expected a CoalitionGraph (graphology graph).`);
}

function labelOf(graph: CoalitionGraph, id: string): string {
  return graph.getNodeAttribute(id, "label") || id;
}

/**
 * The node a user means by `nameOrId`: the node with that id, else the node whose label matches
 * case-insensitively (spaces trimmed and collapsed); several matches → people first, then the
 * smallest id. Undefined when no one is called that.
 */
export function resolveTarget(graph: CoalitionGraph, nameOrId: string): string | undefined {
  checkGraph(graph, "resolveTarget");
  if (typeof nameOrId !== "string") throw new Error("resolveTarget: expected a name or id (string).");
  if (graph.hasNode(nameOrId)) return nameOrId;
  const norm = (s: string): string => s.trim().replace(/\s+/g, " ").toLowerCase();
  const wanted = norm(nameOrId);
  if (!wanted) return undefined;
  if (graph.hasNode(wanted)) return wanted;
  const matches: { id: string; person: boolean }[] = [];
  graph.forEachNode((id, a) => {
    if (norm(a.label ?? "") === wanted || norm(id) === wanted) matches.push({ id, person: a.kind === "person" });
  });
  matches.sort((a, b) => Number(b.person) - Number(a.person) || byId(a.id, b.id));
  if (matches.length > 0) return matches[0]!.id;
  // No exact name: a part of a name is enough when exactly one person or organization has it.
  const partial = similarTargets(graph, nameOrId, 2);
  return partial.length === 1 ? partial[0] : undefined;
}

/**
 * People and organizations whose name contains `query` (case-insensitive, spaces collapsed), names
 * starting with it first, then alphabetically; at most `limit`. For "did you mean" suggestions.
 */
export function similarTargets(graph: CoalitionGraph, query: string, limit = 5): string[] {
  checkGraph(graph, "similarTargets");
  const norm = (s: string): string => s.trim().replace(/\s+/g, " ").toLowerCase();
  const q = norm(query);
  if (q.length < 2) return [];
  const hits: { id: string; label: string; starts: boolean }[] = [];
  graph.forEachNode((id, a) => {
    const label = norm(a.label ?? "");
    const at = label.indexOf(q);
    if (at >= 0) hits.push({ id, label, starts: at === 0 });
  });
  hits.sort((a, b) => Number(b.starts) - Number(a.starts) || byId(a.label, b.label) || byId(a.id, b.id));
  return hits.slice(0, limit).map((h) => h.id);
}

/** People whose `organization` is `org`, sorted by id. */
export function staffOf(graph: CoalitionGraph, org: string): string[] {
  const out: string[] = [];
  graph.forEachNode((id, a) => {
    if (a.kind === "person" && a.organization === org) out.push(id);
  });
  return out.sort(byId);
}

/** The decision makers standing for a target (see the module comment), sorted by id. */
export function decisionMakersOf(graph: CoalitionGraph, target: string, staff?: string[]): string[] {
  const a = graph.getNodeAttributes(target);
  if (a.kind !== "organization") return [target];
  const people = staff ?? staffOf(graph, target);
  if (people.length === 0) return [target];
  const flagged = people.filter((p) => graph.getNodeAttribute(p, "decisionMaker") === true);
  if (flagged.length > 0) return flagged;
  const view = positiveView(graph);
  const ranked = people.map((p) => ({ p, d: view.degree(p) })).sort((x, y) => y.d - x.d || byId(x.p, y.p));
  const top = ranked[0]!.d;
  const out = ranked.filter((r) => r.d === top).slice(0, ASK_DEFAULTS.maxStandIns).map((r) => r.p);
  const staffSet = new Set(people);
  let outside = false;
  view.forEachNeighbor(target, (nb) => {
    if (!staffSet.has(nb)) outside = true;
  });
  if (outside) out.push(target);
  return out.sort(byId);
}

/** Who may make asks in this graph (see the module comment). */
export function eligibleAskers(graph: CoalitionGraph): { askers: Set<string>; askersAre: "members" | "everyone" } {
  const askers = new Set<string>();
  let anyMember = false;
  graph.forEachNode((id, a) => {
    if (isMember(a)) anyMember = true;
    if (a.kind !== "person") return;
    if (isMember(a)) askers.add(id);
    else if (a.status === "none" && a.organization && graph.hasNode(a.organization)) {
      if (isMember(graph.getNodeAttributes(a.organization))) askers.add(id);
    }
  });
  if (!anyMember) {
    graph.forEachNode((id) => askers.add(id));
    return { askers, askersAre: "everyone" };
  }
  return { askers, askersAre: "members" };
}

/** The strongest positive tie between two neighbours of the positive view. */
export function strongestTie(graph: CoalitionGraph, view: TieView, u: string, v: string): { type: string; strength: number } {
  const e = view.edge(u, v);
  if (e === undefined) throw new Error(`strongestTie: no positive tie between "${u}" and "${v}".`);
  let best: EdgeAttributes | undefined;
  for (const k of [...view.getEdgeAttribute(e, "edges")].sort(byId)) {
    const a = graph.getEdgeAttributes(k);
    if (!best || a.strength > best.strength || (a.strength === best.strength && a.type < best.type)) best = a;
  }
  const s = best!.strength;
  return { type: best!.type, strength: Number.isFinite(s) && s > 0 ? s : 1 };
}

/** True when u and v have a negative tie. */
export function negativeBetween(graph: CoalitionGraph, u: string, v: string): boolean {
  const cv = conflictView(graph);
  return cv.hasNode(u) && cv.hasNode(v) && cv.hasEdge(u, v);
}

/** The people/organizations `id` has a negative tie with, sorted. */
export function enemiesOf(graph: CoalitionGraph, id: string): string[] {
  const cv = conflictView(graph);
  return cv.hasNode(id) ? cv.neighbors(id).sort(byId) : [];
}

const NEGATIVE_PHRASES: Record<string, string> = {
  bad_history: "bad history with",
  conflict: "open conflict with",
  rivalry: "rivalry with",
  distrust: "distrust with",
  hostile: "hostile tie with",
};

/** "bad history with Dana Ruiz (since 2019)" — the negative tie between u and v, in words. */
export function negativeTieText(graph: CoalitionGraph, u: string, v: string): string {
  const cv = conflictView(graph);
  const e = cv.edge(u, v);
  const name = labelOf(graph, v);
  if (e === undefined) return `no negative tie with ${name}`;
  const keys = [...cv.getEdgeAttribute(e, "edges")].sort(byId);
  const a = graph.getEdgeAttributes(keys[0]!);
  const phrase = NEGATIVE_PHRASES[a.type] ?? `negative tie (${a.type.replace(/_/g, " ")}) with`;
  return `${phrase} ${name}${a.since ? ` (since ${a.since})` : ""}`;
}

/** A tiny binary min-heap of label indices ordered by a comparator. */
class Heap {
  private items: number[] = [];
  constructor(private readonly less: (a: number, b: number) => boolean) {}
  get size(): number {
    return this.items.length;
  }
  push(x: number): void {
    const h = this.items;
    h.push(x);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }
  pop(): number {
    const h = this.items;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l]!, h[m]!)) m = l;
        if (r < h.length && this.less(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

interface Labels {
  node: string[];
  cost: number[];
  steps: number[];
  parent: number[];
}

/**
 * Multi-source warmest-path search on the positive view from `sources`, at most `maxSteps` steps,
 * never stepping between two nodes with a negative tie nor onto a `blocked` node. Calls `visit`
 * with each node the first time it is settled (its cheapest path); stops when `visit` returns true.
 * Returns the labels so that `pathOf` can rebuild paths (node → … → source).
 */
export function warmSearch(
  graph: CoalitionGraph,
  sources: string[],
  maxSteps: number,
  visit: (node: string, label: number, labels: Labels) => boolean,
  blocked?: ReadonlySet<string>,
): Labels {
  const view = positiveView(graph);
  const L: Labels = { node: [], cost: [], steps: [], parent: [] };
  const seq: number[] = [];
  const less = (a: number, b: number): boolean =>
    L.cost[a]! < L.cost[b]! ||
    (L.cost[a] === L.cost[b] && (L.steps[a]! < L.steps[b]! || (L.steps[a] === L.steps[b] && seq[a]! < seq[b]!)));
  const heap = new Heap(less);
  const add = (node: string, cost: number, steps: number, parent: number): void => {
    const i = L.node.length;
    L.node.push(node);
    L.cost.push(cost);
    L.steps.push(steps);
    L.parent.push(parent);
    seq.push(i);
    heap.push(i);
  };
  /** Fewest steps of any settled label of the node (a later, costlier label must use fewer). */
  const settledSteps = new Map<string, number>();
  for (const s of [...new Set(sources)].sort(byId)) if (!blocked?.has(s)) add(s, 0, 0, -1);
  while (heap.size > 0) {
    const i = heap.pop();
    const v = L.node[i]!;
    const st = L.steps[i]!;
    const prev = settledSteps.get(v);
    if (prev !== undefined && prev <= st) continue;
    settledSteps.set(v, st);
    if (prev === undefined && visit(v, i, L)) break;
    if (st >= maxSteps) continue;
    const nbs = view.neighbors(v).sort(byId);
    for (const w of nbs) {
      if (blocked?.has(w)) continue;
      const ws = settledSteps.get(w);
      if (ws !== undefined && ws <= st + 1) continue;
      if (negativeBetween(graph, v, w)) continue;
      const { strength } = strongestTie(graph, view, v, w);
      add(w, L.cost[i]! + 1 / strength, st + 1, i);
    }
  }
  return L;
}

/** The path of a label: its node, then its parent's, … up to the source. */
export function pathOf(L: Labels, label: number): string[] {
  const out: string[] = [];
  for (let i = label; i >= 0; i = L.parent[i]!) out.push(L.node[i]!);
  return out;
}

/** Round to 4 decimals (stable JSON). */
const round = (x: number): number => Math.round(x * 1e4) / 1e4;

/** Who should make the ask of `target` (id or label) — see the module comment. */
export function askPaths(graph: CoalitionGraph, target: string, options: AskOptions = {}): AskResult {
  checkGraph(graph, "askPaths");
  const maxAskers = options.maxAskers ?? ASK_DEFAULTS.maxAskers;
  const maxSteps = options.maxSteps ?? ASK_DEFAULTS.maxSteps;
  if (!Number.isInteger(maxAskers) || maxAskers < 0) throw new Error("askPaths: option `maxAskers` must be a whole number ≥ 0.");
  if (!(Number.isInteger(maxSteps) || maxSteps === Infinity) || maxSteps < 1)
    throw new Error("askPaths: option `maxSteps` must be a whole number ≥ 1.");
  if (typeof target !== "string") throw new Error("askPaths: expected the target's name or id.");
  const id = resolveTarget(graph, target);
  if (id === undefined) throw new Error(`askPaths: no one named "${target}" in the network.`);
  return askPathsFrom(graph, id, { maxAskers, maxSteps, communities: options.communities }, eligibleAskers(graph));
}

/** askPaths for a resolved id with precomputed askers (used by the outreach plan). */
export function askPathsFrom(
  graph: CoalitionGraph,
  id: string,
  options: { maxAskers: number; maxSteps: number; communities?: CommunityResult | undefined },
  eligible: { askers: Set<string>; askersAre: "members" | "everyone" },
): AskResult {
  const view = positiveView(graph);
  const ta = graph.getNodeAttributes(id);
  const staff = ta.kind === "organization" ? staffOf(graph, id) : [];
  const dms = decisionMakersOf(graph, id, staff);
  const dmSet = new Set(dms);
  const targetOrg = ta.kind === "organization" ? id : ta.organization && graph.hasNode(ta.organization) ? ta.organization : undefined;

  // Up-front exclusions: negative ties to the target, its organization, or a decision maker.
  const role = new Map<string, string>();
  for (const dm of dms) role.set(dm, dm === id ? (ta.kind === "organization" ? "the target organization" : "the target") : "a decision maker");
  if (!role.has(id)) role.set(id, ta.kind === "organization" ? "the target organization" : "the target");
  if (targetOrg !== undefined && !role.has(targetOrg)) role.set(targetOrg, "the target's organization");
  const excluded = new Map<string, AskExclusion>();
  for (const key of [...role.keys()].sort(byId)) {
    for (const m of enemiesOf(graph, key)) {
      if (!eligible.askers.has(m) || dmSet.has(m) || m === id || excluded.has(m)) continue;
      excluded.set(m, { id: m, label: labelOf(graph, m), reason: `${negativeTieText(graph, m, key)}, ${role.get(key)}` });
    }
  }

  let comms: CommunityResult | undefined = options.communities;
  const communityOf = (n: string): number | undefined => {
    comms ??= computeCommunities(graph);
    return comms.assignment[n];
  };

  const askers: Asker[] = [];
  /** Path cost of each asker found (parallel to `askers`), for the stopping rule. */
  const costs: number[] = [];
  const build = (asker: string, path: string[], note?: string): Asker => {
    const steps: AskStep[] = [];
    let cost = 0;
    for (let k = 0; k + 1 < path.length; k++) {
      const t = strongestTie(graph, view, path[k]!, path[k + 1]!);
      steps.push({ from: path[k]!, to: path[k + 1]!, type: t.type, strength: t.strength });
      cost += 1 / t.strength;
    }
    const dm = path[path.length - 1]!;
    const dmName = labelOf(graph, dm);
    const who = dm === id ? `${dmName}${ta.kind === "organization" ? " (the organization itself)" : ""}` : `the decision maker ${dmName}`;
    const reasons: string[] = [];
    if (steps.length === 1) {
      reasons.push(`direct tie to ${who} (${steps[0]!.type.replace(/_/g, " ")}, strength ${steps[0]!.strength})`);
    } else {
      const via = path.slice(1, -1).map((n) => `via ${labelOf(graph, n)}`);
      reasons.push(`${via.length} introduction${via.length === 1 ? "" : "s"} needed: ${via.join(", ")}`);
      reasons.push(`reaches ${who}`);
      const weakest = steps.reduce((w, s) => (s.strength < w.strength ? s : w));
      reasons.push(
        `weakest link: ${labelOf(graph, weakest.from)} – ${labelOf(graph, weakest.to)} (${weakest.type.replace(/_/g, " ")}, strength ${weakest.strength})`,
      );
    }
    const ca = communityOf(asker);
    if (ca !== undefined && ca === communityOf(id)) reasons.push("same community as the target");
    else if (ca !== undefined && ca === communityOf(dm)) reasons.push("same community as the decision maker");
    const aa = graph.getNodeAttributes(asker);
    if (aa.status === "core") reasons.push("core member of the coalition");
    if (note) reasons.push(note);
    costs.push(cost);
    return { id: asker, label: labelOf(graph, asker), path, steps, score: round(1 / (1 + cost)), decisionMaker: dm, reasons };
  };

  if (options.maxAskers > 0) {
    warmSearch(graph, dms, options.maxSteps, (node, label, L) => {
      if (!eligible.askers.has(node) || dmSet.has(node) || node === id || excluded.has(node)) return false;
      const path = pathOf(L, label);
      const foes = new Set(enemiesOf(graph, node));
      const onPath = path.slice(1).filter((n) => foes.has(n));
      if (onPath.length === 0) {
        askers.push(build(node, path));
      } else {
        // Re-route around everyone this asker has a negative tie with.
        let found: string[] | undefined;
        warmSearch(
          graph,
          dms,
          options.maxSteps,
          (n2, l2, L2) => {
            if (n2 !== node) return false;
            found = pathOf(L2, l2);
            return true;
          },
          foes,
        );
        const foe = onPath[0]!;
        if (found) askers.push(build(node, found, `route avoids ${labelOf(graph, foe)} (${negativeTieText(graph, node, foe)})`));
        else
          excluded.set(node, {
            id: node,
            label: labelOf(graph, node),
            reason: `${negativeTieText(graph, node, foe)}, who stands on every introduction path within ${options.maxSteps} steps`,
          });
      }
      // Stop once maxAskers askers are at least as warm as anything still to come (a re-routed
      // asker may be costlier than the labels not yet settled).
      const now = L.cost[label]!;
      return costs.filter((c) => c <= now).length >= options.maxAskers;
    });
  }

  askers.sort((a, b) => b.score - a.score || a.path.length - b.path.length || byId(a.id, b.id));
  return {
    target: id,
    targetLabel: labelOf(graph, id),
    decisionMakers: dms,
    askers: askers.slice(0, options.maxAskers),
    excluded: [...excluded.values()].sort((a, b) => byId(a.label.toLowerCase(), b.label.toLowerCase()) || byId(a.id, b.id)),
    askersAre: eligible.askersAre,
  };
}
