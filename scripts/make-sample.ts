/**
 * Generates the bundled sample coalition (examples/sample-coalition/*.csv), its README
 * (examples/README.md) and the messy import demo (examples/messy/*).
 *
 *   npx tsx scripts/make-sample.ts
 *
 * Riverbend County is FICTIONAL: every person, organization, e-mail (example.org) and phone
 * number (555-01xx) is made up. The output is deterministic: a seeded PRNG (mulberry32, written
 * inline below) drives every random choice and all lists are iterated in a fixed order, so running
 * the script twice gives byte-identical files.
 *
 * Nine situations are planted on purpose (turf, bad-history factions, a missing service, duplicated
 * hotlines, an unlinked shelter/legal pair, a bridging faith leader, poorly connected members with
 * lived experience, a professional-dominated core, a make-the-ask target). The script checks each
 * of them on the generated data (plain graph checks with graphology, independent of the import and
 * analysis code) and refuses to write files when one does not hold.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { UndirectedGraph } from "graphology";
import betweenness from "graphology-metrics/centrality/betweenness.js";
import { connectedComponents } from "graphology-components";
import { MEMBERSHIP_STRENGTH } from "../src/import/index.js";
import { mulberry32 } from "../src/graph/utils/mulberry32.js";

// ---------------------------------------------------------------------------------------------
// Seeded PRNG (mulberry32) — deterministic choices
// ---------------------------------------------------------------------------------------------
const rand = mulberry32(20240917);
const randInt = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
function pick<T>(xs: readonly T[]): T {
  if (xs.length === 0) throw new Error("make-sample: pick from an empty list");
  return xs[Math.floor(rand() * xs.length)] as T;
}
function shuffled<T>(xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------
const AREAS = ["North", "South", "East", "West", "Downtown"] as const;
const ALL = [...AREAS];
const SERVICES = [
  "hotline",
  "emergency shelter",
  "legal advocacy",
  "counseling",
  "medical/forensic exam",
  "court accompaniment",
  "housing",
  "interpretation",
  "childcare",
  "transportation",
  "financial assistance",
  "case management",
] as const;
type Service = (typeof SERVICES)[number];
type Status = "core" | "member" | "prospect" | "";
type World = "main" | "east";

interface Org {
  id: string;
  name: string;
  sector: string;
  services: Service[];
  areas: string[];
  status: Status;
  anchor: boolean;
  notes: string;
  /** How many people work there (planted people included). */
  staff: number;
  world: World;
}

interface Person {
  id: string;
  name: string;
  org: string;
  role: string;
  sector: string;
  status: Status;
  dm: boolean;
  lived: boolean;
  area: string;
  tags: string[];
  notes: string;
  world: World;
  /** Controlled people get only the ties written by hand below, never random ones. */
  controlled: boolean;
  email: string;
  phone: string;
}

