/**
 * Coalition Map — who could fill a missing service.
 *
 * In the organizer's words: nobody offers legal advocacy in the East. Who could? Someone who
 * already offers it — in the East itself, else in an area next to it, else anywhere — outside the
 * coalition first (prospects before others: bringing them in fills the gap), then members who
 * could extend their service; each with the member best placed to ask them.
 *
 * Precisely, for each missing cell (service S, area A) of the service gaps:
 *  - Candidates: organizations and people that list S among their services (compared after
 *    `canonicalService`). (An organization offering S in A would have filled the cell: in the same
 *    area only people can be found.)
 *  - Where they are, in order: `same area` (their areas include A); `neighbouring area` (one of
 *    their areas is a neighbour of A: some organization serves both areas — areas served together
 *    are taken to lie close together, the data having no map); `other area` (anywhere else, or no
 *    area given).
 *  - Ranked by where they are, then prospects, then others outside the coalition, then members;
 *    then the warmth of their best asker (highest first; none last), then id. The best asker is `askPathsFrom`'s first (the same
 *    search as "who should make the ask", best one only), with who must not ask; at most
 *    `maxAskSearches` candidates are searched in all (the best-placed first), the rest listed
 *    without an asker.
 *  - At most `max` fillers per cell. One entry per missing cell, in the order of `gaps.missing`.
 */
import { askPathsFrom } from "./ask.js";
import { eligibleAskers } from "./ask-targets.js";
import type { CommunityResult } from "./communities.js";
import type { GapResult } from "./gaps.js";
import { isMember } from "./model.js";
import { AreaNames, areaKey, canonicalService } from "./services.js";
import type { CoalitionGraph, CoalitionStatus } from "./types.js";
import { compareIds } from "./utils/compare-ids.js";

export type FillerReach = "same area" | "neighbouring area" | "other area";

export interface GapFiller {
  id: string;
  label: string;
  kind: "person" | "organization";
  status: CoalitionStatus;
  reach: FillerReach;
  /** The areas where it offers the service now (as the data spells them). */
  offersIn: string[];
  /** The member best placed to ask it (null: none found, or not searched). */
  asker: string | null;
  askerLabel: string | null;
  /** The asker's path to the decision maker (ids), empty without an asker. */
  path: string[];
  /** Warmth of that path, 0…1 (0 without an asker). */
  score: number;
  /** Members who must not ask (bad history), by id. */
  mustNotAsk: string[];
  /** One sentence in the organizer's words. */
  reason: string;
}

export interface GapFillers {
  service: string;
  area: string;
  priority?: string;
  fillers: GapFiller[];
}

export interface GapFillerOptions {
  /** Communities (for the asks' reasons); computed by the ask search when absent. */
  communities?: CommunityResult;
  /** Fillers per missing cell. Default 5. */
  max?: number;
  /** Ask searches in all. Default 40. */
  maxAskSearches?: number;
}

export const GAP_FILLER_DEFAULTS = { max: 5, maxAskSearches: 40, maxSteps: 4 } as const;

const REACH_ORDER: Record<FillerReach, number> = { "same area": 0, "neighbouring area": 1, "other area": 2 };

/** Who could fill each missing service (see the module comment). */
export function gapFillers(graph: CoalitionGraph, gaps: Pick<GapResult, "missing">, options: GapFillerOptions = {}): GapFillers[] {
  const max = options.max ?? GAP_FILLER_DEFAULTS.max;
  const maxSearches = options.maxAskSearches ?? GAP_FILLER_DEFAULTS.maxAskSearches;
  if (!(max >= 0) || !(maxSearches >= 0)) throw new Error("gapFillers: options `max` and `maxAskSearches` must be zero or more.");
  if (gaps.missing.length === 0) return [];
  const names = new AreaNames();
  // Who offers what, outside the coalition; and which areas organizations serve together.
  const offers = new Map<string, { id: string; areas: string[] }[]>();
  const neighbours = new Map<string, Set<string>>();
  for (const id of graph.nodes().sort(compareIds)) {
    const a = graph.getNodeAttributes(id);
    const areas = [...new Set(a.areas.map((x) => names.add(x)).filter((k) => k !== ""))];
    if (a.kind === "organization")
      for (const p of areas) for (const q of areas) if (p !== q) (neighbours.get(p) ?? neighbours.set(p, new Set()).get(p))?.add(q);
    for (const s of new Set(a.services.map(canonicalService).filter((x) => x !== ""))) (offers.get(s) ?? offers.set(s, []).get(s))?.push({ id, areas });
  }
  const eligible = eligibleAskers(graph);
  const asks = new Map<string, ReturnType<typeof askPathsFrom>>();
  let searches = 0;
  const askFor = (id: string) => {
    if (!asks.has(id) && searches < maxSearches) {
      searches++;
      asks.set(id, askPathsFrom(graph, id, { maxAskers: 1, maxSteps: GAP_FILLER_DEFAULTS.maxSteps, communities: options.communities }, eligible));
    }
    return asks.get(id);
  };
  return gaps.missing.map((m) => {
    const k = areaKey(m.area);
    const near = neighbours.get(k) ?? new Set<string>();
    const placed = (offers.get(canonicalService(m.service)) ?? []).map((c) => {
      const reach: FillerReach = c.areas.includes(k) ? "same area" : c.areas.some((x) => near.has(x)) ? "neighbouring area" : "other area";
      const a = graph.getNodeAttributes(c.id);
      return { ...c, reach, rank: a.status === "prospect" ? 0 : isMember(a) ? 2 : 1 };
    });
    placed.sort((p, q) => REACH_ORDER[p.reach] - REACH_ORDER[q.reach] || p.rank - q.rank || compareIds(p.id, q.id));
    // Search asks for the best-placed first, then rank by the warmth found.
    const scored = placed.slice(0, Math.max(max * 3, max)).map((c) => {
      const best = askFor(c.id)?.askers[0];
      return { ...c, ask: asks.get(c.id), best, score: best?.score ?? 0 };
    });
    scored.sort((p, q) => REACH_ORDER[p.reach] - REACH_ORDER[q.reach] || p.rank - q.rank || q.score - p.score || compareIds(p.id, q.id));
    const fillers: GapFiller[] = scored.slice(0, max).map((c) => {
      const a = graph.getNodeAttributes(c.id);
      const offersIn = c.areas.map((x) => names.display(x));
      const where = c.reach === "same area" ? `in ${m.area}` : offersIn.length ? `in ${offersIn.join(", ")}${c.reach === "neighbouring area" ? ` (next to ${m.area})` : ""}` : "(no area given)";
      const who = a.status === "prospect" ? "a prospect" : isMember(a) ? `a coalition member — ask them to extend it to ${m.area}` : "outside the coalition";
      const asker = c.best ? `; ${c.best.label} is best placed to ask` : c.ask ? "; no member has a path to them" : "";
      return {
        id: c.id,
        label: a.label,
        kind: a.kind,
        status: a.status,
        reach: c.reach,
        offersIn,
        asker: c.best?.id ?? null,
        askerLabel: c.best?.label ?? null,
        path: c.best?.path ?? [],
        score: c.score,
        mustNotAsk: (c.ask?.excluded ?? []).map((e) => e.id),
        reason: `Offers ${m.service} ${where}, ${who}${asker}.`,
      };
    });
    return { service: m.service, area: m.area, ...(m.priority !== undefined ? { priority: m.priority } : {}), fillers };
  });
}
