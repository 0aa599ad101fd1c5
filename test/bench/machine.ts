/**
 * One line naming the machine a benchmark ran on: processor, cores, memory, Node's version and the
 * load average when it is printed. The figures of docs/performance.md come from shared machines
 * whose processor changed between sessions (AMD EPYC until stop 16, Intel Xeon at stop 17): a figure
 * means little without this line. `npx tsx test/bench/machine.ts` prints it alone.
 */
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { pathToFileURL } from "node:url";

export function machineLine(): string {
  const model = cpus()[0]?.model.trim().replace(/\s+/g, " ") ?? "unknown processor";
  const gib = (totalmem() / 2 ** 30).toFixed(0);
  const load = loadavg().map((x) => x.toFixed(1)).join(" ");
  return `Machine: ${model}, ${availableParallelism()} cores, ${gib} GiB; Node ${process.versions.node}; load ${load}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) console.log(machineLine());
