/**
 * Coalition Map — the coalition as it was on a date, from one workbook whose ties carry `since`
 * and `until` dates and whose members carry `joined` (and `left`) dates.
 *
 * Precise rule (dates read by `dateKey`: a year or a month counts as its first day):
 *  - a person or organization is there on date D when (no `joined`, or joined ≤ D) and (no
 *    `left`, or left > D);
 *  - a tie is there on D when both ends are, (no `since`, or since ≤ D) and (no `until`, or
 *    until > D). A `since` that is not a date (free text) counts as "always".
 * "As it stands" is the coalition on the latest date the workbook mentions (`latestDate`): every
 * tie that has ended (`until`) and every member who left is out. Without any date it is the
 * whole workbook. The copy keeps node ids and tie keys, attributes and the graph's attributes
 * (the survey answers of the partners still there). Pure: the input graph is not changed.
 */
import { createCoalitionGraph } from "./model.js";
import type { CoalitionGraph } from "./types.js";
import { compareIds } from "./utils/compare-ids.js";
import { dateKey } from "./utils/date-key.js";

/** Every date the workbook mentions (since, until, joined, left), as sorted distinct keys "YYYY-MM-DD". */
export function datesIn(graph: CoalitionGraph): string[] {
  const dates = new Set<string>();
  const add = (raw: string | undefined) => {
    const k = raw === undefined ? undefined : dateKey(raw);
    if (k !== undefined) dates.add(k);
  };
  graph.forEachNode((_n, a) => {
    add(a.joined);
    add(a.left);
  });
  graph.forEachEdge((_e, a) => {
    add(a.since);
    add(a.until);
  });
  return [...dates].sort(compareIds);
}

/** The latest date the workbook mentions, or undefined when it mentions none. */
export function latestDate(graph: CoalitionGraph): string | undefined {
  const all = datesIn(graph);
  return all[all.length - 1];
}

/** Whether the workbook has the dates a comparison by date needs: a tie's since/until or a member's joined/left. */
export function hasTimeline(graph: CoalitionGraph): boolean {
  return datesIn(graph).length > 0;
}

const on = (raw: string | undefined): string | undefined => (raw === undefined ? undefined : dateKey(raw));

/** The coalition as it was on `date` (a dateKey-readable date; see the module comment). */
export function coalitionAsOf(graph: CoalitionGraph, date: string): CoalitionGraph {
  const d = dateKey(date);
  if (d === undefined) throw new Error(`coalitionAsOf: "${date}" is not a date (write 2024, 2024-03 or 2024-03-15).`);
  const attrs = graph.getAttributes();
  const out = createCoalitionGraph({ format: attrs.format, hasStrength: attrs.hasStrength, needs: attrs.needs });
  graph.forEachNode((n, a) => {
    const joined = on(a.joined);
    const left = on(a.left);
    if ((joined === undefined || joined <= d) && (left === undefined || left > d)) out.addNode(n, { ...a });
  });
  graph.forEachEdge((key, a, s, t) => {
    if (!out.hasNode(s) || !out.hasNode(t)) return;
    const since = on(a.since);
    const until = on(a.until);
    if (since !== undefined && since > d) return;
    if (until !== undefined && until <= d) return;
    if (a.directed) out.addDirectedEdgeWithKey(key, s, t, { ...a });
    else out.addUndirectedEdgeWithKey(key, s, t, { ...a });
  });
  // Survey answers are kept while both partners are there (an answer stays a fact after its tie ended).
  if (attrs.survey !== undefined) out.setAttribute("survey", attrs.survey.filter((r) => out.hasNode(r.respondent) && out.hasNode(r.partner)));
  return out;
}

/** The coalition as it stands: on the latest date the workbook mentions (the whole workbook when it has no date). */
export function coalitionNow(graph: CoalitionGraph): CoalitionGraph {
  const last = latestDate(graph);
  if (last !== undefined) return coalitionAsOf(graph, last);
  return coalitionAsOf(graph, "9999-12-31");
}
