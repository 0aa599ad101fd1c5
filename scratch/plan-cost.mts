import { plantedPartition } from "../test/bench/generate.ts";
import { guaranteedSearches } from "../src/viz/analyze.ts";
const n = Number(process.argv[2] ?? 50000);
const g = plantedPartition({ n, tiesPerNode: 10 });
for (let k = 0; k < 2; k++) {
  const c0 = process.cpuUsage(); const t0 = performance.now();
  const jobs = guaranteedSearches(g, {});
  const c = process.cpuUsage(c0);
  console.log(`plan: ${jobs.map((j) => j.sources.length).join("+")} sources, ${((performance.now() - t0) / 1000).toFixed(2)} s wall, ${((c.user + c.system) / 1e6).toFixed(2)} CPU s`);
}
