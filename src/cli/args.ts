/**
 * Command-line arguments of `npm run analyze`, parsed with node's util.parseArgs.
 * Kept separate from the command so later options (--ask, --outreach, …) are added in one place.
 */
import { parseArgs } from "node:util";
import type { FileRole } from "../import/index.js";
import { ROTATION_MAX_WEEKS } from "../graph/rotation.js";
import { calendarDate } from "../graph/utils/calendar-date.js";

export const USAGE = `Usage: npm run analyze -- <folder or files> [options]

  <folder or files>    a folder holding your CSV files, or the CSV files themselves
  --json               print a JSON document (and nothing else) instead of the report
  --out FILE           write the output to FILE instead of the screen
  --people FILE        FILE is the people list          (also --orgs, --connections,
  --orgs FILE          FILE is the organizations list    --needs for a coalition workbook;
  --connections FILE   FILE is the connections list      --nodes, --edges for a generic
  --needs FILE         FILE is the needs (services) list network as Gephi exports it)
  --nodes FILE         FILE is a generic node list (id, label, …)
  --edges FILE         FILE is a generic edge list (source, target, weight, type, sign)
  --activity FILE      FILE is the activity log (date, kind, member, person, outcome, notes)
  --ask NAME           who should make the ask to NAME (repeatable)
  --outreach FILE      also write the outreach plan to FILE (CSV)
  --resolution N       community resolution (default 1; higher = smaller communities)
  --unweighted         ignore tie strengths: every tie counts 1
  --directed           keep ties' direction for betweenness, closeness and PageRank
  --two-mode           treat a two-column list (people, events) as two-mode data
  --one-mode           never treat the data as two-mode (it is detected otherwise)
  --gexf FILE          also write the network with its measures to FILE (GEXF, for Gephi)
  --exact              exact betweenness and closeness, however large the network
  --estimate           estimated betweenness and closeness (sampled), however small
                       (a network whose connected parts all have 512 people or fewer is
                       measured exactly all the same; default: exact up to 10,000 nodes,
                       estimated above)
  --redact DIR         write a copy to share to DIR: the workbook, report.md and report.json
                       with every person replaced by a pseudonym ("Shelter staff 3"), contacts
                       and notes removed; the key to the pseudonyms goes beside it (DIR-key.csv)
  --share FILE         also write a read-only map to share: one HTML file that opens in any
                       browser with no install and no network; names replaced by pseudonyms
                       (the key goes beside it, FILE-key.csv)
  --share-with-names   the --share file names everyone (contacts and notes included)
  --brief FILE         also write a one-page brief for a meeting (HTML, prints on one page):
                       the power map, the top ten to approach with their askers, the gaps and
                       the conflicts to address first
  --brief-redacted     the --brief names no one (pseudonyms, as --redact)
  --neo4j DIR          only convert: write Neo4j bulk-import files and a Graph Data Science
                       script to DIR (for networks too large for one machine; no report;
                       see docs/neo4j.md)
  --compare OLD        compare with an earlier round: OLD is the earlier workbook (a folder or
                       files; repeat --compare for several files), or a date (2025-12-31) to
                       compare the coalition as it was then with now, from the since/until and
                       joined/left dates of this workbook ("change" in the JSON, "How the
                       coalition changed" in the report)
  --survey FILE        FILE is a partner survey (respondent, partner, relationship, trust, value)
  --rotation FILE      also write the one-on-one rotation to FILE (CSV: week,date,member,
                       partner,reason) and a calendar file beside it (FILE with .ics)
  --weeks N            weeks in the rotation (default 8): every member meets someone
  --per-week K         most one-on-ones a person has in a week (default 2)
  --start YYYY-MM-DD   the rotation's first week (default: the coming Monday)
  --next-meeting YYYY-MM-DD  the next coalition meeting, heading the schedule
  --quiet              no progress lines on stderr (errors and notes are still shown)
  -h, --help           show this help

Progress: a stage that takes longer than a second is shown on stderr (one updating line
in a terminal, one line per slow stage in a log); stdout only ever holds the output.
`;

/** Role flags and the file role each one gives. */
export const ROLE_FLAGS: Readonly<Record<string, FileRole>> = {
  people: "people",
  orgs: "organizations",
  connections: "connections",
  needs: "needs",
  nodes: "nodes",
  edges: "edges",
  survey: "survey",
  activity: "activity",
};

