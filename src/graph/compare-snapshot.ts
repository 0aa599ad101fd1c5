/**
 * Coalition Map — the coalition as it was on a date, from one workbook whose ties carry `since`
 * and `until` dates and whose members carry `joined` (and `left`) dates.
 *
 * Precise rule (dates read by `dateKey`: a year or a month counts as its first day):
 *  - a person or organization is there on date D when (no `joined`, or joined ≤ D) and (no
 *    `left`, or left > D);
 *  - one who joined after D (and had not left by D) is there on D as a prospect, not a member,
 *    when a tie dated on or before D (`since` ≤ D, not ended by D) joins them to someone there on
 *    D: they were in the network before they joined the coalition (a prospect who said yes later);
 *  - a tie is there on D when both ends are, (no `since`, or since ≤ D) and (no `until`, or
 *    until > D). A `since` that is not a date (free text) counts as "always".
 * "As it stands" is the coalition on the latest date the workbook mentions (`latestDate`): every
 * tie that has ended (`until`) and every member who left is out. Without any date it is the
 * whole workbook. The copy keeps node ids and tie keys, attributes and the graph's attributes
 * (the survey answers of the partners still there). Pure: the input graph is not changed.
 */
import { createCoalitionGraph, isMember } from "./model.js";
import type { CoalitionGraph } from "./types.js";
import { compareIds } from "./utils/compare-ids.js";
import { countWords } from "./utils/count-words.js";
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
  const later: string[] = [];
  graph.forEachNode((n, a) => {
    const joined = on(a.joined);
    const left = on(a.left);
    if (left !== undefined && left <= d) return;
    if (joined === undefined || joined <= d) out.addNode(n, { ...a });
    else later.push(n);
  });
  // Joined later, but a dated tie shows them in the network on d: there, not yet a member.
  const dated = (a: { since?: string; until?: string }) => {
    const since = on(a.since);
    const until = on(a.until);
    return since !== undefined && since <= d && (until === undefined || until > d);
  };
  for (const n of later) {
    if (!graph.someEdge(n, (_e, ea, s, t) => dated(ea) && out.hasNode(s === n ? t : s))) continue;
    const a = graph.getNodeAttributes(n);
    out.addNode(n, { ...a, status: isMember(a) ? "prospect" : a.status });
  }
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

/**
 * The sentence a comparison by date adds when ties count as added only because one of their ends
 * joined after the earlier date: a tie with no `since` date has no date of its own, so it appears
 * with its end's `joined` date — though the person may have known those people long before joining
 * (a prospect who later said yes). `before` is `coalitionAsOf(whole, date)`, `after` the coalition
 * now (`coalitionNow`); both keep the workbook's tie keys. Undefined when no tie is in that case.
 */
export function joinedLaterFinding(before: CoalitionGraph, after: CoalitionGraph, date: string): string | undefined {
  const d = dateKey(date);
  if (d === undefined) return undefined;
  let ties = 0;
  let added = 0;
  const byEnd = new Map<string, number>();
  after.forEachEdge((key, a, s, t) => {
    if (before.hasEdge(key)) return;
    added++;
    const since = on(a.since);
    if (since !== undefined && since > d) return; // dated after: added for its own reason
    const late = [s, t].filter((n) => !before.hasNode(n));
    if (late.length === 0) return;
    ties++;
    for (const n of late) byEnd.set(n, (byEnd.get(n) ?? 0) + 1);
  });
  if (ties === 0) return undefined;
  const ends = [...byEnd].sort((x, y) => y[1] - x[1] || compareIds(x[0], y[0]));
  const shown = ends.slice(0, 3).map(([n, k]) => {
    const a = after.getNodeAttributes(n);
    return `${a.label} (${countWords(k, "tie", "ties")}, joined ${on(a.joined) ?? a.joined ?? "later"})`;
  });
  const more = ends.length > 3 ? ` and ${ends.length - 3} more` : "";
  const of = ties === added ? (ties === 1 ? "The added tie belongs" : `All ${added} added ties belong`) : `${ties} of the ${added} added ties ${ties === 1 ? "belongs" : "belong"}`;
  return (
    `${of} to people or organizations who joined after ${d}: ${shown.join(", ")}${more}. ` +
    `Such a tie counts from the day its end joined unless a "since" date says it is older, though they may have known each other before; give such ties a "since" date to place them in time.`
  );
}
