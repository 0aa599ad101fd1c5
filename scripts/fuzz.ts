/**
 * The long fuzz run: `npm run fuzz -- --seconds 600 --seed 1` (defaults: 60 s, seed 1;
 * `--cases N` stops after N cases). Runs seeded cases of test/fuzz/workbooks.ts until the time is
 * up and prints every failing seed with its broken promises; a case slower than 5 s counts as a
 * hang. Exits 1 when anything failed. Reproduce one case with `--seed N --cases 1`.
 */
import { fuzzCase } from "../test/fuzz/workbooks.js";

const HANG_MS = 5000;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isFinite(v) || v < 0) {
    console.error(`--${name} needs a number, e.g. --${name} ${fallback}`);
    process.exit(2);
  }
  return v;
}

const seconds = option("seconds", 60);
const seed = option("seed", 1);
const maxCases = option("cases", Number.POSITIVE_INFINITY);
const start = performance.now();
let ran = 0;
let failed = 0;
let slowest = { seed, ms: 0 };
while (ran < maxCases && performance.now() - start < seconds * 1000) {
  const out = fuzzCase(seed + ran);
  ran++;
  if (out.ms > slowest.ms) slowest = { seed: out.seed, ms: out.ms };
  const problems = out.ms > HANG_MS ? [...out.problems, `took ${Math.round(out.ms)} ms`] : out.problems;
  if (problems.length > 0) {
    failed++;
    console.log(`seed ${out.seed}: ${problems.join("; ")}`);
  }
}
console.log(`${ran} cases from seed ${seed} in ${Math.round((performance.now() - start) / 1000)} s: ${failed} failed; slowest seed ${slowest.seed} (${Math.round(slowest.ms)} ms).`);
process.exit(failed > 0 ? 1 : 0);
