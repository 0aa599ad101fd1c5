/**
 * computeAppearance at scale in Node: the previous version (test/viz/appearance-reference.ts) and
 * the current one on the same seeded data set, alternately, 7 runs each; medians printed with the
 * load average. `npx tsx test/bench/appearance.ts [N=50000]`. Informative only.
 */
import { loadavg } from "node:os";
import { computeAppearance } from "../../src/viz/appearance.js";
import { computeAppearance as reference } from "../viz/appearance-reference.js";
import { dataset } from "../viz/appearance-data.js";

const n = Number(process.argv[2] ?? 50_000);
const ds = dataset(n, 3, { analysed: true, statuses: true });
for (const [name, f] of [["before", reference], ["now", computeAppearance], ["before", reference], ["now", computeAppearance]] as const) {
  const ts: number[] = [];
  for (let k = 0; k < 7; k++) {
    const t = performance.now();
    f(ds, "betweenness", "community");
    ts.push(performance.now() - t);
  }
  ts.sort((a, b) => a - b);
  console.log(`${name.padEnd(6)} ${n} nodes: median ${(ts[3] ?? 0).toFixed(1)} ms (${ts.map((x) => x.toFixed(0)).join(" ")}), load ${(loadavg()[0] ?? 0).toFixed(2)}, ${new Date().toISOString().slice(11, 16)} UTC`);
}
