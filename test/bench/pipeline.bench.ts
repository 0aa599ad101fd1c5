/**
 * The import and the whole command at scale (issue 12, items 4 and 8), printed by `npm run bench`:
 *  - CSV → graph for the bench edge lists of 1,000 / 10,000 / 50,000 / 100,000 nodes (about 4.9
 *    ties per node before merging), each in a fresh process: wall, CPU, peak resident memory
 *    (import.ts);
 *  - the whole `npm run analyze -- DIR --json` stage by stage at 10,000 and 100,000 nodes, each in a
 *    fresh process (cli.ts: wall, CPU of every thread, peak memory; the JSON's md5);
 *  - at 100,000 nodes, the pieces igraph also has (pipeline.ts: components and the summary,
 *    Louvain, eigenvector, PageRank) for the comparison in docs/performance.md.
 * The edge lists are written once to the temporary folder (write-network.ts). Several minutes on
 * the 2-core bench machine.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bench, describe } from "vitest";
import { importCoalition } from "../../src/import/index.js";
import { readInputs } from "./import.js";
import { machineLine } from "./machine.js";

/** The bench edge list of `n` nodes (written on first use). */
function network(n: number): string {
  const dir = join(tmpdir(), `coalition-net-${n}`);
  if (!existsSync(join(dir, "ties.csv"))) execFileSync("node", ["--import", "tsx", "test/bench/write-network.ts", String(n), dir], { stdio: "ignore" });
  return dir;
}

/** Run one of the bench scripts in a fresh process (its own peak memory) and return what it prints. */
function script(name: string, args: string[]): string {
  return execFileSync("node", ["--import", "tsx", join("test/bench", name), ...args], { encoding: "utf8", maxBuffer: 1 << 24 });
}

console.log(`\n${machineLine()}`);
console.log("\nCSV → graph (import), fresh process per run:");
for (const n of [1_000, 10_000, 50_000, 100_000]) console.log(`${n.toLocaleString("en-US")} nodes:\n${script("import.ts", [network(n)]).trim()}`);
for (const n of [10_000, 100_000]) console.log(`\nThe whole analysis (npm run analyze -- DIR --json), ${n.toLocaleString("en-US")} nodes:\n${script("cli.ts", [network(n)]).trim()}`);
console.log(`\nPieces to compare with igraph, 100,000 nodes:\n${script("pipeline.ts", [network(100_000), "2"]).trim()}`);

describe("import, 10,000 nodes (in this process)", () => {
  const files = readInputs(network(10_000));
  bench("CSV → graph", () => void importCoalition(files), { iterations: 3, time: 0 });
});