interface Tie {
  from: string;
  to: string;
  type: string;
  strength: number;
  sign: "+" | "-";
  since: string;
  notes: string;
  /** Write the endpoints by name instead of id (teaches that both work). */
  byName?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Organizations (51)
// ---------------------------------------------------------------------------------------------
const o = (
  id: string,
  name: string,
  sector: string,
  services: Service[],
  areas: string[],
  status: Status,
  staff: number,
  extra: { anchor?: boolean; notes?: string; world?: World } = {},
): Org => ({ id, name, sector, services, areas, status, staff, anchor: extra.anchor ?? false, notes: extra.notes ?? "", world: extra.world ?? "main" });

const ORGS: Org[] = [
  // shelters
  o("o-safe-haven", "Riverbend Safe Haven", "shelter", ["emergency shelter", "counseling", "case management", "housing", "court accompaniment"], ["Downtown", "South"], "core", 9, { anchor: true, notes: "Largest shelter in the county, 48 beds; hosts coalition meetings" }),
  o("o-harbor-house", "Harbor House", "shelter", ["emergency shelter", "counseling", "childcare"], ["North"], "member", 6, { notes: "Founded 1994 by a group of survivors" }),
  o("o-new-dawn", "New Dawn Shelter", "shelter", ["emergency shelter", "case management"], ["North"], "member", 5, { notes: "Opened 2021, \"the new shelter up north\", 20 beds" }),
  o("o-willow-creek", "Willow Creek Shelter", "shelter", ["emergency shelter", "counseling"], ["West"], "member", 5),
  o("o-eastside-shelter", "Eastside Family Shelter", "shelter", ["emergency shelter", "childcare"], ["East"], "member", 4),
  // hotlines
  o("o-crisis-line", "Riverbend County Crisis Line", "hotline", ["hotline"], ALL, "core", 6, { anchor: true, notes: "24/7 line, about 9,000 calls a year" }),
  o("o-helping-hands", "Helping Hands Helpline", "hotline", ["hotline"], ["Downtown", "West"], "prospect", 3, { notes: "Volunteer-run evening line" }),
  // legal
  o("o-legal-aid", "Riverbend Legal Aid Society", "legal", ["legal advocacy"], ["Downtown", "North", "South", "East"], "core", 7, { anchor: true }),
  o("o-west-legal", "West County Legal Advocates", "legal", ["legal advocacy"], ["West"], "member", 3),
  o("o-open-door", "Open Door Immigration Legal Services", "legal", ["legal advocacy", "interpretation"], ["Downtown", "North"], "member", 3),
  // law enforcement
  o("o-pd-svu", "Riverbend PD Special Victims Unit", "law enforcement", [], ["Downtown", "North", "South", "East", "West"], "member", 6),
  o("o-sheriff", "Riverbend County Sheriff's Office", "law enforcement", [], ["North", "South", "East", "West"], "", 3),
  // courts
  o("o-prosecutor", "County Prosecutor's Office - Victim-Witness Unit", "courts", ["court accompaniment", "case management"], ALL, "core", 7, { anchor: true }),
  o("o-family-court", "Riverbend Family Court", "courts", [], ["Downtown"], "", 3),
  o("o-probation", "County Probation Department", "courts", [], ALL, "", 2),
  // health
  o("o-hospital", "Riverbend General Hospital", "health", ["medical/forensic exam", "counseling"], ALL, "core", 8, { anchor: true, notes: "SANE program: forensic exams 24/7, in the ER" }),
  o("o-north-clinic", "Northside Community Health Clinic", "health", ["counseling", "case management"], ["North"], "member", 4),
  o("o-south-clinic", "Southside Health Center", "health", ["counseling"], ["South"], "member", 3),
  o("o-west-clinic", "Westview Family Clinic", "health", ["counseling"], ["West"], "prospect", 3),
  o("o-counseling-collective", "Riverbend Counseling Collective", "health", ["counseling"], ["Downtown", "East", "West"], "member", 4),
  // faith
  o("o-new-covenant", "New Covenant Fellowship", "faith", [], ["East"], "prospect", 3, { world: "east", notes: "Congregation of about 300, services in English, Spanish and French" }),
  o("o-st-anselm", "St. Anselm Parish", "faith", ["financial assistance"], ["North"], "", 3),
  o("o-interfaith", "Riverbend Interfaith Council", "faith", [], ALL, "member", 3),
  o("o-masjid", "Masjid al-Noor Community Center", "faith", ["financial assistance"], ["South"], "prospect", 3),
  // education
  o("o-schools", "Riverbend Unified School District", "education", [], ALL, "prospect", 4),
  o("o-college", "Riverbend Community College", "education", ["childcare"], ["Downtown"], "", 3),
  o("o-northgate-high", "Northgate High School", "education", [], ["North"], "", 2),
  // business
  o("o-credit-union", "First Riverbend Credit Union", "business", ["financial assistance"], ALL, "prospect", 3),
  o("o-millbrook", "Millbrook Logistics", "business", [], ["South", "West"], "prospect", 3, { notes: "Largest employer in the county, about 2,400 staff" }),
  o("o-chamber", "Riverbend Chamber of Commerce", "business", [], ALL, "", 2),
  o("o-cafe-esperanza", "Café Esperanza", "business", [], ["East"], "", 3, { world: "east", notes: "Family café; its back room is where the East Side mothers meet" }),
  // government
  o("o-county-commission", "Riverbend County Commission", "government", [], ALL, "prospect", 3, { notes: "Sets the county's victim-services budget.\nNext budget hearing: March." }),
  o("o-city-council", "Riverbend City Council", "government", [], ["Downtown", "North", "South"], "member", 3),
  o("o-housing-authority", "Riverbend Housing Authority", "government", ["housing"], ALL, "member", 4),
  o("o-transit", "Riverbend Transit Authority", "government", ["transportation"], ALL, "member", 2),
  o("o-social-services", "County Department of Social Services", "social services", ["financial assistance", "case management", "childcare"], ALL, "member", 6),
  // grassroots
  o("o-survivors-collective", "Survivors Speak Out Collective", "grassroots", ["transportation"], ["South"], "member", 6, { notes: "Survivor-led; court watch and rides to court" }),
  o("o-tenants-union", "Southside Tenants Union", "grassroots", [], ["South"], "", 3),
  o("o-mothers-circle", "East Side Mothers' Circle", "grassroots", [], ["East"], "", 4, { world: "east" }),
  o("o-familias", "Familias del Este", "grassroots", [], ["East"], "", 4, { world: "east" }),
  o("o-youth-soccer", "Eastside Youth Soccer League", "grassroots", [], ["East"], "", 3, { world: "east" }),
  o("o-north-neighbors", "North End Neighbors Association", "grassroots", [], ["North"], "", 3),
  o("o-phoenix-rising", "Phoenix Rising Survivor Network", "grassroots", ["counseling"], ["Downtown"], "member", 3, { notes: "Peer support groups, Tuesday and Thursday evenings" }),
  // immigrant services
  o("o-welcome-center", "Riverbend Welcome Center", "immigrant services", ["interpretation", "case management"], ["Downtown", "North", "South", "West"], "member", 4, { notes: "Interpreters for Spanish, Vietnamese, Arabic; no office in the East yet" }),
  o("o-language-bridge", "Language Bridge Interpreters", "business", ["interpretation"], ["Downtown", "North"], "member", 2),
  // housing and social services
  o("o-keystone", "Keystone Transitional Housing", "housing", ["housing"], ["North", "West", "East"], "member", 3),
  o("o-food-bank", "Riverbend Community Food Bank", "social services", ["financial assistance"], ALL, "member", 3),
  o("o-little-acorns", "Little Acorns Child Care Network", "social services", ["childcare"], ["North", "South", "West"], "member", 2),
  o("o-safe-rides", "Safe Rides Volunteer Network", "social services", ["transportation"], ["North", "East", "West"], "member", 2),
  o("o-mediation", "Riverbend Dispute Resolution Center", "social services", [], ALL, "", 2, { notes: "Free community mediation" }),
  o("o-foundation", "Riverbend Community Foundation", "funder", [], ALL, "member", 2),
];
const orgById = new Map(ORGS.map((x) => [x.id, x]));

// ---------------------------------------------------------------------------------------------
// People: planted ones first (exact names the README documents), then generated staff
// ---------------------------------------------------------------------------------------------
const people: Person[] = [];
const personById = new Map<string, Person>();
const usedNames = new Set<string>();

function slug(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

interface PersonSpec {
  name: string;
  org?: string;
  role: string;
  status?: Status;
  dm?: boolean;
  lived?: boolean;
  area?: string;
  tags?: string[];
  notes?: string;
  controlled?: boolean;
  sector?: string;
  world?: World;
}

function addPerson(spec: PersonSpec): Person {
  if (usedNames.has(spec.name)) throw new Error(`make-sample: duplicate person name ${spec.name}`);
  usedNames.add(spec.name);
  const org = spec.org ? orgById.get(spec.org) : undefined;
  if (spec.org && !org) throw new Error(`make-sample: unknown org ${spec.org}`);
  const id = `p-${slug(spec.name)}`;
  const [first, ...rest] = slug(spec.name).split("-");
  const p: Person = {
    id,
    name: spec.name,
    org: spec.org ?? "",
    role: spec.role,
    sector: spec.sector ?? org?.sector ?? "community",
    status: spec.status ?? "",
    dm: spec.dm ?? false,
    lived: spec.lived ?? false,
    area: spec.area ?? org?.areas[0] ?? "Downtown",
    tags: spec.tags ?? [],
    notes: spec.notes ?? "",
    world: spec.world ?? org?.world ?? "main",
    controlled: spec.controlled ?? false,
    email: `${first}.${rest.join("")}@example.org`,
    phone: "",
  };
  people.push(p);
  personById.set(id, p);
  return p;
}

// --- the professional core (situation 8) and the best asker (situation 9)
const evelyn = addPerson({ name: "Evelyn Marsh", org: "o-safe-haven", role: "Executive Director", status: "core", dm: true, tags: ["coalition-chair"] });
addPerson({ name: "Beth Carrington", org: "o-safe-haven", role: "Deputy Director", status: "core", dm: true });
addPerson({ name: "Jordan Ellis", org: "o-safe-haven", role: "Coalition Coordinator", status: "core", tags: ["staff"] });
const linda = addPerson({ name: "Linda Park-Hughes", org: "o-hospital", role: "SANE Program Director", status: "core", dm: true, area: "Downtown", notes: "Neighbor of Commissioner Whitfield" });
addPerson({ name: "Richard Halvorsen", org: "o-hospital", role: "Chief Executive Officer", status: "member", dm: true });
const victor = addPerson({ name: "Victor Osei", org: "o-prosecutor", role: "Director, Victim-Witness Unit", status: "core", dm: true });
addPerson({ name: "Elaine Prescott", org: "o-prosecutor", role: "County Prosecutor", status: "member", dm: true });
const catherine = addPerson({ name: "Catherine Wu", org: "o-legal-aid", role: "Executive Director", status: "core", dm: true });
const omar = addPerson({ name: "Omar Haddad", org: "o-crisis-line", role: "Director", status: "core", dm: true });
const CORE_PROS = [evelyn, linda, victor, catherine, omar];

// --- bad-history faction A: the police unit (situation 2)
const kowalski = addPerson({ name: "Daniel Kowalski", org: "o-pd-svu", role: "Lieutenant, unit commander", status: "member", dm: true, controlled: true });
const mercer = addPerson({ name: "Brian Mercer", org: "o-pd-svu", role: "Sergeant", status: "member", controlled: true });
const hollister = addPerson({ name: "Kevin Hollister", org: "o-pd-svu", role: "Detective", status: "member", controlled: true });
const ruiz = addPerson({ name: "Angela Ruiz", org: "o-pd-svu", role: "Detective", status: "member", controlled: true });
const brandt = addPerson({ name: "Tom Brandt", org: "o-pd-svu", role: "Officer", controlled: true });
const tran = addPerson({ name: "Lisa Tran", org: "o-pd-svu", role: "Victim Liaison Officer", status: "member", controlled: true });
// --- faction B: the grassroots collective and its ally
const keisha = addPerson({ name: "Keisha Monroe", org: "o-survivors-collective", role: "Founder", status: "member", dm: true, lived: true, area: "South", controlled: true, tags: ["survivor-leader"] });
const jamal = addPerson({ name: "Jamal Whitaker", org: "o-survivors-collective", role: "Organizer", status: "member", controlled: true });
const dolores = addPerson({ name: "Dolores Fuentes", org: "o-survivors-collective", role: "Peer Advocate", status: "member", lived: true, controlled: true, tags: ["spanish-speaking", "survivor-leader"] });
const renee = addPerson({ name: "Renée Laurent", org: "o-survivors-collective", role: "Court Watch Volunteer", lived: true, controlled: true, tags: ["french-speaking"] });
const sam = addPerson({ name: "Sam Okoro", org: "o-survivors-collective", role: "Volunteer Driver", controlled: true });
const ty = addPerson({ name: "Ty Redcloud", org: "o-survivors-collective", role: "Organizer", status: "member", controlled: true });
const marisol = addPerson({ name: "Marisol Vega", org: "o-tenants-union", role: "Lead Organizer", dm: true, controlled: true });
const curtis = addPerson({ name: "Curtis Bell", org: "o-tenants-union", role: "Organizer", controlled: true });
const nkechi = addPerson({ name: "Nkechi Balogun", org: "o-tenants-union", role: "Volunteer", controlled: true });
// --- the neutral facilitator
const miriam = addPerson({ name: "Miriam Adeyemi", org: "o-mediation", role: "Community Mediator", dm: true, controlled: true, notes: 'Trained mediator, trusted by "both sides" of the 2022 dispute' });

// --- make-the-ask target (situation 9)
const whitfield = addPerson({ name: "Harold Whitfield", org: "o-county-commission", role: "Commission Chair", status: "prospect", dm: true, controlled: true });
const lindqvist = addPerson({ name: "Marcus Lindqvist", org: "o-county-commission", role: "Chief of Staff", controlled: true });
const priya = addPerson({ name: "Priya Natarajan", org: "o-county-commission", role: "Budget Analyst", controlled: true });
const dolan = addPerson({ name: "Frank Dolan", org: "o-housing-authority", role: "Executive Director", status: "member", dm: true, controlled: true, notes: "Former commissioner; lost the 2020 budget vote to Whitfield" });
const castellanos = addPerson({ name: "Ray Castellanos", org: "o-city-council", role: "Councilmember", status: "member", dm: true, controlled: true });

// --- the bridging faith leader (situation 6) and the East immigrant community
const grace = addPerson({ name: "Grace Okafor", org: "o-new-covenant", role: "Pastor", status: "prospect", dm: true, area: "East", world: "main", controlled: true, tags: ["faith-leader"] });
const EAST_PEOPLE: PersonSpec[] = [
  { name: "Emmanuel Mensah", org: "o-new-covenant", role: "Deacon" },
  { name: "Lucía Hernández", org: "o-new-covenant", role: "Youth Ministry Volunteer", tags: ["spanish-speaking"] },
  { name: "José Ramírez", org: "o-cafe-esperanza", role: "Owner", dm: true, tags: ["spanish-speaking"] },
  { name: "Ana Beltrán", org: "o-cafe-esperanza", role: "Manager" },
  { name: "Óscar Villanueva", org: "o-cafe-esperanza", role: "Cook" },
  { name: "Mariama Diallo", org: "o-mothers-circle", role: "Founder", dm: true, tags: ["french-speaking"] },
  { name: "Nguyen Thi Lan", org: "o-mothers-circle", role: "Volunteer", tags: ["vietnamese-speaking"] },
  { name: "Fatoumata Keita", org: "o-mothers-circle", role: "Volunteer", lived: true },
  { name: "Esperanza Morales", org: "o-mothers-circle", role: "Volunteer" },
  { name: "Rosa Quispe", org: "o-familias", role: "Coordinator", dm: true },
  { name: "Jean-Baptiste Pierre", org: "o-familias", role: "Volunteer", tags: ["haitian-creole-speaking"] },
  { name: "Guadalupe Ortiz", org: "o-familias", role: "Volunteer", lived: true },
  { name: "Tran Van Minh", org: "o-familias", role: "Volunteer", tags: ["vietnamese-speaking"] },
  { name: "Wilner Joseph", org: "o-youth-soccer", role: "Coach", dm: true },
  { name: "Carmen Solís", org: "o-youth-soccer", role: "Team Parent" },
  { name: "Hoang Bao", org: "o-youth-soccer", role: "Coach" },
  { name: "Yesenia Cruz", role: "Community Member", area: "East", sector: "community", world: "east" },
  { name: "Adaeze Nwosu", role: "Community Member", area: "East", sector: "community", world: "east" },
  { name: "Luis Paredes", role: "Community Member", area: "East", sector: "community", world: "east", lived: true },
];
for (const s of EAST_PEOPLE) addPerson({ ...s, world: "east" });

// --- poorly connected members with lived experience (situation 7)
const nadia = addPerson({ name: "Nadia Kline", org: "o-phoenix-rising", role: "Executive Director", status: "member", dm: true, lived: true });
const tanya = addPerson({ name: "Tanya Brooks", org: "o-phoenix-rising", role: "Peer Group Facilitator", status: "member", lived: true, controlled: true });
const rafael = addPerson({ name: "Rafael Ortega", org: "o-phoenix-rising", role: "Peer Supporter", status: "member", lived: true, controlled: true });
const meiling = addPerson({ name: "Mei-Ling Chou", role: "Survivor Advisory Board Member", status: "member", lived: true, area: "West", sector: "community", controlled: true, tags: ["survivor-advisory-board"] });
const aaliyah = addPerson({ name: "Aaliyah Grant", role: "Survivor Advisory Board Member", status: "member", lived: true, area: "North", sector: "community", controlled: true, tags: ["survivor-advisory-board"] });
const POORLY_CONNECTED_LIVED = [tanya, rafael, meiling, aaliyah];

// --- a few unaffiliated community people (random ties)
addPerson({ name: "Harriet Coleman", role: "Retired Family Court Judge", status: "prospect", area: "Downtown", sector: "courts" });
addPerson({ name: "Walter Pennington", role: "Volunteer", area: "North", sector: "community" });
addPerson({ name: "Sunita Rao", role: "Philanthropist", status: "prospect", area: "Downtown", sector: "funder" });
addPerson({ name: "Derek Ashby", role: "Local Journalist", area: "Downtown", sector: "community" });

// --- generated staff to fill every organization
const FIRST = [
  "Aisha", "Ben", "Carla", "Darnell", "Elena", "Farah", "Gabriel", "Hannah", "Ibrahim", "Jasmine", "Kenji", "Laura",
  "Malik", "Nora", "Owen", "Priyanka", "Quinn", "Rachel", "Samir", "Teresa", "Umar", "Valeria", "Wesley", "Ximena",
  "Yusuf", "Zoe", "Amara", "Brandon", "Chloe", "Diego", "Erin", "Fernando", "Hector", "Imani", "Jonah", "Kavya",
  "Leticia", "Marco", "Naomi", "Oliver", "Paloma", "Rashid", "Sofia", "Trevor", "Uma", "Vikram", "Whitney", "Yara",
  "Zach", "Bridget", "Connor", "Deepa", "Emeka", "Fiona", "Gloria", "Hiro", "Ingrid", "Javier", "Kendra", "Luca",
];
const LAST = [
  "Abernathy", "Bhatt", "Carver", "Dominguez", "Eriksen", "Fairbanks", "Gallagher", "Hashemi", "Iverson", "Jenkins",
  "Kaur", "Lindgren", "Mwangi", "Novak", "O'Connell", "Petrova", "Quintero", "Rasmussen", "Sandoval", "Takahashi",
  "Underwood", "Varga", "Wojcik", "Yilmaz", "Zeller", "Ashford", "Benally", "Castillo", "Draper", "Esposito", "Flores",
  "Greenberg", "Hollins", "Ibarra", "Jovanovic", "Lam", "Morrow", "Nakamura", "Obi", "Pruitt", "Russo", "Sato",
  "Thibodeaux", "Vance", "Whitlock", "Yoon", "Zamora", "Bianchi", "Chowdhury", "Delacroix", "Ferreira", "Gutierrez",
];
const ROLES: Record<string, [string, string[]]> = {
  shelter: ["Executive Director", ["Shelter Manager", "Advocate", "Case Manager", "Children's Advocate", "Night Staff", "Volunteer Coordinator"]],
  hotline: ["Director", ["Hotline Supervisor", "Crisis Counselor", "Crisis Counselor", "Volunteer Coordinator"]],
  legal: ["Executive Director", ["Staff Attorney", "Paralegal", "Legal Advocate", "Staff Attorney"]],
  "law enforcement": ["Captain", ["Detective", "Sergeant", "Deputy"]],
  courts: ["Director", ["Assistant Prosecutor", "Victim-Witness Advocate", "Court Clerk", "Victim-Witness Advocate"]],
  health: ["Medical Director", ["SANE Nurse", "Social Worker", "Therapist", "Chaplain", "ER Nurse"]],
  faith: ["Pastor", ["Outreach Coordinator", "Deacon", "Volunteer"]],
  education: ["Superintendent", ["School Counselor", "Principal", "Title IX Coordinator"]],
  business: ["Owner", ["HR Director", "Manager", "Community Relations Lead"]],
  government: ["Director", ["Policy Analyst", "Program Manager", "Staff Assistant"]],
  "social services": ["Director", ["Caseworker", "Program Manager", "Volunteer Coordinator", "Caseworker"]],
  grassroots: ["Founder", ["Organizer", "Volunteer", "Peer Advocate"]],
  "immigrant services": ["Director", ["Caseworker", "Interpreter", "Interpreter"]],
  housing: ["Director", ["Housing Specialist", "Caseworker"]],
  funder: ["President", ["Program Officer"]],
};
const LEADER_ROLE_OVERRIDE: Record<string, string> = {
  "o-masjid": "Imam",
  "o-st-anselm": "Parish Priest",
  "o-interfaith": "Council Chair",
  "o-millbrook": "Chief Executive Officer",
  "o-credit-union": "President",
  "o-city-council": "Council President",
  "o-sheriff": "Sheriff",
  "o-family-court": "Presiding Judge",
  "o-northgate-high": "Principal",
  "o-college": "President",
  "o-chamber": "President",
};

function freshName(): string {
  for (let i = 0; i < 1000; i++) {
    const n = `${pick(FIRST)} ${pick(LAST)}`;
    if (!usedNames.has(n) && !usedNames.has(n.split(" ")[1] ?? "")) return n;
  }
  throw new Error("make-sample: ran out of names");
}

for (const org of ORGS) {
  const current = people.filter((p) => p.org === org.id);
  const [leaderRole, roles] = ROLES[org.sector] ?? ["Director", ["Staff"]];
  let dms = current.filter((p) => p.dm).length;
  for (let i = current.length; i < org.staff; i++) {
    const isLeader = dms === 0 || (org.staff >= 6 && dms === 1 && i === 1);
    const role = isLeader ? (dms === 0 ? (LEADER_ROLE_OVERRIDE[org.id] ?? leaderRole) : "Board President") : pick(roles);
    let status: Status = "";
    if (org.world === "main") {
      if (org.status === "core" || org.status === "member") status = isLeader || rand() < 0.7 ? "member" : "";
      else if (org.status === "prospect" && isLeader) status = "prospect";
    }
    addPerson({ name: freshName(), org: org.id, role, status, dm: isLeader, area: pick(org.areas) });
    if (isLeader) dms++;
  }
  const total = people.filter((p) => p.org === org.id);
  const nDm = total.filter((p) => p.dm).length;
  if (total.length !== org.staff) throw new Error(`make-sample: ${org.id} has ${total.length} staff, expected ${org.staff}`);
  if (nDm < 1 || nDm > 2) throw new Error(`make-sample: ${org.id} has ${nDm} decision makers`);
}
// phones (555-0100…555-0199 are reserved for fiction) for the first 100 people; the rest left blank
people.forEach((p, i) => {
  if (i < 100) p.phone = `555-01${String(i).padStart(2, "0")}`;
});
// a few tags so the column is not empty
for (const p of people) {
  if (p.role.includes("Interpreter") && !p.tags.includes("bilingual")) p.tags.push("bilingual");
  if (p.role.includes("Volunteer") && !p.tags.includes("volunteer")) p.tags.push("volunteer");
}

// ---------------------------------------------------------------------------------------------
// Ties
// ---------------------------------------------------------------------------------------------
const NEGATIVE = new Set(["conflict", "bad_history", "rivalry"]);
const ties: Tie[] = [];
const tiedPairs = new Set<string>();
const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
const degree = new Map<string, number>();
const bump = (id: string): void => void degree.set(id, (degree.get(id) ?? 0) + 1);

function exists(id: string): boolean {
  return orgById.has(id) || personById.has(id);
}
/** An id, or (for the rows written by name) the id of the organization or person with that name. */
function idOf(ref: string): string {
  if (exists(ref)) return ref;
  const hit = ORGS.find((x) => x.name === ref)?.id ?? people.find((x) => x.name === ref)?.id;
  if (!hit) throw new Error(`make-sample: tie to unknown node ${ref}`);
  return hit;
}
function tie(from: string, to: string, type: string, strength: number, extra: Partial<Tie> = {}): void {
  const a = idOf(from);
  const b = idOf(to);
  if (a === b) throw new Error(`make-sample: self-tie ${from}`);
  // negative types are written with sign "-" too, so the file reads the same way the import decides
  const sign = extra.sign ?? (NEGATIVE.has(type) ? "-" : "+");
  ties.push({ from, to, type, strength, sign, since: extra.since ?? "", notes: extra.notes ?? "", byName: extra.byName ?? false });
  tiedPairs.add(pairKey(a, b));
  bump(a);
  bump(b);
}

// Pairs that must never get a tie: the org plus its people on either side.
const FORBIDDEN_ORG_PAIRS: [string, string][] = [
  ["o-harbor-house", "o-new-dawn"], // turf (1)
  ["o-crisis-line", "o-helping-hands"], // duplicated hotlines (4)
  ["o-willow-creek", "o-west-legal"], // unlinked shelter / legal (5)
];
const groupOf = (id: string): string => (orgById.has(id) ? id : (personById.get(id)?.org ?? ""));
function forbidden(a: string, b: string): boolean {
  const ga = groupOf(a);
  const gb = groupOf(b);
  return FORBIDDEN_ORG_PAIRS.some(([x, y]) => (ga === x && gb === y) || (ga === y && gb === x));
}

// --- 1. organization-level coordination: every pair sharing a service in an area partners,
//        and hand-off services in the same area refer (except the planted pairs).
const HANDOFFS: [Service, Service][] = [
  ["hotline", "emergency shelter"],
  ["emergency shelter", "legal advocacy"],
  ["medical/forensic exam", "legal advocacy"],
  ["medical/forensic exam", "court accompaniment"],
  ["legal advocacy", "court accompaniment"],
  ["emergency shelter", "housing"],
];
const mainOrgs = ORGS.filter((x) => x.world === "main");
for (let i = 0; i < mainOrgs.length; i++) {
  for (let j = i + 1; j < mainOrgs.length; j++) {
    const a = mainOrgs[i] as Org;
    const b = mainOrgs[j] as Org;
    if (forbidden(a.id, b.id)) continue;
    const sharedArea = a.areas.some((x) => b.areas.includes(x));
    if (!sharedArea) continue;
    const sharedService = a.services.some((s) => b.services.includes(s));
    if (sharedService) {
      tie(a.id, b.id, rand() < 0.6 ? "partner" : "works_with", randInt(2, 4), { since: String(randInt(2012, 2023)) });
      continue;
    }
    for (const [s1, s2] of HANDOFFS) {
      const ab = a.services.includes(s1) && b.services.includes(s2);
      const ba = b.services.includes(s1) && a.services.includes(s2);
      if (ab || ba) {
        tie(ab ? a.id : b.id, ab ? b.id : a.id, "refers_to", randInt(2, 5));
        break;
      }
    }
  }
}
// a few more org ties: funding, the police unit's working relations, the coalition's anchors
tie("o-foundation", "o-safe-haven", "funds", 5, { since: "2015", notes: "Core operating grant, renewed yearly" });
tie("o-foundation", "o-harbor-house", "funds", 3, { since: "2019" });
tie("o-foundation", "o-phoenix-rising", "funds", 2, { since: "2022", notes: "Seed grant, $15,000" });
tie("o-credit-union", "o-food-bank", "funds", 2);
tie("o-county-commission", "o-social-services", "funds", 5, { notes: "Annual appropriation" });
tie("o-pd-svu", "o-prosecutor", "works_with", 5);
tie("o-pd-svu", "o-hospital", "works_with", 4, { notes: "Forensic exam evidence hand-off" });
tie("o-pd-svu", "o-sheriff", "works_with", 3);
tie("o-survivors-collective", "o-tenants-union", "partner", 4);
tie("o-survivors-collective", "o-phoenix-rising", "knows", 3);
tie("Riverbend Interfaith Council", "St. Anselm Parish", "partner", 3, { byName: true });
tie("Riverbend Interfaith Council", "Masjid al-Noor Community Center", "partner", 3, { byName: true });
tie("o-family-court", "o-prosecutor", "works_with", 4);
tie("o-probation", "o-family-court", "works_with", 3);
tie("o-schools", "o-northgate-high", "partner", 5);
tie("o-chamber", "o-millbrook", "board_of", 3);
tie("o-college", "o-schools", "partner", 2);
tie("o-north-neighbors", "o-st-anselm", "knows", 2);

// --- 2. situation 2: the two factions, the sign '-' ties and the facilitator
const PD = [kowalski, mercer, hollister, ruiz, brandt, tran];
for (let i = 0; i < PD.length; i++)
  for (let j = i + 1; j < PD.length; j++) tie((PD[i] as Person).id, (PD[j] as Person).id, "works_with", randInt(3, 5));
const SIDE_B = [keisha, jamal, dolores, renee, sam, ty];
for (let i = 0; i < SIDE_B.length; i++)
  for (let j = i + 1; j < SIDE_B.length; j++) if (rand() < 0.7 || i === 0) tie((SIDE_B[i] as Person).id, (SIDE_B[j] as Person).id, "knows", randInt(3, 5));
tie(marisol.id, curtis.id, "works_with", 4);
tie(marisol.id, nkechi.id, "knows", 3);
tie(marisol.id, keisha.id, "knows", 4, { since: "2018" });
tie(curtis.id, jamal.id, "knows", 3);
tie("o-pd-svu", "o-survivors-collective", "conflict", 4, { since: "2022", notes: 'Dispute over the 2022 "Safe Streets" sweep, never resolved' });
tie("o-pd-svu", "o-tenants-union", "bad_history", 3, { since: "2022", notes: "Evictions escorted by officers, spring 2022" });
tie(kowalski.id, keisha.id, "bad_history", 5, { since: "2022", notes: "Public clash at the March 2022 council meeting" });
tie(mercer.id, jamal.id, "conflict", 4);
tie(hollister.id, dolores.id, "bad_history", 5, { notes: "Dolores's 2019 report was closed without contacting her" });
tie(brandt.id, jamal.id, "conflict", 3);
tie(ruiz.id, marisol.id, "conflict", 2);
tie(kowalski.id, "o-survivors-collective", "conflict", 3);
tie(brandt.id, curtis.id, "knows", 2, { sign: "-", notes: "Arrested him at a 2021 protest" });
tie(ruiz.id, renee.id, "knows", 2, { sign: "-" });
tie(mercer.id, ty.id, "works_with", 1, { sign: "-", notes: "Strained; see the 2022 dispute" });
// the neutral facilitator: positive ties into both sides, no negative tie
tie(miriam.id, kowalski.id, "knows", 4, { notes: "Ran the 2023 listening sessions, co-facilitated with the lieutenant" });
tie(miriam.id, mercer.id, "works_with", 3);
tie(miriam.id, hollister.id, "knows", 3);
tie(miriam.id, keisha.id, "knows", 5);
tie(miriam.id, jamal.id, "knows", 4);
tie(miriam.id, marisol.id, "knows", 3);
// police and the collective also work with the rest of the coalition (one side each)
tie(victor.id, kowalski.id, "works_with", 5);
tie(tran.id, "o-prosecutor", "works_with", 3);
tie(hollister.id, "o-hospital", "works_with", 3);
tie(evelyn.id, kowalski.id, "works_with", 3);
tie(evelyn.id, keisha.id, "knows", 3);
tie(nadia.id, keisha.id, "knows", 4);
tie(dolores.id, "o-south-clinic", "knows", 2);
tie(sam.id, "o-transit", "knows", 2);

// --- 3. situation 9: the commission, warm paths to its chair, and the excluded member
tie(whitfield.id, lindqvist.id, "works_with", 5);
tie(whitfield.id, priya.id, "works_with", 3);
tie(lindqvist.id, priya.id, "works_with", 4);
tie(linda.id, whitfield.id, "knows", 5, { since: "2010", notes: "Neighbors, co-chaired the hospital gala" });
tie(evelyn.id, lindqvist.id, "knows", 4);
tie(castellanos.id, whitfield.id, "knows", 2);
tie(dolan.id, whitfield.id, "works_with", 5, { since: "2012", notes: "Served together on the commission, 2012-2020" });
tie(dolan.id, whitfield.id, "bad_history", 4, { since: "2020", notes: "Bitter 2020 budget fight, \"never again\"" });
tie(priya.id, catherine.id, "knows", 2);
tie(castellanos.id, "o-city-council", "board_of", 1);
tie(castellanos.id, evelyn.id, "knows", 3);
tie(dolan.id, omar.id, "knows", 3);
tie(dolan.id, "o-keystone", "partner", 4);

// --- 4. situation 6: the faith leader bridges the East immigrant community
tie(grace.id, "p-emmanuel-mensah", "works_with", 5);
tie(grace.id, "p-lucia-hernandez", "knows", 4);
tie(grace.id, "p-jose-ramirez", "knows", 4, { notes: "Café Esperanza caters church events" });
tie(grace.id, "p-mariama-diallo", "knows", 5);
tie(grace.id, "p-rosa-quispe", "knows", 3);
tie(grace.id, "p-wilner-joseph", "knows", 3);
tie(grace.id, "o-interfaith", "board_of", 3);
const interfaithChair = people.find((p) => p.org === "o-interfaith" && p.dm) as Person;
tie(grace.id, interfaithChair.id, "knows", 4);
tie(grace.id, "p-evelyn-marsh", "knows", 3);
tie(grace.id, people.find((p) => p.org === "o-eastside-shelter" && p.dm)?.id ?? "", "knows", 3);
tie(grace.id, people.find((p) => p.org === "o-hospital" && p.role === "Chaplain")?.id ?? linda.id, "knows", 2);

// --- 5. situation 7: poorly connected members with lived experience (1–2 ties each)
tie(tanya.id, nadia.id, "works_with", 3);
tie(aaliyah.id, people.find((p) => p.org === "o-harbor-house" && !p.dm)?.id ?? "", "knows", 2);
tie(aaliyah.id, nadia.id, "knows", 2);
tie(meiling.id, people.find((p) => p.org === "o-willow-creek" && p.dm)?.id ?? "", "knows", 2);
// Rafael Ortega: only his membership tie to Phoenix Rising.

// --- 6. situation 8: the core professionals hold the cross-community ties
const HUB_TIES = 34;
const hubTargets = new Map<string, Person[]>();
for (const pro of CORE_PROS) {
  const candidates = people.filter(
    (p) =>
      p.world === "main" && !p.controlled && p.org !== pro.org && p.org !== "" && (p.dm || rand() < 0.5) &&
      !forbidden(pro.id, p.id) && !tiedPairs.has(pairKey(pro.id, p.id)),
  );
  const chosen = shuffled(candidates).slice(0, HUB_TIES);
  hubTargets.set(pro.id, chosen);
  for (const t of chosen) tie(pro.id, t.id, pick(["works_with", "works_with", "knows", "partner"]), randInt(3, 5));
}
for (let i = 0; i < CORE_PROS.length; i++)
  for (let j = i + 1; j < CORE_PROS.length; j++)
    if (!tiedPairs.has(pairKey((CORE_PROS[i] as Person).id, (CORE_PROS[j] as Person).id)))
      tie((CORE_PROS[i] as Person).id, (CORE_PROS[j] as Person).id, "works_with", 5, { since: "2016" });
tie(evelyn.id, "o-foundation", "board_of", 3);
tie(catherine.id, "o-phoenix-rising", "board_of", 2);

// --- 7. everybody else: 2–8 ties, mostly within their organization, then sector/area, then across
const free = people.filter((p) => !p.controlled);
const MAX_RANDOM_DEGREE = 9;
for (const p of free) {
  const target = randInt(2, 7);
  let guard = 0;
  while ((degree.get(p.id) ?? 0) < target && guard++ < 60) {
    const r = rand();
    const pool = free.filter((q) => {
      if (q.id === p.id || q.world !== p.world || tiedPairs.has(pairKey(p.id, q.id)) || forbidden(p.id, q.id)) return false;
      if ((degree.get(q.id) ?? 0) >= MAX_RANDOM_DEGREE && !CORE_PROS.includes(q)) return false;
      if (p.org === "") return q.area === p.area;
      if (r < 0.8) return q.org === p.org;
      if (r < 0.97) return q.org !== p.org && q.sector === p.sector && q.area === p.area;
      return q.org !== p.org;
    });
    if (pool.length === 0) continue;
    const q = pick(pool);
    const sameOrg = q.org !== "" && q.org === p.org;
    const type = sameOrg ? "works_with" : pick(["knows", "knows", "works_with", "friend"]);
    tie(p.id, q.id, type, sameOrg ? randInt(3, 5) : randInt(1, 4), rand() < 0.15 ? { since: String(randInt(2008, 2024)) } : {});
  }
}
// the East world's organizations know each other; no tie leaves the East world except through Grace
tie("o-cafe-esperanza", "o-mothers-circle", "partner", 4, { notes: "Hosts the Circle's meetings, free coffee" });
tie("o-familias", "o-mothers-circle", "knows", 3);
tie("o-youth-soccer", "o-familias", "knows", 3);
tie("o-new-covenant", "o-familias", "partner", 4);

// ---------------------------------------------------------------------------------------------
// Needs: every service × area, priorities; interpretation in the East is high (and missing)
// ---------------------------------------------------------------------------------------------
const HIGH = new Set<Service>(["hotline", "emergency shelter", "legal advocacy", "medical/forensic exam"]);
const needs: { service: Service; area: string; priority: string }[] = [];
for (const s of SERVICES)
  for (const a of AREAS) {
    let priority = HIGH.has(s) ? "high" : s === "childcare" || s === "transportation" ? "low" : "medium";
    if (s === "interpretation" && a === "East") priority = "high";
    if (s === "housing" && (a === "Downtown" || a === "South")) priority = "high";
    needs.push({ service: s, area: a, priority });
  }

// ---------------------------------------------------------------------------------------------
// Checks: the planted situations hold on the generated data
// ---------------------------------------------------------------------------------------------
const label = (id: string): string => orgById.get(id)?.name ?? personById.get(id)?.name ?? id;
const isNeg = (t: Tie): boolean => t.sign === "-" || NEGATIVE.has(t.type);

/**
 * Positive view (undirected, parallel ties merged, weight = summed strength), membership ties
 * included with the importer's MEMBERSHIP_STRENGTH — the same view src/graph/model.ts builds.
 */
const pos = new UndirectedGraph<{ kind: string }, { weight: number }>();
for (const x of ORGS) pos.addNode(x.id, { kind: "organization" });
for (const p of people) pos.addNode(p.id, { kind: "person" });
function addPos(a: string, b: string, w: number): void {
  const e = pos.edge(a, b);
  if (e === undefined) pos.addEdge(a, b, { weight: w });
  else pos.updateEdgeAttribute(e, "weight", (x) => (x ?? 0) + w);
}
for (const p of people) if (p.org) addPos(p.id, p.org, MEMBERSHIP_STRENGTH); // as the importer does
for (const t of ties) if (!isNeg(t)) addPos(idOf(t.from), idOf(t.to), t.strength);
const neg = ties.filter(isNeg).map((t) => [idOf(t.from), idOf(t.to)] as const);

const problems: string[] = [];
const check = (ok: boolean, msg: string): void => void (ok || problems.push(msg));
const posNeighbors = (id: string): string[] => pos.neighbors(id);
const groupMembers = (orgId: string): string[] => [orgId, ...people.filter((p) => p.org === orgId).map((p) => p.id)];
function noPositiveBetween(orgA: string, orgB: string): boolean {
  const A = new Set(groupMembers(orgA));
  return groupMembers(orgB).every((b) => posNeighbors(b).every((n) => !A.has(n)));
}
const noTieAtAll = (orgA: string, orgB: string): boolean => {
  const A = new Set(groupMembers(orgA));
  const B = new Set(groupMembers(orgB));
  return ties.every((t) => !((A.has(idOf(t.from)) && B.has(idOf(t.to))) || (B.has(idOf(t.from)) && A.has(idOf(t.to)))));
};

// providers per service × area
const providers = (s: string, a: string): Org[] => ORGS.filter((x) => x.services.includes(s as Service) && x.areas.includes(a));
// turf: same service + area, no direct positive org-org tie
const turfPairs: [string, string, string[]][] = [];
for (let i = 0; i < ORGS.length; i++)
  for (let j = i + 1; j < ORGS.length; j++) {
    const a = ORGS[i] as Org;
    const b = ORGS[j] as Org;
    if (pos.hasEdge(a.id, b.id)) continue;
    const overlap: string[] = [];
    for (const s of a.services) if (b.services.includes(s)) for (const ar of a.areas) if (b.areas.includes(ar)) overlap.push(`${s} × ${ar}`);
    if (overlap.length) turfPairs.push([a.id, b.id, overlap]);
  }
check(turfPairs.length === 2, `turf pairs: expected 2, got ${JSON.stringify(turfPairs)}`);
check(noPositiveBetween("o-harbor-house", "o-new-dawn") && noTieAtAll("o-harbor-house", "o-new-dawn"), "Harbor House / New Dawn are tied");
check(noTieAtAll("o-crisis-line", "o-helping-hands"), "the two hotlines are tied");
check(noTieAtAll("o-willow-creek", "o-west-legal"), "Willow Creek / West County Legal are tied");
// missing: only interpretation × East
const missing = needs.filter((n) => providers(n.service, n.area).length === 0);
check(missing.length === 1 && missing[0]?.service === "interpretation" && missing[0]?.area === "East", `missing: ${JSON.stringify(missing)}`);
// unlinked hand-off pairs (no refers_to/partner/works_with tie between the two organizations)
const coordinated = new Set(ties.filter((t) => !isNeg(t) && ["partner", "refers_to", "works_with"].includes(t.type)).map((t) => pairKey(idOf(t.from), idOf(t.to))));
const unlinked: string[] = [];
for (const [s1, s2] of HANDOFFS)
  for (const a of AREAS)
    for (const x of providers(s1, a))
      for (const y of providers(s2, a)) if (x.id !== y.id && !coordinated.has(pairKey(x.id, y.id))) unlinked.push(`${s1}/${s2} × ${a}: ${x.id} – ${y.id}`);
check(unlinked.length === 1 && unlinked[0]?.includes("o-willow-creek – o-west-legal") === true, `unlinked: ${JSON.stringify(unlinked)}`);
// factions: no positive tie across the two sides among the involved nodes, all negatives across (or the Dolan pair)
const sideA = new Set(["o-pd-svu", ...PD.filter((p) => p !== tran).map((p) => p.id)]);
const sideB = new Set(["o-survivors-collective", "o-tenants-union", keisha.id, jamal.id, dolores.id, renee.id, ty.id, marisol.id, curtis.id]);
const involved = new Set(neg.flat());
const expectedInvolved = new Set([...sideA, ...sideB, dolan.id, whitfield.id]);
check([...involved].every((x) => expectedInvolved.has(x)) && involved.size === expectedInvolved.size, `involved in negative ties: ${[...involved].sort().join(",")}`);
for (const [a, b] of neg) {
  const across = (sideA.has(a) && sideB.has(b)) || (sideA.has(b) && sideB.has(a));
  const dolanPair = pairKey(a, b) === pairKey(dolan.id, whitfield.id);
  check(across || dolanPair, `negative tie inside a side: ${a} – ${b}`);
}
for (const a of sideA) for (const n of posNeighbors(a)) check(!sideB.has(n), `positive tie across the factions: ${a} – ${n}`);
// facilitators: people with positive ties into both sides and no negative tie
const facilitators = people
  .filter((p) => !involved.has(p.id))
  .map((p) => ({ p, a: posNeighbors(p.id).filter((n) => sideA.has(n)).length, b: posNeighbors(p.id).filter((n) => sideB.has(n)).length }))
  .filter((x) => x.a > 0 && x.b > 0)
  .sort((x, y) => Math.min(y.a, y.b) - Math.min(x.a, x.b) || y.a + y.b - (x.a + x.b) || x.p.id.localeCompare(y.p.id));
check(facilitators[0]?.p === miriam && facilitators.length === 2, `facilitators: ${facilitators.map((f) => `${f.p.id}(${f.a}/${f.b})`).join(", ")}`);
// Grace is the only bridge into the East world
const eastIds = new Set([...people.filter((p) => p.world === "east").map((p) => p.id), ...ORGS.filter((x) => x.world === "east").map((x) => x.id)]);
const crossing = ties.filter((t) => eastIds.has(idOf(t.from)) !== eastIds.has(idOf(t.to)));
check(crossing.every((t) => idOf(t.from) === grace.id || idOf(t.to) === grace.id), "a tie other than Grace's crosses into the East community");
check(crossing.length >= 6, "Grace has too few ties into the East community");
const comps = connectedComponents(pos);
check(comps.length === 1, `positive view has ${comps.length} components: ${comps.filter((c) => c.length < 50).map((c) => c.join(" ")).join(" / ")}`);
// poorly connected lived experience members
for (const p of POORLY_CONNECTED_LIVED) check(pos.degree(p.id) >= 1 && pos.degree(p.id) <= 2, `${p.id} degree ${pos.degree(p.id)}`);
// decision makers
for (const x of ORGS) {
  const n = people.filter((p) => p.org === x.id && p.dm).length;
  check(n >= 1 && n <= 2, `${x.id} has ${n} decision makers`);
}
// the ask: Whitfield's direct ties
const whitfieldTies = ties.filter((t) => t.from === whitfield.id || t.to === whitfield.id);
check(whitfieldTies.length === 6, `Whitfield ties: ${whitfieldTies.length}`);
// counts
check(ORGS.length >= 40 && ORGS.length <= 60, `orgs ${ORGS.length}`);
check(people.length >= 150 && people.length <= 250, `people ${people.length}`);
check(ties.length >= 500, `ties ${ties.length}`);
for (const p of people) check(!p.org || orgById.has(p.org), `${p.id} has unknown org`);

// betweenness on the positive view: unweighted, and weighted with distance = 1/strength
const btwU = betweenness(pos, { getEdgeWeight: null, normalized: true });
const btwW = betweenness(pos, { getEdgeWeight: (_e, a) => 1 / a.weight, normalized: true });
const statusOf = (id: string): Status => orgById.get(id)?.status ?? personById.get(id)?.status ?? "";
const isMemberId = (id: string): boolean => statusOf(id) === "core" || statusOf(id) === "member";
function ranking(b: Record<string, number>, filter: (id: string) => boolean): [string, number][] {
  return Object.entries(b)
    .filter(([id]) => filter(id))
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
}
const nonMembersU = ranking(btwU, (id) => !isMemberId(id));
const nonMembersW = ranking(btwW, (id) => !isMemberId(id));
check(nonMembersU[0]?.[0] === grace.id && nonMembersW[0]?.[0] === grace.id, `top non-member betweenness: ${nonMembersU[0]?.[0]}, ${nonMembersW[0]?.[0]}`);
const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
function coreShare(b: Record<string, number>): { top5People: [string, number][]; share: number; shareOfAll: number; top5Nodes: [string, number][]; nodeShare: number } {
  const members = ranking(b, isMemberId);
  const total = sum(members.map((x) => x[1]));
  const all = sum(Object.values(b));
  const corePeople = members.filter(([id]) => statusOf(id) === "core" && personById.has(id)).slice(0, 5);
  const coreNodes = members.filter(([id]) => statusOf(id) === "core").slice(0, 5);
  return {
    top5People: corePeople,
    share: sum(corePeople.map((x) => x[1])) / total,
    shareOfAll: sum(corePeople.map((x) => x[1])) / all,
    top5Nodes: coreNodes,
    nodeShare: sum(coreNodes.map((x) => x[1])) / total,
  };
}
const shareU = coreShare(btwU);
const shareW = coreShare(btwW);
const prosIds = new Set(CORE_PROS.map((p) => p.id));
check(shareU.top5People.every(([id]) => prosIds.has(id)), `top-5 core people (unweighted): ${shareU.top5People.map((x) => x[0])}`);
check(shareU.share > 0.5 && shareW.share > 0.5, `top-5 core share of member betweenness: ${shareU.share.toFixed(3)} / ${shareW.share.toFixed(3)}`);

if (process.env.SAMPLE_DEBUG) {
  console.error(ranking(btwU, isMemberId).slice(0, 25).map(([id, v]) => `${id} ${v.toFixed(4)} deg ${pos.degree(id)}`).join("\n"));
  console.error("sum members", sum(ranking(btwU, isMemberId).map((x) => x[1])), "all", sum(Object.values(btwU)));
}
if (problems.length) {
  console.error("make-sample: planted situations do not hold:\n - " + problems.join("\n - "));
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------
function cell(v: string): string {
  return /[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
}
const csv = (header: string[], rows: string[][]): string => [header, ...rows].map((r) => r.map(cell).join(",")).join("\n") + "\n";
const yn = (b: boolean): string => (b ? "yes" : "no");

/**
 * Where some outsiders stand on the coalition's cause (the `stance` column the power map reads):
 * the County Commission is skeptical and its chair opposed (a power holder to move), the Chamber
 * skeptical, the Credit Union and the Tenants Union's organizer undecided, the Helpline and its
 * director leaning for. Everyone else's support is left to be inferred (and marked so).
 */
const STANCES: Readonly<Record<string, string>> = {
  "o-county-commission": "leaning against",
  "p-harold-whitfield": "opposed",
  "p-marcus-lindqvist": "neutral",
  "o-chamber": "leaning against",
  "p-laura-wojcik": "leaning against",
  "o-credit-union": "neutral",
  "p-marisol-vega": "neutral",
  "o-helping-hands": "leaning for",
  "p-fernando-iverson": "leaning for",
  "p-grace-okafor": "leaning for",
};
const stanceOf = (id: string): string => STANCES[id] ?? "";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "examples", "sample-coalition");
mkdirSync(outDir, { recursive: true });
writeFileSync(
  join(outDir, "organizations.csv"),
  csv(
    ["id", "name", "sector", "services", "areas", "status", "anchor", "notes", "stance"],
    ORGS.map((x) => [x.id, x.name, x.sector, x.services.join(";"), x.areas.join(";"), x.status, yn(x.anchor), x.notes, stanceOf(x.id)]),
  ),
);
writeFileSync(
  join(outDir, "people.csv"),
  csv(
    ["id", "name", "organization", "role", "sector", "status", "decision_maker", "lived_experience", "area", "tags", "email", "phone", "notes", "stance"],
    people.map((p) => [p.id, p.name, p.org, p.role, p.sector, p.status, yn(p.dm), yn(p.lived), p.area, p.tags.join(";"), p.email, p.phone, p.notes, stanceOf(p.id)]),
  ),
);
writeFileSync(
  join(outDir, "connections.csv"),
  csv(
    ["from", "to", "type", "strength", "sign", "since", "notes"],
    ties.map((t) => [t.from, t.to, t.type, String(t.strength), t.sign, t.since, t.notes]),
  ),
);
writeFileSync(join(outDir, "services.csv"), csv(["service", "area", "priority"], needs.map((n) => [n.service, n.area, n.priority])));

// ---------------------------------------------------------------------------------------------
// activity.csv: the log of the work in 2026 — asks (every outcome) and one-on-ones (situation 11).
// Written by hand, no random draw (the other files stay byte-identical). Every one-on-one is
// between two people with a tie (no tie would be created, so the import has no warning); the one
// "yes" goes to a prospect with no planted role (Sunita Rao), so situations 1–10 hold unchanged.
// ---------------------------------------------------------------------------------------------
interface Activity {
  date: string;
  kind: "ask" | "one-on-one" | "1:1";
  member: string;
  person: string;
  outcome: "" | "yes" | "no" | "pending" | "not yet asked";
  notes: string;
}
const ACTIVITY: Activity[] = [
  { date: "2026-01-14", kind: "one-on-one", member: "p-evelyn-marsh", person: "p-catherine-wu", outcome: "", notes: "Quarterly check-in; planning the legal clinic" },
  { date: "2026-02-03", kind: "one-on-one", member: "Miriam Adeyemi", person: "Keisha Monroe", outcome: "", notes: "Listening-session follow-up" },
  { date: "2026-02-10", kind: "one-on-one", member: "p-miriam-adeyemi", person: "p-daniel-kowalski", outcome: "", notes: "Talked about the 2022 council meeting" },
  { date: "2026-03-10", kind: "ask", member: "p-linda-park-hughes", person: "p-harold-whitfield", outcome: "no", notes: "Not before the budget vote" },
  { date: "2026-03-18", kind: "one-on-one", member: "p-nadia-kline", person: "p-tanya-brooks", outcome: "", notes: "The peer group needs a room on Thursdays" },
  { date: "2026-04-07", kind: "ask", member: "p-omar-haddad", person: "p-fernando-iverson", outcome: "no", notes: "Helping Hands prefers to stay independent for now" },
  { date: "2026-04-22", kind: "one-on-one", member: "p-jordan-ellis", person: "p-victor-osei", outcome: "", notes: "" },
  { date: "2026-05-05", kind: "ask", member: "p-evelyn-marsh", person: "p-zoe-hollins", outcome: "pending", notes: "The credit union's board decides in June" },
  { date: "2026-05-19", kind: "one-on-one", member: "Aaliyah Grant", person: "Nadia Kline", outcome: "", notes: "Survivor advisory board agenda" },
  { date: "2026-06-02", kind: "1:1", member: "p-keisha-monroe", person: "p-marisol-vega", outcome: "", notes: "" },
  { date: "2026-06-16", kind: "ask", member: "p-oliver-yilmaz", person: "p-sunita-rao", outcome: "pending", notes: "Interested in the housing working group" },
  { date: "2026-07-08", kind: "one-on-one", member: "p-catherine-wu", person: "p-gabriel-bianchi", outcome: "", notes: "" },
  { date: "2026-07-21", kind: "ask", member: "p-victor-osei", person: "p-kavya-zamora", outcome: "pending", notes: "Asked for school counselors' time, a few hours a month" },
  { date: "2026-08-04", kind: "one-on-one", member: "p-evelyn-marsh", person: "p-keisha-monroe", outcome: "", notes: "Survivors' voice in the annual plan" },
  { date: "2026-08-26", kind: "one-on-one", member: "p-omar-haddad", person: "p-jordan-ellis", outcome: "", notes: "" },
  { date: "2026-09-15", kind: "ask", member: "p-linda-park-hughes", person: "p-harold-whitfield", outcome: "pending", notes: "Second try; he will talk to his chief of staff" },
  { date: "2026-09-22", kind: "one-on-one", member: "p-mei-ling-chou", person: "p-chloe-bianchi", outcome: "", notes: "" },
  { date: "2026-10-02", kind: "ask", member: "p-oliver-yilmaz", person: "p-sunita-rao", outcome: "yes", notes: "Joins the housing working group, first meeting in November" },
  { date: "2026-10-14", kind: "ask", member: "p-evelyn-marsh", person: "p-grace-okafor", outcome: "pending", notes: "Wants to meet the East-side families first" },
  { date: "2026-10-20", kind: "one-on-one", member: "p-jordan-ellis", person: "p-carla-morrow", outcome: "", notes: "" },
  { date: "2026-11-02", kind: "ask", member: "p-jordan-ellis", person: "p-harriet-coleman", outcome: "not yet asked", notes: "On the list for the December mixer" },
  { date: "2026-11-09", kind: "one-on-one", member: "p-victor-osei", person: "p-catherine-wu", outcome: "", notes: "" },
  { date: "2026-11-12", kind: "ask", member: "p-catherine-wu", person: "p-umar-flores", outcome: "no", notes: "The clinic can't spare staff this year" },
  { date: "2026-11-18", kind: "one-on-one", member: "p-miriam-adeyemi", person: "p-jamal-whitaker", outcome: "", notes: "" },
  { date: "2026-11-24", kind: "ask", member: "p-omar-haddad", person: "p-marco-varga", outcome: "", notes: "Waiting to hear back" },
];
for (const a of ACTIVITY) {
  const m = idOf(a.member);
  const p = idOf(a.person);
  if (a.kind !== "ask" && !tiedPairs.has(pairKey(m, p))) throw new Error(`make-sample: the one-on-one ${a.member} – ${a.person} has no tie (the import would add one, with a warning)`);
  if (a.kind === "ask" && a.outcome === "yes" && (STANCES[p] !== undefined || p === grace.id || p === whitfield.id)) throw new Error(`make-sample: a yes to ${a.person} would change a planted situation`);
}
writeFileSync(join(outDir, "activity.csv"), csv(["date", "kind", "member", "person", "outcome", "notes"], ACTIVITY.map((a) => [a.date, a.kind, a.member, a.person, a.outcome, a.notes])));

// ---------------------------------------------------------------------------------------------
// README with the exact counts and the planted situations
// ---------------------------------------------------------------------------------------------
const withOrg = people.filter((p) => p.org).length;
const countBy = <T,>(xs: T[], key: (x: T) => string): string =>
  [...xs.reduce((m, x) => m.set(key(x), (m.get(key(x)) ?? 0) + 1), new Map<string, number>())]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([k, n]) => `${k || "(empty)"} ${n}`)
    .join(", ");
const fmtNode = (id: string): string => `${label(id)} (\`${id}\`)`;
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const matrixRows = SERVICES.map((s) => `| ${s} | ${AREAS.map((a) => { const n = providers(s, a).length; return n === 0 ? "**0 (missing)**" : String(n); }).join(" | ")} |`);
const hubList = (id: string): string => (hubTargets.get(id) ?? []).length.toString();
const lowestLived = people
  .filter((p) => p.lived && isMemberId(p.id))
  .map((p) => `| ${p.name} | \`${p.id}\` | ${p.org ? label(p.org) : "—"} | ${pos.degree(p.id)} |`);
const turfLines = turfPairs.map(([a, b, ov]) => `- ${fmtNode(a)} and ${fmtNode(b)}: ${ov.join(", ")}`);
const negLines = ties.filter(isNeg).map((t) => `| ${label(idOf(t.from))} | ${label(idOf(t.to))} | ${t.type} | ${t.sign} | ${t.strength} |`);
const factionList = (s: Set<string>): string => [...s].sort().map(fmtNode).join(", ");
const topNonMembers = (r: [string, number][]): string => r.slice(0, 5).map(([id, v]) => `${fmtNode(id)} ${v.toFixed(4)}`).join("; ");
const topCore = (r: [string, number][]): string => r.map(([id, v]) => `${label(id)} ${v.toFixed(4)}`).join("; ");

const readme = `# The sample coalition: Riverbend County Victim Services Coalition

**Everything here is fictional.** Riverbend County, its organizations and its people are made up;
e-mails use \`example.org\` and phones the reserved \`555-01xx\` range. The files are generated by
\`scripts/make-sample.ts\` (seeded, deterministic: \`npx tsx scripts/make-sample.ts\` rewrites them
byte-for-byte, and refuses to write when a planted situation below does not hold).

\`\`\`
npm run analyze -- examples/sample-coalition
\`\`\`

## Files and exact counts (\`sample-coalition/\`)

| file | rows (header excluded) | columns |
|---|---|---|
| organizations.csv | **${ORGS.length}** organizations | id,name,sector,services,areas,status,anchor,notes,stance |
| people.csv | **${people.length}** people | id,name,organization,role,sector,status,decision_maker,lived_experience,area,tags,email,phone,notes,stance |
| connections.csv | **${ties.length}** ties | from,to,type,strength,sign,since,notes |
| services.csv | **${needs.length}** needs (${SERVICES.length} services × ${AREAS.length} areas) | service,area,priority |
| activity.csv | **${ACTIVITY.length}** log rows (${ACTIVITY.filter((a) => a.kind === "ask").length} asks, ${ACTIVITY.filter((a) => a.kind !== "ask").length} one-on-ones, all in 2026) | date,kind,member,person,outcome,notes |

- Areas: **${AREAS.length}** — ${AREAS.join(", ")}.
- Implicit membership ties (one per person with an \`organization\`): **${withOrg}**
  (${people.length - withOrg} people have no organization).
- So the imported graph has **${ORGS.length + people.length}** nodes (${ORGS.length} organizations + ${people.length} people, none inferred)
  and **${ties.length + withOrg}** edges (${ties.length} ties + ${withOrg} membership ties). No row is rejected, none merged.
- Negative ties: **${neg.length}**, all written with \`sign\` = \`-\`; ${ties.filter((t) => t.sign === "-" && !NEGATIVE.has(t.type)).length} of them have a positive type
  (knows/works_with) and are negative only because of the sign.
  Directed ties (refers_to, funds): **${ties.filter((t) => t.type === "refers_to" || t.type === "funds").length}**.
- Tie types: ${countBy(ties, (t) => t.type)}.
- Organizations by status: ${countBy(ORGS, (x) => x.status)}. People by status: ${countBy(people, (p) => p.status)}.
- Organizations by sector: ${countBy(ORGS, (x) => x.sector)}.
- People with lived experience: ${people.filter((p) => p.lived).length}; decision makers: ${people.filter((p) => p.dm).length} (every organization has 1 or 2).
- ${ties.filter((t) => t.byName).length} ties name their endpoints by **name** instead of id (e.g. \`Riverbend Interfaith Council\`);
  all others use ids. Node ids: organizations \`o-…\`, people \`p-\` + the name in lower case ASCII.
- Non-ASCII names: Café Esperanza (\`o-cafe-esperanza\`), José Ramírez, Renée Laurent, Lucía Hernández,
  Óscar Villanueva, Carmen Solís, Ana Beltrán. Quoted notes with commas and \`""\` quotes appear in
  all three main files; the County Commission's note contains a line break (a quoted newline).
- The positive-tie view (membership ties included) is **one connected component**.

### Coverage: number of organizations offering each service in each area

| service | ${AREAS.join(" | ")} |
|---|${AREAS.map(() => "---").join("|")}|
${matrixRows.join("\n")}

Every organization pair that offers the same service in the same area has a direct \`partner\` or
\`works_with\` tie, and every pair of hand-off providers in the same area (hotline→shelter,
shelter→legal advocacy, forensic exam→legal advocacy, forensic exam→court accompaniment,
legal advocacy→court accompaniment, shelter→housing) has a \`refers_to\` tie — **except the planted
pairs below**, so the analyses should find exactly these and nothing else of the same kind.

## The planted situations (the analyses must find them by name)

### 1. Turf — two shelters in the North that do not talk
**Harbor House** (\`o-harbor-house\`) and **New Dawn Shelter** (\`o-new-dawn\`) both offer
\`emergency shelter\` in **North** (the only two shelters there). There is no tie at all between them or
between any of their people (${groupMembers("o-harbor-house").length - 1} + ${groupMembers("o-new-dawn").length - 1} staff).
All organization pairs with the same service × area and no direct positive tie (turf candidates):
${turfLines.join("\n")}

(the second pair is the duplicated-hotline plant, situation 4.)

### 2. Bad-history factions and the neutral facilitator
Two sides, every negative tie runs between them; no positive tie crosses between involved nodes
(structural balance holds perfectly: 0 ties break the partition).
- **Side A (police):** ${factionList(sideA)}.
- **Side B (grassroots):** ${factionList(sideB)}.
- Separately, one negative pair outside the factions: Frank Dolan (\`p-frank-dolan\`) – Harold Whitfield
  (\`p-harold-whitfield\`) \`bad_history\` (situation 9). The conflict graph therefore has 2 components.
- Lisa Tran (\`p-lisa-tran\`, PD victim liaison) and Sam Okoro (\`p-sam-okoro\`) / Nkechi Balogun
  (\`p-nkechi-balogun\`) belong to the two organizations but have no negative tie.

All ${neg.length} negative ties:

| from | to | type | sign | strength |
|---|---|---|---|---|
${negLines.join("\n")}

**Expected facilitator: Miriam Adeyemi** (\`p-miriam-adeyemi\`, community mediator, Riverbend Dispute
Resolution Center \`o-mediation\`): positive ties to ${facilitators[0]?.a} side-A people (Kowalski, Mercer, Hollister)
and ${facilitators[0]?.b} side-B people (Keisha Monroe, Jamal Whitaker, Marisol Vega), no negative tie.
The only other person with positive ties into both sides is ${facilitators.slice(1).map((f) => `${f.p.name} (\`${f.p.id}\`, ${f.a} tie into side A and ${f.b} into side B)`).join(", ")}.
Poor askers because of bad history: every person on either side, and Frank Dolan.

### 3. A needed service missing in one area
\`services.csv\` lists **interpretation × East** with priority **high**, and no organization offers
interpretation in East (interpretation is offered by Riverbend Welcome Center, Language Bridge
Interpreters and Open Door Immigration Legal Services, none in East). It is the **only** missing need:
all other ${needs.length - 1} service × area needs have at least one provider.

### 4. Duplicated hotlines
**Riverbend County Crisis Line** (\`o-crisis-line\`, all five areas) and **Helping Hands Helpline**
(\`o-helping-hands\`, Downtown and West) both offer \`hotline\` in **Downtown** and **West**, with no tie
between them or between their people. (Both also appear as a turf pair.) Hotline in North, South and
East is thin (Crisis Line only). A "duplicated" list (two or more providers of a service × area with
an uncoordinated pair) contains exactly: hotline × Downtown, hotline × West (these two), and
emergency shelter × North (Harbor House / New Dawn, situation 1).

### 5. Unlinked: shelter and legal advocacy in the West
**Willow Creek Shelter** (\`o-willow-creek\`) is the only \`emergency shelter\` in **West** and
**West County Legal Advocates** (\`o-west-legal\`) the only \`legal advocacy\` there; there is no
\`refers_to\`/\`partner\`/\`works_with\` tie (no tie at all) between them or their people. It is the only
unlinked pair among the hand-off pairs listed above.

### 6. The faith leader who bridges the East immigrant community
**Grace Okafor** (\`p-grace-okafor\`, Pastor of New Covenant Fellowship \`o-new-covenant\`, status
\`prospect\`, decision maker) is the **only** bridge between the East immigrant community —
${eastIds.size} nodes: New Covenant Fellowship, Café Esperanza, East Side Mothers' Circle, Familias del Este,
Eastside Youth Soccer League and ${people.filter((p) => p.world === "east").length} people (all status empty) — and the rest
of the network: every tie between the two passes through her (she is an articulation point).
She has the **highest betweenness among non-members** (on the positive view):
- unweighted: ${topNonMembers(nonMembersU)}
- weighted (distance = 1/strength): ${topNonMembers(nonMembersW)}

She is the expected top recruit: she alone adds the East immigrant community (and its sector/area mix)
within two steps of the coalition.

### 7. Members with lived experience who are poorly connected
Degrees on the positive view, membership tie included, for every **member** (core/member) with
\`lived_experience\` = yes:

| name | id | organization | degree |
|---|---|---|---|
${lowestLived.join("\n")}

The planted ones are Tanya Brooks, Rafael Ortega, Mei-Ling Chou and Aaliyah Grant (1–2 ties each).

### 8. A core dominated by a few professionals
The five core professionals hold the cross-community ties: Evelyn Marsh (Safe Haven, ${hubList(evelyn.id)} hub ties),
Linda Park-Hughes (hospital), Victor Osei (prosecutor's Victim-Witness Unit), Catherine Wu (Legal Aid),
Omar Haddad (Crisis Line) — each was given ${hubList(linda.id)} ties to decision makers or staff of other organizations
and they all work with each other. Betweenness on the positive view, normalized:
- unweighted, the top 5 core people (${topCore(shareU.top5People)}) hold **${pct(shareU.share)}** of all
  members' betweenness (${pct(shareU.shareOfAll)} of everyone's); the top 5 core nodes of any kind hold ${pct(shareU.nodeShare)}
  (${shareU.top5Nodes.map(([id]) => label(id)).join(", ")}).
- weighted (distance = 1/strength): top 5 core people ${pct(shareW.share)} of members' betweenness
  (${topCore(shareW.top5People)}).

### 9. Make the ask: the County Commission
Target: **Riverbend County Commission** (\`o-county-commission\`, status \`prospect\`), whose only decision
maker is **Harold Whitfield** (\`p-harold-whitfield\`, Commission Chair). His ties (all hand-written):

| from | to | type | strength | sign |
|---|---|---|---|---|
${whitfieldTies.map((t) => `| ${label(t.from)} | ${label(t.to)} | ${t.type} | ${t.strength} | ${t.sign} |`).join("\n")}

- **Expected best asker: Linda Park-Hughes** (\`p-linda-park-hughes\`, core, SANE Program Director) —
  a direct \`knows\` tie of strength 5 to Whitfield.
- Other warm paths: Evelyn Marsh → Marcus Lindqvist (knows 4) → Whitfield (works_with 5);
  Ray Castellanos (\`p-ray-castellanos\`, member) → Whitfield (knows 2, direct but weak);
  Catherine Wu → Priya Natarajan (knows 2) → Whitfield (works_with 3); and through organizations,
  County Department of Social Services (\`o-social-services\`, member) ← funds (5) ← the Commission
  (\`o-county-commission\`) — Whitfield (implicit membership tie).
- Because Linda's tie is so strong, many members' warmest path runs through her
  (e.g. Catherine Wu → Linda Park-Hughes → Whitfield), ranking above the longer paths just listed.
- **Excluded: Frank Dolan** (\`p-frank-dolan\`, member, Housing Authority) — he has the strongest positive
  tie (works_with 5) but also \`bad_history\` (4) with Whitfield. Both ties are separate rows and must
  both survive the import. Paths that pass through Dolan into Whitfield must not be offered either.

### 10. The power map: a skeptical Commission and its opposed chair
A \`stance\` column (people.csv and organizations.csv) says where ten outsiders stand:
${Object.entries(STANCES).map(([id, st]) => `${label(id)} (${st})`).join("; ")}. Everyone else's
support is left blank, to be inferred (members lean for; bad history with a member leans against).

- **Expected: the County Commission and Harold Whitfield are opponents with power** (stance from the
  column), with Linda Park-Hughes as the best asker and **Frank Dolan** among those who must not ask.
- First Riverbend Credit Union is a **persuadable power holder** (neutral, from the column).
- The power map says its support comes from the stance column *and* inference ("mixed").

### 11. The activity log: asks made and one-on-ones held in 2026
\`activity.csv\` logs the work (the contract is in the main README, "Keeping in touch"):
${ACTIVITY.filter((a) => a.kind === "ask").length} asks — ${(["yes", "no", "pending", "", "not yet asked"] as const).map((o) => `${ACTIVITY.filter((a) => a.kind === "ask" && a.outcome === o).length} ${o === "" ? "with an empty outcome (read as pending)" : o}`).join(", ")} —
and ${ACTIVITY.filter((a) => a.kind !== "ask").length} one-on-ones (one written \`1:1\`; two rows name people by name instead of id). Every row is imported;
none is rejected or merged, and no warning: every one-on-one is between two people who already have a tie.
- **One yes:** Oliver Yilmaz asked **Sunita Rao** (\`p-sunita-rao\`, prospect in people.csv) on 2026-06-16 (pending)
  and again on 2026-10-02: **yes**. The import counts her as a **member** (one info line says so); people.csv is
  not changed. The one-on-one rotation welcomes her as a new member with one of the core.
- **Asked twice:** Linda Park-Hughes asked Harold Whitfield on 2026-03-10 (no) and 2026-09-15 (pending): the
  outreach plan's County Commission row shows the latest, "asked 2026-09-15 by Linda Park-Hughes — pending".
- Other asks: Helping Hands (Fernando Iverson, no), the credit union (Zoe Hollins, pending), the school
  district (Kavya Zamora, pending), Grace Okafor (pending), Westview Family Clinic (Umar Flores, no),
  Masjid al-Noor (Marco Varga, empty = pending), Harriet Coleman (not yet asked).
- One-on-ones set the tie's \`lastContact\` (the latest date): e.g. Miriam Adeyemi met Keisha Monroe,
  Daniel Kowalski and Jamal Whitaker — both sides of the planted conflict — and Evelyn Marsh met Keisha
  Monroe on 2026-08-04. A one-on-one within six months of the rotation's start keeps that tie off the
  "gone quiet" list.

## \`messy/\`
A deliberately broken workbook for the import report; see \`messy/README.md\`. It is not part of the
clean sample.
`;
writeFileSync(join(root, "examples", "README.md"), readme);

// ---------------------------------------------------------------------------------------------
// examples/messy: a deliberately broken workbook for the import report (see its README)
// ---------------------------------------------------------------------------------------------
/** Windows-1252 bytes, as Excel writes a "CSV" on Windows. Only the characters used below. */
function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { "’": 0x92, "–": 0x96, "“": 0x93, "”": 0x94, "€": 0x80 };
  return Uint8Array.from([...text].map((ch) => {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) return c;
    const b = special[ch];
    if (b === undefined) throw new Error(`make-sample: ${ch} has no Windows-1252 byte`);
    return b;
  }));
}
const messyDir = join(root, "examples", "messy");
const MESSY_README = `# A messy workbook (import report demo)

Deliberately broken files, as organizers' spreadsheets often are. Not part of the clean sample.
Generated by \`scripts/make-sample.ts\`. Try:

\`\`\`
npm run analyze -- examples/messy
\`\`\`

| file | encoding | delimiter | line ends |
|---|---|---|---|
| people.csv | **Windows-1252** (Excel "CSV" on Windows: \`é\` is byte E9, \`’\` is byte 92) | \`;\` | CRLF |
| organizations.csv | UTF-8 | \`,\` | LF |
| connections.csv | UTF-8 **with BOM** (Excel "CSV UTF-8") | \`,\` | CRLF |

people.csv has no \`id\` column: ids are made from names (\`José Ramírez\` → \`jose-ramirez\`).

## What each row should produce (line = physical line, header = line 1)

### people.csv (8 rows: 6 imported, 1 merged, 1 rejected)
| line | row | result |
|---|---|---|
| 2 | José Ramírez, Café Esperanza, Owner | imported; \`Café\`/\`é\`/\`í\` decoded from Windows-1252; membership tie to \`o-cafe-esperanza\` (found by name) |
| 3 | Ana Beltrán, Café Esperanza | imported |
| 4 | Mariama Diallo, notes \`"Speaks French; Wolof"\` | imported; the quoted \`;\` stays inside the notes |
| 5 | JOSE RAMIREZ, role Chef | **merged** into line 2 (same name once accents and case are ignored); conflicting column: \`role\` (the first value, Owner, is kept) |
| 6 | (empty name), Harbor House | **rejected**: \`people.csv:6:1\`, the name is empty |
| 7 | Tom O’Neill, status \`maybe\` | imported with a **warning** at \`people.csv:7:5\`: unknown status, treated as empty |
| 8 | Priya Shah, lived_experience \`sometimes\` | imported with a **warning** at \`people.csv:8:7\`: not yes/no, treated as no |
| 9 | Lena Fischer, organization Riverside Clinic | imported; **warning** at \`people.csv:9:2\`: Riverside Clinic is not in organizations.csv, created (inferred) so nothing is lost |

### organizations.csv (4 rows, all imported)
Café Esperanza (\`o-cafe-esperanza\`), East Side Mothers' Circle, Harbor House, New Dawn Shelter.

### connections.csv (9 rows: 6 imported, 1 merged, 2 rejected)
| line | row | result |
|---|---|---|
| 2 | José Ramírez – Ana Beltrán works_with 5 | imported |
| 3 | José Ramírez – Mariama Diallo knows 3, notes with a comma and \`""quotes""\` | imported; notes read \`Met at the café, "every Tuesday"\` |
| 4 | Mariama Diallo – **Maria Dialo** (a typo) | imported; **warning** at \`connections.csv:4:2\`: unknown name, a new person \`maria-dialo\` is created (inferred) |
| 5 | Ana Beltrán – Mariama Diallo, strength **7** | **rejected**: \`connections.csv:5:4\`, strength outside 1–5 |
| 6 | Tom O’Neill – Tom O'Neill (curly vs straight apostrophe: the same person) | **rejected**: \`connections.csv:6:2\`, a **self-tie** |
| 7 | Harbor House – New Dawn Shelter rivalry, sign \`-\` | imported as a negative tie |
| 8 | JOSE RAMIREZ – ana beltrán works_with 4 | **merged** into line 2 (the same tie, names match ignoring case/accents); conflicting column: \`strength\` (5 is kept) |
| 9 | Priya Shah – Harbor House \`bad history\` | imported; type normalized to \`bad_history\`, negative |
| 10 | Priya Shah – Harbor House works_with 4 | imported: a second, positive tie between the same two nodes (both survive) |

### Totals
21 rows read = **16 imported + 2 merged + 3 rejected**; 4 warnings. The graph has 12 nodes
(4 organizations + 6 people listed + 2 inferred: \`riverside-clinic\`, \`maria-dialo\`) and 12 edges
(6 ties + 6 membership ties); 2 ties are negative.
`;
mkdirSync(messyDir, { recursive: true });
const MESSY_PEOPLE = [
  "name;organization;role;sector;status;decision_maker;lived_experience;area;tags;email;phone;notes",
  "José Ramírez;Café Esperanza;Owner;business;prospect;yes;no;East;spanish-speaking;jose.ramirez@example.org;555-0150;Hosts the Mothers’ Circle",
  "Ana Beltrán;Café Esperanza;Manager;business;;no;no;East;;ana.beltran@example.org;;",
  'Mariama Diallo;East Side Mothers\' Circle;Founder;grassroots;member;yes;yes;East;french-speaking;mariama.diallo@example.org;555-0151;"Speaks French; Wolof"',
  "JOSE RAMIREZ;Café Esperanza;Chef;business;prospect;yes;no;East;;jose.ramirez@example.org;;",
  ";Harbor House;Advocate;shelter;member;no;no;North;;;;",
  "Tom O’Neill;Harbor House;Advocate;shelter;maybe;no;no;North;;tom.oneill@example.org;;",
  "Priya Shah;New Dawn Shelter;Director;shelter;member;yes;sometimes;North;;priya.shah@example.org;555-0152;",
  "Lena Fischer;Riverside Clinic;Nurse;health;;no;no;West;;lena.fischer@example.org;;",
];
writeFileSync(join(messyDir, "people.csv"), windows1252(MESSY_PEOPLE.join("\r\n") + "\r\n"));
writeFileSync(
  join(messyDir, "organizations.csv"),
  [
    "id,name,sector,services,areas,status,anchor,notes",
    "o-cafe-esperanza,Café Esperanza,business,,East,,no,",
    "o-mothers-circle,East Side Mothers' Circle,grassroots,,East,,no,",
    "o-harbor-house,Harbor House,shelter,emergency shelter;counseling,North,member,yes,",
    "o-new-dawn,New Dawn Shelter,shelter,emergency shelter,North,member,no,",
  ].join("\n") + "\n",
);
const MESSY_CONNECTIONS = [
  "from,to,type,strength,sign,since,notes",
  "José Ramírez,Ana Beltrán,works_with,5,+,2019,",
  'José Ramírez,Mariama Diallo,knows,3,,,"Met at the café, ""every Tuesday"""',
  "Mariama Diallo,Maria Dialo,knows,2,,,Typo of Mariama Diallo",
  "Ana Beltrán,Mariama Diallo,knows,7,,,",
  "Tom O’Neill,Tom O'Neill,knows,3,,,",
  "Harbor House,New Dawn Shelter,rivalry,3,-,2021,Competing for the same county grant",
  "JOSE RAMIREZ,ana beltrán,works_with,4,,,",
  "Priya Shah,Harbor House,bad history,2,,,",
  "Priya Shah,Harbor House,works_with,4,+,,",
];
writeFileSync(join(messyDir, "connections.csv"), "\uFEFF" + MESSY_CONNECTIONS.join("\r\n") + "\r\n");
writeFileSync(join(messyDir, "README.md"), MESSY_README);

console.log(
  `make-sample: ${ORGS.length} organizations, ${people.length} people, ${ties.length} ties, ${needs.length} needs, ` +
    `${withOrg} membership ties; top-5 core share ${pct(shareU.share)} (weighted ${pct(shareW.share)})`,
);
