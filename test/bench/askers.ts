/**
 * The outreach plan and the power map alone (src/graph/outreach.ts, src/graph/power-map.ts) on one
 * network: standing's quick estimate, the communities and the service gaps computed once, then
 * `outreachPlan` and `powerMap` with the command's defaults ROUNDS times; wall and CPU seconds of
 * each run and the md5 of each result's JSON. With `--against OTHER/src/graph` (another checkout's
 * sources, e.g. from `git archive`) the two run alternately on the same inputs, and the results
 * are compared.
 *
 *   npx tsx test/bench/write-network.ts 10000 /tmp/askers10k && npx tsx test/bench/write-organizations.ts 10000 /tmp/askers10k
 *   node --expose-gc --import tsx test/bench/askers.ts /tmp/askers10k 3 [--against /tmp/before/src/graph]
 */
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
import { communitiesAnalysis } from "../../src/graph/analyses/communities.js";
import { gapsAnalysis } from "../../src/graph/analyses/gaps.js";
import { standingAnalysis } from "../../src/graph/analyses/standing.js";
import { runContext, runOptions } from "../../src/graph/analyze.js";
import { outreachPlan } from "../../src/graph/outreach.js";
import { powerMap } from "../../src/graph/power-map.js";
import { importCoalition } from "../../src/import/index.js";
import { readInputs } from "./import.js";
import { machineLine } from "./machine.js";

const args = process.argv.slice(2);
const against = args.includes("--against") ? args[args.indexOf("--against") + 1] : undefined;
const [dir = "/tmp/askers10k", roundsArg = "3"] = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--against");
const rounds = Number(roundsArg);

const { graph } = importCoalition(readInputs(dir));
const options = runOptions({ quickEstimate: true });
const ctx = runContext(graph, options);
const standing = ctx.use(standingAnalysis).measures;
const communities = ctx.use(communitiesAnalysis);
const gaps = ctx.use(gapsAnalysis);

type Plan = typeof outreachPlan;
type Map_ = typeof powerMap;
const versions: [string, Plan, Map_][] = [["this", outreachPlan, powerMap]];
if (against !== undefined) {
  const o = (await import(pathToFileURL(`${against}/outreach.ts`).href)) as { outreachPlan: Plan };
  const p = (await import(pathToFileURL(`${against}/power-map.ts`).href)) as { powerMap: Map_ };
  versions.unshift(["against", o.outreachPlan, p.powerMap]);
}

const gc = (globalThis as { gc?: () => void }).gc;
const md5 = (x: unknown): string => createHash("md5").update(JSON.stringify(x)).digest("hex");
const timed = <R>(f: () => R): { r: R; wall: number; cpu: number } => {
  gc?.();
  const t = performance.now();
  const c = process.cpuUsage();
  const r = f();
  const u = process.cpuUsage(c);
  return { r, wall: (performance.now() - t) / 1000, cpu: (u.user + u.system) / 1e6 };
};
console.log(machineLine());
console.log(`${dir}: ${graph.order} nodes, ${graph.size} ties; ${rounds} rounds${gc ? "" : " (run with --expose-gc for a collection before each run)"}`);
const sums = new Map<string, string>();
for (let round = 1; round <= rounds; round++) {
  for (const [name, plan, map] of versions) {
    const o = timed(() => plan(graph, { standing, communities, gaps }));
    const p = timed(() => map(graph, { standing, communities }));
    const sum = `${md5(o.r)} ${md5(p.r)}`;
    sums.set(name, sum);
    console.log(
      `round ${round} ${name.padEnd(7)} outreach wall ${o.wall.toFixed(2)} s, CPU ${o.cpu.toFixed(2)} s (${o.r.length} targets); power map wall ${p.wall.toFixed(2)} s, CPU ${p.cpu.toFixed(2)} s (${p.r.entries.length} entries); md5 ${sum}`,
    );
  }
}
if (against !== undefined) console.log(sums.get("this") === sums.get("against") ? "the same results from both" : "THE RESULTS DIFFER");
