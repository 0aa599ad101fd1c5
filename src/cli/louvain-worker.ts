/**
 * Coalition Map CLI — one worker thread of communities' seeded Louvain runs: takes the next run from
 * shared memory until none is left (louvain-threads.ts), then ends.
 */
import { workerData } from "node:worker_threads";
import { takeRuns, type SharedLouvain } from "./louvain-threads.js";

takeRuns(workerData as SharedLouvain, true);
