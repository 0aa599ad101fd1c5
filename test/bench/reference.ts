/**
 * The exact betweenness and closeness of the bench networks, committed with the bench
 * (`test/bench/reference/exact-N.bin.gz` + `exact-N.json`), so that `npm run bench` on a clean clone
 * compares the estimate with them without an hour of searches first (exact-values.ts).
 *
 * Format. `exact-N.bin.gz`: gzip of 2·N little-endian 64-bit floats — every node's betweenness, then
 * every node's closeness, nodes in the order of `benchNetwork(N).nodes()`. `exact-N.json`: the
 * network's size and fingerprint, how long the computation took, on what machine, and when.
 *
 * Fingerprint: the md5 of every tie as `source target strength sign` lines, in the graph's order. If the
 * generator (generate.ts) ever makes a different network for the same N, the fingerprint differs and
 * the committed values are not used (exact-values.ts computes them again, and says so).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import type { CoalitionGraph } from "../../src/graph/types.js";
import type { ExactValues } from "./exact-values.js";
import { machineLine } from "./machine.js";

const DIR = join(dirname(fileURLToPath(import.meta.url)), "reference");

export interface ReferenceDescription {
  n: number;
  ties: number;
  fingerprint: string;
  seconds: number;
  computed: string;
  machine: string;
}

const paths = (n: number) => ({ bin: join(DIR, `exact-${n}.bin.gz`), json: join(DIR, `exact-${n}.json`) });

/** The fingerprint of a network: md5 of its ties as `source target strength sign` lines, in the graph's order. */
export function networkFingerprint(graph: CoalitionGraph): string {
  const hash = createHash("md5");
  let chunk = "";
  graph.forEachEdge((_e, a, source, target) => {
    chunk += `${source} ${target} ${String(a.strength)} ${String(a.sign)}\n`;
    if (chunk.length > 1 << 16) {
      hash.update(chunk);
      chunk = "";
    }
  });
  hash.update(chunk);
  return hash.digest("hex");
}

/** Whether reference values of `n` nodes are committed. */
export const referenceExists = (n: number): boolean => existsSync(paths(n).bin) && existsSync(paths(n).json);

/** The committed description of `n` nodes' reference values, or null. */
export function referenceDescription(n: number): ReferenceDescription | null {
  return referenceExists(n) ? (JSON.parse(readFileSync(paths(n).json, "utf8")) as ReferenceDescription) : null;
}

/**
 * The committed exact values of `graph` (the bench network of `n` nodes), or null when none are
 * committed or they were computed for another network (a warning on stderr then).
 */
export function readReference(n: number, graph: CoalitionGraph): ExactValues | null {
  const about = referenceDescription(n);
  if (!about) return null;
  const fingerprint = networkFingerprint(graph);
  if (about.n !== graph.order || about.ties !== graph.size || about.fingerprint !== fingerprint) {
    process.stderr.write(`The committed exact values of ${n} nodes are of another network (the generator changed): computing them again.\n`);
    return null;
  }
  const bytes = gunzipSync(readFileSync(paths(n).bin));
  if (bytes.length !== 16 * n) throw new Error(`${paths(n).bin}: ${bytes.length} bytes, expected ${16 * n}.`);
  const values = new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  const out: ExactValues = { n, seconds: about.seconds, betweenness: {}, closeness: {} };
  graph.nodes().forEach((id, i) => {
    out.betweenness[id] = values[i] ?? NaN;
    out.closeness[id] = values[n + i] ?? NaN;
  });
  return out;
}

/** Writes `values` (of `graph`) as the committed reference; returns the two paths. */
export function writeReference(values: ExactValues, graph: CoalitionGraph): string {
  const n = graph.order;
  const array = new Float64Array(2 * n);
  graph.nodes().forEach((id, i) => {
    const b = values.betweenness[id];
    const c = values.closeness[id];
    if (b === undefined || c === undefined) throw new Error(`writeReference: no value for node ${id}.`);
    array[i] = b;
    array[n + i] = c;
  });
  mkdirSync(DIR, { recursive: true });
  const { bin, json } = paths(n);
  writeFileSync(bin, gzipSync(new Uint8Array(array.buffer), { level: 9 }));
  const about: ReferenceDescription = {
    n,
    ties: graph.size,
    fingerprint: networkFingerprint(graph),
    seconds: values.seconds,
    computed: new Date().toISOString().slice(0, 10),
    machine: machineLine(),
  };
  writeFileSync(json, `${JSON.stringify(about, null, 2)}\n`);
  return `${bin}, ${json}`;
}
