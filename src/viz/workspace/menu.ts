/**
 * The top bar's one "Workspace" button and its panel: the workspace's name (rename), whether it
 * is saved, undo and redo, the edit panel, the workspaces kept on this computer, the workspace
 * file (save / open), the spreadsheets as a zip, and "Delete everything from this computer"
 * (with a confirmation). Esc or a click elsewhere closes the panel. User strings are text only.
 */
import { h, replaceChildren } from "../dom.js";
import { listen } from "../listen.js";
import type { SaveStatus, WorkspaceController } from "./controller.js";

/** The status in words. */
export function statusWords(s: SaveStatus): string {
  switch (s.kind) {
    case "saving":
      return "Saving…";
    case "saved": {
      const d = new Date(s.at);
      return Number.isNaN(d.getTime()) ? "Saved" : `Saved ${d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}`;
    }
    case "unsaved":
      return "Not kept yet";
    case "failed":
      return "Not saved";
  }
}

/** A confirmation dialog; resolves true when the organizer confirms. */
export function confirmDialog(title: string, text: string, confirm: string): Promise<boolean> {
  return new Promise((resolve) => {
    const yes = h("button", { type: "button", className: "danger", id: "confirm-yes" }, confirm);
    const no = h("button", { type: "button", id: "confirm-no" }, "Cancel");
    const dialog = h(
      "dialog",
      { className: "confirm-dialog", attrs: { "aria-labelledby": "confirm-title" } },
      h("div", { className: "dialog-body" }, h("h2", { id: "confirm-title" }, title), h("p", {}, text)),
      h("div", { className: "dialog-actions" }, no, yes),
    );
    let answer = false;
    yes.addEventListener("click", () => {
      answer = true;
      dialog.close();
    });
    no.addEventListener("click", () => dialog.close());
    dialog.addEventListener("close", () => {
      dialog.remove();
      resolve(answer);
    });
    document.body.appendChild(dialog);
    dialog.showModal();
    no.focus();
  });
}

export interface WorkspaceMenu {
  element: HTMLElement;
  dispose(): void;
}

