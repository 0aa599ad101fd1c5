/**
 * Reads a yes/no spreadsheet cell: true, false, undefined when the cell is empty, or "invalid".
 * The one list of yes/no words of the product (the importer's decision_maker, lived_experience
 * and anchor columns, and the `sensitive` column that redaction reads): yes, y, true, t, 1, x,
 * sí/si, oui, ja, ✓, ✔ — and no, n, false, f, 0, non, nein, -. Case and surrounding spaces are
 * ignored.
 */
const YES = new Set(["yes", "y", "true", "t", "1", "x", "si", "sí", "oui", "ja", "✓", "✔"]);
const NO = new Set(["no", "n", "false", "f", "0", "non", "nein", "-"]);

export function parseYesNo(raw: string): boolean | undefined | "invalid" {
  const v = raw.trim().toLowerCase();
  if (v === "") return undefined;
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return "invalid";
}
