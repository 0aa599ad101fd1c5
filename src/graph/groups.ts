/**
 * Coalition Map — the five groups of a coalition, and influential community members.
 *
 * In the organizer's words: who is at the table. The seed text asks for a coalition that brings
 * together (1) people directly affected — lived experience, (2) those who work on the issue —
 * providers: shelters, hotlines, legal aid, courts, law enforcement, health, social services,
 * (3) influential community members — faith, business, media and civic leaders, (4) policy makers —
 * government, councils, commissions, legislators, and (5) other community members.
 *
 * Precise mapping, read from the node's `sector` (or, for a person without one, their
 * organization's sector) and then its `role` (lower-cased; whole-word keyword matches, `*` = any
 * ending, see GROUP_KEYWORDS; the sector decides before the role, see `sectorGroup`):
 *  1. `livedExperience: true` → "lived experience" (a person who is also, say, a shelter worker is
 *     counted in lived experience FIRST; `sectorGroup` still gives "providers" for the overlap);
 *  2. policy keywords (council, commission, legislator, mayor, government, …) → "policy makers";
 *  3. provider keywords (shelter, hotline, legal, court, police, health, social services, …) →
 *     "providers";
 *  4. influence keywords (faith, church, business, owner, media, civic, …) → "influential";
 *  5. anything else (including no sector at all) → "community".
 * Policy is tested before providers so that a "city council" is a policy maker; a county
 * social-services department matches no policy keyword and is a provider.
 */
import type { NodeAttributes } from "./types.js";

export type MemberGroup = "lived experience" | "providers" | "influential" | "policy makers" | "community";

/** The five groups in the order the seed names them (the order reports use). */
export const MEMBER_GROUPS: readonly MemberGroup[] = [
  "lived experience",
  "providers",
  "influential",
  "policy makers",
  "community",
];

export type InfluenceKind = "faith leader" | "business owner" | "policy maker" | "media" | "civic leader";

/** Keyword lists (matched as whole words or word prefixes where marked with a trailing `*`). */
export const GROUP_KEYWORDS = {
  policy: [
    "council*", "councilmember", "commission*", "legislat*", "lawmaker", "mayor*", "senator", "senate",
    "assembly*", "representative", "congress*", "government", "elected", "city hall", "alderman",
    "alderwoman", "policy", "policymaker", "county board", "state agency", "public official",
  ],
  providers: [
    "shelter*", "hotline*", "helpline", "legal", "lawyer*", "attorney*", "advoca*", "court*", "judge*",
    "prosecut*", "district attorney", "law enforcement", "police", "sheriff*", "probation", "health*",
    "hospital*", "clinic*", "medical", "nurse*", "doctor*", "forensic", "counsel*", "therap*",
    "social service*", "social work*", "case manage*", "housing", "victim service*", "victim*",
    "child protect*", "crisis", "interpret*", "transportation", "childcare", "child care", "service provider",
  ],
  faith: [
    "faith*", "church*", "pastor*", "minister*", "ministry", "imam*", "rabbi*", "clergy", "mosque*",
    "synagogue*", "temple*", "congregation*", "priest*", "reverend", "rev", "bishop*", "deacon*", "parish*",
    "chaplain*",
  ],
  business: [
    "business*", "owner*", "chamber of commerce", "entrepreneur*", "ceo", "merchant*", "employer*",
    "company", "companies", "corporate", "store", "restaurant*", "bank*", "retail*",
  ],
  media: ["media", "journalis*", "reporter*", "news*", "radio", "television", "tv", "editor*", "press"],
  civic: [
    "civic", "community leader*", "neighborhood association", "neighbourhood association", "union*",
    "principal", "school board", "rotary", "lions club", "foundation*", "philanthrop*", "tenant*",
  ],
} as const;

const compiled = new Map<string, RegExp>();

function pattern(words: readonly string[]): RegExp {
  const key = words.join("|");
  let re = compiled.get(key);
  if (!re) {
    const alts = words.map((w) =>
      w.endsWith("*") ? `${escape(w.slice(0, -1))}\\w*` : escape(w),
    );
    re = new RegExp(`(^|[^\\p{L}\\p{N}])(${alts.join("|")})(?=$|[^\\p{L}\\p{N}])`, "u");
    compiled.set(key, re);
  }
  return re;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The kind of influential community member a node is, from sector/role text; undefined if none. */
export function influenceKind(attrs: NodeAttributes, orgAttrs?: NodeAttributes): InfluenceKind | undefined {
  const sector = (attrs.sector || orgAttrs?.sector || "").toLowerCase();
  const role = (attrs.role ?? "").toLowerCase();
  for (const text of [sector, role]) {
    if (!text) continue;
    if (pattern(GROUP_KEYWORDS.faith).test(text)) return "faith leader";
    if (pattern(GROUP_KEYWORDS.policy).test(text)) return "policy maker";
    if (pattern(GROUP_KEYWORDS.business).test(text)) return "business owner";
    if (pattern(GROUP_KEYWORDS.media).test(text)) return "media";
    if (pattern(GROUP_KEYWORDS.civic).test(text)) return "civic leader";
  }
  return undefined;
}

/**
 * The group a node belongs to by its sector and role only (ignoring lived experience): the group
 * used for overlaps and for "professional sector" (providers and policy makers).
 * The SECTOR decides first (the node's own sector, else its organization's): policy keywords →
 * policy makers, provider keywords → providers, influence keywords → influential. Only when the
 * sector says nothing (empty, "grassroots", "community", …) does the ROLE decide, in the same order.
 * So a "Council Chair" of an interfaith council (sector faith) is influential, while a
 * "Councilmember" with no sector, or in the government sector, is a policy maker.
 */
export function sectorGroup(attrs: NodeAttributes, orgAttrs?: NodeAttributes): Exclude<MemberGroup, "lived experience"> {
  const sector = (attrs.sector || orgAttrs?.sector || "").toLowerCase();
  const role = (attrs.role ?? "").toLowerCase();
  const influential = [GROUP_KEYWORDS.faith, GROUP_KEYWORDS.business, GROUP_KEYWORDS.media, GROUP_KEYWORDS.civic];
  for (const text of [sector, role]) {
    if (!text) continue;
    if (pattern(GROUP_KEYWORDS.policy).test(text)) return "policy makers";
    if (pattern(GROUP_KEYWORDS.providers).test(text)) return "providers";
    if (influential.some((w) => pattern(w).test(text))) return "influential";
  }
  return "community";
}

/**
 * The group a member counts in: lived experience first (people flagged `livedExperience`), else
 * their sector group. `orgAttrs` = the attributes of the person's organization, if any.
 */
export function memberGroup(attrs: NodeAttributes, orgAttrs?: NodeAttributes): MemberGroup {
  if (attrs.kind === "person" && attrs.livedExperience === true) return "lived experience";
  return sectorGroup(attrs, orgAttrs);
}

/** Professional sectors (paid work on the issue or in government): providers and policy makers. */
export function isProfessional(attrs: NodeAttributes, orgAttrs?: NodeAttributes): boolean {
  const g = sectorGroup(attrs, orgAttrs);
  return g === "providers" || g === "policy makers";
}
