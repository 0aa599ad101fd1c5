/**
 * Writes a people.csv beside a bench edge list (write-network.ts) so that the one-on-one rotation
 * has members to schedule: `npx tsx test/bench/write-members.ts 10000 /tmp/rot10k` →
 * /tmp/rot10k/people.csv (ids n0…n(N−1), as write-network.ts names them). Seeded: 2% core, 68%
 * member, 10% prospect, the rest outsiders; 5% with lived experience (the set-up of
 * docs/performance.md, stop 18). Then time the rotation through the command:
 * `node scripts/cli.mjs /tmp/rot10k --rotation /tmp/rot10k.csv --start 2027-01-04 --quiet --json > /dev/null`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { mulberry32 } from "../../src/graph/utils/mulberry32.js";

const n = Number(process.argv[2] ?? 10000);
const dir = process.argv[3] ?? `/tmp/coalition-net-${n}`;
const rnd = mulberry32(7);
const lines = ["id,name,status,lived_experience"];
const counts = { core: 0, member: 0, prospect: 0, "": 0 };
for (let i = 0; i < n; i++) {
  const r = rnd();
  const status = r < 0.02 ? "core" : r < 0.7 ? "member" : r < 0.8 ? "prospect" : "";
  counts[status] += 1;
  lines.push(`n${i},Person ${i},${status},${rnd() < 0.05 ? "yes" : "no"}`);
}
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "people.csv"), `${lines.join("\n")}\n`);
console.log(`${join(dir, "people.csv")}: ${n} people (${counts.core} core, ${counts.member} members, ${counts.prospect} prospects)`);
