/**
 * The analysis crosses from the analysis worker to the page as JSON text in parts, not as one
 * structured clone. The report of a 50,000-node network holds a record per person and per tie:
 * deserializing it as one message blocked the page's main thread for 3.9 s (docs/performance.md).
 *
 * The worker turns every long list of the report (a top-level list such as `nodes`, or a list one
 * level down such as `powerMap.people`) into JSON pieces of about `PIECE_CHARS` characters, each
 * posted as its own message; the page parses each piece in the task that receives it (a few tens
 * of milliseconds), and the `analysis` message that follows carries the rest of the report. The
 * ties are kept as text and parsed only when something reads `report.ties` (the JSON export): the
 * map draws them from its own graph.
 *
 * JSON is the report's own format (what the CLI's `--json` prints), so the page's report is what
 * the CLI writes: fields that are `undefined` are left out. No DOM here.
 */
import type { FullReport } from "../graph/analyze.js";
import type { MapAnalysis } from "./protocol.js";

/** A piece of one long list of the report, as JSON text (an array). */
export interface ReportPart {
  type: "reportPart";
  id: number;
  /** Where the list is: a top-level key, or a key and the key of a list inside it. */
  path: [string] | [string, string];
  text: string;
}

/** The analysis without its long lists (they came before, in parts); `lists` says where they go. */
export interface PackedAnalysis extends Omit<MapAnalysis, "report"> {
  /** The report as JSON, each long list replaced by an empty one. */
  report: string;
  /** The long lists, in the order their parts came, with their item counts (a check). */
  lists: { path: [string] | [string, string]; items: number }[];
}

/**
 * About this many characters per part: parsed in a few tens of milliseconds on a slow computer.
 * 400,000 (until stop 15) made tasks of 150–350 ms when the refined analysis of 50,000 people
 * arrived (load 6.7, `test/bench/browser.ts`).
 */
export const PIECE_CHARS = 100_000;

/** A list shorter than this stays in the report's own message. */
const LONG_LIST = 500;

/** The report's key whose list is parsed only when read (the page draws ties from its graph). */
const LAZY = "ties";

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** Post `items` as JSON arrays of about PIECE_CHARS characters. */
function postList(id: number, path: ReportPart["path"], items: unknown[], post: (part: ReportPart) => void): void {
  let text = "";
  for (const item of items) {
    const json = JSON.stringify(item) ?? "null";
    text += text === "" ? `[${json}` : `,${json}`;
    if (text.length >= PIECE_CHARS) {
      post({ type: "reportPart", id, path, text: `${text}]` });
      text = "";
    }
  }
  if (text !== "") post({ type: "reportPart", id, path, text: `${text}]` });
}

/**
 * Worker side: post the long lists of `analysis.report` through `post`, and return the analysis
 * whose report is the rest, as JSON, for the `analysis` message that follows them.
 */
export function postReportParts(id: number, analysis: MapAnalysis, post: (part: ReportPart) => void): PackedAnalysis {
  const lists: PackedAnalysis["lists"] = [];
  const send = (path: ReportPart["path"], items: unknown[]) => {
    lists.push({ path, items: items.length });
    postList(id, path, items, post);
  };
  const report = JSON.stringify(analysis.report, function (this: unknown, key: string, value: unknown) {
    if (!Array.isArray(value) || value.length < LONG_LIST || key === "") return value;
    if (this === analysis.report) {
      send([key], value);
      return [];
    }
    for (const [top, inner] of Object.entries(analysis.report)) {
      if (inner === this && isRecord(inner)) {
        send([top, key], value);
        return [];
      }
    }
    return value;
  });
  return { ...analysis, report, lists };
}

/** Page side: the report's long lists, each part parsed in the task that brings it. */
export class ReportAssembler {
  private readonly lists = new Map<string, unknown[][]>();
  private readonly lazy: string[] = [];

  add(part: ReportPart): void {
    if (part.path.length === 1 && part.path[0] === LAZY) {
      this.lazy.push(part.text);
      return;
    }
    const key = part.path.join("\u0000");
    let pieces = this.lists.get(key);
    if (!pieces) this.lists.set(key, (pieces = []));
    pieces.push(JSON.parse(part.text) as unknown[]);
  }

  /** The analysis, its report whole again (the ties are parsed when first read). */
  finish(packed: PackedAnalysis): MapAnalysis {
    const report = JSON.parse(packed.report) as Record<string, unknown>;
    for (const { path, items } of packed.lists) {
      const [top, inner] = path;
      if (path.length === 1 && top === LAZY) {
        lazyList(report, top, this.lazy.splice(0), items);
        continue;
      }
      const pieces = this.lists.get(path.join("\u0000")) ?? [];
      const list = pieces.length === 1 ? (pieces[0] ?? []) : pieces.flat();
      if (list.length !== items) throw new Error(`The analysis arrived incomplete (${list.length} of ${items} items of ${path.join(".")}).`);
      const holder = inner === undefined ? report : report[top];
      if (!isRecord(holder)) throw new Error(`The analysis arrived incomplete (no ${top}).`);
      // A key may be user text (such as "__proto__"): defined, never assigned.
      Object.defineProperty(holder, inner ?? top, { value: list, writable: true, enumerable: true, configurable: true });
    }
    this.lists.clear();
    const { lists: _lists, report: _report, ...rest } = packed;
    return { ...rest, report: report as unknown as FullReport };
  }
}

/** `report[key]`: the list parsed from `pieces` the first time it is read (then kept). */
function lazyList(report: Record<string, unknown>, key: string, pieces: string[], items: number): void {
  let list: unknown[] | null = null;
  Object.defineProperty(report, key, {
    enumerable: true,
    configurable: true,
    get() {
      if (list === null) {
        list = pieces.length === 1 ? (JSON.parse(pieces[0] ?? "[]") as unknown[]) : pieces.flatMap((p) => JSON.parse(p) as unknown[]);
        pieces.length = 0;
        if (list.length !== items) throw new Error(`The analysis arrived incomplete (${list.length} of ${items} ties).`);
      }
      return list;
    },
    set(v: unknown[]) {
      list = v;
    },
  });
}
