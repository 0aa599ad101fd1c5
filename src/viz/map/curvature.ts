/** Curvature of parallel ties: how far the i-th of several ties between the same two nodes bends. */
import { DEFAULT_EDGE_CURVATURE } from "@sigma/edge-curve";

/** Curvature for the `index`-th of several ties between the same two nodes (`maxIndex` the largest index). */
export function curvature(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -curvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}
