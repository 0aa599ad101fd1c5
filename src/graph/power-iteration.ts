/**
 * Coalition Map — a graphology power iteration (eigenvector, PageRank) that never crashes a report.
 */

/** The tight tolerance of the first attempt (converged values, 1e-6 agreement with NetworkX). */
export const STANDING_TOLERANCE = 1e-10;

/**
 * Run a graphology power iteration at the tight tolerance; if it fails to converge, retry at
 * graphology's default tolerance (1e-6); if that fails too, give NaN (never crash a report).
 */
export function powerIteration(run: (tolerance: number) => Record<string, number>): Record<string, number> {
  for (const tolerance of [STANDING_TOLERANCE, 1e-6]) {
    try {
      return run(tolerance);
    } catch (err) {
      if (!(err instanceof Error && /converge/.test(err.message))) throw err;
    }
  }
  return {};
}
