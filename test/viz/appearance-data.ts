/**
 * A data set for the appearance tests and bench: people and organizations of every status, sectors,
 * communities (some nodes in none), member groups, ties, and — `analysed` — every node's standing
 * with zeros, the odd NaN PageRank (`nanScore`) and two-mode squares (`twoMode`); the report's node
 * list in the graph's order, shuffled, or left out (`reportOrder`). Seeded.
 */
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes } from "../../src/graph/model.js";
import type { CoalitionStatus, NodeKind } from "../../src/graph/types.js";
import { MEMBER_GROUPS, type MemberGroup } from "../../src/graph/groups.js";
import type { Dataset } from "../../src/viz/dataset.js";
import { mulberry32 } from "../../src/graph/utils/mulberry32.js";

const rng = mulberry32;

const STATUSES: CoalitionStatus[] = ["core", "member", "prospect", "none"];
const SECTORS = ["", "health", "faith", "labor", "housing", "youth", "courts", "arts", "food", "transit", "schools", "parks", "water"];

/** A data set of `n` nodes: people and organizations of every status, sectors, communities, groups; `analysed`: with standing. */
export function dataset(n: number, seed: number, opts: { analysed: boolean; statuses: boolean; twoMode?: boolean; nanScore?: boolean; reportOrder?: "graph" | "shuffled" | "none" }): Dataset {
  const r = rng(seed);
  const g = createCoalitionGraph({ format: "workbook", hasStrength: true });
  const assignment: Record<string, number> = {};
  const groups: Record<string, MemberGroup> = {};
  for (let i = 0; i < n; i++) {
    const kind: NodeKind = r() < 0.2 ? "organization" : "person";
    const status = opts.statuses ? (STATUSES[Math.floor(r() * 4)] ?? "none") : "none";
    g.addNode(`v${i}`, nodeAttributes({ label: `V ${i}`, kind, status, sector: SECTORS[Math.floor(r() * SECTORS.length)] ?? "" }));
    // Some nodes in no community (-1); 15 communities, some of one node.
    if (r() > 0.05) assignment[`v${i}`] = Math.floor(r() * 15);
    if (r() < 0.7) groups[`v${i}`] = MEMBER_GROUPS[Math.floor(r() * MEMBER_GROUPS.length)] ?? "community";
  }
  for (let i = 1; i < n; i++) if (r() < 0.9) addTie(g, `v${i}`, `v${Math.floor(r() * i)}`, edgeAttributes({ type: "knows", strength: 1 + Math.floor(r() * 5) }));
  const sizes = new Map<number, string[]>();
  for (const [id, c] of Object.entries(assignment)) sizes.set(c, [...(sizes.get(c) ?? []), id]);
  const communities = [...sizes].map(([id, members]) => ({ id, label: `Group ${id}`, size: members.length, members, central: [], sectors: [], services: [], areas: [] }));
  const sectorCounts = new Map<string, number>();
  g.forEachNode((_n, a) => sectorCounts.set(a.sector || "(none)", (sectorCounts.get(a.sector || "(none)") ?? 0) + 1));
  const standing = new Map<string, never>();
  if (opts.analysed)
    g.forEachNode((id) => {
      const zero = r() < 0.3;
      standing.set(id, {
        id,
        degree: g.degree(id),
        strength: g.degree(id) * 2,
        betweenness: zero ? 0 : r(),
        pagerank: opts.nanScore && r() < 0.01 ? Number.NaN : r() / n,
        eigenvector: zero ? 0 : r(),
        closeness: r(),
        constraint: null,
        effectiveSize: null,
        community: assignment[id] ?? -1,
        ...(opts.twoMode ? { mode: r() < 0.3 ? 2 : 1 } : {}),
      } as never);
    });
  /** The report's node list: in the graph's order (as the worker sends it), shuffled, or left out. */
  function reportNodes(): { nodes?: unknown[] } {
    const order = opts.reportOrder ?? "graph";
    if (order === "none") return {};
    const nodes: unknown[] = [...standing.values()];
    if (order === "shuffled")
      for (let i = nodes.length - 1; i > 0; i--) {
        const j = Math.floor(r() * (i + 1));
        [nodes[i], nodes[j]] = [nodes[j], nodes[i]];
      }
    return { nodes };
  }
  return {
    id: seed,
    files: [],
    graph: g as unknown as Dataset["graph"],
    importReport: {} as never,
    communities: { assignment, modularity: 0, communities, runs: 1 },
    groups,
    analysis: opts.analysed ? ({ report: { summary: opts.twoMode ? { twoMode: {} } : {}, ...reportNodes() } } as never) : null,
    standing,
    searchIndex: [],
    tieTypes: [],
    sectors: [...sectorCounts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1)),
  };
}

