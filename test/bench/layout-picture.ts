/**
 * Draws a layout of the bench's planted network to a PNG (no browser: one pixel per node, ties left
 * out, each planted group in one of 12 colours), to see whether the groups are apart.
 * `npx tsx test/bench/layout-picture.ts 50000 /tmp/layout-50k.png`
 */
import { writeFileSync } from "node:fs";
import { crc32, deflateSync } from "node:zlib";
import { communities } from "../../src/graph/communities.js";
import type { Positions } from "../../src/graph/layout/types.js";
import { settledPositions } from "../../src/viz/positions.js";
import { plantedPartition } from "./generate.js";
import { plantedGroup } from "./layout.js";

const COLORS = [
  [230, 25, 75], [60, 180, 75], [255, 200, 25], [0, 130, 200], [245, 130, 48], [145, 30, 180],
  [70, 240, 240], [240, 50, 230], [128, 128, 0], [0, 128, 128], [170, 110, 40], [0, 0, 128],
] as const;

/** A `size`×`size` PNG of `positions`, each node coloured by `colorOf`. */
export function picture(positions: Positions, colorOf: (node: string) => number, size = 1000): Buffer {
  const all = Object.values(positions);
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const minX = Math.min(...xs), maxX = Math.max(...xs), minY = Math.min(...ys), maxY = Math.max(...ys);
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const row = size * 3 + 1;
  const raw = Buffer.alloc(row * size, 255);
  for (let y = 0; y < size; y++) raw[y * row] = 0;
  for (const [n, p] of Object.entries(positions)) {
    const px = Math.min(size - 2, Math.floor(((p.x - minX) / span) * (size - 2)));
    const py = Math.min(size - 2, Math.floor(((p.y - minY) / span) * (size - 2)));
    const c = COLORS[colorOf(n) % COLORS.length] ?? COLORS[0];
    for (const [dx, dy] of [[0, 0], [1, 0], [0, 1], [1, 1]] as const) {
      const o = (py + dy) * row + 1 + (px + dx) * 3;
      raw[o] = c[0];
      raw[o + 1] = c[1];
      raw[o + 2] = c[2];
    }
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", header), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

if (process.argv[1]?.endsWith("layout-picture.ts")) {
  const n = Number(process.argv[2] ?? 10000);
  const graph = plantedPartition({ n, tiesPerNode: 10 });
  const positions = settledPositions(graph, communities(graph).assignment);
  writeFileSync(process.argv[3] ?? `/tmp/layout-${n}.png`, picture(positions, plantedGroup));
}
