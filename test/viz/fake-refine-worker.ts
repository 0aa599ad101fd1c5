/**
 * Stand-in refine workers for the refine tests (refine.test.ts, refine-estimate.test.ts): each does
 * refine.worker.ts's work — the kernel (`sourceSums`) on one source range of a job — on a
 * structured-clone copy of what a Web Worker would receive, and answers with a structured-clone copy
 * after a seeded random delay of 0–7 ms, so that ranges finish out of order. A worker may be told to
 * fail (as a crashed Web Worker) or not to start at all.
 */
import { sourceSums } from "../../src/graph/paths/brandes.js";
import { mulberry32 } from "../../src/graph/utils/mulberry32.js";
import type { RefinePort } from "../../src/viz/refine.js";
import type { RefineJob, RefineRequest, RefineResponse } from "../../src/viz/protocol.js";

export interface FakeWorkerOptions {
  /** Seed of the answer delays. */
  seed: number;
  /** This worker fails instead of answering its k-th range (k from 0). */
  failAt?: number;
  /** This worker cannot start (the port's maker throws). */
  cannotStart?: boolean;
}

/** What the stand-ins did: workers started and stopped, and the ranges answered in answer order. */
export interface FakeWorkerLog {
  started: number;
  stopped: number;
  ranges: number[];
}

/** An empty log. */
export const emptyLog = (): FakeWorkerLog => ({ started: 0, stopped: 0, ranges: [] });

/** The maker of stand-in refine workers (`refineSums`' argument); the k-th worker made (from 0) gets `options(k)`. */
export function fakeWorkers(options: (k: number) => FakeWorkerOptions, log: FakeWorkerLog = emptyLog()): () => RefinePort {
  let made = 0;
  return () => {
    const o = options(made++);
    if (o.cannotStart) throw new Error("cannot start");
    const rnd = mulberry32(o.seed);
    let jobs: RefineJob[] = [];
    let onMessage: (msg: RefineResponse) => void = () => undefined;
    let onError: (message: string) => void = () => undefined;
    let stopped = false;
    let answered = 0;
    log.started++;
    return {
      post(msg: RefineRequest) {
        const copy = structuredClone(msg);
        if (copy.type === "jobs") return void (jobs = copy.jobs);
        setTimeout(() => {
          if (stopped) return;
          if (o.failAt !== undefined && answered === o.failAt) return onError("crashed");
          answered++;
          const job = jobs[copy.job];
          if (!job) throw new Error("no job");
          log.ranges.push(copy.range);
          onMessage(structuredClone({ type: "range", job: copy.job, range: copy.range, sums: sourceSums(job.graph, job.sources, copy.from, copy.to) }));
        }, Math.floor(rnd() * 8));
      },
      listen(m, e) {
        onMessage = m;
        onError = e;
      },
      stop() {
        stopped = true;
        log.stopped++;
      },
    };
  };
}
