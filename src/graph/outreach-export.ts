/**
 * Coalition Map — the outreach plan written out (outreach.ts makes it): as CSV, through csvText,
 * and the words of the latest ask logged for a target, which the CSV, the report and the map's
 * panel share. Apart from the plan itself so that the importer can read the CSV's header
 * (src/import/own-outputs.ts) without the analyses the plan needs.
 */
import { askedWords } from "./logged-ask.js";
import type { OutreachEntry } from "./outreach.js";
import type { CoalitionGraph } from "./types.js";
import { csvText } from "./utils/csv-text.js";

export { askedWords } from "./logged-ask.js";

const EMAIL_KEYS = new Set(["email", "e-mail", "mail", "e_mail", "email address", "e-mail address"]);
const PHONE_KEYS = new Set(["phone", "telephone", "tel", "phone number", "mobile"]);

/** The first value of `extra` whose header (trimmed, any case) is one of `keys`; "" when none. */
function contact(extra: Readonly<Record<string, string>>, keys: ReadonlySet<string>): string {
  for (const [k, v] of Object.entries(extra)) if (keys.has(k.trim().toLowerCase()) && v.trim()) return v.trim();
  return "";
}

/**
 * The outreach plan's CSV header, exactly (users' scripts read it; the importer recognises a plan
 * written into the input folder by its first six columns, src/import/own-outputs.ts).
 */
export const OUTREACH_CSV_HEADER = ["target", "decision maker", "asker", "path", "score", "reasons", "rank", "fit", "influence", "reach", "asker email", "asker phone", "asked"] as const;

/**
 * The outreach plan as CSV, one row per target, in the plan's order:
 * `target,decision maker,asker,path,score,reasons` (the original columns, first and in this order —
 * users' scripts read them), then `rank,fit,influence,reach,asker email,asker phone`. Names; path as
 * "A → B → C"; score and the three parts with 3 decimals (fit = fills the coalition's gaps,
 * influence = how central, reach = how warm the best path is); reasons joined with "; "; the
 * asker's e-mail and phone from the asker node's own columns (header email/e-mail/mail and
 * phone/telephone/tel, any case); then `asked`: the latest ask logged in activity.csv ("asked
 * 2026-10-02 by Jordan Ellis — yes", empty when none). Written by `csvText` (RFC 4180 quoting, spreadsheet formula
 * defusing, lines ending with \n).
 */
export function outreachCsv(plan: OutreachEntry[], graph: CoalitionGraph): string {
  if (!Array.isArray(plan)) throw new Error("outreachCsv: expected the outreach plan (an array).");
  const name = (id: string | null): string => (id && graph.hasNode(id) ? graph.getNodeAttribute(id, "label") || id : (id ?? ""));
  const extra = (id: string | null): Record<string, string> => (id && graph.hasNode(id) ? (graph.getNodeAttribute(id, "extra") ?? {}) : {});
  const rows = plan.map((e, i) => [
    e.label,
    name(e.decisionMaker),
    name(e.asker),
    e.path.map(name).join(" → "),
    e.score.toFixed(3),
    e.reasons.join("; "),
    String(i + 1),
    e.alignment.toFixed(3),
    e.influence.toFixed(3),
    e.reachability.toFixed(3),
    contact(extra(e.asker), EMAIL_KEYS),
    contact(extra(e.asker), PHONE_KEYS),
    askedWords(e.asked ?? null),
  ]);
  return csvText(OUTREACH_CSV_HEADER, rows);
}
