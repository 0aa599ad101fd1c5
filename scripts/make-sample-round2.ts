/**
 * Generates the second round of the sample coalition, a year later:
 * examples/sample-coalition-2026/ (people, organizations, connections, services, survey) and its
 * README, and the "Second round" section of examples/README.md (between its markers).
 *
 *   npx tsx scripts/make-sample-round2.ts
 *
 * It starts from examples/sample-coalition/ (run scripts/make-sample.ts first if that changed)
 * and plants changes an evaluation should find, all dated in 2026 so that the one workbook can
 * also be compared by date (`--compare 2025-12-31`):
 *  - joined (a `joined` column): a language-access organization in the East (the missing
 *    interpretation × East need), its coordinator, and a peer advocate with lived experience;
 *  - left (a `left` column): one member;
 *  - ties added (`since` 2026-…): the two North shelters start to partner (the turf pair), the
 *    West shelter starts referring to West legal advocacy (the unlinked hand-off), a police
 *    detective and a tenants' organizer from the two factions start working together, a poorly
 *    connected member with lived experience gains a tie, and the newcomers' ties;
 *  - ties ended (an `until` date): a few, chosen by the seeded generator;
 *  - strengthened and weakened ties (the strength column; only two workbooks can show these);
 *  - survey.csv: a partner survey of the member organizations in two rounds, 2025 and 2026.
 * Deterministic: a seeded mulberry32 makes every choice, lists are walked in file order, so two
 * runs give byte-identical files. Nothing is checked here: test/cli/compare.test.ts checks that
 * `--compare` finds exactly what this script printed into the README.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import { mulberry32 } from "../src/graph/utils/mulberry32.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const SRC = join(root, "examples", "sample-coalition");
const OUT_NAME = "sample-coalition-2026";
const OUT = join(root, "examples", OUT_NAME);
const rand = mulberry32(20260401);

type Table = { header: string[]; rows: string[][] };

function read(name: string): Table {
  const parsed = Papa.parse<string[]>(readFileSync(join(SRC, name), "utf8"), { skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  if (header === undefined) throw new Error(`make-sample-round2: ${name} is empty`);
  return { header, rows };
}

const cell = (v: string): string => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = (t: Table): string => [t.header, ...t.rows].map((r) => r.map(cell).join(",")).join("\n") + "\n";
const col = (t: Table, name: string): number => {
  const i = t.header.indexOf(name);
  if (i < 0) throw new Error(`make-sample-round2: no column "${name}"`);
  return i;
};
const get = (t: Table, row: string[], name: string): string => row[col(t, name)] ?? "";

const people = read("people.csv");
const orgs = read("organizations.csv");
const ties = read("connections.csv");
const label = new Map<string, string>();
for (const t of [people, orgs]) for (const r of t.rows) label.set(get(t, r, "id"), get(t, r, "name"));
const name = (id: string): string => label.get(id) ?? id;

// ---- members who join and leave -----------------------------------------------------------------
const LEFT = { id: "p-naomi-lindgren", date: "2026-04-01" };
const NEW_ORG = {
  id: "o-eastside-language",
  name: "Eastside Language Access",
  sector: "immigrant services",
  services: "interpretation",
  areas: "East",
  status: "member",
  notes: "Volunteer interpreters for Spanish, Haitian Creole and Somali; opened January 2026",
  joined: "2026-02-01",
};
const NEW_PEOPLE = [
  { id: "p-tomas-ibarra", name: "Tomás Ibarra", organization: NEW_ORG.id, role: "Coordinator", sector: "immigrant services", status: "member", decision_maker: "yes", lived_experience: "no", area: "East", joined: "2026-02-01" },
  { id: "p-rosa-delgado", name: "Rosa Delgado", organization: "o-phoenix-rising", role: "Peer Advocate", sector: "grassroots", status: "member", decision_maker: "no", lived_experience: "yes", area: "East", joined: "2026-03-01" },
];
label.set(NEW_ORG.id, NEW_ORG.name);
for (const p of NEW_PEOPLE) label.set(p.id, p.name);

// ---- ties added (since 2026) --------------------------------------------------------------------
const ADDED: { from: string; to: string; type: string; strength: number; since: string; notes: string }[] = [
  { from: "o-harbor-house", to: "o-new-dawn", type: "partner", strength: 3, since: "2026-03-15", notes: "Shared bed-availability list for the North" },
  { from: "o-willow-creek", to: "o-west-legal", type: "refers_to", strength: 3, since: "2026-02-10", notes: "Referral agreement signed at the February meeting" },
  { from: NEW_ORG.id, to: "o-welcome-center", type: "partner", strength: 4, since: "2026-02-01", notes: "Share the interpreter roster" },
  { from: "p-tomas-ibarra", to: "p-grace-okafor", type: "knows", strength: 3, since: "2026-02-20", notes: "" },
  { from: "p-rosa-delgado", to: "p-tanya-brooks", type: "friend", strength: 4, since: "2026-03-01", notes: "" },
  { from: "p-rosa-delgado", to: "p-jordan-ellis", type: "knows", strength: 3, since: "2026-04-02", notes: "" },
  { from: "p-rafael-ortega", to: "p-nadia-kline", type: "works_with", strength: 3, since: "2026-04-10", notes: "Co-facilitate the Thursday peer group" },
  { from: "p-angela-ruiz", to: "p-marisol-vega", type: "works_with", strength: 2, since: "2026-05-01", notes: "After the listening session Miriam Adeyemi facilitated" },
];

// ---- seeded choices: ended, strengthened, weakened ----------------------------------------------
// Ties touching anyone a planted situation of the first round names (examples/README.md) are left alone.
const readme = readFileSync(join(root, "examples", "README.md"), "utf8");
const firstRound = readme.split("<!-- round 2 -->")[0] ?? readme;
const planted = new Set([...firstRound.matchAll(/`([op]-[a-z0-9-]+)`/g)].map((m) => m[1] ?? ""));
for (const t of ADDED) planted.add(t.from).add(t.to);
planted.add(LEFT.id);
const candidates = ties.rows
  .map((r, i) => ({ r, i }))
  .filter(({ r }) => {
    const s = Number(get(ties, r, "strength"));
    return get(ties, r, "sign") !== "-" && ["works_with", "knows", "partner", "friend"].includes(get(ties, r, "type")) && s >= 2 && s <= 4 && !planted.has(get(ties, r, "from")) && !planted.has(get(ties, r, "to"));
  });
for (let i = candidates.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [candidates[i], candidates[j]] = [candidates[j] as (typeof candidates)[number], candidates[i] as (typeof candidates)[number]];
}
const usedPairs = new Set<string>();
const take = (k: number) => {
  const out: (typeof candidates)[number][] = [];
  for (const c of candidates) {
    if (out.length === k) break;
    const pair = [get(ties, c.r, "from"), get(ties, c.r, "to")].sort().join("|");
    if (usedPairs.has(pair)) continue;
    usedPairs.add(pair);
    out.push(c);
  }
  return out;
};
const ENDED_DATES = ["2026-01-15", "2026-04-30"];
const ended = take(2);
const strengthened = take(3);
const weakened = take(2);

// ---- write the workbook -------------------------------------------------------------------------
const peopleOut: Table = { header: [...people.header, "joined", "left"], rows: people.rows.map((r) => [...r, "", get(people, r, "id") === LEFT.id ? LEFT.date : ""]) };
for (const p of NEW_PEOPLE) {
  const row = peopleOut.header.map((h) => (h in p ? String(p[h as keyof typeof p]) : ""));
  row[col(peopleOut, "email")] = `${p.name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(" ", ".")}@example.org`;
  peopleOut.rows.push(row);
}
const orgsOut: Table = { header: [...orgs.header, "joined", "left"], rows: orgs.rows.map((r) => [...r, "", ""]) };
orgsOut.rows.push(orgsOut.header.map((h) => (h === "anchor" ? "no" : h in NEW_ORG ? String(NEW_ORG[h as keyof typeof NEW_ORG]) : "")));
const tiesOut: Table = { header: [...ties.header, "until"], rows: ties.rows.map((r) => [...r, ""]) };
const sCol = col(tiesOut, "strength");
const uCol = col(tiesOut, "until");
ended.forEach((c, k) => ((tiesOut.rows[c.i] as string[])[uCol] = ENDED_DATES[k] ?? ""));
for (const c of strengthened) (tiesOut.rows[c.i] as string[])[sCol] = String(Number(get(ties, c.r, "strength")) + 1);
for (const c of weakened) (tiesOut.rows[c.i] as string[])[sCol] = String(Number(get(ties, c.r, "strength")) - 1);
for (const t of ADDED) tiesOut.rows.push([t.from, t.to, t.type, String(t.strength), "+", t.since, t.notes, ""]);

// ---- the partner survey: member organizations, rounds 2025 and 2026 -----------------------------
const orgStatus = new Map(orgsOut.rows.map((r) => [get(orgsOut, r, "id"), get(orgsOut, r, "status")]));
const isOrg = (id: string) => orgStatus.has(id);
const LEVEL: Record<string, number> = { knows: 1, friend: 1, works_with: 2, funds: 2, board_of: 2, refers_to: 3, partner: 3 };
const LEVEL_WORDS = ["awareness", "cooperation", "coordination", "integration"];
/** Org–org positive ties of a round: pair → strongest (level, strength). */
function orgPairs(rows: string[][], round: 2025 | 2026): Map<string, { a: string; b: string; level: number; strength: number }> {
  const out = new Map<string, { a: string; b: string; level: number; strength: number }>();
  for (const r of rows) {
    const [a, b] = [get(tiesOut, r, "from"), get(tiesOut, r, "to")];
    if (!isOrg(a) || !isOrg(b) || get(tiesOut, r, "sign") === "-") continue;
    const since = get(tiesOut, r, "since");
    const until = get(tiesOut, r, "until");
    if (round === 2025 && since.startsWith("2026")) continue;
    if (round === 2026 && until !== "") continue;
    const strength = Number(get(tiesOut, r, "strength"));
    const level = Math.min(4, (LEVEL[get(tiesOut, r, "type")] ?? 1) + (strength >= 5 ? 1 : 0));
    const key = [a, b].sort().join("|");
    const cur = out.get(key);
    if (cur === undefined || level > cur.level || (level === cur.level && strength > cur.strength)) out.set(key, { a, b, level, strength });
  }
  return out;
}
const clamp = (x: number) => Math.max(1, Math.min(4, Math.round(x)));
const survey: Table = { header: ["respondent", "partner", "relationship", "trust", "value", "round", "notes"], rows: [] };
const surveyRows = (round: 2025 | 2026, pairs: Map<string, { a: string; b: string; level: number; strength: number }>) => {
  const respondents = [...orgStatus].filter(([id, st]) => (st === "core" || st === "member") && (round === 2026 || id !== NEW_ORG.id)).map(([id]) => id);
  const answered = new Set(respondents.filter(() => rand() < 0.8));
  for (const [, p] of [...pairs].sort(([x], [y]) => (x < y ? -1 : 1)))
    for (const [who, about] of [[p.a, p.b], [p.b, p.a]] as const) {
      if (!answered.has(who)) continue;
      const lift = round === 2026 ? 0.35 : 0;
      const trust = clamp(0.8 + p.strength * 0.5 + lift + (rand() - 0.5) * 1.4);
      const value = clamp(1 + p.strength * 0.45 + lift + (rand() - 0.5) * 1.4);
      survey.rows.push([name(who), name(about), LEVEL_WORDS[p.level - 1] ?? "awareness", String(trust), String(value), String(round), ""]);
    }
};
surveyRows(2025, orgPairs(tiesOut.rows, 2025));
surveyRows(2026, orgPairs(tiesOut.rows, 2026));

mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, "people.csv"), csv(peopleOut));
writeFileSync(join(OUT, "organizations.csv"), csv(orgsOut));
writeFileSync(join(OUT, "connections.csv"), csv(tiesOut));
writeFileSync(join(OUT, "survey.csv"), csv(survey));
copyFileSync(join(SRC, "services.csv"), join(OUT, "services.csv"));
if (existsSync(join(SRC, "activity.csv"))) copyFileSync(join(SRC, "activity.csv"), join(OUT, "activity.csv")); // the log of the work carries on

// ---- the README section -------------------------------------------------------------------------
const tieLine = (r: string[], extra: string) => `${name(get(ties, r, "from"))} – ${name(get(ties, r, "to"))} (${get(ties, r, "type")}, ${extra})`;
const leftTies = ties.rows.filter((r) => get(ties, r, "from") === LEFT.id || get(ties, r, "to") === LEFT.id);
const leftOrg = get(people, people.rows.find((r) => get(people, r, "id") === LEFT.id) ?? [], "organization");
const section = [
  "<!-- round 2 -->",
  "## The second round: `sample-coalition-2026/`",
  "",
  "The same coalition a year later, generated from `sample-coalition/` by `scripts/make-sample-round2.ts`",
  "(seeded; it also rewrites this section). Every change is dated in 2026, so it can be checked two ways:",
  "",
  "```",
  `npm run analyze -- examples/${OUT_NAME} --compare examples/sample-coalition   # two workbooks`,
  `npm run analyze -- examples/${OUT_NAME} --compare 2025-12-31                  # one workbook, by its dates`,
  "```",
  "",
  "New columns: `joined` and `left` (people.csv, organizations.csv), `until` (connections.csv); and a",
  "partner survey, `survey.csv` (respondent, partner, relationship, trust, value, round) of the member",
  `organizations in two rounds, 2025 (${survey.rows.filter((r) => r[5] === "2025").length} answers) and 2026 (${survey.rows.filter((r) => r[5] === "2026").length} answers); every pair it names already has a tie, so it adds none.`,
  "",
  `**Members who joined (3):** ${NEW_ORG.name} (\`${NEW_ORG.id}\`, immigrant services, interpretation in East, joined ${NEW_ORG.joined}); ` +
    NEW_PEOPLE.map((p) => `${p.name} (\`${p.id}\`, ${p.role}${p.lived_experience === "yes" ? ", lived experience" : ""}, joined ${p.joined})`).join("; ") +
    ". By the five groups: community +2 (\"immigrant services\" is no provider keyword, so the organization and its coordinator count as community), lived experience +1.",
  "",
  `**Member who left (1):** ${name(LEFT.id)} (\`${LEFT.id}\`, ${name(leftOrg)}, policy makers group as the Transit Authority is a government body; left ${LEFT.date}), and with her ${leftTies.length + 1} ties: ` +
    `${leftTies.map((r) => tieLine(r, `strength ${get(ties, r, "strength")}`)).join("; ")}; and her membership tie to ${name(leftOrg)}.`,
  "",
  `**Ties added (${ADDED.length + NEW_PEOPLE.length}):** ${ADDED.map((t) => `${name(t.from)} – ${name(t.to)} (${t.type} ${t.strength}, since ${t.since})`).join("; ")}; ` +
    `and the membership ties ${NEW_PEOPLE.map((p) => `${p.name} – ${name(p.organization)}`).join(", ")}.`,
  "",
  `**Ties ended (${ended.length}, an \`until\` date):** ${ended.map((c, k) => tieLine(c.r, `until ${ENDED_DATES[k] ?? ""}`)).join("; ")}. ` +
    `So the ties removed are these ${ended.length} and ${name(LEFT.id)}'s ${leftTies.length + 1}: **${ended.length + leftTies.length + 1}**.`,
  "",
  `**Strengthened (${strengthened.length}):** ${strengthened.map((c) => tieLine(c.r, `${get(ties, c.r, "strength")} → ${Number(get(ties, c.r, "strength")) + 1}`)).join("; ")}.`,
  "",
  `**Weakened (${weakened.length}):** ${weakened.map((c) => tieLine(c.r, `${get(ties, c.r, "strength")} → ${Number(get(ties, c.r, "strength")) - 1}`)).join("; ")}.`,
  "",
  "What the comparison should then say:",
  "",
  "- **Gaps closed:** interpretation in East (no provider before), emergency shelter in North (Harbor House",
  "  and New Dawn now coordinate), emergency shelter → legal advocacy in West (now a referral tie).",
  "  **Gap opened:** interpretation in East is *thin* (one provider) — better than missing.",
  "- **Good ties across the bad-history factions:** one more (Angela Ruiz – Marisol Vega).",
  "- **Lived experience:** one more member with lived experience (Rosa Delgado), and Rafael Ortega goes from 1 tie to 2.",
  "- By date (`--compare 2025-12-31`) the members who left and the removed ties are the same; strengthened and",
  "  weakened are 0 (a workbook keeps only a tie's current strength), and the report says so. One more member",
  "  joined: Sunita Rao, who said yes to Oliver Yilmaz's ask on 2026-10-02 (activity.csv) and so joined that",
  "  day; before it, a comparison by date leaves her out with her 5 ties (which then count as added: 15), as",
  "  it leaves out everyone who had not joined yet. Two workbooks, which both hold her, do not count her.",
  "<!-- /round 2 -->",
  "",
].join("\n");
const before = readme.split("<!-- round 2 -->")[0] ?? readme;
const after = readme.includes("<!-- /round 2 -->") ? (readme.split("<!-- /round 2 -->\n")[1] ?? "") : "";
writeFileSync(join(root, "examples", "README.md"), `${before.trimEnd()}\n\n${section}${after}`);
writeFileSync(
  join(OUT, "README.md"),
  `# Riverbend County Victim Services Coalition, 2026 (fictional)\n\nThe second round of \`../sample-coalition/\`: what changed is listed in [../README.md](../README.md#the-second-round-sample-coalition-2026).\nGenerated by \`npx tsx scripts/make-sample-round2.ts\`; do not edit by hand.\n`,
);
process.stdout.write(section);
