/**
 * The points a camera framing needs of many (map/camera.ts): the extent, the largest size and
 * the biggest few — kept in one pass, with no point per node. No DOM.
 */

/** A node (or a corner of a box) as the framing sees it: viewport pixels under the reference camera. */
export interface FramePoint {
  x: number;
  y: number;
  size: number;
  label: string;
}

/**
 * Of many points, those `frameCamera` reads — the ones with the least and the greatest x and y,
 * and the `biggest` largest (ties: the earlier one, as a stable sort by size would keep) — in their
 * order of arrival, so `frameCamera` frames them exactly as it would frame them all.
 */
export class FramingPoints {
  private readonly top: (FramePoint & { order: number })[] = [];
  private readonly extremes: (FramePoint & { order: number })[] = [];

  constructor(private readonly biggest: number) {}

  add(x: number, y: number, size: number, label: string, order: number): void {
    const point = { x, y, size, label, order };
    const [minX, maxX, minY, maxY] = this.extremes;
    if (!minX || x < minX.x) this.extremes[0] = point;
    if (!maxX || x > maxX.x) this.extremes[1] = point;
    if (!minY || y < minY.y) this.extremes[2] = point;
    if (!maxY || y > maxY.y) this.extremes[3] = point;
    const top = this.top;
    // sorted by size, largest first; a later point of equal size goes after the earlier ones
    if (top.length === this.biggest && size <= (top[top.length - 1]?.size ?? -Infinity)) return;
    let i = top.length;
    while (i > 0 && (top[i - 1]?.size ?? Infinity) < size) i--;
    top.splice(i, 0, point);
    if (top.length > this.biggest) top.pop();
  }

  /** The kept points, each once, in their order of arrival. */
  points(): FramePoint[] {
    const all = new Map<number, FramePoint & { order: number }>();
    for (const p of [...this.top, ...this.extremes]) all.set(p.order, p);
    return [...all.values()].sort((a, b) => a.order - b.order).map(({ x, y, size, label }) => ({ x, y, size, label }));
  }
}
