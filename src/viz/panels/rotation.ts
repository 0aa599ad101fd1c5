/**
 * One-on-one rotation: the schedule of check-ins by week — who meets whom and why, in words — with
 * the next coalition meeting at its head. A name selects that person on the map; a row shows the
 * pair. The weeks, the most one-on-ones a week, the first day and the next meeting are inputs
 * that schedule again in the analysis worker (the CLI's --weeks, --per-week, --start,
 * --next-meeting). The schedule downloads as CSV and as a calendar file (.ics), made here, saved
 * on this computer.
 */
import { longDate, nextMeetingLine, rotationSummary } from "../../graph/analyses/rotation.js";
import { rotationCalendar, rotationCsv } from "../../graph/rotation-export.js";
import type { RotationResult, RotationRow } from "../../graph/rotation.js";
import { calendarDate } from "../../graph/utils/calendar-date.js";
import type { AppContext, Panel } from "../context.js";
import { clampedText, count, download, h } from "../dom.js";
import { analysisPanel, markSelected, nodeLink, selectableItem, type AnalyzedDataset } from "./common.js";

/** The file names of the two downloads. */
export const ROTATION_FILES = { csv: "one-on-one-rotation.csv", ics: "one-on-one-rotation.ics" } as const;

/** The weeks' limits the inputs allow (the engine's and the CLI's). */
const LIMITS = { weeks: [1, 104], perWeek: [1, 50] } as const;

/** A labelled input. */
function field(label: string, input: HTMLInputElement, hint: string): HTMLElement {
  return h("label", { className: "rotation-field", title: hint }, h("span", {}, label), input);
}

/** What the inputs say, or the first mistake in words. */
function readInputs(inputs: { weeks: HTMLInputElement; perWeek: HTMLInputElement; start: HTMLInputElement; next: HTMLInputElement }): { weeks: number; perWeek: number; start: string; nextMeeting?: string } | string {
  const whole = (el: HTMLInputElement, [lo, hi]: readonly [number, number], what: string): number | string => {
    const n = Number(el.value.trim());
    return el.value.trim() !== "" && Number.isInteger(n) && n >= lo && n <= hi ? n : `${what} must be a whole number from ${lo} to ${hi}.`;
  };
  const weeks = whole(inputs.weeks, LIMITS.weeks, "Weeks");
  if (typeof weeks === "string") return weeks;
  const perWeek = whole(inputs.perWeek, LIMITS.perWeek, "One-on-ones a week");
  if (typeof perWeek === "string") return perWeek;
  const start = calendarDate(inputs.start.value);
  if (start === null) return "The first week needs a date (YYYY-MM-DD).";
  if (inputs.next.value.trim() === "") return { weeks, perWeek, start };
  const next = calendarDate(inputs.next.value);
  if (next === null) return "The next meeting's date is not a date (YYYY-MM-DD); leave it empty if none is set.";
  return { weeks, perWeek, start, nextMeeting: next };
}

/** One one-on-one: "A meets B (with F)", why, clickable names; selecting the row shows the pair on the map. */
function rowItem(ctx: AppContext, ds: AnalyzedDataset, list: HTMLElement, row: RotationRow): HTMLLIElement {
  const ids = [row.member, row.partner, ...(row.facilitator ? [row.facilitator] : [])].filter((id) => ds.graph.hasNode(id));
  const li = selectableItem(
    false,
    () => {
      markSelected(list, li);
      ctx.highlight({
        source: "rotation",
        label: `One-on-one, week ${row.week}: ${row.memberLabel} and ${row.partnerLabel}${row.facilitatorLabel ? ` with ${row.facilitatorLabel}` : ""}`,
        nodes: ids,
        pairs: [[row.member, row.partner]],
        accent: [row.member, row.partner],
        labels: ids,
      });
      ctx.map.focusNodes(ids);
    },
    h(
      "div",
      { className: "row1 rotation-pair" },
      nodeLink(ctx, ds, row.member),
      h("span", { className: "muted" }, " meets "),
      nodeLink(ctx, ds, row.partner),
      ...(row.facilitator ? [h("span", { className: "muted" }, " with "), nodeLink(ctx, ds, row.facilitator)] : []),
    ),
    clampedText(row.reason, "div", "muted rotation-why"),
  );
  li.dataset.member = row.member;
  li.dataset.partner = row.partner;
  li.dataset.kind = row.kind;
  return li;
}

