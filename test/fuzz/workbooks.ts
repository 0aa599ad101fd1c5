/**
 * A seeded fuzzer over coalition workbooks and generic edge lists. `fuzzCase(seed)` builds a
 * small valid workbook from a vocabulary of hard strings (property names, accents, other
 * scripts, emoji, ambiguous numbers), applies a few mutations (bytes, quotes, encodings, BOMs,
 * delimiters, line ends, huge fields, thousands of columns), imports it and returns every broken
 * promise: an error that is not an ImportError, a message that is not one short line, the
 * accounting identity, a row that cannot be traced, a polluted Object.prototype.
 */
import { mulberry32 } from "../../src/graph/utils/mulberry32.js";
import { ImportError, importCoalition, type InputFile } from "../../src/import/index.js";
import { accountingProblems, isOneLine, messageProblems } from "../import/accounting.js";

type Rng = () => number;

const WORDS = [
  "Ana Ruiz", "José Ramírez", "JOSE RAMIREZ", "Tom O’Neill", "Tom O'Neill", "मीना", "मोना", "李娜", "محمد", "🌻", "🌼",
  "__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "Hope House", "Café Esperanza", "maria-lopez",
  "Maria Lopez", "", " ", "x", "=cmd|' /C calc'!A0", "\u001b[31mred", "a\u0000b", "Ünïcödé", "ＡＮＡ",
];
const VALUES = ["1", "2", "3", "5", "7", "0", "-2", "1,000", "2.500", "2,5", "1.000,5", "abc", "", "+", "-", "yes", "no", "core", "member", "constructor"];
const TYPES = ["knows", "works_with", "rivalry", "bad history", "refers_to", "funds", "member_of", "constructor", "__proto__", "", "Directed"];
const PROPS = ["__proto__", "constructor", "toString", "hasOwnProperty"];

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
const int = (rng: Rng, n: number): number => Math.floor(rng() * n);

/** A cell as a CSV writer would write it (quoted when needed). */
function cell(v: string, d: string): string {
  return v.includes(d) || v.includes('"') || v.includes("\n") || v.includes("\r") ? `"${v.replace(/"/g, '""')}"` : v;
}

interface Sheet {
  name: string;
  header: string[];
  rows: string[][];
}

function workbook(rng: Rng): Sheet[] {
  const n = 2 + int(rng, 8);
  const people: Sheet = { name: "people.csv", header: ["id", "name", "organization", "status", "decision_maker", "area", "notes", "x"], rows: [] };
  const orgs: Sheet = { name: "organizations.csv", header: ["id", "name", "services", "areas", "status", "anchor"], rows: [] };
  const ties: Sheet = { name: "connections.csv", header: ["from", "to", "type", "strength", "sign", "since", "notes"], rows: [] };
  const needs: Sheet = { name: "services.csv", header: ["service", "area", "priority"], rows: [] };
  for (let i = 0; i < n; i++) people.rows.push([rng() < 0.5 ? "" : pick(rng, [`p${i}`, ...PROPS, "maria-lopez"]), pick(rng, WORDS), pick(rng, WORDS), pick(rng, VALUES), pick(rng, VALUES), pick(rng, WORDS), pick(rng, WORDS), pick(rng, WORDS)]);
  for (let i = 0; i < 1 + int(rng, 4); i++) orgs.rows.push([rng() < 0.5 ? "" : `o${i}`, pick(rng, WORDS), `${pick(rng, WORDS)};${pick(rng, WORDS)}`, pick(rng, WORDS), pick(rng, VALUES), pick(rng, VALUES)]);
  for (let i = 0; i < 1 + int(rng, 12); i++) ties.rows.push([pick(rng, WORDS), pick(rng, WORDS), pick(rng, TYPES), pick(rng, VALUES), pick(rng, ["+", "-", "", "?"]), pick(rng, VALUES), pick(rng, WORDS)]);
  for (let i = 0; i < int(rng, 4); i++) needs.rows.push([pick(rng, WORDS), pick(rng, WORDS), pick(rng, VALUES)]);
  return [people, orgs, ties, ...(needs.rows.length > 0 ? [needs] : [])];
}

function edgeList(rng: Rng): Sheet[] {
  const nodes: Sheet = { name: "nodes.csv", header: ["id", "label", "kind", "x"], rows: [] };
  const edges: Sheet = { name: "edges.csv", header: ["source", "target", "type", "weight", "sign"], rows: [] };
  for (let i = 0; i < int(rng, 8); i++) nodes.rows.push([pick(rng, [...WORDS, `n${i}`]), pick(rng, WORDS), pick(rng, ["person", "organization", "", "constructor"]), pick(rng, WORDS)]);
  for (let i = 0; i < 1 + int(rng, 15); i++) edges.rows.push([pick(rng, WORDS), pick(rng, WORDS), pick(rng, TYPES), pick(rng, VALUES), pick(rng, ["+", "-", ""])]);
  return [...(nodes.rows.length > 0 ? [nodes] : []), edges];
}

