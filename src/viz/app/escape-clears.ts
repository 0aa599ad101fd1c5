/**
 * Esc clears the highlight, else the selection (not while a dialog is open) — in the map and in
 * the shared read-only map alike. Returns the cleanup that stops listening.
 */
import type { AppContext } from "../context.js";
import { listen } from "../listen.js";

export function escapeClears(ctx: AppContext): () => void {
  return listen(document, "keydown", (e) => {
    if (e.key !== "Escape" || document.querySelector("dialog[open]")) return;
    if (ctx.store.state.highlight) ctx.highlight(null);
    else if (ctx.store.state.selected) ctx.select(null);
  });
}
