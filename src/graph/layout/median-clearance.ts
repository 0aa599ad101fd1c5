/**
 * How clear of each other a set of discs is: for each disc, the distance to its nearest neighbour's
 * centre divided by the sum of the two radii (under 1: they overlap; 1: they touch), and the median
 * of that over the discs. Above 1,000 discs, the median is taken over 1,000 of them spread evenly
 * through the list (each still against every disc), so it costs at most 1,000 × n distances.
 */
export function medianClearance(discs: readonly { x: number; y: number; size: number }[]): number {
  const step = Math.max(1, discs.length / 1000);
  const ratios: number[] = [];
  for (let k = 0; k < discs.length; k += step) {
    const p = discs[Math.floor(k)];
    if (!p) continue;
    let best = Infinity;
    for (const q of discs) if (q !== p) best = Math.min(best, Math.hypot(p.x - q.x, p.y - q.y) / (p.size + q.size));
    if (Number.isFinite(best)) ratios.push(best);
  }
  ratios.sort((a, b) => a - b);
  return ratios[Math.floor(ratios.length / 2)] ?? 1;
}