export interface CliOptions {
  /** Folders and files given without a flag. */
  inputs: string[];
  /** Files given with a role flag, with that role. */
  roleFiles: { path: string; role: FileRole }[];
  json: boolean;
  out?: string;
  /** --ask NAME, repeatable (used by the ask-path analysis). */
  asks: string[];
  /** --outreach FILE (used by the outreach plan). */
  outreach?: string;
  /** --resolution N: Louvain resolution (> 0). */
  resolution?: number;
  /** --unweighted: every tie counts 1. */
  unweighted: boolean;
  /** --directed: direction kept for betweenness, closeness and PageRank. */
  directed: boolean;
  /** --two-mode (true) / --one-mode (false); undefined = detect. */
  twoMode?: boolean;
  /** --gexf FILE. */
  gexf?: string;
  /** --exact (true) / --estimate (false): betweenness and closeness; undefined = the engine decides by size. */
  exact?: boolean;
  /** --redact DIR: write a redacted copy (workbook + report) to DIR, its key beside it. */
  redact?: string;
  /** --share FILE: a read-only map in one HTML file (redacted unless `shareWithNames`). */
  share?: string;
  /** --share-with-names: the read-only map names people. */
  shareWithNames?: boolean;
  /** --brief FILE: the one-page meeting brief (HTML). */
  brief?: string;
  /** --brief-redacted: the brief with pseudonyms. */
  briefRedacted?: boolean;
  /** --neo4j DIR: convert for Neo4j and stop (no analysis, no report). */
  neo4j?: string;
  /** --compare OLD (repeatable): the earlier round's folder or files, or one date. */
  compare?: string[];
  /** --rotation FILE: write the one-on-one rotation as CSV there, and as iCalendar beside it. */
  rotation?: string;
  /** --weeks N: weeks in the rotation (1–104). */
  weeks?: number;
  /** --per-week K: most one-on-ones a person has in a week (≥ 1). */
  perWeek?: number;
  /** --start YYYY-MM-DD: the rotation's first day. */
  start?: string;
  /** --next-meeting YYYY-MM-DD: the next coalition meeting. */
  nextMeeting?: string;
  /** --quiet: no progress on stderr. */
  quiet: boolean;
  help: boolean;
}

/** Options that belong to Coalition Map's own report, refused with --neo4j (which makes none). */
const REPORT_ONLY_FLAGS = ["json", "out", "ask", "outreach", "resolution", "directed", "two-mode", "one-mode", "gexf", "exact", "estimate", "rotation", "weeks", "per-week", "start", "next-meeting", "share", "brief"] as const;

/** Options refused with --redact: they would write names outside the redacted copy, or ask by name. */
const REDACT_REFUSED = ["json", "out", "ask", "outreach", "gexf", "neo4j", "rotation", "share-with-names", "compare"] as const;

/** A command-line mistake: exit code 2 with the usage text. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/**
 * `--resolution -1` would be read as an option named "-1": a negative number right after an
 * option that takes a value is joined to it (`--resolution=-1`), so the value check can answer.
 */
function joinNumericValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    const next = argv[i + 1];
    if ((a === "--resolution" || a === "--weeks" || a === "--per-week") && next !== undefined && /^-\d|^-\.\d/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNumericValues(argv),
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: "boolean", default: false },
        out: { type: "string" },
        ask: { type: "string", multiple: true },
        outreach: { type: "string" },
        resolution: { type: "string" },
        unweighted: { type: "boolean", default: false },
        directed: { type: "boolean", default: false },
        "two-mode": { type: "boolean", default: false },
        "one-mode": { type: "boolean", default: false },
        gexf: { type: "string" },
        exact: { type: "boolean", default: false },
        estimate: { type: "boolean", default: false },
        neo4j: { type: "string" },
        redact: { type: "string" },
        share: { type: "string" },
        "share-with-names": { type: "boolean", default: false },
        brief: { type: "string" },
        "brief-redacted": { type: "boolean", default: false },
        compare: { type: "string", multiple: true },
        rotation: { type: "string" },
        weeks: { type: "string" },
        "per-week": { type: "string" },
        start: { type: "string" },
        "next-meeting": { type: "string" },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        ...Object.fromEntries(Object.keys(ROLE_FLAGS).map((k) => [k, { type: "string" as const, multiple: true as const }])),
      },
    });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const msg = e instanceof Error ? e.message : String(e);
    const option = /'(--?[^' ]+)/.exec(msg)?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new UsageError(`There is no option ${option}; the options are listed below.`);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      throw new UsageError(/does not take/.test(msg) ? `${option} takes no value.` : `${option} needs a value (e.g. ${option} ${option === "--resolution" ? "1.5" : option === "--ask" ? "NAME" : option === "--neo4j" ? "DIR" : option === "--weeks" ? "8" : option === "--per-week" ? "2" : option === "--start" || option === "--next-meeting" ? "2026-12-07" : "FILE"}).`);
    }
    throw new UsageError(msg);
  }
  const v = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const roleFiles: CliOptions["roleFiles"] = [];
  for (const [flag, role] of Object.entries(ROLE_FLAGS)) {
    const paths = v[flag];
    if (Array.isArray(paths)) for (const path of paths) roleFiles.push({ path, role });
  }
  const opts: CliOptions = {
    inputs: parsed.positionals,
    roleFiles,
    json: v.json === true,
    asks: Array.isArray(v.ask) ? v.ask : [],
    help: v.help === true,
    unweighted: v.unweighted === true,
    directed: v.directed === true,
    quiet: v.quiet === true,
  };
  if (v["two-mode"] === true && v["one-mode"] === true) throw new UsageError("--two-mode and --one-mode say opposite things; give one of them.");
  if (v["two-mode"] === true) opts.twoMode = true;
  if (v["one-mode"] === true) opts.twoMode = false;
  if (typeof v.gexf === "string") opts.gexf = v.gexf;
  if (v.exact === true && v.estimate === true) throw new UsageError("--exact and --estimate say opposite things; give one of them.");
  if (v.exact === true) opts.exact = true;
  if (v.estimate === true) opts.exact = false;
  if (typeof v.redact === "string") {
    const refused = REDACT_REFUSED.filter((f) => typeof v[f] === "string" || (Array.isArray(v[f]) && v[f].length > 0) || v[f] === true);
    if (refused.length > 0)
      throw new UsageError(`--redact writes its own report and workbook into its folder, so ${refused.map((f) => `--${f}`).join(", ")} cannot go with it (they would name people); run them separately.`);
    opts.redact = v.redact;
  }
  if (typeof v.neo4j === "string") {
    const refused = REPORT_ONLY_FLAGS.filter((f) => v[f] === true || typeof v[f] === "string" || (Array.isArray(v[f]) && v[f].length > 0));
    if (refused.length > 0) {
      throw new UsageError(`--neo4j only converts the files for Neo4j and makes no report, so ${refused.map((f) => `--${f}`).join(", ")} ${refused.length > 1 ? "have" : "has"} no effect there; run again without --neo4j for Coalition Map's own report.`);
    }
    opts.neo4j = v.neo4j;
  }
  if (typeof v.share === "string") opts.share = v.share;
  if (v["share-with-names"] === true) {
    if (opts.share === undefined) throw new UsageError("--share-with-names goes with --share FILE.");
    opts.shareWithNames = true;
  }
  if (typeof v.brief === "string") opts.brief = v.brief;
  if (v["brief-redacted"] === true) {
    if (opts.brief === undefined) throw new UsageError("--brief-redacted goes with --brief FILE.");
    opts.briefRedacted = true;
  }
  if (Array.isArray(v.compare) && v.compare.length > 0) {
    if (opts.redact !== undefined || opts.neo4j !== undefined) throw new UsageError("--compare makes a report of how the coalition changed, so it cannot go with --redact or --neo4j; run them separately.");
    opts.compare = v.compare;
  }
  if (typeof v.out === "string") opts.out = v.out;
  if (typeof v.outreach === "string") opts.outreach = v.outreach;
  if (typeof v.resolution === "string") {
    const r = Number(v.resolution);
    if (!Number.isFinite(r) || r <= 0) throw new UsageError(`--resolution must be a positive number, not "${v.resolution}".`);
    opts.resolution = r;
  }
  if (typeof v.rotation === "string") {
    if (/\.ics$/i.test(v.rotation)) throw new UsageError(`--rotation takes the CSV file's name (e.g. rotation.csv); the calendar file is written beside it with .ics.`);
    opts.rotation = v.rotation;
  }
  const whole = (flag: string, min: number, max: number, what: string): number | undefined => {
    const raw = v[flag];
    if (typeof raw !== "string") return undefined;
    const n = Number(raw.trim());
    if (raw.trim() === "" || !Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${flag} must be a whole number from ${min} to ${max} (${what}), not "${raw}".`);
    return n;
  };
  const weeks = whole("weeks", 1, ROTATION_MAX_WEEKS, "weeks in the rotation");
  if (weeks !== undefined) opts.weeks = weeks;
  const perWeek = whole("per-week", 1, 50, "one-on-ones a person has in a week");
  if (perWeek !== undefined) opts.perWeek = perWeek;
  for (const [flag, key] of [["start", "start"], ["next-meeting", "nextMeeting"]] as const) {
    const raw = v[flag];
    if (typeof raw !== "string") continue;
    const d = calendarDate(raw);
    if (d === null || !/^\d{4}-\d{1,2}-\d{1,2}$/.test(raw.trim())) throw new UsageError(`--${flag} must be a date written YYYY-MM-DD (e.g. 2026-12-07), not "${raw}".`);
    opts[key] = d;
  }
  if (!opts.help && opts.inputs.length === 0 && opts.roleFiles.length === 0) {
    throw new UsageError("Give a folder holding your CSV files, or the files themselves.");
  }
  return opts;
}
