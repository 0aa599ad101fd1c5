/**
 * What the map shows right now, as the reducers and the label planner read it: the data set, its
 * appearance (sizes, colours), the Store's state, and the sets derived from that state (the
 * hovered node's neighbours, the highlight's nodes, pairs, accents and group colours, the filters).
 * The derived sets are recomputed only when their part of the state changes.
 */
import { computeAppearance, type Appearance } from "../appearance.js";
import type { Dataset } from "../dataset.js";
import type { State } from "../state.js";
import { MAX_FREE_LABELS } from "./label-planner.js";

/**
 * Above this many nodes, the map trades hover effects for speed: hovering emphasizes the node's
 * ties and names its neighbours without dimming the rest (only the neighbourhood is re-processed).
 */
export const BIG_GRAPH = 2000;

/** The filters as sets (values listed are hidden). */
interface Hidden {
  kinds: Set<string>;
  sectors: Set<string>;
  statuses: Set<string>;
  communities: Set<number>;
  tieTypes: Set<string>;
}

export class MapView {
  ds: Dataset | null = null;
  appearance: Appearance | null = null;
  private appearanceKey = "";
  /**
   * A big map's ties wait for its first picture (the nodes, placed by the layout): drawing 50,000
   * ties in software WebGL takes seconds, the nodes alone a fraction of that. The map shows the
   * ties in the frame after (NetworkMap.setDataset); meanwhile the tie programs draw nothing
   * (map/settings.ts), their data is ready.
   */
  tiesDeferred = false;
  /** The tie under the mouse: drawn darker and thicker, over the others. */
  hoveredEdge: string | null = null;
  neighbours = new Set<string>();
  hlNodes = new Set<string>();
  /** Highlighted pairs, both ways round, as `a\0b`. */
  hlPairs = new Set<string>();
  /** Only the negative ties of the highlighted pairs are highlighted (a conflict: Highlight.pairTies). */
  hlNegativeOnly = false;
  hlAccent = new Set<string>();
  /** Highlighted nodes whose names are always shown (Highlight.labels). */
  hlLabels = new Set<string>();
  /** Highlighted node → its group colour (the sides of a bad-history group). */
  hlGroupColor = new Map<string, string>();
  hidden: Hidden = { kinds: new Set(), sectors: new Set(), statuses: new Set(), communities: new Set(), tieTypes: new Set() };
  /** The comparison with an earlier round (state.comparison) as sets: new and gone nodes, new and ended tie keys. */
  compare = { newNodes: new Set<string>(), goneNodes: new Set<string>(), newEdges: new Set<string>(), lostEdges: new Set<string>() };
  /** Whether any filter hides nodes (kinds, sectors, statuses, communities): the reducers skip the check when none does. */
  filtering = false;
  /** Whether a comparison with an earlier round is drawn (any new or gone node, new or ended tie). */
  comparing = false;

  constructor(public state: State) {}

  /** A new data set: everything derived is recomputed. */
  setDataset(ds: Dataset | null): void {
    this.ds = ds;
    this.appearanceKey = "";
    this.hoveredEdge = null;
    this.update(this.state, null);
    this.ensureAppearance();
  }

  /** Big maps skip the hover dimming (it would re-process every node and tie on each move). */
  get big(): boolean {
    return (this.ds?.graph.order ?? 0) > BIG_GRAPH;
  }

  /**
   * Whether the hovered and selected node and the hovered tie are drawn aside, on the focus layer
   * (map/focus-layer.ts), and not by the reducers: big maps, except on the power grid (a chart of a
   * few hundred people at most, whose hovered node's ties the reducers show).
   */
  get focusAside(): boolean {
    return this.big && !this.state.powerGrid;
  }

  /** Recompute the appearance if the data set, its analysis or the size/colour choice changed. */
  ensureAppearance(force = false): void {
    if (!this.ds) return;
    const key = `${this.ds.id}|${this.ds.analysis ? 1 : 0}|${this.state.sizeBy}|${this.state.colorBy}`;
    if (key === this.appearanceKey && !force) return;
    this.appearance = computeAppearance(this.ds, this.state.sizeBy, this.state.colorBy);
    this.appearanceKey = key;
  }

