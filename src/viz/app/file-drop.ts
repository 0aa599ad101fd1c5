/**
 * Drag and drop anywhere on the page: a hint over the map while files are dragged, the dropped
 * files to `open`. Returns the cleanup that removes the window listeners and the hint.
 */
import { h } from "../dom.js";
import { listen } from "../listen.js";

export function enableFileDrop(mapArea: HTMLElement, open: (files: FileList) => void): () => void {
  const hint = h("div", { className: "drop-hint" }, "Drop CSV files to open them (nothing is uploaded)");
  let depth = 0;
  const cleanups = [
    listen(window, "dragenter", (e) => {
      if (!e.dataTransfer?.types.includes("Files")) return;
      depth++;
      if (!hint.isConnected) mapArea.appendChild(hint);
    }),
    listen(window, "dragleave", () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) hint.remove();
    }),
    listen(window, "dragover", (e) => e.preventDefault()),
    listen(window, "drop", (e) => {
      e.preventDefault();
      depth = 0;
      hint.remove();
      if (e.dataTransfer?.files.length) open(e.dataTransfer.files);
    }),
  ];
  return () => {
    for (const c of cleanups) c();
    hint.remove();
  };
}
