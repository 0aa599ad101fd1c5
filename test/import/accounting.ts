/**
 * The import's promises, checked on any result: the accounting identity per file and in total,
 * and every data row traceable to a node, a tie, a need, a merge or a rejection.
 */
import type { ImportResult } from "../../src/import/index.js";

/** Problems with the accounting of an import; empty when it holds. */
export function accountingProblems({ graph, report }: ImportResult): string[] {
  const out: string[] = [];
  for (const f of report.files) {
    if (f.imported + f.merged + f.rejected !== f.rowsRead) out.push(`${f.file}: ${f.imported} + ${f.merged} + ${f.rejected} ≠ ${f.rowsRead}`);
  }
  const sum = (k: "rowsRead" | "imported" | "merged" | "rejected") => report.files.reduce((a, f) => a + f[k], 0);
  for (const k of ["rowsRead", "imported", "merged", "rejected"] as const) if (report[k] !== sum(k)) out.push(`total ${k} ≠ sum over files`);
  // Rows that produced something, per file: "file\0line".
  const traced = new Map<string, number>();
  const trace = (file: string, line: number) => traced.set(`${file}\u0000${line}`, (traced.get(`${file}\u0000${line}`) ?? 0) + 1);
  const imported = new Map<string, number>();
  const count = (file: string) => imported.set(file, (imported.get(file) ?? 0) + 1);
  graph.forEachNode((_, a) => {
    if (a.source === undefined) return;
    trace(a.source.file, a.source.line);
    if (a.inferred !== true) count(a.source.file);
  });
  graph.forEachEdge((_, a) => {
    if (a.source === undefined || a.implicit === true) return;
    trace(a.source.file, a.source.line);
    count(a.source.file);
  });
  for (const m of report.merges) trace(m.file, m.line);
  for (const r of report.rejections) trace(r.file, r.line);
  for (const f of report.files) {
    const got = f.role === "needs" ? graph.getAttribute("needs").length : (imported.get(f.file) ?? 0);
    if (f.role !== "needs" && got !== f.imported) out.push(`${f.file}: ${f.imported} imported but ${got} nodes and ties come from it`);
  }
  const needsImported = report.files.filter((f) => f.role === "needs").reduce((a, f) => a + f.imported, 0);
  if (graph.getAttribute("needs").length !== needsImported) out.push(`needs: ${needsImported} imported but ${graph.getAttribute("needs").length} in the graph`);
  return out;
}

/** Messages that break the one-line rule. */
export function messageProblems({ report }: ImportResult): string[] {
  const all = [...report.warnings.map((w) => w.message), ...report.rejections.map((r) => r.reason)];
  return all.filter((m) => !isOneLine(m));
}

/** One line, at most ~300 characters, no control characters or escapes. */
export function isOneLine(m: string): boolean {
  return m.length <= 300 && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(m);
}
