/**
 * Coalition Map — a big map's negative ties drawn by programs of their own, registered after the
 * positive ties' (map/settings.ts), so they are drawn over them without a z-index: when every tie
 * has the same z-index sigma sorts none of them (sorting 232,000 ties took 0.22–0.29 s of each full
 * processing). No sigma import here: the reducers and the tie finder read it in Node too.
 */

/** The program of a negative tie drawn like `type` ("line", "curved", …) on a big map. */
export function negativeType(type: string): string {
  return `${type}Negative`;
}

/**
 * Where a tie is drawn in the order of the renderer's frames: by z-index, and a negative tie drawn
 * by its own program (`negativeType`) over every tie of the same z-index.
 */
export function drawOrder(type: string | undefined, zIndex: number): number {
  return zIndex + (type !== undefined && type.endsWith("Negative") ? 0.5 : 0);
}
