/**
 * The live layout: ForceAtlas2 in graphology's Web Worker with the settings of forces.ts
 * (`liveLayoutSettings`: LinLog above 500 nodes, so the communities stay apart), started when the
 * user resumes the layout (the first picture comes settled and deterministic
 * from the analysis worker, see positions.ts). The supervisor is always killed on dispose;
 * positions stay in the graph when it stops.
 */
import FA2Layout from "graphology-layout-forceatlas2/worker";
import type { DisplayEdge, DisplayGraph, DisplayNode } from "./dataset.js";
import { liveLayoutSettings, tiePull } from "./forces.js";

export const LAYOUT_DEFAULTS = {
  /** Auto-stop after this many ms for small graphs … */
  minDurationMs: 2500,
  /** … plus this many ms per 1,000 nodes, up to maxDurationMs. */
  perThousandMs: 1500,
  maxDurationMs: 15000,
} as const;

export interface LayoutControl {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  /** Stops and kills the worker (positions are kept in the graph). */
  dispose(): void;
}

/** ForceAtlas2 in a worker; calls `onChange(running)` on start/stop; auto-stops after a while. */
export function createLayout(graph: DisplayGraph, onChange: (running: boolean) => void): LayoutControl {
  const supervisor = new FA2Layout<DisplayNode, DisplayEdge>(graph, { settings: liveLayoutSettings(graph.order), getEdgeWeight: (_e, a) => tiePull(a) });
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