  /** Take the new state; recompute the derived sets whose inputs changed (all of them when `prev` is null). */
  update(s: State, prev: State | null): void {
    this.state = s;
    const g = this.ds?.graph;
    if (!prev || s.hovered !== prev.hovered) {
      this.neighbours = new Set(s.hovered && g?.hasNode(s.hovered) ? g.neighbors(s.hovered) : []);
    }
    if (!prev || s.highlight !== prev.highlight) {
      const hl = s.highlight;
      this.hlNodes = new Set(hl?.nodes ?? []);
      this.hlAccent = new Set(hl?.accent ?? []);
      this.hlLabels = new Set(hl?.labels ?? []);
      this.hlGroupColor = new Map((hl?.groups ?? []).flatMap((grp) => grp.nodes.map((n) => [n, grp.color] as [string, string])));
      this.hlPairs = new Set((hl?.pairs ?? []).flatMap(([a, b]) => [`${a}\u0000${b}`, `${b}\u0000${a}`]));
      this.hlNegativeOnly = hl?.pairTies === "negative";
    }
    if (!prev || s.comparison !== prev.comparison) {
      const r = s.comparison?.result;
      this.compare = { newNodes: new Set(r?.newNodes), goneNodes: new Set(r?.goneNodes), newEdges: new Set(r?.newEdges), lostEdges: new Set(r?.lostEdges) };
      const c = this.compare;
      this.comparing = c.newNodes.size + c.goneNodes.size + c.newEdges.size + c.lostEdges.size > 0;
    }
    if (!prev || s.filters !== prev.filters) {
      const f = s.filters;
      this.hidden = {
        kinds: new Set(f.kinds),
        sectors: new Set(f.sectors),
        statuses: new Set(f.statuses),
        communities: new Set(f.communities),
        tieTypes: new Set(f.tieTypes),
      };
      const hd = this.hidden;
      this.filtering = hd.kinds.size + hd.sectors.size + hd.statuses.size + hd.communities.size > 0;
    }
  }

  /** Whether the filters hide this node (or there is no data set). */
  isNodeHidden(node: string): boolean {
    const ds = this.ds;
    if (!ds) return true;
    if (!this.filtering) return false;
    const a = ds.graph.getNodeAttributes(node);
    const hd = this.hidden;
    return (
      hd.kinds.has(a.kind) ||
      hd.statuses.has(a.status) ||
      (hd.sectors.size > 0 && hd.sectors.has(a.sector || "(none)")) ||
      (hd.communities.size > 0 && hd.communities.has(ds.communities.assignment[node] ?? -1))
    );
  }

  /** Whether a tie between `src` and `tgt` is one the highlight draws (its pair is highlighted, and it is negative when only negative ties are). */
  isHlTie(src: string, tgt: string, negative: boolean): boolean {
    return (negative || !this.hlNegativeOnly) && this.hlPairs.has(`${src}\u0000${tgt}`);
  }

  /**
   * An organization or a decision maker: on small maps their names are offered to the label
   * planner before the other ordinary ones (whatever their size), see label-planner.ts.
   */
  isKeyActor(node: string): boolean {
    const g = this.ds?.graph;
    if (!g?.hasNode(node)) return false;
    const a = g.getNodeAttributes(node);
    return a.kind === "organization" || a.decisionMaker === true;
  }

  /**
   * Whether this node is offered a label whatever its drawn size (small maps): an organization or a
   * decision maker, or anyone on a map of MAX_FREE_LABELS nodes or fewer, where every name has room
   * (a prospect with no broker score was left unnamed on a 5-person map).
   */
  labelledAnySize(node: string): boolean {
    return this.isKeyActor(node) || (this.ds !== null && this.ds.graph.order <= MAX_FREE_LABELS);
  }

  /** Whether this node's name is always shown: selected, hovered, or named by the highlight. */
  mustLabel(node: string): boolean {
    return node === this.state.selected || node === this.state.hovered || this.hlLabels.has(node);
  }

  /** The nodes whose labels are forced (planned on big maps): selected, hovered, highlighted, hover neighbours. */
  forcedNodes(): Set<string> {
    const nodes = new Set<string>(this.hlNodes);
    const g = this.ds?.graph;
    for (const n of [this.state.selected, this.state.hovered]) if (n !== null && g?.hasNode(n)) nodes.add(n);
    for (const n of this.neighbours) nodes.add(n);
    return nodes;
  }
}
