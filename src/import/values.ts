/**
 * Cell values: names, ids, yes/no, statuses, signs, lists.
 */
import type { CoalitionStatus } from "../graph/types.js";

/** Strip accents: "Café" → "Cafe". */
function stripAccents(s: string): string {
  return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
}

/**
 * The form under which two names count as the same: accents removed, lower case, punctuation
 * other than letters and digits ignored, runs of spaces collapsed. "St. Mary's  Shelter" and
 * "st marys shelter" are the same name.
 */
export function normalizeName(name: string): string {
  return stripAccents(name)
    .toLowerCase()
    .replace(/['’`.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** An id derived from a name: "María López" → "maria-lopez". */
export function slugify(name: string): string {
  const s = normalizeName(name).replace(/ /g, "-");
  return s === "" ? "node" : s;
}

const YES = new Set(["yes", "y", "true", "t", "1", "x", "si", "sí", "oui", "ja", "✓", "✔"]);
const NO = new Set(["no", "n", "false", "f", "0", "non", "nein", "-"]);

/** yes/no cell: true, false, undefined when empty, or "invalid". */
export function parseYesNo(raw: string): boolean | undefined | "invalid" {
  const v = raw.trim().toLowerCase();
  if (v === "") return undefined;
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return "invalid";
}

const STATUS: Record<string, CoalitionStatus> = {
  core: "core",
  "core member": "core",
  steering: "core",
  "steering committee": "core",
  member: "member",
  members: "member",
  prospect: "prospect",
  prospective: "prospect",
  potential: "prospect",
  target: "prospect",
  none: "none",
  "not a member": "none",
  "non member": "none",
  outside: "none",
};

/** Coalition status cell: the status, "none" when empty, or undefined when unknown. */
export function parseStatus(raw: string): CoalitionStatus | undefined {
  const v = raw.trim().toLowerCase().replace(/[\s_-]+/g, " ");
  if (v === "") return "none";
  return STATUS[v];
}

/** Sign cell: +1, -1, undefined when empty, or "invalid". */
export function parseSign(raw: string): 1 | -1 | undefined | "invalid" {
  const v = raw.trim().toLowerCase();
  if (v === "") return undefined;
  if (["+", "+1", "1", "positive", "pos", "plus"].includes(v)) return 1;
  if (["-", "-1", "−", "−1", "negative", "neg", "minus"].includes(v)) return -1;
  return "invalid";
}

/** A number cell, accepting a decimal comma ("2,5"). NaN when not a number. */
export function parseNumber(raw: string): number {
  const v = raw.trim().replace(/^\+/, "").replace("−", "-");
  if (!/^-?(\d+([.,]\d*)?|[.,]\d+)$/.test(v)) return Number.NaN;
  return Number(v.replace(",", "."));
}

/** A `;`-separated list cell (also `|`): trimmed, empties dropped, duplicates removed (first kept). */
export function splitList(raw: string): string[] {
  const out: string[] = [];
  for (const part of raw.split(/[;|]/)) {
    const p = part.trim();
    if (p !== "" && !out.some((o) => o.toLowerCase() === p.toLowerCase())) out.push(p);
  }
  return out;
}

/** Tags accept `,` too. */
export function splitTags(raw: string): string[] {
  return splitList(raw.replace(/,/g, ";"));
}

/** Services are stored lower-case, trimmed, inner spaces collapsed. */
export function normalizeService(raw: string): string {
  return raw.trim().toLowerCase().replace(/\s+/g, " ");
}
