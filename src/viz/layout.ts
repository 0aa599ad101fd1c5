/**
 * Layout: seeded initial positions (each community on its own spot of a large circle, members
 * scattered around it with a seeded generator), then ForceAtlas2 in graphology's Web Worker with
 * settings inferred from the graph. Same input → same starting picture → the same map.
 * The supervisor is always killed on dispose; positions stay in the graph when it stops.
 */
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { mulberry32 } from "../graph/communities.js";
import type { DisplayGraph } from "./dataset.js";

export const LAYOUT_DEFAULTS = {
  seed: 7,
  /** Auto-stop after this many ms for small graphs … */
  minDurationMs: 2500,
  /** … plus this many ms per 1,000 nodes, up to maxDurationMs. */
  perThousandMs: 1500,
  maxDurationMs: 15000,
} as const;

/** Place nodes deterministically: communities around a circle, members in a disc around their spot. */
export function seedPositions(graph: DisplayGraph, assignment: Record<string, number>, seed: number = LAYOUT_DEFAULTS.seed): void {
  const rng = mulberry32(seed);
  const sizes = new Map<number, number>();
  const nodes = graph.nodes().sort();
  for (const n of nodes) {
    const c = assignment[n] ?? -1;
    sizes.set(c, (sizes.get(c) ?? 0) + 1);
  }
  const order = [...sizes.keys()].sort((a, b) => a - b);
  const total = nodes.length || 1;
  const centers = new Map<number, { x: number; y: number; r: number }>();
  const R = Math.sqrt(total) * 10;
  let acc = 0;
  for (const c of order) {
    const size = sizes.get(c) ?? 1;
    const angle = ((acc + size / 2) / total) * Math.PI * 2;
    acc += size;
    const ring = order.length === 1 ? 0 : R;
    centers.set(c, { x: Math.cos(angle) * ring, y: Math.sin(angle) * ring, r: Math.sqrt(size) * 6 + 5 });
  }
  for (const n of nodes) {
    const c = centers.get(assignment[n] ?? -1) ?? { x: 0, y: 0, r: 10 };
    const a = rng() * Math.PI * 2;
    const d = Math.sqrt(rng()) * c.r;
    graph.mergeNodeAttributes(n, { x: c.x + Math.cos(a) * d, y: c.y + Math.sin(a) * d });
  }
}

export interface LayoutControl {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  /** Stops and kills the worker (positions are kept in the graph). */
  dispose(): void;
}

/** ForceAtlas2 in a worker; calls `onChange(running)` on start/stop; auto-stops after a while. */
export function createLayout(graph: DisplayGraph, onChange: (running: boolean) => void): LayoutControl {
  const settings = { ...forceAtlas2.inferSettings(graph), edgeWeightInfluence: 1 };
  if (graph.order > 2000) settings.barnesHutOptimize = true;
  const supervisor = new FA2Layout(graph, {
    settings,
    // Positive ties pull in proportion to their strength; negative ties do not pull.
    getEdgeWeight: (_e, a) => (a.sign > 0 ? a.strength : 0),
  });
  let timer: ReturnType<typeof setTimeout> | null = null;
  const duration = Math.min(
    LAYOUT_DEFAULTS.maxDurationMs,
    LAYOUT_DEFAULTS.minDurationMs + (graph.order / 1000) * LAYOUT_DEFAULTS.perThousandMs,
  );
  const stop = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (supervisor.isRunning()) supervisor.stop();
    onChange(false);
  };
  return {
    start() {
      if (supervisor.isRunning()) return;
      supervisor.start();
      onChange(true);
      timer = setTimeout(stop, duration);
    },
    stop,
    isRunning: () => supervisor.isRunning(),
    dispose() {
      if (timer) clearTimeout(timer);
      timer = null;
      supervisor.kill();
    },
  };
}
