/**
 * Coalition Map CLI — one worker thread of standing's shortest-path searches: takes free source
 * ranges from shared memory until none is left (standing-threads.ts), then ends.
 */
import { workerData } from "node:worker_threads";
import { runRanges, type SharedRun } from "./standing-threads.js";

runRanges(workerData as SharedRun, true);
