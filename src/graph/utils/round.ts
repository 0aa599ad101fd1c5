/**
 * Rounds a number to a fixed number of decimals so reports are stable across platforms and
 * readable. Non-finite values (NaN, ±Infinity) are returned unchanged.
 *
 * The report uses two precisions: `SCORE_DECIMALS` (4) for scores shown to organizers and
 * `MEASURE_DECIMALS` (9) for the centrality measures in the JSON.
 */
export const SCORE_DECIMALS = 4;
export const MEASURE_DECIMALS = 9;

export function round(x: number, decimals: number = SCORE_DECIMALS): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}
