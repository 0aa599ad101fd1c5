/// <reference lib="webworker" />
/**
 * The share worker: makes what the Export menu's sharing items download — the data of a
 * read-only map (share-data.ts), and a redacted copy (redacted-copy.ts: the workbook read back,
 * report.md, report.json, zipped with fflate; the key apart) — from the data set on the map, with
 * progress, so the page stays responsive. It keeps nothing between requests.
 */
import { zipSync, strToU8 } from "fflate";
import { analysisById } from "../../graph/registry.js";
import { createCoalitionGraph } from "../../graph/model.js";
import type { CoalitionGraph } from "../../graph/types.js";
import type { ShareRequest, ShareResponse, ShareSource } from "./protocol.js";
import { redactedCopyFiles } from "./redacted-copy.js";
import { sharedMap } from "./share-data.js";

declare const self: DedicatedWorkerGlobalScope;

function post(msg: ShareResponse, transfer: Transferable[] = []): void {
  self.postMessage(msg, transfer);
}

/** The coalition graph of the data set on the map (the page's copy carries drawing attributes; they are ignored). */
function graphOf(source: ShareSource): CoalitionGraph {
  const g = createCoalitionGraph();
  g.import(source.graph);
  return g;
}

/** A fixed date for the zip's entries: the same data gives the same bytes. */
const ZIP_DATE = new Date(Date.UTC(2000, 0, 1));

function handle(msg: ShareRequest): void {
  const progress = (stage: string, fraction: number) => post({ type: "progress", request: msg.request, stage, fraction });
  if (msg.type === "map") {
    progress("Preparing the read-only map…", 0.02);
    const { data, key } = sharedMap(graphOf(msg), msg.importReport, {
      redacted: msg.redacted,
      choices: msg.choices,
      positions: msg.positions,
      title: msg.title,
      files: msg.files,
      ...(msg.colours ? { colours: msg.colours } : {}),
      ...(msg.communities ? { communities: msg.communities } : {}),
      ...(msg.analysis ? { analysis: msg.analysis } : {}),
      progress,
    });
    post({ type: "map", request: msg.request, data, key });
    return;
  }
  progress("Replacing names by pseudonyms…", 0.05);
  const copy = redactedCopyFiles(graphOf(msg), {
    ...(msg.choices.weighted === false ? { weighted: false } : {}),
    ...(msg.choices.directed === true ? { directed: true } : {}),
    onProgress: (stage, done, total) => progress(analysisById(stage).progress, 0.1 + (0.8 * done) / total),
  });
  progress("Packing the files…", 0.95);
  const folder = `${msg.baseName}-redacted`;
  const zip: Uint8Array<ArrayBuffer> = zipSync(Object.fromEntries(copy.files.map((f) => [`${folder}/${f.name}`, [strToU8(f.text), { mtime: ZIP_DATE }]])), { level: 6 });
  post(
    {
      type: "redacted-copy",
      request: msg.request,
      result: { zipName: `${folder}.zip`, zip, names: copy.files.map((f) => f.name), keyName: `${folder}-key.csv`, key: copy.key, people: copy.people, sensitive: copy.sensitive },
    },
    [zip.buffer],
  );
}

self.onmessage = (ev: MessageEvent<ShareRequest>) => {
  try {
    handle(ev.data);
  } catch (err) {
    post({ type: "error", request: ev.data.request, message: `The copy could not be made: ${err instanceof Error ? err.message : String(err)}` });
  }
};
