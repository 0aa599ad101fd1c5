/**
 * A small modal dialog for the sharing actions: a title, its content, and buttons; closed by its
 * buttons or Esc, removed from the page when closed. Returns the dialog.
 */
import { h, type Child } from "../dom.js";

export function openShareDialog(id: string, title: string, content: Child[], actions: HTMLButtonElement[]): HTMLDialogElement {
  const dlg = h(
    "dialog",
    { id, className: "share-dialog", attrs: { "aria-labelledby": `${id}-title` } },
    h("div", { className: "dialog-body" }, h("h2", { id: `${id}-title` }, title), ...content),
    h("div", { className: "dialog-actions" }, ...actions),
  );
  document.body.appendChild(dlg);
  dlg.addEventListener("close", () => dlg.remove());
  dlg.showModal();
  return dlg;
}

/** A button that closes `dlg()` after `then` (when given). */
export function dialogButton(label: string, id: string, dlg: () => HTMLDialogElement | null, then?: () => void, primary = false): HTMLButtonElement {
  return h(
    "button",
    {
      type: "button",
      id,
      className: primary ? "primary" : "",
      on: {
        click: () => {
          then?.();
          dlg()?.close();
        },
      },
    },
    label,
  );
}
