/**
 * What the earlier round's import rejected or warned about, first among a comparison's findings.
 * Only this round's import report is shown, so a row rejected in the earlier round (a strength of
 * 9) would vanish without a word — and its tie count as "added" in this round. Shared by the
 * CLI's `--compare` (src/cli/compare-run.ts) and the map's comparison (src/viz/app/compare-work.ts),
 * which say differently where to see them all (`seeAll`).
 */
import type { ImportReport } from "./import-report.js";
import { countWords } from "./utils/count-words.js";

export function earlierRoundFinding(importReport: ImportReport, compare: readonly string[], seeAll = "To see them all, run the report on the earlier round alone."): string | undefined {
  const { rejected, rowsRead, warnings, rejections } = importReport;
  if (rejected === 0 && warnings.length === 0) return undefined;
  const what = [
    ...(rejected > 0 ? [`${countWords(rejected, "row", "rows")} of ${rowsRead} rejected`] : []),
    ...(warnings.length > 0 ? [countWords(warnings.length, "warning", "warnings")] : []),
  ].join(" and ");
  const first = rejections[0]?.reason ?? warnings[0]?.message ?? "";
  const rejectedNote = rejected > 0 ? " A rejected row is missing from the earlier round: its tie or person counts as added in this one." : "";
  return `The earlier round's files (${compare.join(", ")}): ${what}, for example: ${first}${rejectedNote} ${seeAll}`;
}
