/**
 * Comparing the coalition with an earlier round, on the map: the "Compare with an earlier round…"
 * button and its dialog (the earlier round's CSV files, or — when the data has since/until and
 * joined/left dates — a date), the request to the analysis worker (app/compare-work.ts), and the
 * bar on the map with the key to the marks and, for a comparison by date, the timeline: moving it
 * asks the worker for the comparison at the new date (the latest answer wins). The marks are drawn
 * by the reducers and the comparison layer from `state.comparison`. Returns the cleanup.
 */
import type { AnalysisClient, CompareEvent } from "../client.js";
import type { Dataset } from "../dataset.js";
import { h, replaceChildren } from "../dom.js";
import { showImportError } from "../import-dialog.js";
import type { CompareRequest, InputFileMessage, MeasureChoices, WorkbookRequest } from "../protocol.js";
import type { Store } from "../state.js";
import type { FileRole } from "../../graph/import-report.js";
import { datesIn } from "../../graph/compare-snapshot.js";
import type { CoalitionGraph } from "../../graph/types.js";
import { COMPARE_STYLE } from "./compare-style.js";

export interface CompareDeps {
  store: Store;
  client: AnalysisClient;
  dataset(): Dataset | null;
  /** The files, roles and choices of the data set on the map. */
  source(): { files: InputFileMessage[]; roles: Record<string, FileRole> | undefined; choices: MeasureChoices; workbook?: WorkbookRequest } | null;
}

export interface CompareControls {
  /** The top bar's button. */
  button: HTMLButtonElement;
  /** The bar over the map: key and timeline (hidden without a comparison). */
  bar: HTMLElement;
  /** Open the dialog (the Change panel's button too). */
  open(): void;
  /** Compare with the coalition as it was on `date`, or with other files. */
  compareWith(earlier: CompareRequest["earlier"]): void;
  dispose(): void;
}

/** The dates a data set mentions (the timeline's stops). */
export function datasetDates(ds: Dataset): string[] {
  return datesIn(ds.graph as unknown as CoalitionGraph);
}

