/**
 * A short stable fingerprint of a string: 16 hex digits from two 32-bit FNV-1a hashes (different
 * offsets) over its UTF-16 code units. Not cryptographic: for ids that must stay the same from run
 * to run (calendar UIDs), never for secrets.
 */
export function stableHash(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
    b = (b ^ (b >>> 13)) >>> 0;
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}
