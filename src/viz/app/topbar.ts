/**
 * The top bar: the name, the data set's name, the privacy note, "Open CSV files…" and the
 * Export menu. Returns its element, the data-set name element (the loader writes it) and the
 * cleanup of what it attached.
 */
import type { AppContext } from "../context.js";
import { h } from "../dom.js";
import { createExportMenu } from "./export-menu.js";
import { createSharingActions } from "../share/share-actions.js";
import { createTiesChoice } from "./ties-choice.js";

export interface Topbar {
  element: HTMLElement;
  datasetName: HTMLElement;
  dispose(): void;
}

/** `openFiles` receives the files the user picked. */
export function createTopbar(ctx: AppContext, openFiles: (files: FileList) => void): Topbar {
  const fileInput = h("input", { type: "file", id: "file-input", className: "visually-hidden", tabIndex: -1, attrs: { multiple: "", accept: ".csv,.tsv,.txt,text/csv", "aria-label": "Open CSV files", "aria-hidden": "true" } });
  fileInput.addEventListener("change", () => {
    if (fileInput.files) openFiles(fileInput.files);
    fileInput.value = "";
  });
  const datasetName = h("span", { className: "dataset-name", id: "dataset-name" }, "");
  const sharing = createSharingActions(ctx);
  const menu = createExportMenu(ctx, { actions: sharing.menu });
  const element = h(
    "header",
    { className: "topbar" },
    h("div", { className: "brand" }, h("span", { className: "brand-mark", attrs: { "aria-hidden": "true" } }), "Coalition Map"),
    datasetName,
    h("span", { className: "spacer" }),
    h("span", { className: "privacy" }, "Your files stay on this computer."),
    fileInput,
    h("button", { type: "button", id: "open-files", on: { click: () => fileInput.click() } }, "Open CSV files…"),
    menu.element,
    // After the main actions: "Open CSV files…" stays the first Tab stop.
    createTiesChoice(ctx),
  );
  return {
    element,
    datasetName,
    dispose() {
      menu.dispose();
      sharing.dispose();
    },
  };
}
