/**
 * Communities with the seeded Louvain runs in one thread and on worker threads
 * (src/cli/louvain-threads.ts), alternately in one process: wall and CPU seconds (all threads), the
 * modularity (the same both ways) and how many runs the workers took.
 * `npx tsx test/bench/louvain-threads.ts DIR [ROUNDS]` (DIR from write-network.ts).
 */
import { lastLouvainRun, threadedLouvainRunner } from "../../src/cli/louvain-threads.js";
import { communities } from "../../src/graph/communities.js";
import { useLouvainRunner } from "../../src/graph/louvain-runs.js";
import { positiveView } from "../../src/graph/model.js";
import { importCoalition } from "../../src/import/index.js";
import { readInputs } from "./import.js";

const { graph } = importCoalition(readInputs(process.argv[2] ?? "/tmp/coalition-net-10000"));
positiveView(graph);
communities(graph, { runs: 2 }); // the first call compiles Louvain in this thread
for (let round = 0; round < Number(process.argv[3] ?? 2); round++)
  for (const threads of [1, 2]) {
    useLouvainRunner(threads === 1 ? undefined : threadedLouvainRunner(2, { minSize: 0 }));
    const wall = performance.now();
    const cpu = process.cpuUsage();
    const result = communities(graph);
    const used = process.cpuUsage(cpu);
    const workers = threads === 1 ? "" : `, workers took ${lastLouvainRun?.byWorkers ?? 0} of ${lastLouvainRun?.runs ?? 0} runs`;
    console.log(`${threads} thread${threads > 1 ? "s" : ""}: ${((performance.now() - wall) / 1000).toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} CPU-s, modularity ${result.modularity} (${result.runs} runs${workers})`);
  }
