/**
 * The documented tie vocabulary. Types are matched after normalization
 * (lower case, spaces and dashes → underscores). Unknown types are kept as given and are
 * positive, undirected ties unless a sign or a negative strength says otherwise.
 */

export interface TieTypeInfo {
  /** What the tie means, in the organizer's words. */
  description: string;
  /** Negative ties: conflict and bad history. */
  negative?: boolean;
  /** Directed ties keep their from → to direction. */
  directed?: boolean;
}

export const TIE_TYPES: Readonly<Record<string, TieTypeInfo>> = {
  knows: { description: "know each other personally" },
  works_with: { description: "work together on cases or projects" },
  partner: { description: "formal partnership (MOU, joint program)" },
  refers_to: { description: "refers clients to", directed: true },
  funds: { description: "funds", directed: true },
  board_of: { description: "sits on the board of" },
  member_of: { description: "is a member or staff of" },
  family: { description: "family ties" },
  friend: { description: "friends" },
  mentor: { description: "mentors", directed: true },
  tie: { description: "a tie of unstated type (a generic edge list without a type column)" },
  conflict: { description: "open conflict", negative: true },
  bad_history: { description: "bad history between them", negative: true },
  rivalry: { description: "rivals, compete", negative: true },
  distrust: { description: "distrust", negative: true },
  hostile: { description: "hostile", negative: true },
};

/**
 * Normalize a tie type: "Works With" → "works_with". Empty → `fallback`: "knows" in a coalition
 * workbook, "tie" (no claim about its nature) in a generic edge list.
 */
export function normalizeTieType(raw: string, fallback = "knows"): string {
  const t = raw.trim().toLowerCase().replace(/[\s-]+/g, "_");
  return t === "" ? fallback : t;
}

export function isNegativeType(type: string): boolean {
  return Object.hasOwn(TIE_TYPES, type) && TIE_TYPES[type]?.negative === true;
}

export function isDirectedType(type: string): boolean {
  return Object.hasOwn(TIE_TYPES, type) && TIE_TYPES[type]?.directed === true;
}

/** Tie types that mean the two sides coordinate (used by the gap and turf analyses). */
export const COORDINATION_TYPES: ReadonlySet<string> = new Set(["partner", "refers_to", "works_with"]);

/** The implicit tie type for "person X's organization is Y". */
export const MEMBERSHIP_TYPE = "member_of";
