/**
 * Writes the bench's planted-partition network as an edge list (from,to,strength) for timing the
 * CLI end to end: `npx tsx test/bench/write-network.ts 10000 /tmp/net10k` → /tmp/net10k/ties.csv,
 * then `npm run analyze -- /tmp/net10k --json`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { plantedPartition } from "./generate.js";

const n = Number(process.argv[2] ?? 10000);
const dir = process.argv[3] ?? `/tmp/coalition-net-${n}`;
const graph = plantedPartition({ n, tiesPerNode: 10 });
const lines = ["from,to,strength"];
graph.forEachEdge((_e, a, s, t) => lines.push(`${s},${t},${String(a.strength)}`));
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "ties.csv"), `${lines.join("\n")}\n`);
console.log(`${join(dir, "ties.csv")}: ${n} nodes, ${lines.length - 1} ties`);
