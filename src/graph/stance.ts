/**
 * Coalition Map — where someone stands on the cause, from a `stance` (or `support`, `alignment`,
 * `position`) column: the "spectrum of allies" in five steps, −2 … +2.
 *
 * Accepted values (case, spaces, hyphens and underscores ignored): the numbers −2 … +2; the
 * words of the spectrum (champion / active ally / strong support → +2; leaning for / supportive /
 * passive ally / ally / for → +1; neutral / undecided / unknown / unsure → 0; leaning against /
 * skeptical / passive opposition → −1; opposed / opponent / against / active opposition /
 * hostile → −2). Anything else is not read (and reported by the caller), never guessed.
 */
import type { NodeAttributes } from "./types.js";

export type Stance = -2 | -1 | 0 | 1 | 2;

/** The spectrum's words, from −2 to +2. */
export const STANCE_LABELS: Record<string, string> = {
  "-2": "opposed",
  "-1": "leaning against",
  "0": "neutral",
  "1": "leaning for",
  "2": "champion",
};

/** Column names read as the stance column (compared lower-case without spaces, `_` or `-`). */
export const STANCE_COLUMNS: readonly string[] = ["stance", "support", "alignment", "position"];

const WORDS = new Map<string, Stance>([
  ...(["champion", "activeally", "strongsupport", "stronglysupports", "strongsupporter", "activesupport"] as const).map((w) => [w, 2] as [string, Stance]),
  ...(["leaningfor", "supportive", "supporter", "passiveally", "ally", "for", "support", "supports", "leaningtowards"] as const).map((w) => [w, 1] as [string, Stance]),
  ...(["neutral", "undecided", "unknown", "unsure", "mixed"] as const).map((w) => [w, 0] as [string, Stance]),
  ...(["leaningagainst", "skeptical", "sceptical", "passiveopposition", "leaningaway"] as const).map((w) => [w, -1] as [string, Stance]),
  ...(["opposed", "opponent", "against", "activeopposition", "hostile", "oppose", "opposes", "stronglyopposed"] as const).map((w) => [w, -2] as [string, Stance]),
]);

const squash = (s: string): string => s.toLowerCase().replace(/[\s_\-–—]+/g, "");

/** A stance cell's value, or `undefined` when it is empty or not one of the accepted values. */
export function parseStance(text: string): Stance | undefined {
  const t = text.trim();
  if (t === "") return undefined;
  const num = /^([+\-−]?)([0-2])$/.exec(t);
  if (num) {
    const v = Number(num[2]) * (num[1] === "-" || num[1] === "−" ? -1 : 1);
    return v as Stance;
  }
  return WORDS.get(squash(t));
}

/** The node's stance cell (the first stance column it has), or `undefined`. */
export function stanceCell(a: NodeAttributes): string | undefined {
  for (const [key, value] of Object.entries(a.extra)) if (STANCE_COLUMNS.includes(squash(key)) && value.trim() !== "") return value;
  return undefined;
}
