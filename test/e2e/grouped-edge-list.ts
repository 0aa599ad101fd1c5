/**
 * A seeded random tree plus one tie inside each group of 50, as an edge list (source, target,
 * weight): `n` nodes, about 2n ties, strengths 1–5. The refine browser tests' network.
 */
export function groupedEdgeList(n: number, seed0: number): string {
  let seed = seed0;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const lines = ["source,target,weight"];
  for (let i = 1; i < n; i++) {
    lines.push(`n${i},n${Math.floor(rnd() * i)},${1 + Math.floor(rnd() * 5)}`);
    const group = Math.floor(i / 50) * 50;
    lines.push(`n${i},n${group + Math.floor(rnd() * 50)},${1 + Math.floor(rnd() * 5)}`);
  }
  return lines.join("\n") + "\n";
}
