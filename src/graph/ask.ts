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
 *    own decision maker. An organization target means its decision makers (its staff — staff.ts:
 *    the organization column or a member_of tie — flagged `decisionMaker`); when none is flagged, its
 *    best-connected people (highest positive degree, all tied at the top, at most 3) plus the
 *    organization node itself when it has direct positive ties to anyone outside its own staff;
 *    an organization without people is its own decision maker.
 *  - Askers: coalition members who are PEOPLE (organizations do not make calls; a member
 *    organization's decision maker is a person and is an asker when listed): people with status
 *    core/member, and people with no status (`none`) on the staff of a core/member organization
 *    (staff.ts: its organization column or a positive member_of tie — the rule of the decision
 *    makers too). When the graph marks no members at all (a generic edge list), every node may
 *    ask (`askersAre: "everyone"`).
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
 *    (every organization a person target is on the staff of; the organization itself for an
 *    organization target) or to any decision maker is excluded
 *    (all such are listed). An asker whose best path passes through someone they have a negative
 *    tie with is re-routed around everyone they have a negative tie with (a second search for
 *    that asker only); if no such route exists within the step limit they are excluded and the
 *    reason names the person on their path.
 *
 * The module is split by job: ask-types.ts (types, defaults), ask-targets.ts (target, decision
 * makers, eligible askers), ask-ties.ts (strongest and negative ties), warm-search.ts (the
 * search); everything is re-exported from here.
 */
import { ASK_DEFAULTS, type AskExclusion, type Asker, type AskOptions, type AskResult, type AskStep } from "./ask-types.js";
import { decisionMakersOf, eligibleAskers, resolveTarget, type EligibleAskers } from "./ask-targets.js";
import { organizationsOf, staffOf } from "./staff.js";
import { enemiesOf, labelOf, negativeTieText, strongestTie } from "./ask-ties.js";
import { communities as computeCommunities, type CommunityResult } from "./communities.js";
import { latestAsk } from "./logged-ask.js";
import { positiveView } from "./model.js";
import { assertCoalitionGraph } from "./utils/assert-coalition-graph.js";
import { compareIds } from "./utils/compare-ids.js";
import { round } from "./utils/round.js";
import { pathOf, warmSearch } from "./warm-search.js";
import type { CoalitionGraph, NodeAttributes } from "./types.js";

export * from "./ask-types.js";
export * from "./ask-targets.js";
export * from "./ask-ties.js";
export { pathOf, warmSearch, type Labels } from "./warm-search.js";

/** Who should make the ask of `target` (id or label) — see the module comment. */
export function askPaths(graph: CoalitionGraph, target: string, options: AskOptions = {}): AskResult {
  assertCoalitionGraph(graph, "askPaths");
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

type Eligible = EligibleAskers;

/** Up-front exclusions: eligible askers with a negative tie to the target, its organization, or a decision maker. */
function upFrontExclusions(graph: CoalitionGraph, id: string, dms: string[], eligible: Eligible): Map<string, AskExclusion> {
  const ta = graph.getNodeAttributes(id);
  const dmSet = new Set(dms);
  // A person target's organizations: every one they are on the staff of (staff.ts: their column or a member_of tie).
  const targetOrgs = ta.kind === "organization" ? [id] : organizationsOf(graph, id);
  const itself = ta.kind === "organization" ? "the target organization" : "the target";
  const role = new Map<string, string>();
  for (const dm of dms) role.set(dm, dm === id ? itself : "a decision maker");
  if (!role.has(id)) role.set(id, itself);
  for (const org of targetOrgs) if (!role.has(org)) role.set(org, "the target's organization");
  const excluded = new Map<string, AskExclusion>();
  for (const [key, what] of [...role].sort((p, q) => compareIds(p[0], q[0]))) {
    for (const m of enemiesOf(graph, key)) {
      if (!eligible.askers.has(m) || dmSet.has(m) || m === id || excluded.has(m)) continue;
      excluded.set(m, { id: m, label: labelOf(graph, m), reason: `${negativeTieText(graph, m, key)}, ${what}` });
    }
  }
  return excluded;
}

/** What `buildAsker` needs to know about the ask. */
interface AskContext {
  graph: CoalitionGraph;
  id: string;
  target: NodeAttributes;
  communityOf: (n: string) => number | undefined;
}

/** An asker's entry for `path` (asker → … → decision maker), with its reasons and its path cost. */
function buildAsker(ctx: AskContext, asker: string, path: string[], note?: string): { asker: Asker; cost: number } {
  const { graph, id, target: ta, communityOf } = ctx;
  const view = positiveView(graph);
  const steps: AskStep[] = [];
  let cost = 0;
  for (let k = 0; k + 1 < path.length; k++) {
    const from = path[k];
    const to = path[k + 1];
    if (from === undefined || to === undefined) throw new Error("askPaths: path index out of range.");
    const t = strongestTie(graph, view, from, to);
    steps.push({ from, to, type: t.type, strength: t.strength });
    cost += 1 / t.strength;
  }
  const dm = path[path.length - 1];
  const first = steps[0];
  if (dm === undefined || first === undefined) throw new Error(`askPaths: the path of "${asker}" has no step.`);
  const dmName = labelOf(graph, dm);
  const who = dm === id ? `${dmName}${ta.kind === "organization" ? " (the organization itself)" : ""}` : `the decision maker ${dmName}`;
  const reasons: string[] = [];
  if (steps.length === 1) {
    reasons.push(`direct tie to ${who} (${first.type.replace(/_/g, " ")}, strength ${first.strength})`);
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
  if (graph.getNodeAttribute(asker, "status") === "core") reasons.push("core member of the coalition");
  if (note) reasons.push(note);
  return { asker: { id: asker, label: labelOf(graph, asker), path, steps, score: round(1 / (1 + cost)), decisionMaker: dm, reasons }, cost };
}

/**
 * askPaths for a resolved id with precomputed askers (`eligibleAskers(graph)`, once for many
 * targets: the outreach plan, the power map, the gap fillers) and, when they carry it, the staff
 * index (else the target's staff is read with staffOf, a pass over every node).
 */
export function askPathsFrom(
  graph: CoalitionGraph,
  id: string,
  options: { maxAskers: number; maxSteps: number; communities?: CommunityResult | undefined },
  eligible: Eligible,
): AskResult {
  const ta = graph.getNodeAttributes(id);
  const dms = decisionMakersOf(graph, id, ta.kind !== "organization" ? [] : eligible.staff ? (eligible.staff.get(id) ?? []) : staffOf(graph, id));
  const dmSet = new Set(dms);
  const excluded = upFrontExclusions(graph, id, dms, eligible);

  let comms: CommunityResult | undefined = options.communities;
  const ctx: AskContext = {
    graph,
    id,
    target: ta,
    communityOf: (n) => {
      comms ??= computeCommunities(graph);
      return comms.assignment[n];
    },
  };

  const askers: Asker[] = [];
  /** Path cost of each asker found (parallel to `askers`), for the stopping rule. */
  const costs: number[] = [];
  const add = (asker: string, path: string[], note?: string): void => {
    const built = buildAsker(ctx, asker, path, note);
    askers.push(built.asker);
    costs.push(built.cost);
  };

  if (options.maxAskers > 0) {
    warmSearch(graph, dms, options.maxSteps, (node, label, L) => {
      if (!eligible.askers.has(node) || dmSet.has(node) || node === id || excluded.has(node)) return false;
      const path = pathOf(L, label);
      const foes = new Set(enemiesOf(graph, node));
      const foe = path.slice(1).find((n) => foes.has(n));
      if (foe === undefined) add(node, path);
      else {
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
        if (found) add(node, found, `route avoids ${labelOf(graph, foe)} (${negativeTieText(graph, node, foe)})`);
        else
          excluded.set(node, {
            id: node,
            label: labelOf(graph, node),
            reason: `${negativeTieText(graph, node, foe)}, who stands on every introduction path within ${options.maxSteps} steps`,
          });
      }
      // Stop once maxAskers askers are at least as warm as anything still to come (a re-routed
      // asker may be costlier than the labels not yet settled).
      const now = L.cost[label] ?? 0;
      return costs.filter((c) => c <= now).length >= options.maxAskers;
    });
  }

  askers.sort((a, b) => b.score - a.score || a.path.length - b.path.length || compareIds(a.id, b.id));
  return {
    target: id,
    targetLabel: labelOf(graph, id),
    decisionMakers: dms,
    askers: askers.slice(0, options.maxAskers),
    excluded: [...excluded.values()].sort((a, b) => compareIds(a.label.toLowerCase(), b.label.toLowerCase()) || compareIds(a.id, b.id)),
    askersAre: eligible.askersAre,
    asked: latestAsk(graph, new Set([id, ...dms])),
  };
}
