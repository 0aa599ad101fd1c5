/**
 * Coalition Map — which node of one round is which node of the other.
 *
 * By id first; then, for the nodes still unmatched, by name: the same `nameKey(label)` (the CLI
 * and the map pass the importer's normalizeName, so "St. Mary's Shelter" = "st marys shelter")
 * and the same kind, when exactly one unmatched node on each side has it (two people with one
 * name are never guessed). Deterministic: nodes are visited in id order.
 */
import type { CoalitionGraph } from "./types.js";
import { compareIds } from "./utils/compare-ids.js";

export interface NodeMatching {
  /** Earlier-round id → later-round id. */
  toAfter: Map<string, string>;
  /** Later-round id → earlier-round id. */
  toBefore: Map<string, string>;
  counts: {
    /** Matched by the same id. */
    byId: number;
    /** Matched by the same name (different ids). */
    byName: number;
    /** Only in the earlier round. */
    onlyBefore: number;
    /** Only in the later round. */
    onlyAfter: number;
  };
}

/** Default name key: lower case, spaces collapsed (pass the importer's normalizeName for accents and punctuation). */
export const simpleNameKey = (name: string): string => name.toLowerCase().replace(/\s+/g, " ").trim();

/** Match the nodes of two rounds (see the module comment). */
export function matchNodes(before: CoalitionGraph, after: CoalitionGraph, nameKey: (name: string) => string = simpleNameKey): NodeMatching {
  const toAfter = new Map<string, string>();
  const toBefore = new Map<string, string>();
  let byId = 0;
  for (const id of before.nodes().sort(compareIds)) {
    if (after.hasNode(id)) {
      toAfter.set(id, id);
      toBefore.set(id, id);
      byId++;
    }
  }
  const unmatched = (g: CoalitionGraph, taken: Map<string, string>) => {
    const byKey = new Map<string, string[]>();
    for (const id of g.nodes().sort(compareIds)) {
      if (taken.has(id)) continue;
      const a = g.getNodeAttributes(id);
      const key = `${a.kind}\u0000${nameKey(a.label || id)}`;
      const list = byKey.get(key);
      if (list === undefined) byKey.set(key, [id]);
      else list.push(id);
    }
    return byKey;
  };
  const left = unmatched(before, toAfter);
  const right = unmatched(after, toBefore);
  let byName = 0;
  for (const [key, ids] of left) {
    const other = right.get(key);
    const b = ids[0];
    const a = other?.[0];
    if (ids.length !== 1 || other?.length !== 1 || b === undefined || a === undefined) continue;
    toAfter.set(b, a);
    toBefore.set(a, b);
    byName++;
  }
  return { toAfter, toBefore, counts: { byId, byName, onlyBefore: before.order - toAfter.size, onlyAfter: after.order - toBefore.size } };
}
