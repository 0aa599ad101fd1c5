/**
 * The import report, shown before the map changes: counts (imported / merged / rejected), the
 * rejected rows with file:line:column and the warnings. "Show map" or "Cancel".
 * A fatal error shows its message and keeps the current map.
 */
import type { FileRole, ImportReport } from "../graph/import-report.js";
import { count, h } from "./dom.js";

const MAX_ROWS = 200;

function issueList(items: string[]): HTMLElement {
  const shown = items.slice(0, MAX_ROWS);
  return h(
    "ul",
    { className: "issues" },
    ...shown.map((t) => h("li", {}, t)),
    items.length > MAX_ROWS ? h("li", {}, `… and ${items.length - MAX_ROWS} more`) : null,
  );
}

function openDialog(content: HTMLElement[], actions: HTMLButtonElement[], id: string): HTMLDialogElement {
  const dlg = h("dialog", { id, attrs: { "aria-labelledby": `${id}-title` } }, h("div", { className: "dialog-body" }, ...content), h("div", { className: "dialog-actions" }, ...actions));
  document.body.appendChild(dlg);
  dlg.addEventListener("close", () => dlg.remove());
  dlg.showModal();
  return dlg;
}

/** Resolves true when the user chooses "Show map". */
export function confirmImport(files: string[], report: ImportReport, nodes: number, edges: number): Promise<boolean> {
  return new Promise((resolve) => {
    let answer = false;
    const show = h("button", { type: "button", className: "primary", id: "import-accept" }, "Show map");
    const cancel = h("button", { type: "button", id: "import-cancel" }, "Cancel");
    const rejections = report.rejections.map((r) => r.reason.startsWith(`${r.file}:`) ? r.reason : `${r.file}:${r.line}:${r.column} (${r.columnName}) ${r.reason}`);
    const warnings = report.warnings.map((w) => (w.message.startsWith(`${w.file}:`) ? w.message : `${w.file}:${w.line}${w.column ? `:${w.column}` : ""} ${w.message}`));
    const merges = report.merges.map((m) => `${m.file}:${m.line} repeats ${m.into.file}:${m.into.line} (${m.id})${m.conflicts.length ? ` — kept the first value of ${m.conflicts.join(", ")}` : ""}`);
    const dlg = openDialog(
      [
        h("h2", { id: "import-dialog-title" }, "Import report"),
        h("p", { className: "hint" }, `${files.join(", ")} → ${count(nodes, "person or organization", "people and organizations")}, ${count(edges, "tie")}. Nothing was uploaded: the files were read on this computer.`),
        h(
          "div",
          { className: "counts" },
          h("div", { className: "count" }, h("b", { id: "import-imported" }, String(report.imported)), "rows imported"),
          h("div", { className: "count" }, h("b", {}, String(report.merged)), "merged duplicates"),
          h("div", { className: `count${report.rejected ? " bad" : ""}` }, h("b", { id: "import-rejected" }, String(report.rejected)), "rows rejected"),
          h("div", { className: "count" }, h("b", {}, String(report.warnings.length)), "warnings"),
        ),
        rejections.length ? h("h3", {}, "Rejected rows") : null,
        rejections.length ? issueList(rejections) : null,
        warnings.length ? h("h3", {}, "Warnings") : null,
        warnings.length ? issueList(warnings) : null,
        merges.length ? h("h3", {}, "Merged duplicates") : null,
        merges.length ? issueList(merges) : null,
      ].filter((x): x is HTMLElement => x !== null),
      [cancel, show],
      "import-dialog",
    );
    show.addEventListener("click", () => {
      answer = true;
      dlg.close();
    });
    cancel.addEventListener("click", () => dlg.close());
    dlg.addEventListener("close", () => resolve(answer));
    show.focus();
  });
}

/** What the role picker offers for a file the importer could not place, in the organizer's words. */
export const ROLE_CHOICES: { role: FileRole; label: string }[] = [
  { role: "people", label: "People (one person per row)" },
  { role: "organizations", label: "Organizations (one per row)" },
  { role: "connections", label: "Connections between people and organizations" },
  { role: "needs", label: "Services needed (service, area)" },
  { role: "activity", label: "Activity log (date, kind, member, person)" },
  { role: "nodes", label: "Node list (id, label, …)" },
  { role: "edges", label: "Tie list (source, target, …)" },
  { role: "survey", label: "Partner survey (respondent, partner, relationship, trust, value)" },
];

/**
 * A fatal import error: the message, and the reassurance that the current map is kept. When
 * some files' roles could not be told (`unknown`), a picker per file asks what each holds;
 * resolves with the choices when the user opens the files again with them, else null.
 */
export function showImportError(message: string, kept: boolean, unknown: string[] = [], drawn = false): Promise<Record<string, FileRole> | null> {
  return new Promise((resolve) => {
    let chosen: Record<string, FileRole> | null = null;
    const ok = h("button", { type: "button", className: unknown.length ? "" : "primary", id: "error-ok" }, unknown.length ? "Cancel" : "OK");
    const selects = unknown.map((file, i) =>
      h(
        "select",
        { id: `role-pick-${i}`, data: { file }, attrs: { "aria-label": `What ${file} holds` } },
        h("option", { attrs: { value: "" } }, "Choose…"),
        ...ROLE_CHOICES.map((c) => h("option", { attrs: { value: c.role } }, c.label)),
      ),
    );
    const apply = h("button", { type: "button", className: "primary", id: "role-apply" }, "Open with these choices");
    apply.disabled = true;
    const update = () => {
      apply.disabled = selects.some((sel) => sel.value === "");
    };
    for (const sel of selects) sel.addEventListener("change", update);
    const picker = unknown.length
      ? h(
          "div",
          { className: "role-picker", id: "role-picker" },
          h("h3", {}, unknown.length === 1 ? "What does this file hold?" : "What does each file hold?"),
          ...unknown.map((file, i) => h("label", { className: "role-row" }, h("span", { className: "role-file", title: file }, file), selects[i] ?? null)),
        )
      : null;
    const content: (HTMLElement | null)[] = [
        // `drawn`: the network is on the map already, its analysis is what failed.
        h("h2", { id: "import-error-title" }, drawn ? "The analysis could not finish" : "These files could not be opened"),
        h("div", { className: "error-box", id: "import-error-message" }, message),
        picker,
        h("p", { className: "hint" }, drawn ? "The map shows the network without its analysis: the panels have nothing to show for it." : kept ? "The current map is unchanged." : "Open other files to begin."),
    ];
    const dlg = openDialog(content.filter((x): x is HTMLElement => x !== null), unknown.length ? [ok, apply] : [ok], "import-error");
    ok.addEventListener("click", () => dlg.close());
    apply.addEventListener("click", () => {
      chosen = {};
      for (const sel of selects) if (sel.dataset.file && sel.value) chosen[sel.dataset.file] = sel.value as FileRole;
      dlg.close();
    });
    dlg.addEventListener("close", () => resolve(chosen));
    (selects[0] ?? ok).focus();
  });
}
