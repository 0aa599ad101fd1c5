/**
 * "Did you mean": the names closest to a query that matched no one, by edit distance on the
 * search key (src/viz/search-key.ts: accents, apostrophes, case and spaces don't count). No DOM:
 * unit-tested in Node.
 */
import { searchKey } from "../../search-key.js";

/** Levenshtein distance (insert, delete, substitute: 1 each) between two strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur.push(Math.min(sub, (prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** How many edits a word (or a whole query) of `n` letters may carry and still be a typo. */
function allowance(n: number): number {
  return Math.max(1, Math.floor(n / 3));
}

/**
 * How far `key` is from query key `q`, or null when too far: each word of the query matched to
 * the closest word of the name (so "riverbend commision" is 1 from "riverbend county commission"),
 * or the whole key when that is closer (a missing space).
 */
function distance(q: string, qWords: readonly string[], key: string): number | null {
  const whole = editDistance(q, key);
  const words = key.split(" ");
  let sum = 0;
  let fits = true;
  for (const w of qWords) {
    let best = Infinity;
    for (const x of words) best = Math.min(best, editDistance(w, x), x.startsWith(w) ? 0 : Infinity);
    if (best > allowance(w.length)) fits = false;
    sum += best;
  }
  const byWords = fits ? sum + 0.5 : Infinity; // a whole-name match ranks first at equal edits
  const byWhole = whole <= allowance(q.length) ? whole : Infinity;
  const d = Math.min(byWords, byWhole);
  return Number.isFinite(d) ? d : null;
}

/**
 * The ids of the names closest to `query` in `index` (pairs [searchKey(label), id], as the
 * data set's search index), nearest first, then by name and id; at most `limit`. Empty for a
 * query of fewer than 3 letters (too short to guess from).
 */
export function closestNames(index: readonly (readonly [string, string])[], query: string, limit = 3): string[] {
  const q = searchKey(query);
  if (q.length < 3) return [];
  const qWords = q.split(" ").filter((w) => w.length > 0);
  const hits: { id: string; key: string; d: number }[] = [];
  for (const [key, id] of index) {
    const d = distance(q, qWords, key);
    if (d !== null) hits.push({ id, key, d });
  }
  hits.sort((x, y) => x.d - y.d || (x.key < y.key ? -1 : x.key > y.key ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return hits.slice(0, limit).map((x) => x.id);
}
