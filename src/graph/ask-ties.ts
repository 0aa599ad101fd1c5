/**
 * Coalition Map — the ties an ask walks and avoids: the strongest positive tie between two
 * neighbours, negative ties (who must not ask whom) and how to say them in words.
 */
import { conflictView } from "./model.js";
import { compareIds } from "./utils/compare-ids.js";
import type { CoalitionGraph, EdgeAttributes, TieView } from "./types.js";

/** A node's display name (its id when it has no label). */
export function labelOf(graph: CoalitionGraph, id: string): string {
  return graph.getNodeAttribute(id, "label") || id;
}

/** The strongest positive tie between two neighbours of the positive view. */
export function strongestTie(graph: CoalitionGraph, view: TieView, u: string, v: string): { type: string; strength: number } {
  const e = view.edge(u, v);
  if (e === undefined) throw new Error(`strongestTie: no positive tie between "${u}" and "${v}".`);
  let best: EdgeAttributes | undefined;
  for (const k of [...view.getEdgeAttribute(e, "edges")].sort(compareIds)) {
    const a = graph.getEdgeAttributes(k);
    if (!best || a.strength > best.strength || (a.strength === best.strength && a.type < best.type)) best = a;
  }
  if (!best) throw new Error(`strongestTie: the positive tie between "${u}" and "${v}" merges no tie.`);
  const s = best.strength;
  return { type: best.type, strength: Number.isFinite(s) && s > 0 ? s : 1 };
}

/** True when u and v have a negative tie. */
export function negativeBetween(graph: CoalitionGraph, u: string, v: string): boolean {
  const cv = conflictView(graph);
  return cv.hasNode(u) && cv.hasNode(v) && cv.hasEdge(u, v);
}

/** The people/organizations `id` has a negative tie with, sorted. */
export function enemiesOf(graph: CoalitionGraph, id: string): string[] {
  const cv = conflictView(graph);
  return cv.hasNode(id) ? cv.neighbors(id).sort(compareIds) : [];
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
  const first = [...cv.getEdgeAttribute(e, "edges")].sort(compareIds)[0];
  if (first === undefined) throw new Error(`negativeTieText: the negative tie between "${u}" and "${v}" merges no tie.`);
  const a = graph.getEdgeAttributes(first);
  const phrase = (Object.hasOwn(NEGATIVE_PHRASES, a.type) ? NEGATIVE_PHRASES[a.type] : undefined) ?? `negative tie (${a.type.replace(/_/g, " ")}) with`;
  return `${phrase} ${name}${a.since ? ` (since ${a.since})` : ""}`;
}
