/**
 * The one-on-one rotation — who should sit down with whom in the coming weeks, and why: every
 * member meets someone within the rotation's weeks, no one has more than a few one-on-ones a
 * week, never two people with bad history without a facilitator (../rotation.ts). Also written as
 * CSV and iCalendar (`--rotation FILE`, ../rotation-export.ts).
 */
import { cell, plural } from "../registry/markdown.js";
import type { AnalysisDescription } from "../registry/types.js";
import { oneOnOneRotation, type RotationResult } from "../rotation.js";
import { communitiesAnalysis } from "./communities.js";
import { standingAnalysis } from "./standing.js";

/** "Monday 7 December 2026" for a YYYY-MM-DD date (English, computed in UTC so no time zone moves it). */
export function longDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  const t = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  const day = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][t.getUTCDay()] ?? "";
  const month = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][t.getUTCMonth()] ?? "";
  return `${day} ${t.getUTCDate()} ${month} ${t.getUTCFullYear()}`;
}

/** The schedule's heading line: the next coalition meeting, when given. */
export function nextMeetingLine(r: Pick<RotationResult, "nextMeeting">): string | null {
  return r.nextMeeting === null ? null : `Next coalition meeting: ${longDate(r.nextMeeting)} (${r.nextMeeting}) — set the date of the one after before it ends.`;
}

/** One sentence: how many members, over how many weeks, at most how many a week. */
export function rotationSummary(r: RotationResult): string {
  const all = r.unplaced.length === 0 ? (r.members === 1 ? "the member meets" : `all ${r.members} members meet`) : `${r.placed} of ${r.members} members meet`;
  return `${plural(r.rows.length, "one-on-one", "one-on-ones")} over ${plural(r.weeks, "week", "weeks")} from ${longDate(r.start)}: ${all} someone, nobody more than ${plural(r.perWeek, "one-on-one", "one-on-ones")} a week.`;
}

export const rotationAnalysis: AnalysisDescription<"rotation", RotationResult, RotationResult> = {
  id: "rotation",
  title: "One-on-one rotation",
  question: "Who should meet whom one-on-one in the coming weeks, and why?",
  progress: "One-on-one rotation…",
  needs: ["status"],
  whyNeeded: ": the rotation schedules one-on-ones between members.",
  note: () => "Every member meets someone within the weeks given (--weeks, default 8), at most --per-week one-on-ones a week each (default 2).",
  placement: "plan",
  run: (ctx) =>
    oneOnOneRotation(ctx.graph, {
      start: ctx.options.rotationStart,
      weeks: ctx.options.rotationWeeks,
      perWeek: ctx.options.rotationPerWeek,
      nextMeeting: ctx.options.nextMeeting,
      seed: ctx.options.seed,
      standing: ctx.use(standingAnalysis).measures,
      communities: ctx.use(communitiesAnalysis),
    }),
  section: (r) => r,
  markdown(r, md) {
    const out: string[] = [];
    const next = nextMeetingLine(r);
    if (next !== null) out.push(`**${cell(next)}**`, "");
    out.push(rotationSummary(r), "");
    if (r.rows.length > 0) {
      const max = md.max * 5;
      out.push("| week | date | member | partner | why |", "|---:|---|---|---|---|");
      for (const row of r.rows.slice(0, max)) out.push(`| ${row.week} | ${row.date} | ${cell(row.memberLabel)} | ${cell(row.partnerLabel)} | ${cell(row.reason)} |`);
      if (r.rows.length > max) out.push(`| … and ${r.rows.length - max} more (the whole schedule: --rotation FILE) |`);
      out.push("");
    }
    if (r.unplaced.length > 0) {
      out.push(`**Not placed** (${r.unplaced.length}):`, "");
      for (const u of r.unplaced) out.push(`- ${cell(u.reason)}`);
      out.push("");
    }
    if (r.represented.length > 0) {
      const names = r.represented.map((o) => cell(o.label));
      const shown = names.length > md.max ? `${names.slice(0, md.max).join(", ")} and ${names.length - md.max} more` : names.join(", ");
      out.push(`Member organizations are met through their member staff: ${shown}.`, "");
    }
    out.push("(The schedule as CSV and as a calendar file: --rotation FILE.)", "");
    return out;
  },
};
