/**
 * The Export menu's sharing actions, in the organizer's words:
 *  - "Share a read-only map…": one HTML file a partner opens by double-clicking it (no install, no
 *    network), REDACTED by default — the choice "with names" carries a warning. The data is made
 *    in the share worker; the viewer page is the read-only map's build (virtual:share-viewer),
 *    loaded only when needed.
 *  - "Redacted copy (workbook and report)…": what `--redact DIR` writes, as one zip; the key to
 *    the pseudonyms is offered apart, never inside the zip.
 * Both say plainly what was written and where the key is.
 */
import type { MenuAction } from "../app/export-menu.js";
import type { FullReport } from "../../graph/analyze.js";
import { nodeSlots, slotsOf } from "../community-colors.js";
import type { AppContext } from "../context.js";
import { count, download, h } from "../dom.js";
import type { Positions } from "../positions.js";
import type { MeasureChoices } from "../protocol.js";
import { showBrief } from "./brief-view.js";
import { dialogButton, openShareDialog } from "./dialog.js";
import { ShareClient } from "./share-client.js";
import { embedSharedMap } from "./share-data.js";
import "./share.css";
import type { ShareSource } from "./protocol.js";

/** The viewer page (the read-only map's single-file build), loaded the first time it is needed. */
async function viewerTemplate(): Promise<string> {
  const mod = await import("virtual:share-viewer");
  return mod.default;
}

function sourceOf(ctx: AppContext): ShareSource & { positions: Positions } {
  const ds = ctx.dataset();
  const report = ds?.analysis?.report;
  if (!ds || !report) throw new Error("Wait until the analyses are done, then share.");
  const choices: MeasureChoices = { ...(report.summary.weighted === false ? { weighted: false } : {}), ...(report.summary.directed ? { directed: true } : {}) };
  const positions: Positions = {};
  ds.graph.forEachNode((n) => {
    const p = ctx.map.networkPosition(n);
    if (p) positions[n] = { x: p.x, y: p.y };
  });
  return { graph: ds.graph.export() as ShareSource["graph"], importReport: ds.importReport, choices, positions };
}

/** Show progress in the map's progress bar while `work` runs. */
async function withProgress<T>(ctx: AppContext, first: string, work: (progress: (stage: string, fraction: number) => void) => Promise<T>): Promise<T> {
  const progress = (stage: string, fraction: number) => ctx.store.dispatch({ type: "busy", busy: { stage, fraction } });
  progress(first, 0.01);
  try {
    return await work(progress);
  } finally {
    ctx.store.dispatch({ type: "busy", busy: null });
  }
}

/** The coalition's name as the top bar shows it (the workspace's, or "Sample coalition"), else from its files. */
function shownName(files: readonly string[]): string {
  return document.getElementById("dataset-name")?.textContent?.trim() || (files.length > 3 ? `${files.length} files` : files.join(", "));
}

const KEY_WORDS = "It maps every pseudonym back to the person: keep it to yourself, never send it with the copy.";

/** A "Save the key…" button for `key`, and the words around it. */
function keyOffer(name: string, key: string, dlg: () => HTMLDialogElement | null): { words: HTMLElement; button: HTMLButtonElement } {
  const button = dialogButton("Save the key…", "share-save-key", dlg, () => download(name, new Blob(["\uFEFF", key], { type: "text/csv;charset=utf-8" })));
  return { words: h("p", { className: "hint" }, `The key (${name}) is not in what you send. ${KEY_WORDS}`), button };
}

export interface SharingActions {
  /** The Export menu's items for them. */
  menu: MenuAction[];
  /** Ask redacted or with names, then make and save the read-only map; resolves with the file's name (null: cancelled). */
  shareMap(): Promise<string | null>;
  /** Show the one-page brief for a meeting (names; pseudonyms on request), ready to print. */
  brief(): Promise<void>;
  /** Make and save the redacted copy (zip); resolves with the zip's name. */
  redactedCopy(): Promise<string>;
  dispose(): void;
}

