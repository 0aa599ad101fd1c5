/**
 * Keeping the command's memory near what it really holds, on large networks.
 *
 * V8 frees old objects only in full collections, and lets the heap grow to about twice what was
 * alive after the last one before it runs another. The analysis leaves a lot behind between its
 * stages (the import's rows and lookups, each analysis's working copies, and — once the report is
 * built — the whole graph and its views while the report is written): at 100,000 nodes the
 * command peaked at 2.2 GB while at most ≈ 0.7 GB was ever alive. `releaseMemory()` is called
 * between stages: when the heap has doubled since the last full collection it ran, and grown by
 * at least `RELEASE_AFTER_BYTES`, it runs one then (a network of a few thousand nodes never
 * reaches that, so small runs never pay for it). A forced collection marks everything alive in
 * one pause (≈ 1–2 CPU-s with 600 MB alive), hence only when the heap doubled, not at every stage. Once the report is built, `releaseGraph()` runs one whatever the growth:
 * the graph and its views have just become garbage and the report is written next. The collector
 * is V8's own `gc`, made reachable once for this process.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Growth of the heap since the last full collection that makes the next stage boundary run one. */
export const RELEASE_AFTER_BYTES = 256 * 1024 * 1024;

let collect: (() => void) | null | undefined;
let heapAfterLast = 0;

/** V8's full collection, or null where it cannot be reached (never throws). */
function collector(): (() => void) | null {
  if (collect !== undefined) return collect;
  try {
    setFlagsFromString("--expose-gc");
    const gc: unknown = runInNewContext("gc");
    collect = typeof gc === "function" ? () => void gc() : null;
  } catch {
    collect = null;
  }
  return collect;
}

/**
 * At a stage boundary: a full collection if the heap grew by more than `afterBytes` and by more than
 * what was alive after the last one (see the module comment). Returns whether it ran one.
 */
export function releaseMemory(afterBytes = RELEASE_AFTER_BYTES): boolean {
  const used = process.memoryUsage().heapUsed;
  if (used < heapAfterLast + Math.max(afterBytes, heapAfterLast)) return false;
  const gc = collector();
  if (gc === null) return false;
  gc();
  heapAfterLast = process.memoryUsage().heapUsed;
  return true;
}

/**
 * Once the graph is no longer needed (only the report is left to write): a full collection when
 * the heap holds more than `RELEASE_AFTER_BYTES`, however little it grew. Returns whether it ran one.
 */
export function releaseGraph(): boolean {
  if (process.memoryUsage().heapUsed <= RELEASE_AFTER_BYTES) return false;
  const gc = collector();
  if (gc === null) return false;
  gc();
  heapAfterLast = process.memoryUsage().heapUsed;
  return true;
}
