/**
 * Writes people.csv and organizations.csv beside a bench edge list (write-network.ts) so that the
 * plan's analyses that read organizations — the outreach plan, the power map, the asks — have
 * organizations, staff and prospects to work on: `npx tsx test/bench/write-organizations.ts 10000
 * /tmp/askers10k` → /tmp/askers10k/people.csv and organizations.csv (ids n0…n(N−1), as
 * write-network.ts names them). Every tenth node is an organization; every other node is a person
 * listed at the organization of its ten (n13 at n10), a quarter of those flagged decision maker.
 * Seeded statuses: 2% core, 40% member, 10% prospect, the rest outsiders. Then time the command:
 * `node scripts/cli.mjs /tmp/askers10k --json > /dev/null`, or stage by stage with
 * `npx tsx test/bench/cli.ts /tmp/askers10k` (docs/performance.md, stop 20, askers).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { mulberry32 } from "../../src/graph/utils/mulberry32.js";

const n = Number(process.argv[2] ?? 10000);
const dir = process.argv[3] ?? `/tmp/coalition-net-${n}`;
const rnd = mulberry32(11);
const status = (): string => {
  const r = rnd();
  return r < 0.02 ? "core" : r < 0.42 ? "member" : r < 0.52 ? "prospect" : "";
};
const people = ["id,name,organization,status,decision_maker"];
const orgs = ["id,name,status"];
for (let i = 0; i < n; i++) {
  if (i % 10 === 0) orgs.push(`n${i},Organization ${i},${status()}`);
  else people.push(`n${i},Person ${i},n${i - (i % 10)},${status()},${rnd() < 0.25 ? "yes" : "no"}`);
}
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "people.csv"), `${people.join("\n")}\n`);
writeFileSync(join(dir, "organizations.csv"), `${orgs.join("\n")}\n`);
console.log(`${dir}: ${people.length - 1} people, ${orgs.length - 1} organizations`);