function render(sheet: Sheet, d: string, eol: string): string {
  return [sheet.header, ...sheet.rows].map((r) => r.map((c) => cell(c, d)).join(d)).join(eol) + eol;
}

const SHEET_MUTATIONS: readonly ((rng: Rng, s: Sheet) => void)[] = [
  // thousands of columns, often with the same name
  (rng, s) => {
    const k = 1000 + int(rng, 3000);
    for (let i = 0; i < k; i++) s.header.push(rng() < 0.5 ? "x" : `c${i}`);
  },
  // a huge field
  (rng, s) => {
    const row = s.rows[int(rng, s.rows.length)];
    if (row !== undefined) row[int(rng, row.length)] = "Ä".repeat(50000 + int(rng, 100000));
  },
  // property names as column names
  (rng, s) => {
    s.header[int(rng, s.header.length)] = pick(rng, PROPS);
  },
];

function textMutation(rng: Rng, t: string): string {
  const at = int(rng, t.length + 1);
  switch (int(rng, 6)) {
    case 0: return `${t.slice(0, at)}"${t.slice(at)}`; // a stray quote
    case 1: return t.replace('"', ""); // an unclosed quote
    case 2: return `${t.slice(0, at)}${pick(rng, ["\r", "\n", "\r\n", ",", ";", "\t", "\u001b[2J", "\u2028", "\ufeff"])}${t.slice(at)}`;
    case 3: return t.slice(0, at); // truncated
    case 4: return `${t.slice(0, at)}${pick(rng, PROPS)}${t.slice(at)}`;
    default: return `${t.slice(0, at)}${t.slice(at + 1 + int(rng, 5))}`; // a few characters lost
  }
}

function byteMutation(rng: Rng, b: Uint8Array): Uint8Array {
  const at = int(rng, b.length + 1);
  const out = Array.from(b);
  switch (int(rng, 5)) {
    case 0: out.splice(at, 0, 0xe9); break; // one Windows-1252 byte
    case 1: out.splice(at, 0, 0xef, 0xbb, 0xbf); break; // a BOM in the middle
    case 2: if (at < out.length) out[at] = int(rng, 256); break;
    case 3: out.splice(at, 0, int(rng, 256)); break;
    default: out.splice(at, 1); // half a multi-byte character
  }
  return new Uint8Array(out);
}

/** Windows-1252 bytes for text whose characters fit in one byte (others become "?"). */
function cp1252(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f));
}

/** The files of one fuzz case. */
export function fuzzFiles(seed: number): InputFile[] {
  const rng = mulberry32(seed);
  const sheets = rng() < 0.7 ? workbook(rng) : edgeList(rng);
  const d = pick(rng, [",", ",", ";", "\t"]);
  const eol = pick(rng, ["\n", "\r\n", "\r"]);
  const mutations = int(rng, 4);
  for (let m = 0; m < mutations; m++) {
    const s = sheets[int(rng, sheets.length)];
    if (s !== undefined && rng() < 0.15) pick(rng, SHEET_MUTATIONS)(rng, s);
  }
  return sheets.map((s) => {
    let text = render(s, d, eol);
    for (let m = 0; m < mutations; m++) if (rng() < 0.5) text = textMutation(rng, text);
    const enc = int(rng, 6);
    let bytes = enc === 0 ? cp1252(text) : new TextEncoder().encode(text);
    if (enc === 1) bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    for (let m = 0; m < mutations; m++) if (rng() < 0.3) bytes = byteMutation(rng, bytes);
    return { name: s.name, bytes };
  });
}

export interface FuzzOutcome {
  seed: number;
  ms: number;
  /** Broken promises; empty when the case passed. */
  problems: string[];
}

const BUILTIN: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Run one case and check every promise. */
export function fuzzCase(seed: number): FuzzOutcome {
  const files = fuzzFiles(seed);
  const t = performance.now();
  const problems: string[] = [];
  try {
    const res = importCoalition(files);
    problems.push(...accountingProblems(res), ...messageProblems(res).map((m) => `not one line: ${JSON.stringify(m.slice(0, 120))}`));
  } catch (e) {
    if (!(e instanceof ImportError)) problems.push(`uncaught ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    else if (!isOneLine(e.message)) problems.push(`ImportError not one line: ${JSON.stringify(e.message.slice(0, 120))}`);
  }
  const leaked = Object.getOwnPropertyNames(Object.prototype).filter((k) => !BUILTIN.has(k));
  if (leaked.length > 0) problems.push(`Object.prototype polluted: ${leaked.join(", ")}`);
  return { seed, ms: performance.now() - t, problems };
}
