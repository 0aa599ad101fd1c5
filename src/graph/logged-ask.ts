/**
 * Coalition Map — the asks already logged (activity.csv) as the plans show them: the latest ask to
 * a target or its decision makers, and what it means for the next ask. The outreach plan
 * (outreach.ts) and "who should make the ask" (ask.ts) both say it, so an organizer does not ask
 * again over a pending ask, or send the same member after a no.
 */
import type { ActivityEntry, CoalitionGraph } from "./types.js";

/** An ask logged in the activity log, as an outreach row shows it. */
export interface OutreachAsk {
  date: string;
  /** Node id of the member who made the ask. */
  asker: string;
  askerLabel: string;
  outcome: "yes" | "no" | "pending" | "not yet asked";
}

/**
 * What the latest logged ask means for the next one, in the plan's reasons ("" when nothing follows):
 * a "no" wants another asker or another ask, a pending ask a follow-up, a "yes" a next ask by the
 * same member. `bestAsker`: the member the plan puts forward now (null when none can reach).
 */
export function askNextStep(asked: OutreachAsk | null, bestAsker: string | null, bestAskerLabel: string | null): string {
  if (asked === null) return "";
  switch (asked.outcome) {
    case "no":
      if (bestAsker === null || bestAsker === asked.asker) return "next: the last ask got a no, so try a different asker or a different ask";
      return `next: the last ask got a no, so ${bestAskerLabel ?? bestAsker} could ask again, with a different ask`;
    case "pending":
      return `next: follow up on ${asked.askerLabel}'s pending ask before anyone asks again`;
    case "yes":
      // A yes makes the person asked a member (activity.ts), so it shows here only through an
      // organization's decision maker or staff: the organization itself is still to come.
      return `next: the last ask got a yes, so build on it: ${asked.askerLabel} can make the next, specific ask`;
    case "not yet asked":
      return "";
  }
}

/** The latest ask logged to any of `people` (null when none). */
export function latestAsk(graph: CoalitionGraph, people: ReadonlySet<string>): OutreachAsk | null {
  let best: ActivityEntry | undefined;
  for (const e of graph.getAttribute("activity") ?? []) {
    if (e.kind !== "ask" || !people.has(e.person)) continue;
    // The log is in file order: a later row with the same date wins.
    if (best === undefined || e.date >= best.date) best = e;
  }
  if (best === undefined) return null;
  return { date: best.date, asker: best.member, askerLabel: graph.hasNode(best.member) ? graph.getNodeAttribute(best.member, "label") || best.member : best.member, outcome: best.outcome ?? "pending" };
}

/** "asked 2026-10-02 by Jordan Ellis — yes" (the outreach CSV's and panel's words). */
export function askedWords(asked: OutreachAsk | null): string {
  if (asked === null) return "";
  // An ask logged as "not yet asked" was planned, not made: "asked … — not yet asked" contradicted itself.
  if (asked.outcome === "not yet asked") return `to be asked by ${asked.askerLabel} (noted ${asked.date}) — not yet asked`;
  return `asked ${asked.date} by ${asked.askerLabel} — ${asked.outcome}`;
}

/**
 * The latest logged ask and its next step as one sentence, for "who should make the ask" (the
 * report and the Ask tab): "Already asked 2026-09-15 by Linda Park-Hughes — pending; next: follow
 * up on Linda Park-Hughes's pending ask before anyone asks again." "" when none was logged.
 */
export function loggedAskSentence(asked: OutreachAsk | null, bestAsker: string | null, bestAskerLabel: string | null): string {
  if (asked === null) return "";
  const words = askedWords(asked);
  const next = askNextStep(asked, bestAsker, bestAskerLabel);
  const said = asked.outcome === "not yet asked" ? `${words[0]?.toUpperCase() ?? ""}${words.slice(1)}` : `Already ${words}`;
  return `${said}${next === "" ? "" : `; ${next}`}.`;
}

/**
 * The outcome an ask logged later the same day between the same two people leaves (the activity
 * log keeps one such ask a day): a yes or no answers an ask still open (pending, not yet asked, or
 * an empty outcome); undefined when the later row answers nothing, and the first outcome stays.
 */
export function sameDayAnswer(earlier: OutreachAsk["outcome"] | undefined, later: OutreachAsk["outcome"] | undefined): "yes" | "no" | undefined {
  const open = earlier === undefined || earlier === "pending" || earlier === "not yet asked";
  return open && (later === "yes" || later === "no") ? later : undefined;
}
