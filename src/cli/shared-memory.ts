/**
 * Coalition Map CLI — typed arrays in shared memory, for the worker threads (standing-threads.ts,
 * louvain-threads.ts).
 */

/** A typed array over a new SharedArrayBuffer of `bytes` bytes (at least 8, so never empty). */
export function shared<T extends Float64Array | Uint32Array | Int32Array>(make: (buffer: SharedArrayBuffer) => T, bytes: number): T {
  return make(new SharedArrayBuffer(Math.max(bytes, 8)));
}

/** A copy of a typed array in shared memory. */
export function toShared(a: Uint32Array): Uint32Array;
export function toShared(a: Float64Array): Float64Array;
export function toShared(a: Uint32Array | Float64Array): Uint32Array | Float64Array {
  const copy = a instanceof Uint32Array ? shared((b) => new Uint32Array(b), a.byteLength) : shared((b) => new Float64Array(b), a.byteLength);
  copy.set(a);
  return copy;
}
