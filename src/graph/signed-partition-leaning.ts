/**
 * Coalition Map — who leans towards which faction.
 *
 * In the organizer's words: people with no bad history are not in any faction, but many of them
 * are clearly closer to one. We list them apart as "leaning" to the faction holding most of their
 * positive ties, so a faction's reach is visible without pretending they took a side.
 *
 * Precise definition. Given clusters (e.g. `signedPartition(...).clusters`) and positive pairs,
 * an outsider is a node of a pair that is in no cluster. Its ties to a cluster = the number of
 * distinct cluster members it has a positive pair with (unweighted: duplicates count once), or
 * their summed weights with `weighted: true`. An outsider with ties to at least one cluster
 * leans to the cluster with strictly the most ties; when two or more clusters share the most,
 * it leans to none (`cluster: null`). Ties between outsiders are ignored (no chains of leaning).
 * Result sorted by id (`compareIds`).
 */
import { compareIds } from "./utils/compare-ids.js";

export interface PositivePair {
  u: string;
  v: string;
  /** A strength > 0, used only with `weighted: true`. */
  weight?: number;
}

export interface LeaningMember {
  id: string;
  /** Index in the clusters given, or null when the most ties are shared by several clusters. */
  cluster: number | null;
  /** Ties (or summed weights) to each cluster, in the order of the clusters given. */
  tiesToClusters: number[];
}

/** Outsiders leaning to a cluster (see the module comment). */
export function leaningMembers(
  clusters: readonly (readonly string[])[],
  positivePairs: readonly PositivePair[],
  options: { weighted?: boolean } = {},
): LeaningMember[] {
  if (!Array.isArray(clusters)) throw new Error("leaningMembers: expected an array of clusters (arrays of node ids).");
  if (!Array.isArray(positivePairs)) throw new Error("leaningMembers: expected an array of positive pairs.");
  const weighted = options.weighted ?? false;
  const clusterOf = new Map<string, number>();
  clusters.forEach((members, c) => {
    for (const id of members) {
      if (clusterOf.has(id)) throw new Error(`leaningMembers: node "${id}" is in two clusters.`);
      clusterOf.set(id, c);
    }
  });
  // outsider → member → weight (a pair counted once, or its summed weight)
  const ties = new Map<string, Map<string, number>>();
  positivePairs.forEach((pair, t) => {
    const cu = clusterOf.get(pair?.u);
    const cv = clusterOf.get(pair?.v);
    if ((cu === undefined) === (cv === undefined)) return; // both inside or both outside
    const [outsider, member] = cu === undefined ? [pair.u, pair.v] : [pair.v, pair.u];
    if (typeof outsider !== "string") throw new Error(`leaningMembers: pair ${t} has a node id that is not a string.`);
    let wt = 1;
    if (weighted) {
      wt = pair.weight ?? 1;
      if (typeof wt !== "number" || !Number.isFinite(wt) || wt <= 0) throw new Error(`leaningMembers: pair ${t} has weight ${String(pair.weight)}; expected a number > 0.`);
    }
    let row = ties.get(outsider);
    if (!row) ties.set(outsider, (row = new Map()));
    row.set(member, weighted ? (row.get(member) ?? 0) + wt : 1);
  });
  const out: LeaningMember[] = [];
  for (const [id, row] of ties) {
    const tiesToClusters = clusters.map(() => 0);
    for (const [member, wt] of row) tiesToClusters[clusterOf.get(member)!]! += wt;
    const most = Math.max(...tiesToClusters);
    const at = tiesToClusters.flatMap((x, c) => (x === most ? [c] : []));
    out.push({ id, cluster: at.length === 1 ? at[0]! : null, tiesToClusters });
  }
  return out.sort((a, b) => compareIds(a.id, b.id));
}