/** The day before a date "YYYY-MM-DD" (the default earlier date: just before the last change). */
function dayBefore(date: string): string {
  const t = Date.parse(`${date}T00:00:00Z`) - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** A swatch and its words, for the key. */
function keyItem(kind: "ring" | "line" | "dashed", color: string, words: string): HTMLElement {
  const swatch = h("span", { className: `compare-swatch ${kind}`, attrs: { "aria-hidden": "true" } });
  swatch.style.setProperty("--swatch", color);
  return h("span", { className: "compare-key-item" }, swatch, words);
}

export function createCompareControls(deps: CompareDeps): CompareControls {
  const { store, client } = deps;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const compareWith = (earlier: CompareRequest["earlier"]) => {
    const ds = deps.dataset();
    const src = deps.source();
    if (!ds || !src) return;
    const label = earlier.kind === "date" ? `the coalition on ${earlier.date}` : `the earlier round (${earlier.label})`;
    store.dispatch({ type: "busy", busy: { stage: "Comparing the rounds…", fraction: 0.02 } });
    const request = client.compare({ id: ds.id, files: src.files, ...(src.roles ? { roles: src.roles } : {}), ...(src.workbook ? { workbook: src.workbook } : {}), choices: src.choices, earlier }, (ev: CompareEvent) => {
      if (request !== latest || store.state.dataset !== ds.id) return;
      if (ev.type === "compareProgress") {
        store.dispatch({ type: "busy", busy: { stage: ev.stage, fraction: ev.fraction } });
        return;
      }
      store.dispatch({ type: "busy", busy: null });
      if (ev.type === "compareError") {
        void showImportError(ev.message, true);
        return;
      }
      store.dispatch({ type: "comparison", comparison: { label, date: earlier.kind === "date" ? earlier.date : null, result: ev.result } });
      if (store.state.tab !== "change") store.dispatch({ type: "tab", tab: "change" });
    });
    latest = request;
  };

  // ---- the dialog --------------------------------------------------------------------------
  const open = () => {
    const ds = deps.dataset();
    if (!ds) return;
    const dates = datasetDates(ds);
    const fileInput = h("input", { type: "file", id: "compare-files", attrs: { multiple: "", accept: ".csv,.tsv,.txt,text/csv", "aria-label": "The earlier round's CSV files" } });
    const cancel = h("button", { type: "button", id: "compare-cancel" }, "Cancel");
    const last = dates[dates.length - 1];
    const dateInput = h("input", { type: "date", id: "compare-date", attrs: { "aria-label": "The date to compare with" } });
    if (last !== undefined) dateInput.value = dayBefore(last);
    const byDate = h("button", { type: "button", id: "compare-by-date", className: "primary" }, "Compare with that date");
    const dlg = h(
      "dialog",
      { id: "compare-dialog", attrs: { "aria-labelledby": "compare-dialog-title" } },
      h(
        "div",
        { className: "dialog-body" },
        h("h2", { id: "compare-dialog-title" }, "Compare with an earlier round"),
        h("p", { className: "hint" }, "Open the CSV files of the same coalition from an earlier time (last year's people.csv, organizations.csv, connections.csv…). They are read on this computer, like the others."),
        h("label", { className: "compare-files" }, "Earlier round: ", fileInput),
        dates.length > 0
          ? h(
              "div",
              { className: "compare-date-row" },
              h("p", { className: "hint" }, `Or go back in time with this workbook's own dates (since, until, joined, left: ${dates[0] ?? ""} to ${last ?? ""}).`),
              h("label", {}, "The coalition as it was on ", dateInput),
              byDate,
            )
          : h("p", { className: "hint" }, "This workbook has no since/until or joined/left dates, so it can't go back in time by itself."),
      ),
      h("div", { className: "dialog-actions" }, cancel),
    );
    document.body.appendChild(dlg);
    dlg.addEventListener("close", () => dlg.remove());
    cancel.addEventListener("click", () => dlg.close());
    fileInput.addEventListener("change", () => {
      const list = fileInput.files;
      if (!list || list.length === 0) return;
      const chosen = [...list];
      dlg.close();
      void Promise.all(chosen.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))).then((files) =>
        compareWith({ kind: "files", files, label: files.length > 3 ? `${files.length} files` : files.map((f) => f.name).join(", ") }),
      );
    });
    byDate.addEventListener("click", () => {
      if (!dateInput.value) return;
      dlg.close();
      compareWith({ kind: "date", date: dateInput.value });
    });
    dlg.showModal();
  };

  const button = h("button", { type: "button", id: "compare-open", title: "Compare with an earlier round", on: { click: open } }, "Compare rounds…");

  // ---- the bar over the map: key, timeline, clear -------------------------------------------
  const bar = h("div", { className: "compare-bar", id: "compare-bar", role: "group", attrs: { "aria-label": "Comparison with an earlier round", "data-label-obstacle": "" } });
  bar.hidden = true;
  const render = () => {
    const cmp = store.state.comparison;
    bar.hidden = cmp === null;
    if (cmp === null) return replaceChildren(bar);
    const r = cmp.result;
    const title = h("div", { className: "compare-title" }, `Compared with ${cmp.label}: `, h("b", {}, `${r.change.members.gained.length} joined, ${r.change.members.lost.length} left; ${r.change.ties.counts.added} ties new, ${r.change.ties.counts.removed} gone`));
    const key = h(
      "div",
      { className: "compare-key", id: "compare-key" },
      keyItem("ring", COMPARE_STYLE.newColor, "new person or organization"),
      keyItem("line", COMPARE_STYLE.newColor, "new tie"),
      keyItem("dashed", COMPARE_STYLE.lostColor, "tie that ended, or someone gone (pale)"),
    );
    const clear = h("button", { type: "button", id: "compare-clear", on: { click: () => store.dispatch({ type: "comparison", comparison: null }) } }, "Clear");
    const parts: HTMLElement[] = [title, key];
    if (cmp.date !== null && r.dates.length > 0) {
      const stops = [...r.dates];
      let at = 0;
      stops.forEach((d, i) => {
        if (d <= (cmp.date ?? "")) at = i;
      });
      const slider = h("input", { type: "range", id: "compare-timeline", attrs: { min: "0", max: String(stops.length - 1), step: "1", "aria-label": "As of date" } });
      slider.value = String(at);
      const shown = h("output", { id: "compare-timeline-date" }, cmp.date);
      // Each stop is a date the workbook mentions: the coalition as it was that day (its changes included).
      const move = (now: boolean) => {
        const date = stops[Number(slider.value)];
        if (date === undefined) return;
        shown.textContent = date;
        clearTimeout(timer);
        timer = setTimeout(() => compareWith({ kind: "date", date }), now ? 0 : 350);
      };
      slider.addEventListener("input", () => move(false));
      slider.addEventListener("change", () => move(true));
      parts.push(h("label", { className: "compare-timeline" }, "As of ", slider, shown));
    }
    parts.push(clear);
    replaceChildren(bar, ...parts);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.comparison !== prev.comparison) render();
  });
  render();
  return {
    button,
    bar,
    open,
    compareWith,
    dispose() {
      clearTimeout(timer);
      unsubscribe();
    },
  };
}
