/**
 * The map's UI state: a small typed object changed only by `reduce(state, action)`.
 * The graph is never modified for display: the renderer's node/edge reducers read this state.
 */
import type { AnalysisId } from "../graph/registry.js";
import type { ComparisonResult } from "./protocol.js";

export type SizeMeasure = "betweenness" | "degree" | "pagerank" | "eigenvector" | "strength";
export type ColorMode = "community" | "sector" | "status" | "group";
/** A side-panel tab: the selected node's details, an analysis of the registry, or the comparison of rounds. */
export type TabId = "details" | AnalysisId | "change";

/** The comparison with an earlier round the map shows (app/compare.ts); the sets are the result's lists. */
export interface ComparisonView {
  /** "examples/sample-coalition" or "as of 2025-12-31". */
  label: string;
  /** The earlier round is a date of this workbook (the timeline moves it). */
  date: string | null;
  result: ComparisonResult;
}

export const SIZE_MEASURES: { id: SizeMeasure; label: string }[] = [
  { id: "betweenness", label: "Broker" },
  { id: "degree", label: "Connections" },
  { id: "strength", label: "Tie strength" },
  { id: "pagerank", label: "PageRank" },
  { id: "eigenvector", label: "Eigenvector" },
];

export const COLOR_MODES: { id: ColorMode; label: string }[] = [
  { id: "community", label: "Community" },
  { id: "sector", label: "Sector" },
  { id: "status", label: "Coalition status" },
  { id: "group", label: "Group" },
];

/** What hides nodes and ties (values listed are hidden). */
export interface Filters {
  kinds: string[];
  sectors: string[];
  statuses: string[];
  communities: number[];
  tieTypes: string[];
}

/**
 * Nodes and ties a panel points at: everything else is dimmed. `pairs` are node pairs whose
 * ties are emphasized (a path's consecutive steps, a faction's negative ties, …).
 */
export interface Highlight {
  /** Which panel made it (shown in the map's banner). */
  source: TabId;
  label: string;
  nodes: string[];
  pairs: [string, string][];
  /** Nodes drawn with the accent ring (e.g. the ask's target, a recruit). */
  accent: string[];
  /**
   * Nodes whose names are always shown (an ask path's two ends, the chosen recruit). The other
   * highlighted nodes are named by size, only where a name does not cover another.
   */
  labels?: string[];
  /**
   * Nodes drawn in a group colour while highlighted (e.g. the two sides of a bad-history group),
   * named with their colour in the map's banner.
   */
  groups?: { name: string; color: string; nodes: string[] }[];
  /**
   * Which ties of the `pairs` are drawn highlighted: all of them (the default: a path, a survey's
   * answers), or only their negative ones (a conflict: a pair's works_with tie is not bad history).
   */
  pairTies?: "all" | "negative";
}

export interface State {
  /** Data set currently drawn (worker id), null before the first load. */
  dataset: number | null;
  hovered: string | null;
  selected: string | null;
  sizeBy: SizeMeasure;
  colorBy: ColorMode;
  filters: Filters;
  highlight: Highlight | null;
  tab: TabId;
  layoutRunning: boolean;
  /**
   * Analysis in progress (stage shown), null when idle. `background`: the analyses are shown and
   * this goes on behind them (a large network's estimates being refined to exact).
   */
  busy: { stage: string; fraction: number; background?: boolean } | null;
  /** Whether the analyses for the current data set have arrived. */
  analyzed: boolean;
  /**
   * Betweenness and closeness on the map: "exact", "estimates", or "refining" (estimates shown, the
   * exact figures on their way); null until the analyses arrive.
   */
  figures: StandingFigures | null;
  /**
   * Whether the map shows the power grid (x = alignment, y = influence; map/power-grid.ts)
   * instead of the network layout. The network positions are kept and restored.
   */
  powerGrid: boolean;
  /** The comparison with an earlier round drawn on the map, null when none. */
  comparison: ComparisonView | null;
}

/** How exact the standing figures on the map are (State.figures). */
export type StandingFigures = "exact" | "estimates" | "refining";

export const EMPTY_FILTERS: Filters = { kinds: [], sectors: [], statuses: [], communities: [], tieTypes: [] };

export const INITIAL_STATE: State = {
  dataset: null,
  hovered: null,
  selected: null,
  sizeBy: "betweenness",
  colorBy: "community",
  filters: EMPTY_FILTERS,
  highlight: null,
  tab: "details",
  layoutRunning: false,
  busy: null,
  analyzed: false,
  figures: null,
  powerGrid: false,
  comparison: null,
};

export type Action =
  | { type: "dataset"; id: number }
  | { type: "analyzed"; figures?: StandingFigures }
  | { type: "hover"; node: string | null }
  | { type: "select"; node: string | null }
  | { type: "sizeBy"; measure: SizeMeasure }
  | { type: "colorBy"; mode: ColorMode }
  | { type: "toggleFilter"; key: keyof Filters; value: string | number }
  | { type: "clearFilters" }
  | { type: "highlight"; highlight: Highlight | null }
  | { type: "tab"; tab: TabId }
  | { type: "layout"; running: boolean }
  | { type: "busy"; busy: State["busy"] }
  | { type: "powerGrid"; on: boolean }
  | { type: "comparison"; comparison: ComparisonView | null };

function toggle<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function reduce(state: State, action: Action): State {
  switch (action.type) {
    case "dataset":
      return { ...state, dataset: action.id, hovered: null, selected: null, highlight: null, filters: EMPTY_FILTERS, analyzed: false, figures: null, powerGrid: false, comparison: null };
    case "analyzed":
      return { ...state, analyzed: true, figures: action.figures ?? null };
    case "hover":
      return state.hovered === action.node ? state : { ...state, hovered: action.node };
    case "select":
      // Choosing someone (map click, search, a name in a panel) always shows who they are: the
      // Details tab, whichever tab was open (its highlight stays on the map).
      return { ...state, selected: action.node, tab: action.node !== null ? "details" : state.tab };
    case "sizeBy":
      return { ...state, sizeBy: action.measure };
    case "colorBy":
      return { ...state, colorBy: action.mode };
    case "toggleFilter": {
      const filters = { ...state.filters } as Filters;
      if (action.key === "communities") filters.communities = toggle(filters.communities, Number(action.value));
      else filters[action.key] = toggle(filters[action.key], String(action.value));
      return { ...state, filters };
    }
    case "clearFilters":
      return { ...state, filters: EMPTY_FILTERS };
    case "highlight":
      return { ...state, highlight: action.highlight };
    case "tab":
      return { ...state, tab: action.tab };
    case "layout":
      return { ...state, layoutRunning: action.running };
    case "busy":
      return { ...state, busy: action.busy };
    case "powerGrid":
      return state.powerGrid === action.on ? state : { ...state, powerGrid: action.on };
    case "comparison":
      return { ...state, comparison: action.comparison };
  }
}

export type Listener = (state: State, previous: State) => void;

/** Holds the state; `dispatch` reduces and notifies listeners when something changed. */
export class Store {
  private current: State;
  private readonly listeners = new Set<Listener>();

  constructor(initial: State = INITIAL_STATE) {
    this.current = initial;
  }

  get state(): State {
    return this.current;
  }

  dispatch(action: Action): void {
    const previous = this.current;
    const next = reduce(previous, action);
    if (next === previous) return;
    this.current = next;
    for (const l of this.listeners) l(next, previous);
  }

  /** Returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
