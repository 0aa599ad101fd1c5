/**
 * Coalition Map — the graph model's types.
 *
 * One graphology MultiGraph (type "mixed") holds people and organizations as nodes and every
 * tie as an edge. Several ties between the same two nodes (works_with and bad_history, say)
 * are separate edges. Directed tie types (refers_to, funds, …) are directed edges; all other
 * ties are undirected edges.
 */
import type { AbstractGraph } from "graphology-types";

export type NodeKind = "person" | "organization";

/** Coalition status as the organizer records it. `none` = empty cell / outsider. */
export type CoalitionStatus = "core" | "member" | "prospect" | "none";

/** Where a node or tie came from, for the import report and the details panel. */
export interface SourceRef {
  file: string;
  /** 1-based physical line of the row in its file (the header is line 1). */
  line: number;
}

export interface NodeAttributes {
  /** Display name, exactly as written by the user. */
  label: string;
  kind: NodeKind;
  status: CoalitionStatus;
  /** Person: node id of their organization (a membership tie is also created). */
  organization?: string;
  /** Person: role or title. */
  role?: string;
  /** Sector (person) or sector/type (organization), lower-cased free text, e.g. "shelter", "faith". */
  sector?: string;
  /** Person: flagged as a decision maker of their organization. */
  decisionMaker?: boolean;
  /** Person: has lived experience of the issue. */
  livedExperience?: boolean;
  /** Organization: anchor organization of the coalition. */
  anchor?: boolean;
  /** Person: their area (0 or 1 entries). Organization: the areas it serves. */
  areas: string[];
  /** Organization: the services it offers (normalized lower-case service names). */
  services: string[];
  tags: string[];
  notes?: string;
  /** Every other column (contact columns, unknown columns), kept verbatim by header name. */
  extra: Record<string, string>;
  source?: SourceRef;
  /** True when the node was created because a tie named it and no node list did. */
  inferred?: boolean;
  /** When they joined the coalition (a `joined` column: YYYY, YYYY-MM or YYYY-MM-DD), as written. */
  joined?: string;
  /** When they left the coalition (a `left` column), as written. */
  left?: string;
}

export interface EdgeAttributes {
  /** Tie type, lower-cased with spaces as underscores ("works_with"); unknown types kept as given. */
  type: string;
  /**
   * Tie strength: 1–5 in a coalition workbook (1 = acquaintance, 5 = very close),
   * any positive number from a generic edge list's `weight`. 1 when not given.
   */
  strength: number;
  /** +1 positive tie, -1 negative tie (conflict, bad history, negative sign or strength). */
  sign: 1 | -1;
  /** Directed ties (refers_to, funds, …) go from source to target. */
  directed: boolean;
  since?: string;
  /** When the tie ended (an `until` column), as written; a tie with an `until` date has ended by then. */
  until?: string;
  notes?: string;
  extra: Record<string, string>;
  source?: SourceRef;
  /** True for the membership tie created from a person's `organization` column. */
  implicit?: boolean;
  /**
   * Partner survey (survey.csv): how the two work together, from the latest survey round that
   * rated this tie — the highest level either side reported, and the mean trust and value ratings
   * (1–4) given on it. Absent when no survey row names the pair.
   */
  relationship?: RelationshipLevel;
  trust?: number;
  value?: number;
}

/** How two partners work together, as partnership surveys ask it (PARTNER's four levels). */
export type RelationshipLevel = "awareness" | "cooperation" | "coordination" | "integration";

/** One answer of a partner survey: `respondent` about `partner` (node ids). */
export interface SurveyResponse {
  respondent: string;
  partner: string;
  /** The survey round ("" when the file has no round column). */
  round: string;
  relationship: RelationshipLevel;
  /** 1 awareness … 4 integration. */
  level: number;
  /** 1–4, absent when left blank. */
  trust?: number;
  value?: number;
  /** The tie the answer was attached to (created when the pair had none). */
  tie: string;
  source: SourceRef;
}

export interface GraphAttributes {
  /** "workbook" when coalition columns were present, "generic" for a plain edge list. */
  format: "workbook" | "generic";
  /** Whether any tie carried an explicit strength/weight. When false every tie counts 1. */
  hasStrength: boolean;
  /** Needs from services.csv, if one was given. */
  needs: Need[];
  /** Answers of a partner survey (survey.csv), in file order; absent or empty without one. */
  survey?: SurveyResponse[];
}

/** One row of services.csv: a service needed in an area. */
export interface Need {
  service: string;
  area: string;
  priority?: string;
  /** Every other column of the row, kept verbatim by header name. */
  extra?: Record<string, string>;
}

export type CoalitionGraph = AbstractGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Undirected simple graph of positive ties; `weight` = summed strength of merged parallel ties. */
export interface ViewEdgeAttributes {
  weight: number;
  /** The tie types merged into this edge, sorted. */
  types: string[];
  /** The keys of the original edges merged into this one. */
  edges: string[];
}

export type TieView = AbstractGraph<NodeAttributes, ViewEdgeAttributes, Record<string, never>>;
