/**
 * Coalition Map's own output files, recognised by their header: the outreach plan (--outreach, the
 * map's Outreach → CSV), the one-on-one rotation (--rotation, the 1-on-1 tab's CSV), the key to the
 * pseudonyms of a redacted copy or a shared map (…-key.csv) and the Neo4j files (--neo4j). Written
 * into the folder of the spreadsheets, they were read on the next run as an input — each stopped
 * the import with a message about a "people file" without names, or (a key named members-key.csv)
 * came close to being read as people. They are skipped, with a warning naming the file and why,
 * unless the caller said which file it is.
 */
import { NODE_HEADER, TIE_HEADER } from "../graph/exports/neo4j.js";
import { REDACTION_KEY_CSV_HEADER } from "../graph/exports/redacted-workbook.js";
import { OUTREACH_CSV_HEADER } from "../graph/outreach-export.js";
import { ROTATION_CSV_HEADER } from "../graph/rotation-export.js";

interface OwnOutput {
  /** The first columns, exactly as Coalition Map writes them (compared trimmed, in any case). */
  columns: readonly string[];
  /** Whether the header has exactly these columns (otherwise: begins with them). */
  exact: boolean;
  /** What the file is, in words ("an outreach plan"). */
  what: string;
}

const OWN_OUTPUTS: readonly OwnOutput[] = [
  // The plan's original six columns (a plan written before the later columns were added is one too).
  { columns: OUTREACH_CSV_HEADER.slice(0, 6), exact: false, what: "an outreach plan" },
  { columns: ROTATION_CSV_HEADER, exact: true, what: "a one-on-one rotation" },
  // The key's first four columns (the ids and names: a key with its last columns cut is still one).
  { columns: REDACTION_KEY_CSV_HEADER.slice(0, 4), exact: false, what: "the key to the pseudonyms of a shared copy (it names everyone)" },
  { columns: NODE_HEADER.slice(0, 1), exact: false, what: "a file for Neo4j, from --neo4j" },
  { columns: TIE_HEADER.slice(0, 2), exact: false, what: "a file for Neo4j, from --neo4j" },
];

/** What a file with this header is when Coalition Map wrote it (an outreach plan, a rotation…); undefined for any other header. */
export function ownOutputKind(header: readonly string[]): string | undefined {
  const cells = header.map((h) => h.trim().toLowerCase());
  for (const o of OWN_OUTPUTS) {
    if (o.exact ? cells.length !== o.columns.length : cells.length < o.columns.length) continue;
    if (o.columns.every((c, i) => cells[i] === c.toLowerCase())) return o.what;
  }
  return undefined;
}
