/**
 * The analysis choices on the command line (in-process): --unweighted, --directed, --two-mode /
 * --one-mode, --gexf, and the plain message for a negative --resolution.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import type { FullReport } from "../../src/graph/analyze.js";
import { runCli } from "../../src/cli/run.js";

function run(args: string[]): { code: number; out: string; err: string } {
  let out = "";
  let err = "";
  const code = runCli(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}
const json = (args: string[]): FullReport => JSON.parse(run([...args, "--json"]).out) as FullReport;
const DAVIS = "test/fixtures/datasets/davis_southern_women_edges.csv";

/** Three organizations; a and b refer to each other (strength 3 each way), b refers to c. */
function referrals(): string {
  const dir = mkdtempSync(join(tmpdir(), "cm-opts-"));
  const file = join(dir, "edges.csv");
  writeFileSync(file, "source,target,type,weight\na,b,refers_to,3\nb,a,refers_to,3\nb,c,refers_to,3\nc,d,knows,1\n");
  return file;
}

describe("analysis options on the command line", () => {
  it("by default a weight column makes the measures weighted; --unweighted counts every tie 1", () => {
    const file = referrals();
    expect(json([file]).summary.weighted).toBe(true);
    const plain = json([file, "--unweighted"]);
    expect(plain.summary.weighted).toBe(false);
    expect(plain.nodes.find((n) => n.id === "a")?.strength).toBe(1);
  });

  it("--directed keeps direction for PageRank and closeness, and says so", () => {
    const file = referrals();
    const undirected = json([file]);
    const directed = json([file, "--directed"]);
    expect(directed.summary.directed).toBe(true);
    const pr = (r: FullReport, id: string) => r.nodes.find((n) => n.id === id)?.pagerank ?? NaN;
    expect(pr(directed, "c")).not.toBeCloseTo(pr(undirected, "c"), 4);
    expect(run([file, "--directed"]).out).toContain("keep their direction");
  });

  it("detects Davis's women × events as two-mode, measures each side on its projection; --one-mode turns it off", () => {
    const two = json([DAVIS]);
    expect(two.summary.twoMode).toEqual({ basis: "edge-list columns", modes: [18, 14] });
    expect(two.nodes.find((n) => n.id === "E8")?.mode).toBe(2);
    expect(two.nodes.find((n) => n.id === "Nora Fayette")?.mode).toBe(1);
    const topPerson = [...two.nodes].filter((n) => n.mode === 1).sort((a, b) => b.betweenness - a.betweenness)[0];
    expect(topPerson?.id).toBe("Nora Fayette");
    const one = json([DAVIS, "--one-mode"]);
    expect(one.summary.twoMode).toBeUndefined();
    // Measured as one network, an event is the top broker — the wrong answer the projection avoids.
    expect([...one.nodes].sort((a, b) => b.betweenness - a.betweenness)[0]?.id).toMatch(/^E\d+$/);
    expect(run([DAVIS, "--one-mode", "--two-mode"]).code).toBe(2);
  });

  it("--gexf writes a well-formed GEXF with every node", () => {
    const file = join(mkdtempSync(join(tmpdir(), "cm-gexf-")), "net.gexf");
    const r = run(["examples/sample-coalition", "--gexf", file, "--out", join(tmpdir(), "cm-gexf-report.md")]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("Wrote the network for Gephi");
    const parser = new SaxesParser();
    let nodes = 0;
    let error: Error | null = null;
    parser.on("error", (e) => (error ??= e));
    parser.on("opentag", (t) => void (t.name === "node" && nodes++));
    parser.write(readFileSync(file, "utf8")).close();
    expect(error).toBeNull();
    expect(nodes).toBe(250);
  });

  it("says plainly that --resolution must be positive, also for a negative number", () => {
    const r = run(["examples/sample-coalition", "--resolution", "-1"]);
    expect(r.code).toBe(2);
    expect(r.err.split("\n")[0]).toBe('--resolution must be a positive number, not "-1".');
    expect(run(["examples/sample-coalition", "--resolution"]).err).toContain("e.g. --resolution 1.5");
  });
});
