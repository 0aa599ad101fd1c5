/**
 * Command-line arguments of `npm run analyze`, parsed with node's util.parseArgs.
 * Kept separate from the command so later options (--ask, --outreach, …) are added in one place.
 */
import { parseArgs } from "node:util";
import type { FileRole } from "../import/index.js";

export const USAGE = `Usage: npm run analyze -- <folder or files> [options]

  <folder or files>    a folder holding your CSV files, or the CSV files themselves
  --json               print a JSON document (and nothing else) instead of the summary
  --out FILE           write the output to FILE instead of the screen
  --people FILE        FILE is the people list          (also --orgs, --connections,
  --orgs FILE          FILE is the organizations list    --needs for a coalition workbook;
  --connections FILE   FILE is the connections list      --nodes, --edges for a generic
  --needs FILE         FILE is the needs (services) list network as Gephi exports it)
  --nodes FILE         FILE is a generic node list (id, label, …)
  --edges FILE         FILE is a generic edge list (source, target, weight, type, sign)
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
                       (default: exact up to 5,000 nodes, estimated above)
  --redact DIR         write a copy to share to DIR: the workbook, report.md and report.json
                       with every person replaced by a pseudonym ("Shelter staff 3"), contacts
                       and notes removed; the key to the pseudonyms goes beside it (DIR-key.csv)
  --neo4j DIR          only convert: write Neo4j bulk-import files and a Graph Data Science
                       script to DIR (for networks too large for one machine; no report;
                       see docs/neo4j.md)
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
  /** --neo4j DIR: convert for Neo4j and stop (no analysis, no report). */
  neo4j?: string;
  /** --quiet: no progress on stderr. */
  quiet: boolean;
  help: boolean;
}

/** Options that belong to Coalition Map's own report, refused with --neo4j (which makes none). */
const REPORT_ONLY_FLAGS = ["json", "out", "ask", "outreach", "resolution", "directed", "two-mode", "one-mode", "gexf", "exact", "estimate"] as const;

/** Options refused with --redact: they would write names outside the redacted copy, or ask by name. */
const REDACT_REFUSED = ["json", "out", "ask", "outreach", "gexf", "neo4j"] as const;

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
    if (a === "--resolution" && next !== undefined && /^-\d|^-\.\d/.test(next)) {
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
      throw new UsageError(/does not take/.test(msg) ? `${option} takes no value.` : `${option} needs a value (e.g. ${option} ${option === "--resolution" ? "1.5" : option === "--ask" ? "NAME" : option === "--neo4j" ? "DIR" : "FILE"}).`);
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
  if (typeof v.out === "string") opts.out = v.out;
  if (typeof v.outreach === "string") opts.outreach = v.outreach;
  if (typeof v.resolution === "string") {
    const r = Number(v.resolution);
    if (!Number.isFinite(r) || r <= 0) throw new UsageError(`--resolution must be a positive number, not "${v.resolution}".`);
    opts.resolution = r;
  }
  if (!opts.help && opts.inputs.length === 0 && opts.roleFiles.length === 0) {
    throw new UsageError("Give a folder holding your CSV files, or the files themselves.");
  }
  return opts;
}
