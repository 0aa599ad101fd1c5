/**
 * Which palette colour each community gets, kept across small edits.
 *
 * Communities are numbered by size (communities.ts), and a first picture gives the palette's
 * colours in that order: the biggest community the first colour, and so on. Giving them by size
 * rank after every edit would let one added member swap two communities of about the same size —
 * and their colours on the map and in the legend. So when a data set replaces another one of the
 * same workspace (an edit, an undo, the ties measured again), each community keeps the colour of
 * the earlier community it shares the most members with:
 *
 *  1. the communities that get a colour are the same as before: the first `paletteSize`
 *     communities of more than one member, by size (the rest are grey);
 *  2. every pair (new community, earlier colour) with members in common is considered, most
 *     shared members first (ties: the new community's number, then the colour's place in the
 *     palette) — a pair is taken when neither the community nor the colour is taken yet;
 *  3. the communities left take the free colours in palette order, biggest community first.
 *
 * Deterministic: the same communities and the same earlier colours give the same colours; with no
 * earlier colours (a workbook opened, the sample) it is the size rank, as before.
 */
import type { Community } from "../graph/communities.js";
import { CATEGORY_PALETTE } from "./colors.js";
import type { Dataset } from "./dataset.js";

/** Community id → its palette index (absent: grey). */
export type CommunitySlots = Map<number, number>;

/** The communities that get a colour: of more than one member, the first `paletteSize` by size. */
export function colouredCommunities(communities: readonly Community[], paletteSize: number): Community[] {
  return communities.filter((c) => c.size > 1).slice(0, paletteSize);
}

/** Each node's palette index (its community's), for the next data set to match against. */
export function nodeSlots(communities: readonly Community[], slots: ReadonlyMap<number, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of communities) {
    const slot = slots.get(c.id);
    if (slot === undefined) continue;
    for (const m of c.members) out.set(m, slot);
  }
  return out;
}

/**
 * The palette index of each coloured community. `previous`: each node's palette index in the data
 * set this one replaces (nodeSlots), or nothing for the size rank.
 */
export function communitySlots(communities: readonly Community[], paletteSize: number, previous?: ReadonlyMap<string, number>): CommunitySlots {
  const coloured = colouredCommunities(communities, paletteSize);
  const slots: CommunitySlots = new Map();
  if (previous !== undefined && previous.size > 0) {
    const pairs: { community: number; slot: number; shared: number }[] = [];
    for (const c of coloured) {
      const shared = new Map<number, number>();
      for (const m of c.members) {
        const s = previous.get(m);
        if (s !== undefined && s < paletteSize) shared.set(s, (shared.get(s) ?? 0) + 1);
      }
      for (const [slot, n] of shared) pairs.push({ community: c.id, slot, shared: n });
    }
    pairs.sort((p, q) => q.shared - p.shared || p.community - q.community || p.slot - q.slot);
    const taken = new Set<number>();
    for (const p of pairs) {
      if (slots.has(p.community) || taken.has(p.slot)) continue;
      slots.set(p.community, p.slot);
      taken.add(p.slot);
    }
  }
  const taken = new Set(slots.values());
  let next = 0;
  for (const c of coloured) {
    if (slots.has(c.id)) continue;
    while (taken.has(next)) next++;
    slots.set(c.id, next);
    taken.add(next);
  }
  return slots;
}

/** A data set's community colours: those it carries (`communitySlots`), else the size rank. */
export function slotsOf(ds: Pick<Dataset, "communities" | "communitySlots">): ReadonlyMap<number, number> {
  return ds.communitySlots ?? communitySlots(ds.communities.communities, CATEGORY_PALETTE.length);
}

/**
 * The colours of `next`'s communities when it replaces `prev` (an edit, an undo, the ties measured
 * again): each keeps the colour of the earlier community it shares the most members with.
 */
export function carriedSlots(next: Pick<Dataset, "communities">, prev: Pick<Dataset, "communities" | "communitySlots">): CommunitySlots {
  return communitySlots(next.communities.communities, CATEGORY_PALETTE.length, nodeSlots(prev.communities.communities, slotsOf(prev)));
}

/**
 * What a workspace keeps of its colours (workspace/format.ts `colors`), so that the map opened
 * again shows each community in the colour it had: per coloured community its palette index and
 * some of its members — its most central ones, then others in id order, at most `REMEMBERED`
 * (a few hundred ids at most, whatever the network's size; matched as an earlier data set is).
 */
export interface ColourMemory {
  slot: number;
  members: string[];
}

const REMEMBERED = 64;

export function colourMemory(ds: Pick<Dataset, "communities" | "communitySlots">): ColourMemory[] {
  const all = ds.communities.communities;
  const slots = slotsOf(ds);
  const out: ColourMemory[] = [];
  for (const c of colouredCommunities(all, CATEGORY_PALETTE.length)) {
    const slot = slots.get(c.id);
    if (slot === undefined) continue;
    // (Stored at every save, camera moves included: only the first few are read.)
    const members = [...new Set([...c.central, ...c.members.slice(0, REMEMBERED)])].slice(0, REMEMBERED);
    out.push({ slot, members });
  }
  return out;
}

/** The colours a workspace kept, as each remembered node's palette index (for communitySlots). */
export function memoryNodeSlots(memory: readonly ColourMemory[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of memory) for (const id of m.members) out.set(id, m.slot);
  return out;
}

/** A stored value that is a colour memory (a damaged or hand-edited file's is left out). */
export function isColourMemory(v: unknown): v is ColourMemory[] {
  return (
    Array.isArray(v) &&
    v.every((m: unknown) => {
      if (typeof m !== "object" || m === null) return false;
      const r = m as { slot?: unknown; members?: unknown };
      return typeof r.slot === "number" && Number.isInteger(r.slot) && r.slot >= 0 && Array.isArray(r.members) && r.members.every((x) => typeof x === "string");
    })
  );
}
