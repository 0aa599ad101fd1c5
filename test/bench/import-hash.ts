/**
 * The import's result as one md5: the graph (`graph.export()`: nodes, ties, attributes, key order)
 * and the import report, so a change to the import's speed can be checked to change nothing.
 * `npx tsx test/bench/import-hash.ts FILE_OR_DIR` prints the md5s and the sizes.
 */
import { createHash } from "node:crypto";
import { importCoalition } from "../../src/import/index.js";
import { readInputs } from "./import.js";

const path = process.argv[2] ?? "/tmp/coalition-net-100000";
const { graph, report } = importCoalition(readInputs(path));
const md5 = (s: string) => createHash("md5").update(s).digest("hex");
const g = JSON.stringify(graph.export());
const r = JSON.stringify(report);
console.log(`graph ${md5(g)} (${g.length} chars, ${graph.order} nodes, ${graph.size} ties)`);
console.log(`report ${md5(r)} (${r.length} chars, ${report.warnings.length} warnings, ${report.rejections.length} rejections, ${report.merges.length} merges)`);
