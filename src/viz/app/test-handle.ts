/**
 * The browser tests' handle, `window.__coalitionMap`: installed only when the page is opened as
 * `/?e2e` (the browser tests do). Returns the cleanup that removes it.
 */
import type { Dataset } from "../dataset.js";
import type { ExportKind } from "../exports.js";
import type { NetworkMap } from "../map.js";
import type { Store } from "../state.js";

export interface TestHandle {
  store: Store;
  map: NetworkMap;
  dataset(): Dataset | null;
  exportAs(kind: ExportKind): Promise<string>;
  /** Milliseconds the last selection took in the page (state, map refresh, details panel). */
  lastSelectMs: number;
  /** Milliseconds the last hover took in the page (state, map refresh), and until the next frame. */
  lastHoverMs: number;
  lastHoverFrameMs: number;
}

declare global {
  interface Window {
    __coalitionMap?: TestHandle;
  }
}

/** Whether this page was opened for the browser tests. */
export function testing(): boolean {
  return new URLSearchParams(window.location.search).has("e2e");
}

export function installTestHandle(handle: Omit<TestHandle, "lastSelectMs" | "lastHoverMs" | "lastHoverFrameMs">): () => void {
  if (!testing()) return () => {};
  window.__coalitionMap = { ...handle, lastSelectMs: 0, lastHoverMs: 0, lastHoverFrameMs: 0 };
  return () => {
    delete window.__coalitionMap;
  };
}
