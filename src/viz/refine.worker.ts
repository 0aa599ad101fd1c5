/// <reference lib="webworker" />
/**
 * A refine worker, started by the analysis worker (refine.ts): it receives the search jobs
 * once (path graphs and their sources: every node for exact figures, the sampled sources for the
 * guaranteed estimate), then one source range at a time, and answers with that
 * range's sums (`sourceSums`, the same kernel as the CLI's threads), their buffers transferred.
 */
import { sourceSums } from "../graph/paths/brandes.js";
import type { RefineJob, RefineRequest, RefineResponse } from "./protocol.js";

declare const self: DedicatedWorkerGlobalScope;

let jobs: RefineJob[] = [];

self.onmessage = (ev: MessageEvent<RefineRequest>) => {
  const msg = ev.data;
  if (msg.type === "jobs") {
    jobs = msg.jobs;
    return;
  }
  const job = jobs[msg.job];
  try {
    if (!job) throw new Error(`no job ${msg.job}`);
    const sums = sourceSums(job.graph, job.sources, msg.from, msg.to);
    const answer: RefineResponse = { type: "range", job: msg.job, range: msg.range, sums };
    self.postMessage(answer, [sums.dependency.buffer, sums.distanceSum.buffer, sums.farness.buffer, sums.reached.buffer]);
  } catch (err) {
    const answer: RefineResponse = { type: "failed", job: msg.job, range: msg.range, message: `The figures could not be refined: ${err instanceof Error ? err.message : String(err)}` };
    self.postMessage(answer);
  }
};
