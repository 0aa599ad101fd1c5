/**
 * Coalition Map — the network as GEXF, for Gephi: people and organizations with their attributes,
 * standing and community; ties with type, sign and strength. One function for the CLI
 * (`--gexf FILE`) and the map's export.
 *
 * Written by graphology-gexf; the result is then made safe for XML 1.0 (`xmlSafeText`): names
 * may hold control characters (a pasted escape sequence, U+0001…) that XML does not allow and
 * that make Gephi refuse the whole file.
 *
 * graphology-gexf (0.13) declares GEXF 1.2's drawing namespace as `http:///www.gexf.net/1.1draft/viz`
 * (three slashes, an older version); the root element's declaration is corrected to GEXF 1.2's
 * `http://www.gexf.net/1.2draft/viz` (`vizNamespaceFixed`), so that namespace-aware readers find
 * the positions, colours and sizes.
 */
import writeGexf from "graphology-gexf/common/writer.js";
import type { AnalyzedNode } from "../registry/types.js";
import { memberGroup } from "../groups.js";
import type { CoalitionGraph } from "../types.js";
import { xmlSafeText } from "../utils/xml-safe-text.js";

/** How a node is drawn in Gephi (the map's colours, sizes and positions); absent: Gephi decides. */
export interface GexfNodeViz {
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface GexfOptions {
  /** The report's nodes (standing and community), by id. */
  nodes?: ReadonlyMap<string, AnalyzedNode>;
  /** Drawing of each node (positions, size, colour). */
  viz?: (node: string) => GexfNodeViz | undefined;
}

type Value = string | number | boolean;

/** The drawing namespace graphology-gexf's writer declares for GEXF 1.2, and the right one. */
const WRITTEN_VIZ_NAMESPACE = 'xmlns:viz="http:///www.gexf.net/1.1draft/viz"';
const GEXF_12_VIZ_NAMESPACE = 'xmlns:viz="http://www.gexf.net/1.2draft/viz"';

/**
 * The document with GEXF 1.2's drawing namespace declared on its root element. Only the root's
 * declaration is touched: it is the first occurrence of the exact attribute (quotes included — a
 * name holding the same words is written with `&quot;`, so it cannot match), and the root element
 * comes before any node. A writer that already declares the right namespace is left as it is.
 */
function vizNamespaceFixed(xml: string): string {
  const root = xml.indexOf("<gexf ");
  const at = xml.indexOf(WRITTEN_VIZ_NAMESPACE);
  if (root < 0 || at < root || at > xml.indexOf(">", root)) return xml;
  return xml.slice(0, at) + GEXF_12_VIZ_NAMESPACE + xml.slice(at + WRITTEN_VIZ_NAMESPACE.length);
}

function nodeAttributes(graph: CoalitionGraph, key: string, n: AnalyzedNode | undefined): Record<string, Value> {
  const a = graph.getNodeAttributes(key);
  const org = a.organization !== undefined && graph.hasNode(a.organization) ? graph.getNodeAttributes(a.organization) : undefined;
  const out: Record<string, Value> = {
    kind: a.kind,
    status: a.status,
    sector: a.sector ?? "",
    areas: a.areas.join("; "),
    services: a.services.join("; "),
    community: n?.community ?? -1,
    group: memberGroup(a, org),
  };
  if (a.role) out.role = a.role;
  if (a.decisionMaker) out.decisionMaker = true;
  if (a.livedExperience) out.livedExperience = true;
  if (n) {
    out.degree = n.degree;
    out.strength = n.strength;
    out.betweenness = n.betweenness;
    out.closeness = n.closeness;
    out.eigenvector = n.eigenvector;
    out.pagerank = n.pagerank;
    if (n.constraint !== null) out.constraint = n.constraint;
    if (n.effectiveSize !== null) out.effectiveSize = n.effectiveSize;
  }
  return out;
}

/** The GEXF document (XML 1.0, well-formed whatever the names hold). */
export function coalitionGexf(graph: CoalitionGraph, options: GexfOptions = {}): string {
  const xml = writeGexf(graph, {
    formatNode: (key, a) => {
      const viz = options.viz?.(key);
      return {
        label: a.label,
        attributes: nodeAttributes(graph, key, options.nodes?.get(key)),
        ...(viz ? { viz: { x: viz.x, y: viz.y, size: viz.size, color: viz.color, shape: a.kind === "organization" ? "square" : "disc" } } : {}),
      };
    },
    formatEdge: (_key, a) => ({
      label: a.type,
      weight: a.strength,
      attributes: { type: a.type, sign: a.sign, strength: a.strength, ...(a.notes ? { notes: a.notes } : {}), ...(a.since ? { since: a.since } : {}) },
    }),
  });
  return xmlSafeText(vizNamespaceFixed(xml));
}
