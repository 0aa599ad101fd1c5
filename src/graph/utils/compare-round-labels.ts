import { digitsWithoutLeadingZeros } from "./digits-without-leading-zeros.js";

/**
 * Orders two survey rounds ("2025", "Wave 9", "Wave 10", "2025-03"): by name, except that runs of
 * digits compare as numbers ("9" before "10", "Wave 9" before "Wave 10"; "09" and "9" as equal,
 * then by name). Locale-independent, so the order is the same on every machine. By name alone,
 * round 10 came before round 9, and round 9 was taken as the latest.
 */
export function compareRoundLabels(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] ?? "";
    const y = pb[i] ?? "";
    if (x === y) continue;
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) {
      const nx = digitsWithoutLeadingZeros(x);
      const ny = digitsWithoutLeadingZeros(y);
      if (nx.length !== ny.length) return nx.length - ny.length;
      if (nx !== ny) return nx < ny ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  if (pa.length !== pb.length) return pa.length - pb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
