/**
 * Coalition Map — the sentence a comparison by date adds when some ties' "since" is not a date.
 */
import type { CoalitionGraph } from "../graph/types.js";
import { dateKey } from "../graph/utils/date-key.js";
import { shown } from "./text.js";

/**
 * The ties whose "since" is written but is not a date ("last year", "2019-02-30"): a comparison by
 * date counts them as there all along (compare-snapshot.ts), which the comparison must say (the
 * CLI's `--compare DATE` and the map's "Compare rounds…" as of a date). A sentence naming the
 * first three by file and line, or undefined when there are none.
 */
export function undatedTiesFinding(graph: CoalitionGraph): string | undefined {
  const found: { since: string; file: string; line: number }[] = [];
  graph.forEachEdge((_e, a) => {
    if (a.since !== undefined && a.since !== "" && dateKey(a.since) === undefined) found.push({ since: a.since, file: a.source?.file ?? "", line: a.source?.line ?? 0 });
  });
  if (found.length === 0) return undefined;
  found.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : x.line - y.line));
  const listed = found.slice(0, 3).map((x, i) => `"${shown(x.since)}" at ${i > 0 && found[i - 1]?.file === x.file ? "" : `${x.file} `}line ${x.line}`);
  const more = found.length > 3 ? `, and ${found.length - 3} more` : "";
  const one = found.length === 1;
  return `${found.length} ${one ? "tie has" : "ties have"} a "since" that is not a date (${listed.join(", ")}${more}): a comparison by date counts ${one ? "it" : "them"} as there all along. Write a year, 2024-03 or 2024-03-15.`;
}
