/**
 * Coalition Map — the five groups of a coalition, and influential community members.
 *
 * In the organizer's words: who is at the table. The seed text asks for a coalition that brings
 * together (1) people directly affected — lived experience, (2) those who work on the issue —
 * providers: shelters, hotlines, legal aid, courts, law enforcement, health, social services,
 * (3) influential community members — faith, business, media and civic leaders, (4) policy makers —
 * government, councils, commissions, legislators, and (5) other community members.
 *
 * Precise mapping, read from the node's own `sector` and `role` text and, for a person, the sector
 * of their organization (all lower-cased; whole-word keyword matches, see the lists below):
 *  1. `livedExperience: true` → "lived experience" (a person who is also, say, a shelter worker is
 *     counted in lived experience FIRST; `sectorGroup` still gives "providers" for the overlap);
 *  2. policy keywords (council, commission, legislator, mayor, government, …) → "policy makers";
 *  3. provider keywords (shelter, hotline, legal, court, police, health, social services, …) →
 *     "providers";
 *  4. influence keywords (faith, church, business, owner, media, civic, …) → "influential";
 *  5. anything else (including no sector at all) → "community".
 * Policy is tested before providers so that "city council" is a policy maker even though it is
 * government; a county social-services department matches no policy keyword and is a provider.
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

/** The text a node is classified from: its sector, role and (person) organization's sector. */
function textOf(attrs: NodeAttributes, orgAttrs?: NodeAttributes): string {
  return [attrs.sector, attrs.role, orgAttrs?.sector].filter((s): s is string => Boolean(s)).join(" | ").toLowerCase();
}

/** The kind of influential community member a node is, from sector/role text; undefined if none. */
export function influenceKind(attrs: NodeAttributes, orgAttrs?: NodeAttributes): InfluenceKind | undefined {
  const text = textOf(attrs, orgAttrs);
  if (!text) return undefined;
  if (pattern(GROUP_KEYWORDS.faith).test(text)) return "faith leader";
  if (pattern(GROUP_KEYWORDS.policy).test(text)) return "policy maker";
  if (pattern(GROUP_KEYWORDS.business).test(text)) return "business owner";
  if (pattern(GROUP_KEYWORDS.media).test(text)) return "media";
  if (pattern(GROUP_KEYWORDS.civic).test(text)) return "civic leader";
  return undefined;
}

/**
 * The group a node belongs to by its sector and role only (ignoring lived experience): the group
 * used for overlaps and for "professional sector" (providers and policy makers).
 */
export function sectorGroup(attrs: NodeAttributes, orgAttrs?: NodeAttributes): Exclude<MemberGroup, "lived experience"> {
  const text = textOf(attrs, orgAttrs);
  if (!text) return "community";
  if (pattern(GROUP_KEYWORDS.policy).test(text)) return "policy makers";
  // Faith/business/media/civic from the node's OWN text beat a provider match from its org's sector
  // (a pastor who volunteers at a shelter's board is still a faith leader).
  const own = textOf(attrs);
  const ownInfluence =
    own !== "" &&
    [GROUP_KEYWORDS.faith, GROUP_KEYWORDS.business, GROUP_KEYWORDS.media, GROUP_KEYWORDS.civic].some((w) =>
      pattern(w).test(own),
    );
  const ownProvider = own !== "" && pattern(GROUP_KEYWORDS.providers).test(own);
  if (ownProvider) return "providers";
  if (ownInfluence) return "influential";
  if (pattern(GROUP_KEYWORDS.providers).test(text)) return "providers";
  if (influenceKind(attrs, orgAttrs) !== undefined) return "influential";
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
