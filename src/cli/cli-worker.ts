/**
 * Coalition Map CLI — starting a worker thread on a module of this folder.
 */
import { Worker } from "node:worker_threads";

/**
 * Starts a worker on the module `name` of this folder (e.g. "standing-worker", "louvain-worker")
 * with `workerData`. Run from TypeScript sources (`npm run analyze` runs the CLI with tsx), a worker
 * does not inherit tsx's loader (Node 20 ignores `--import` for workers), so it registers it first
 * (tsx's documented `tsx/esm/api`) and then imports the worker module; compiled, it starts on the
 * `.js` file directly.
 */
export function startCliWorker(name: string, workerData: unknown): Worker {
  const fromSources = import.meta.url.endsWith(".ts");
  const entry = new URL(`./${name}${fromSources ? ".ts" : ".js"}`, import.meta.url);
  if (!fromSources) return new Worker(entry, { workerData });
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const code = `import(${tsx}).then((api) => { api.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { eval: true, workerData });
}
