/**
 * Coalition Map — the power map's rule of "much power", in words and on the power grid. A module
 * of its own (no graph code) so that the map's page can say the rule and place the grid without
 * loading the power map's analysis (power-map.ts, which re-exports it).
 */
import type { PowerMapEntry, QuadrantId } from "./power-map.js";

/** The default threshold of "much power": the top third of the network (power-map.ts's module comment). */
export const POWER_THRESHOLD = 0.67;

/**
 * The rule of "much power" in words, for the report and the panel: the default's meaning, or the
 * threshold a caller set.
 */
export function powerRule(threshold: number): string {
  const at = threshold.toFixed(2);
  return threshold === POWER_THRESHOLD
    ? `Much power = power ${at} or more: more central than two thirds of the network (the top third), in their own ties or as the decision maker of an organization that is.`
    : `Much power = power ${at} or more (a threshold set for this run; the default is ${POWER_THRESHOLD.toFixed(2)}, the top third of the network).`;
}

/** The boxes of much power. */
const MUCH_POWER: ReadonlySet<QuadrantId> = new Set(["persuadable", "champions", "opponents"]);

/**
 * Where an entry sits up the power grid (the map's flip-chart view): its influence, raised to the
 * threshold when its box is one of much power — so that someone shown with "power 0.67" (0.6667)
 * is drawn in the box the report and the panel put them in, above the line.
 */
export function placedInfluence(e: Pick<PowerMapEntry, "influence" | "quadrant">, threshold: number): number {
  return MUCH_POWER.has(e.quadrant) ? Math.max(e.influence, threshold) : e.influence;
}
