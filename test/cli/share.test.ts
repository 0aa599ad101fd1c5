/**
 * `--share FILE` and `--brief FILE` on the command line: the read-only map names no one (every byte
 * searched), carries its data as one JSON block the viewer reads back, needs no other file; its
 * key lies beside it; the brief escapes what it quotes; options that cannot go together are refused.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { briefHtml, meetingBrief } from "../../src/graph/exports/brief.js";
import { analyzeCoalition } from "../../src/graph/analyze.js";
import { importCoalition } from "../../src/import/index.js";
import { DATA_ELEMENT_ID, embedSharedMap, parseSharedMap, sharedMap } from "../../src/viz/share/share-data.js";
import { secretsIn } from "../helpers/secrets.js";
import { sampleFiles } from "../helpers/sample.js";

function run(args: string[]): { code: number; err: string } {
  let err = "";
  const code = runCli(args, { stdout: () => undefined, stderr: (s) => (err += s) });
  return { code, err };
}

/** The data block of a shared page. */
function dataOf(html: string): string {
  const m = new RegExp(`<script type="application/json" id="${DATA_ELEMENT_ID}">([^<]*)</script>`).exec(html);
  return m?.[1] ?? "";
}

describe("--share", () => {
  const dir = mkdtempSync(join(tmpdir(), "cm-share-"));
  const file = join(dir, "coalition.html");
  const result = run(["examples/sample-coalition", "--share", file, "--out", join(dir, "report.md")]);

  it("writes one self-contained page, the key beside it, and says where the key is", () => {
    expect(result.code, result.err).toBe(0);
    expect(existsSync(join(dir, "coalition-key.csv"))).toBe(true);
    expect(result.err).toContain("coalition-key.csv");
    const html = readFileSync(file, "utf8");
    // No file or address to fetch: no src/href outside data: URLs, a policy with no connection.
    expect(html).not.toMatch(/\bsrc=["'](?!data:)/);
    expect(html).not.toMatch(/<link[^>]+href=["'](?!data:)/);
    expect(html).toContain("connect-src 'none'");
    expect(html).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
  }, 120_000);

  it("names no one: none of the sample's names, ids, e-mails, phones or notes in any byte", () => {
    const html = readFileSync(file, "utf8");
    expect(secretsIn(html)).toEqual([]);
    expect(html).toContain("Private contact");
  });

  it("carries the redacted data set and its analysis, read back as the viewer reads it", () => {
    const data = parseSharedMap(dataOf(readFileSync(file, "utf8")).replace(/\\u003c/g, "<"));
    expect(data.redacted).toBe(true);
    expect(data.graph.nodes).toHaveLength(250);
    expect(Object.keys(data.positions)).toHaveLength(250);
    expect(data.analysis.report.summary.edges).toBe(900);
    expect(data.analysis.report.powerMap.entries.length).toBeGreaterThan(100);
  });

  it("is the same file for the same input (deterministic), and a text that would end the block is escaped", () => {
    const again = join(dir, "again.html");
    expect(run(["examples/sample-coalition", "--share", again, "--quiet", "--out", join(dir, "r2.md")]).code).toBe(0);
    expect(readFileSync(again, "utf8")).toBe(readFileSync(file, "utf8"));
    const { graph, report } = importCoalition([{ name: "edges.csv", bytes: new TextEncoder().encode("source,target\n</script><script>alert(1)</script>,Bob\n") }]);
    const { data } = sharedMap(graph, report, { redacted: false, title: "</title><b>x" });
    const page = embedSharedMap(`<html><head><title>t</title></head><body><script type="application/json" id="${DATA_ELEMENT_ID}"></script></body></html>`, data);
    expect(page.match(/<\/script>/g)).toHaveLength(1);
    expect(page).toContain("<title>&lt;/title&gt;&lt;b&gt;x — Coalition Map, read-only</title>");
    expect(parseSharedMap(dataOf(page)).graph.nodes.map((n) => n.key)).toContain("</script><script>alert(1)</script>");
  }, 120_000);

  it("with names: everyone named, no key", () => {
    const named = join(dir, "named.html");
    const r = run(["examples/sample-coalition", "--share", named, "--share-with-names", "--quiet", "--out", join(dir, "r3.md")]);
    expect(r.code).toBe(0);
    expect(readFileSync(named, "utf8")).toContain("Linda Park-Hughes");
    expect(existsSync(join(dir, "named-key.csv"))).toBe(false);
    expect(r.err).toContain("WITH NAMES");
  }, 120_000);

  it("refuses what cannot go together", () => {
    expect(run(["examples/sample-coalition", "--share-with-names"]).code).toBe(2);
    expect(run(["examples/sample-coalition", "--brief-redacted"]).code).toBe(2);
    expect(run(["examples/sample-coalition", "--neo4j", dir, "--share", file]).code).toBe(2);
    expect(run(["examples/sample-coalition", "--redact", join(dir, "c"), "--share", file, "--share-with-names"]).code).toBe(2);
  });
});

describe("--brief", () => {
  it("redacted: no one named; named: the askers; every text escaped", () => {
    const dir = mkdtempSync(join(tmpdir(), "cm-brief-"));
    expect(run(["examples/sample-coalition", "--brief", join(dir, "b.html"), "--brief-redacted", "--quiet", "--out", join(dir, "r.md")]).code).toBe(0);
    expect(secretsIn(readFileSync(join(dir, "b.html"), "utf8"))).toEqual([]);
    const { graph, report } = importCoalition(sampleFiles());
    const html = briefHtml(meetingBrief(analyzeCoalition(graph, report), { title: "<img src=x onerror=alert(1)>", redacted: false }));
    expect(html).toContain("Linda Park-Hughes");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toMatch(/<script/);
  });
});