/** The schedule, one heading and list per week. */
function schedule(ctx: AppContext, ds: AnalyzedDataset, r: RotationResult): HTMLElement {
  const root = h("div", { id: "rotation-schedule" });
  for (let w = 1; w <= r.weeks; w++) {
    const rows = r.rows.filter((x) => x.week === w);
    if (rows.length === 0) continue;
    const list = h("ul", { className: "list", role: "listbox", attrs: { "aria-label": `Week ${w}` } });
    for (const row of rows) list.append(rowItem(ctx, ds, list, row));
    root.append(h("section", { className: "rotation-week", data: { week: String(w) } }, h("h3", {}, `Week ${w} · ${longDate(rows[0]?.date ?? r.start)} · ${count(rows.length, "one-on-one")}`), list));
  }
  return root;
}

export const panel: Panel = analysisPanel({
  id: "rotation",
  tab: "1-on-1",
  title: "One-on-one rotation",
  body(ctx: AppContext, ds: AnalyzedDataset): HTMLElement {
    const a = ds.analysis;
    const r = a.report.rotation;
    const root = h("div", { id: "rotation-panel" });
    // The next coalition meeting heads the schedule.
    if (r.nextMeeting === null) root.append(h("h2", {}, "One-on-one rotation"));
    else {
      root.append(
        h("h2", { id: "rotation-next", title: nextMeetingLine(r) ?? "" }, `Next coalition meeting: ${longDate(r.nextMeeting)}`),
        h("p", { className: "hint" }, "Set the date of the one after before it ends. Then, the one-on-one rotation:"),
      );
    }
    root.append(h("p", { className: "hint", id: "rotation-summary" }, rotationSummary(r)));

    const num = (id: string, value: number, [lo, hi]: readonly [number, number]) => h("input", { id, attrs: { type: "number", min: String(lo), max: String(hi), step: "1", value: String(value), inputmode: "numeric" } });
    const inputs = {
      weeks: num("rotation-weeks", r.weeks, LIMITS.weeks),
      perWeek: num("rotation-per-week", r.perWeek, LIMITS.perWeek),
      start: h("input", { id: "rotation-start", attrs: { type: "date", value: r.start } }),
      next: h("input", { id: "rotation-next-meeting", attrs: { type: "date", value: r.nextMeeting ?? "" } }),
    };
    const message = h("p", { className: "muted", id: "rotation-message", attrs: { role: "status" } });
    const form = h(
      "form",
      { className: "rotation-form", id: "rotation-form", attrs: { novalidate: "" } },
      field("Weeks", inputs.weeks, "Every member meets someone within this many weeks"),
      field("A week, at most", inputs.perWeek, "No one has more one-on-ones than this in one week (so the core staff are not overloaded)"),
      field("First week", inputs.start, "The first day of the first week"),
      field("Next meeting", inputs.next, "The next coalition meeting: it heads the schedule (leave empty if not set)"),
      h("button", { type: "submit", id: "rotation-run" }, "Schedule again"),
    );
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const read = readInputs(inputs);
      if (typeof read === "string") {
        message.textContent = read;
        return;
      }
      message.textContent = "Scheduling…";
      ctx.remeasure({ rotation: read });
    });
    root.append(form, message);

    root.append(
      h(
        "div",
        { className: "row-actions" },
        h("button", { type: "button", id: "rotation-csv", on: { click: () => download(ROTATION_FILES.csv, new Blob(["\uFEFF", a.rotationCsv ?? rotationCsv(r)], { type: "text/csv;charset=utf-8" })) } }, "Download CSV"),
        h("button", { type: "button", id: "rotation-ics", on: { click: () => download(ROTATION_FILES.ics, new Blob([a.rotationIcs ?? rotationCalendar(r)], { type: "text/calendar;charset=utf-8" })) } }, "Download calendar (.ics)"),
      ),
    );

    if (r.unplaced.length > 0) {
      root.append(
        h("h3", {}, `Not placed (${r.unplaced.length})`),
        h("ul", { className: "reasons", id: "rotation-unplaced" }, ...r.unplaced.map((u) => clampedText(u.reason))),
      );
    }
    if (r.members === 0) root.append(h("p", { className: "muted" }, "No one has the status core or member: there is no one to schedule."));
    root.append(schedule(ctx, ds, r));
    if (r.represented.length > 0) {
      root.append(h("p", { className: "muted", id: "rotation-represented" }, `Member organizations are met through their member staff: ${r.represented.map((o) => o.label).join(", ")}.`));
    }
    return root;
  },
});
