/**
 * The one-on-one rotation alone (src/graph/rotation.ts) on one network: standing's quick estimate
 * and the communities computed once, then `oneOnOneRotation` with the command's defaults (8 weeks,
 * 2 a week, seed 42) ROUNDS times; wall and CPU seconds of each run and the md5 of the rotation CSV.
 * With `--against OTHER/src/graph/rotation.ts` (another checkout's sources, e.g. from `git archive`)
 * the two run alternately on the same inputs, and the CSVs are compared.
 *
 *   npx tsx test/bench/write-network.ts 10000 /tmp/rot10k && npx tsx test/bench/write-members.ts 10000 /tmp/rot10k
 *   node --expose-gc --import tsx test/bench/rotation.ts /tmp/rot10k 5 [--against /tmp/before/src/graph/rotation.ts]
 */
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
import { communitiesAnalysis } from "../../src/graph/analyses/communities.js";
import { standingAnalysis } from "../../src/graph/analyses/standing.js";
import { runContext, runOptions } from "../../src/graph/analyze.js";
import { rotationCsv } from "../../src/graph/rotation-export.js";
import { oneOnOneRotation } from "../../src/graph/rotation.js";
import { importCoalition } from "../../src/import/index.js";
import { readInputs } from "./import.js";
import { machineLine } from "./machine.js";

const args = process.argv.slice(2);
const against = args.includes("--against") ? args[args.indexOf("--against") + 1] : undefined;
const [dir = "/tmp/rot10k", roundsArg = "3"] = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--against");
const rounds = Number(roundsArg);

const { graph } = importCoalition(readInputs(dir));
const options = runOptions({ quickEstimate: true, rotationStart: "2027-01-04" });
const ctx = runContext(graph, options);
const standing = ctx.use(standingAnalysis).measures;
const communities = ctx.use(communitiesAnalysis);
const rotationOptions = { start: "2027-01-04", standing, communities };

type Rotation = typeof oneOnOneRotation;
const versions: [string, Rotation][] = [["this", oneOnOneRotation]];
if (against !== undefined) versions.unshift(["against", ((await import(pathToFileURL(against).href)) as { oneOnOneRotation: Rotation }).oneOnOneRotation]);

const gc = (globalThis as { gc?: () => void }).gc;
console.log(machineLine());
console.log(`${dir}: ${graph.order} nodes, ${graph.size} ties; ${rounds} rounds${gc ? "" : " (run with --expose-gc for a collection before each run)"}`);
const md5 = new Map<string, string>();
for (let round = 1; round <= rounds; round++) {
  for (const [name, rotate] of versions) {
    gc?.();
    const t = performance.now();
    const c = process.cpuUsage();
    const r = rotate(graph, rotationOptions);
    const u = process.cpuUsage(c);
    const wall = (performance.now() - t) / 1000;
    const sum = createHash("md5").update(rotationCsv(r)).digest("hex");
    md5.set(name, sum);
    console.log(`round ${round} ${name.padEnd(7)} wall ${wall.toFixed(2)} s, CPU ${((u.user + u.system) / 1e6).toFixed(2)} s; ${r.rows.length} one-on-ones, ${r.placed}/${r.members} placed; csv md5 ${sum}`);
  }
}
if (against !== undefined) console.log(md5.get("this") === md5.get("against") ? "the same CSV from both" : "THE CSVs DIFFER");
