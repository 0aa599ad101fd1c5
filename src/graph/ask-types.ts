/**
 * Coalition Map — the types and defaults of "who should make the ask" (see ask.ts).
 */
import type { CommunityResult } from "./communities.js";
import type { OutreachAsk } from "./logged-ask.js";

export interface AskStep {
  from: string;
  to: string;
  /** Type of the strongest positive tie between the two. */
  type: string;
  strength: number;
}

export interface Asker {
  id: string;
  label: string;
  /** Node ids from the asker to the decision maker (inclusive). */
  path: string[];
  steps: AskStep[];
  /** 1 / (1 + Σ 1/strength), in (0, 1). */
  score: number;
  /** The decision maker this path reaches (last node of `path`). */
  decisionMaker: string;
  reasons: string[];
}

export interface AskExclusion {
  id: string;
  label: string;
  reason: string;
}

export interface AskResult {
  target: string;
  targetLabel: string;
  decisionMakers: string[];
  askers: Asker[];
  /** Members who should not make the ask, with the negative tie named. */
  excluded: AskExclusion[];
  /** "members" normally; "everyone" when the graph marks no coalition members. */
  askersAre: "members" | "everyone";
  /**
   * The latest ask already logged (activity.csv) to the target or one of its decision makers, null
   * when none: a pending ask wants a follow-up before anyone asks again (logged-ask.ts).
   */
  asked: OutreachAsk | null;
}

export interface AskOptions {
  /** How many askers to return. Default 10. */
  maxAskers?: number;
  /** Longest introduction chain, in steps. Default 4. */
  maxSteps?: number;
  /** Precomputed communities (used for the "same community" reason); computed if absent. */
  communities?: CommunityResult;
}

export const ASK_DEFAULTS = {
  maxAskers: 10,
  maxSteps: 4,
  /** How many best-connected people stand in for an organization with no flagged decision maker. */
  maxStandIns: 3,
} as const;