export function createSharingActions(ctx: AppContext): SharingActions {
  const client = new ShareClient();

  /** Make the read-only map file and save it. */
  const makeMap = async (redacted: boolean): Promise<string> => {
    const src = sourceOf(ctx);
    const ds = ctx.dataset();
    const [template, { data, key }] = await withProgress(ctx, "Preparing the read-only map…", (progress) =>
      Promise.all([
        viewerTemplate(),
        client.map(
          {
            type: "map",
            ...src,
            redacted,
            // The name the top bar shows (the workspace's, or "Sample coalition"), as the brief's — not "5 files".
            title: shownName(ds?.files ?? []) || "Coalition map",
            files: ds?.files ?? [],
            // The partner sees each community in the colour the organizer sees it in.
            ...(ds ? { colours: [...nodeSlots(ds.communities.communities, slotsOf(ds))] } : {}),
            ...(redacted || !ds?.analysis ? {} : { communities: ds.communities, analysis: ds.analysis }),
          },
          progress,
        ),
      ]),
    );
    const name = redacted ? "coalition-map-read-only.html" : "coalition-map-read-only-WITH-NAMES.html";
    download(name, new Blob([embedSharedMap(template, data)], { type: "text/html;charset=utf-8" }));
    let dlg: HTMLDialogElement | null = null;
    const ok = dialogButton("Done", "share-done", () => dlg, undefined, true);
    const offer = key !== null ? keyOffer("coalition-map-read-only-key.csv", key, () => dlg) : null;
    dlg = openShareDialog(
      "share-saved",
      "Read-only map saved",
      [
        h("p", {}, `${name}: one file that opens in any web browser, even with no internet — nothing to install, no request made to anywhere. It cannot import, change or save anything.`),
        redacted
          ? h("p", {}, "Everyone in it is a pseudonym that keeps their role; people marked sensitive appear only as “Private contact”; no e-mail, phone or note is in it.")
          : h("p", { className: "callout bad" }, "This file names everyone, including people marked sensitive, with their contact details and notes. Give it only to people who may see all of that."),
        offer?.words,
      ],
      offer ? [offer.button, ok] : [ok],
    );
    ok.focus();
    return name;
  };

  const actions: Omit<SharingActions, "menu"> = {
    shareMap() {
      return new Promise((resolve, reject) => {
        let dlg: HTMLDialogElement | null = null;
        let chosen = false;
        const option = (value: string, title: string, words: string, checked: boolean) =>
          h(
            "label",
            { className: "share-option" },
            h("input", { type: "radio", id: `share-${value}`, attrs: { name: "share-names", value, ...(checked ? { checked: "" } : {}) } }),
            h("span", {}, h("b", {}, title), h("span", { className: "hint" }, words)),
          );
        const warning = h("p", { className: "callout bad", id: "share-names-warning" }, "With names, the file shows everyone's name — including people marked sensitive, such as survivors — with their e-mails, phones and notes, to anyone who gets a copy of it. Choose this only for people who may see all of that.");
        warning.hidden = true;
        const form = h(
          "div",
          { className: "share-options", role: "radiogroup", attrs: { "aria-label": "Who is named in the map" } },
          option("redacted", "Redacted (recommended)", "Everyone is a pseudonym that keeps their role (“Shelter staff 3”); people marked sensitive are only “Private contact”, even in ask paths; no e-mails, phones or notes.", true),
          option("names", "With names", "Everyone named, with their contact details and notes.", false),
        );
        form.addEventListener("change", () => {
          warning.hidden = !(form.querySelector<HTMLInputElement>("#share-names")?.checked ?? false);
        });
        const save = dialogButton(
          "Save the map",
          "share-save",
          () => dlg,
          () => {
            chosen = true;
            const names = form.querySelector<HTMLInputElement>("#share-names")?.checked ?? false;
            makeMap(!names).then(resolve, reject);
          },
          true,
        );
        const cancel = dialogButton("Cancel", "share-cancel", () => dlg);
        dlg = openShareDialog(
          "share-dialog",
          "Share a read-only map",
          [h("p", { className: "hint" }, "One file with the map, its panels and the analysis inside, for partners who install nothing: it opens from a USB stick or an e-mail attachment, in any web browser, and makes no request to anywhere."), form, warning],
          [cancel, save],
        );
        dlg.addEventListener("close", () => {
          if (!chosen) resolve(null);
        });
        save.focus();
      });
    },

    async brief() {
      const ds = ctx.dataset();
      const report = ds?.analysis?.report;
      if (!ds || !report) throw new Error("Wait until the analyses are done, then make the brief.");
      let redacted: Promise<FullReport> | null = null;
      await showBrief({
        // The name the top bar shows (the workspace's, or "Sample coalition"), not "5 files".
        title: shownName(ds.files) || "Coalition",
        named: report,
        alreadyRedacted: false,
        // The redacted report: the share worker redacts and measures again (once per brief).
        redacted: () =>
          (redacted ??= withProgress(ctx, "Replacing names by pseudonyms…", (progress) =>
            client.map({ type: "map", ...sourceOf(ctx), redacted: true, title: "", files: [] }, progress).then((r) => r.data.analysis.report),
          )),
      });
    },

    async redactedCopy() {
      const src = sourceOf(ctx);
      const result = await withProgress(ctx, "Replacing names by pseudonyms…", (progress) => client.redactedCopy({ type: "redacted-copy", ...src, baseName: "coalition" }, progress));
      download(result.zipName, new Blob([result.zip], { type: "application/zip" }));
      let dlg: HTMLDialogElement | null = null;
      const ok = dialogButton("Done", "share-done", () => dlg, undefined, true);
      const offer = keyOffer(result.keyName, result.key, () => dlg);
      dlg = openShareDialog(
        "share-saved",
        "Redacted copy saved",
        [
          h("p", {}, `${result.zipName} holds ${result.names.join(", ")}: the workbook with ${count(result.people, "person", "people")} under pseudonyms (${result.sensitive} sensitive, shown only as “Private contact”), contacts and notes removed, and its report (the same files the command line's --redact writes).`),
          offer.words,
        ],
        [offer.button, ok],
      );
      ok.focus();
      return result.zipName;
    },

    dispose: () => client.dispose(),
  };
  return {
    ...actions,
    menu: [
      { id: "share-map", label: "Share a read-only map…", run: () => actions.shareMap(), separated: true },
      { id: "redacted-copy", label: "Redacted copy (workbook and report)", run: () => actions.redactedCopy() },
      { id: "print-brief", label: "Print a brief…", run: () => actions.brief(), separated: true },
    ],
  };
}
