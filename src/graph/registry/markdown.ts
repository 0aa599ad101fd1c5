/**
 * Coalition Map — small helpers for the report's Markdown sections (each analysis writes its
 * own section with these). User text goes through `markdownCell`, never interpreted.
 */
import { markdownCell } from "../utils/markdown-cell.js";

export { markdownCell as cell };

/** A share as a whole percentage ("42%"). */
export const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** A number with `d` decimals, or "—" when not finite. */
export const fix = (x: number, d = 3): string => (Number.isFinite(x) ? x.toFixed(d) : "—");

/** "1 tie" / "3 ties". */
export { countWords as plural } from "../utils/count-words.js";

/** The "… and N more" row under a table cut at `max` rows (nothing when it was not cut). */
export function moreRow(total: number, max: number): string[] {
  return total > max ? [`| … and ${total - max} more (see --json) |`] : [];
}

/** A bulleted list with a bold title and its count, cut at `max` items. */
export function countedList(title: string, rows: readonly string[], max: number): string[] {
  const out = [`**${title}** (${rows.length})`, ""];
  if (rows.length === 0) out.push("- none");
  for (const r of rows.slice(0, max)) out.push(`- ${r}`);
  if (rows.length > max) out.push(`- … and ${rows.length - max} more`);
  out.push("");
  return out;
}
