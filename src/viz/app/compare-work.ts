/**
 * The comparison with an earlier round, computed in the analysis worker (no DOM here): the data
 * set on the map is imported again from its files (the same bytes give the same ids and tie
 * keys), the earlier round is another workbook or the same one as it was on a date
 * (compare-snapshot.ts); both are analysed with the same choices and seed, compared
 * (compareRounds, as the CLI's --compare), and what the map must mark is worked out in the ids and
 * tie keys of the graph it draws.
 */
import { analyzeCoalition } from "../../graph/analyze.js";
import { compareRounds } from "../../graph/compare.js";
import { earlierRoundFinding } from "../../graph/compare-earlier.js";
import { matchNodes } from "../../graph/compare-match.js";
import { coalitionAsOf, coalitionNow, datesIn, joinedLaterFinding, latestDate } from "../../graph/compare-snapshot.js";
import type { CoalitionGraph } from "../../graph/types.js";
import { importCoalition, normalizeName, undatedTiesFinding } from "../../import/index.js";
import type { CompareRequest, ComparisonResult, LostTie } from "../protocol.js";
import { workbookRequestFiles } from "../workspace/worker-side.js";

/** Where the map shows every row the earlier round rejected (the Change tab, panels/change.ts). */
export const EARLIER_SEE_ALL = "The Change tab lists the rejected rows.";

/** Progress words and fractions (the worker posts them). */
export type CompareProgress = (stage: string, fraction: number) => void;

/** Compare the data set on the map with the earlier round the request names. */
export function compareForMap(msg: CompareRequest, progress: CompareProgress): ComparisonResult {
  progress("Reading this round…", 0.05);
  // The data set on the map: its files, or a workspace's workbook with its edits (as the worker showed it).
  const current = msg.workbook !== undefined ? workbookRequestFiles(msg.workbook).imported : importCoalition(msg.files, msg.roles ? { roles: msg.roles } : {});
  const shown = current.graph;
  const options = { ...(msg.choices?.weighted === false ? { weighted: false } : {}), ...(msg.choices?.directed === true ? { directed: true } : {}) };
  const after = coalitionNow(shown);
  let before: CoalitionGraph;
  let beforeLabel: string;
  let beforeImport = current.report;
  if (msg.earlier.kind === "date") {
    before = coalitionAsOf(shown, msg.earlier.date);
    beforeLabel = `as of ${msg.earlier.date}`;
  } else {
    progress("Reading the earlier round…", 0.15);
    const old = importCoalition(msg.earlier.files, msg.earlier.roles ? { roles: msg.earlier.roles } : {});
    before = coalitionNow(old.graph);
    beforeImport = old.report;
    beforeLabel = msg.earlier.label;
  }
  progress("Analysing the earlier round…", 0.3);
  const beforeReport = analyzeCoalition(before, beforeImport, options);
  progress("Analysing this round…", 0.6);
  const afterReport = analyzeCoalition(after, current.report, options);
  progress("Comparing the rounds…", 0.9);
  const now = latestDate(shown);
  const compared = compareRounds(
    { graph: before, report: beforeReport, label: beforeLabel },
    { graph: after, report: afterReport, label: msg.earlier.kind === "date" ? `now${now ? ` (${now})` : ""}` : "this round" },
    { nameKey: normalizeName, basis: msg.earlier.kind === "date" ? { kind: "dates", asOf: msg.earlier.date, now: now ?? msg.earlier.date } : { kind: "workbooks" } },
  );
  const undated = msg.earlier.kind === "date" ? undatedTiesFinding(shown) : undefined;
  const joinedLater = msg.earlier.kind === "date" ? joinedLaterFinding(before, after, msg.earlier.date) : undefined;
  // What the earlier round's files rejected or warned about comes first, as in the CLI's --compare:
  // a rejected row is missing from that round, and what it held counts as added in this one.
  const earlier = msg.earlier.kind === "files" ? earlierRoundFinding(beforeImport, msg.earlier.files.map((f) => f.name), EARLIER_SEE_ALL) : undefined;
  const change = { ...compared, findings: [...(earlier === undefined ? [] : [earlier]), ...compared.findings, ...[joinedLater, undated].filter((x): x is string => x !== undefined)] };
  const earlierRejections = msg.earlier.kind === "files" ? beforeImport.rejections : [];
  // What the map marks, in the drawn graph's ids and keys.
  const matching = matchNodes(before, after, normalizeName);
  const newNodes = after.nodes().filter((n) => !matching.toBefore.has(n));
  // Drawn but not there now (a `left` date, an `until` date): shown faded, whatever the earlier round.
  const goneNodes = shown.nodes().filter((n) => !after.hasNode(n));
  const lostEdges = shown.edges().filter((e) => !after.hasEdge(e));
  const identity = (type: string, sign: number, directed: boolean, s: string, t: string) => `${type}\u0000${sign}\u0000${directed ? `${s}>${t}` : [s, t].sort().join("-")}`;
  const drawnLost = new Set(lostEdges.map((e) => {
    const a = shown.getEdgeAttributes(e);
    const [s, t] = shown.extremities(e);
    return identity(a.type, a.sign, a.directed, s, t);
  }));
  const newEdges = change.ties.added.map((t) => t.key);
  const lostTies: LostTie[] = [];
  const ghosts = new Map<string, { id: string; label: string; near: string[] }>();
  /** A node of the earlier round as drawn: its match, the same id still drawn, or a ghost. */
  const end = (id: string): string => {
    const mapped = matching.toAfter.get(id) ?? id;
    if (shown.hasNode(mapped)) return mapped;
    const ghost = `\u0001gone:${id}`;
    if (!ghosts.has(ghost)) {
      const near = before.neighbors(id).flatMap((n) => {
        const m = matching.toAfter.get(n) ?? n;
        return shown.hasNode(m) ? [m] : [];
      });
      ghosts.set(ghost, { id: ghost, label: before.getNodeAttribute(id, "label") || id, near });
    }
    return ghost;
  };
  for (const t of change.ties.removed) {
    const from = end(t.from);
    const to = end(t.to);
    // Still drawn (it ended: an `until` date, or someone left): the reducers draw it faintly.
    if (drawnLost.has(identity(t.type, t.sign, before.getEdgeAttribute(t.key, "directed"), from, to))) continue;
    lostTies.push({ from, to, type: t.type, sign: t.sign, strength: t.strength });
  }
  progress("Done", 1);
  return { change, newNodes, goneNodes, newEdges, lostEdges, lostTies, ghosts: [...ghosts.values()], dates: datesIn(shown), earlierRejections };
}