export function createWorkspaceMenu(ws: WorkspaceController, toggleEdit: () => void, editOpen: () => boolean): WorkspaceMenu {
  const cleanups: (() => void)[] = [];
  const statusEl = h("span", { className: "save-status", id: "save-status", attrs: { "aria-live": "polite" } }, "");
  const toggle = h("button", { type: "button", id: "workspace-toggle", attrs: { "aria-haspopup": "dialog", "aria-expanded": "false", "aria-controls": "workspace-menu" } }, "Workspace ▾");
  const nameInput = h("input", { type: "text", id: "workspace-name", attrs: { "aria-describedby": "workspace-name-error", autocomplete: "off" } });
  const nameError = h("p", { className: "form-error", id: "workspace-name-error", attrs: { role: "alert" } }, "");
  const undoBtn = h("button", { type: "button", id: "ws-undo" }, "Undo");
  const redoBtn = h("button", { type: "button", id: "ws-redo" }, "Redo");
  const editBtn = h("button", { type: "button", id: "edit-toggle", attrs: { "aria-pressed": "false" } }, "Edit the map");
  const zipBtn = h("button", { type: "button", id: "export-workbook" }, "Export the spreadsheets (.zip)");
  const saveFileBtn = h("button", { type: "button", id: "export-workspace" }, "Save the workspace as a file…");
  const fileInput = h("input", { type: "file", id: "workspace-file-input", className: "visually-hidden", tabIndex: -1, attrs: { accept: ".json,application/json", "aria-hidden": "true" } });
  const openFileBtn = h("button", { type: "button", id: "import-workspace" }, "Open a workspace file…");
  const deleteBtn = h("button", { type: "button", id: "delete-everything", className: "danger" }, "Delete everything from this computer…");
  const message = h("p", { className: "menu-message", id: "workspace-message", attrs: { role: "status" } }, "");
  const savedList = h("ul", { className: "workspace-list", id: "workspace-list" });
  const panel = h(
    "div",
    { className: "workspace-menu", id: "workspace-menu", role: "dialog", attrs: { "aria-label": "Workspace" } },
    h("label", { className: "field" }, "Workspace name", nameInput),
    nameError,
    h("p", { className: "menu-note" }, "Kept in this browser, on this computer only. Nothing is sent anywhere."),
    h("div", { className: "menu-row" }, undoBtn, redoBtn, editBtn),
    h("div", { className: "menu-col" }, zipBtn, saveFileBtn, openFileBtn, fileInput),
    h("h3", {}, "Workspaces on this computer"),
    savedList,
    message,
    deleteBtn,
  );
  panel.hidden = true;

  const say = (text: string) => (message.textContent = text);
  /** The organizer is typing a new name (not overwritten until they finish). */
  let renaming = false;
  nameInput.addEventListener("input", () => (renaming = true));
  const refreshList = async () => {
    const list = await ws.saved();
    replaceChildren(
      savedList,
      ...(list.length === 0
        ? [h("li", { className: "muted" }, "None yet: a workspace is kept once you open your files or edit the map.")]
        : list.map((w) =>
            h(
              "li",
              {},
              h(
                "button",
                { type: "button", className: "link", data: { workspace: w.name }, attrs: { "aria-current": String(w.name === ws.name()) }, on: { click: () => void open(w.name) } },
                w.name,
              ),
              h("span", { className: "muted" }, ` ${w.edits === 1 ? "1 change" : `${w.edits} changes`}`),
            ),
          )),
    );
  };
  const open = async (name: string) => {
    if (name === ws.name()) return;
    say("Opening…");
    const err = await ws.open(name);
    say(err ?? `Opened “${name}”.`);
    void refreshList();
  };

  const reflect = () => {
    const s = ws.status();
    statusEl.textContent = statusWords(s);
    statusEl.title = s.kind === "failed" ? s.message : "";
    statusEl.dataset.status = s.kind;
    if (!renaming) nameInput.value = ws.name();
    undoBtn.disabled = !ws.canUndo();
    redoBtn.disabled = !ws.canRedo();
    undoBtn.title = ws.canUndo() ? `Undo: ${ws.undoLabel()}` : "Nothing to undo";
    redoBtn.title = ws.canRedo() ? `Redo: ${ws.redoLabel()}` : "Nothing to redo";
    editBtn.setAttribute("aria-pressed", String(editOpen()));
    if (s.kind === "failed") say(s.message);
  };
  cleanups.push(ws.subscribe(reflect));

  const close = () => {
    panel.hidden = true;
    toggle.setAttribute("aria-expanded", "false");
  };
  toggle.addEventListener("click", () => {
    panel.hidden = !panel.hidden;
    toggle.setAttribute("aria-expanded", String(!panel.hidden));
    if (!panel.hidden) {
      reflect();
      void refreshList();
      editBtn.focus();
    }
  });
  nameInput.addEventListener("change", () => {
    renaming = false;
    void ws.rename(nameInput.value).then((err) => {
      nameError.textContent = err ?? "";
      if (!err) void refreshList();
    });
  });
  undoBtn.addEventListener("click", () => void ws.undo());
  redoBtn.addEventListener("click", () => void ws.redo());
  editBtn.addEventListener("click", () => {
    toggleEdit();
    reflect();
    // The edit panel opened (its first field has the focus): the menu goes, not to cover it.
    if (editOpen()) close();
  });
  zipBtn.addEventListener("click", () => say(`Saved ${ws.exportZip()} to your downloads.`));
  saveFileBtn.addEventListener("click", () => say(`Saved ${ws.exportFile()} to your downloads. Open it here or on another computer with “Open a workspace file…”.`));
  openFileBtn.addEventListener("click", () => fileInput.click());
  fileInput.addEventListener("change", () => {
    const f = fileInput.files?.[0];
    fileInput.value = "";
    if (!f) return;
    say("Opening…");
    void f.text().then(async (text) => {
      const opened = await ws.importFile(text);
      say(opened.error ?? [`Opened “${ws.name()}” from ${f.name}.`, ...opened.notes].join(" "));
      void refreshList();
    });
  });
  deleteBtn.addEventListener("click", () => {
    void confirmDialog(
      "Delete everything from this computer?",
      "Every workspace Coalition Map kept in this browser — your spreadsheets, your changes, the log of asks and one-on-ones, the map's layout — is deleted from this computer. Files you saved or exported are not touched. This cannot be undone.",
      "Delete everything",
    ).then(async (yes) => {
      if (!yes) return;
      await ws.deleteEverything();
      say("Everything was deleted from this computer. The map shows the sample again.");
      void refreshList();
    });
  });
  cleanups.push(
    listen(document, "keydown", (e) => {
      if (e.key === "Escape" && !panel.hidden && !document.querySelector("dialog[open]")) {
        close();
        toggle.focus();
      }
    }),
    listen(document, "pointerdown", (e) => {
      if (!panel.hidden && e.target instanceof Node && !element.contains(e.target) && !document.querySelector("dialog[open]")) close();
    }),
  );
  const element = h("div", { className: "workspace-control" }, toggle, statusEl, panel);
  reflect();
  return {
    element,
    dispose() {
      for (const c of cleanups) c();
    },
  };
}
