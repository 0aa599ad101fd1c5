/**
 * Long work on the command line (issue 12 §6, §7), in-process with a fake clock: progress on
 * stderr (a terminal line, or a log line per slow stage; nothing on stdout; --quiet), --exact /
 * --estimate, and --neo4j DIR.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import Papa from "papaparse";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCliArgs } from "../../src/cli/args.js";
import { stageProgress, type StageProgress } from "../../src/cli/progress.js";
import { runCli } from "../../src/cli/run.js";
import type { FullReport } from "../../src/graph/analyze.js";
import { ANALYSIS_LIST } from "../../src/graph/registry.js";
import { SAMPLE_DIR } from "../helpers/sample.js";
import { cli, folder, WORKBOOK } from "../helpers/cli.js";

/** A clock that moves `stepMs` each time it is read. */
function steppingClock(stepMs: number): () => number {
  let t = 0;
  return () => (t += stepMs);
}

/** A clock that gives these times in turn (then keeps the last). */
function scriptedClock(times: readonly number[]): () => number {
  let i = 0;
  return () => times[Math.min(i++, times.length - 1)] ?? 0;
}

function run(args: string[], io: { tty?: boolean; now?: () => number } = {}): { code: number; out: string; err: string } {
  let out = "";
  let err = "";
  const code = runCli(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), stderrIsTTY: io.tty ?? false, now: io.now ?? steppingClock(1) });
  return { code, out, err };
}

const STAGES = ANALYSIS_LIST.length;

/** A progress reporter writing into a string. */
function captured(isTTY: boolean, now: () => number, quiet = false): { p: StageProgress; err: () => string } {
  let err = "";
  return { p: stageProgress({ write: (s) => (err += s), isTTY, now, quiet }), err: () => err };
}

describe("stageProgress", () => {
  it("in a log: one line per stage that took over a second, when it ends", () => {
    // start 0; import 0→2500 (slow); preparing 2500→2600; Measuring 2600→3800 (slow); end.
    const { p, err } = captured(false, scriptedClock([0, 0, 2500, 2600, 3800]));
    p.stage("Reading and importing files…");
    p.stage("Preparing the report…");
    p.stage("Measuring…", { done: 0, total: 10 });
    p.end();
    expect(err()).toBe("Reading and importing files… done in 2.5 s\nMeasuring… done in 1.2 s\n");
  });

  it("in a terminal: one line redrawn per stage with the count and the time so far, erased at the end", () => {
    const { p, err } = captured(true, scriptedClock([0, 0, 12_400]));
    p.stage("Reading and importing files…");
    p.stage("Outreach plan…", { done: 3, total: 10 });
    p.end();
    expect(err()).toBe("\r\x1b[KReading and importing files…\r\x1b[KAnalysing… 4/10 Outreach plan… (12 s)\r\x1b[K");
  });

  it("stopped by an error: the line is erased and the stage is not reported as done; quiet shows nothing", () => {
    const stopped = captured(false, steppingClock(5000));
    stopped.p.stage("Reading and importing files…");
    stopped.p.stop();
    expect(stopped.err()).toBe("");
    const quiet = captured(true, steppingClock(5000), true);
    quiet.p.stage("Measuring…", { done: 0, total: 10 });
    quiet.p.end();
    expect(quiet.err()).toBe("");
  });
});

describe("runCli: progress on stderr", () => {
  it("a fast run (fake clock: no stage takes time) writes nothing on stderr when it is not a terminal", () => {
    // A fake clock: on a busy machine a real stage of the sample can pass the one-second mark.
    const r = run([SAMPLE_DIR, "--json"], { now: () => 0 });
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
  });

  it("slow stages (fake clock: every stage 1.5 s) are logged on stderr; stdout holds only the JSON", () => {
    const r = run([SAMPLE_DIR, "--json"], { now: steppingClock(1500) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).summary.nodes).toBe(250);
    const lines = r.err.trimEnd().split("\n");
    expect(lines[0]).toBe("Reading and importing files… done in 1.5 s");
    expect(lines[1]).toBe("Preparing the report… done in 1.5 s");
    expect(lines.slice(2, 2 + STAGES)).toEqual(ANALYSIS_LIST.map((a) => `${a.progress} done in 1.5 s`));
    expect(lines[2 + STAGES]).toBe("Writing the results… done in 1.5 s");
    expect(lines).toHaveLength(3 + STAGES);
  });

  it("in a terminal: the updating line names each analysis with its count, and is erased before the output", () => {
    let order = "";
    let err = "";
    const code = runCli([SAMPLE_DIR, "--json"], {
      stdout: () => (order += "O"),
      stderr: (s) => ((err += s), (order += "E")),
      stderrIsTTY: true,
      now: steppingClock(1000),
    });
    expect(code).toBe(0);
    expect(err.startsWith("\r\x1b[KReading and importing files…")).toBe(true);
    expect(err).toContain(`\r\x1b[KAnalysing… 1/${STAGES} ${ANALYSIS_LIST[0]?.progress ?? ""} (`);
    expect(err).toContain(`Analysing… ${STAGES}/${STAGES} `);
    expect(err.endsWith("\r\x1b[K")).toBe(true);
    expect(err).not.toContain("\n");
    expect(order.endsWith("EO")).toBe(true);
  });

  it("--quiet silences progress, in a terminal too; notes still show", () => {
    const dir = folder(WORKBOOK);
    const r = run([dir, "--json", "--quiet"], { tty: true, now: steppingClock(5000) });
    expect(r.code).toBe(0);
    expect(r.err).toBe('1 rows were rejected; see "import.rejections" in the JSON.\n');
  });

  it("an input error ends the progress without a 'done' line; the error stays one line", () => {
    const r = run([folder({ "people.csv": "id,organization\np1,Hope\n" })], { now: steppingClock(5000) });
    expect(r.code).toBe(1);
    expect(r.err).toBe('Error: people.csv (the people file) has no "name" or "label" column. Its columns are: "id", "organization".\n');
  });
});

describe("--exact and --estimate", () => {
  it("parse to exact true / false, absent by default; both together are a usage error (exit 2)", () => {
    expect(parseCliArgs(["d", "--exact"]).exact).toBe(true);
    expect(parseCliArgs(["d", "--estimate"]).exact).toBe(false);
    expect("exact" in parseCliArgs(["d"])).toBe(false);
    const r = cli([SAMPLE_DIR, "--exact", "--estimate"]);
    expect(r.code).toBe(2);
    expect(r.err.split("\n")[0]).toBe("--exact and --estimate say opposite things; give one of them.");
    expect(r.err).toContain("--estimate           estimated betweenness and closeness");
  });

  it("reach the analysis, and the report says what was done: on the (small) sample an estimate samples everyone, so it is exact", () => {
    const estimate = JSON.parse(cli([SAMPLE_DIR, "--json", "--estimate"]).out) as FullReport;
    const exact = JSON.parse(cli([SAMPLE_DIR, "--json", "--exact"]).out) as FullReport;
    expect(estimate.summary.standingMethod.kind).toBe("exact");
    expect(exact.summary.approximateStanding).toBe(false);
    expect(exact.summary.standingMethod.description).toMatch(/exact/);
    expect(estimate.nodes.map((n) => n.betweenness)).toEqual(exact.nodes.map((n) => n.betweenness));
  });
});

describe("--neo4j DIR", () => {
  it("writes the four files and no report; stderr says where and what next", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "cm-neo4j-")), "out");
    const r = cli([SAMPLE_DIR, "--neo4j", dir]);
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    for (const f of ["nodes.csv", "ties.csv", "analyze.cypher", "README.txt"]) expect(existsSync(join(dir, f))).toBe(true);
    expect(Papa.parse(readFileSync(join(dir, "nodes.csv"), "utf8"), { header: true, skipEmptyLines: true }).data).toHaveLength(250);
    expect(r.err).toContain(`Wrote the network for Neo4j (250 nodes, `);
    expect(r.err).toContain(join(dir, "README.txt"));
  });

  it("--unweighted reaches the script; report options with --neo4j are a usage error", () => {
    const dir = mkdtempSync(join(tmpdir(), "cm-neo4j-"));
    expect(cli([SAMPLE_DIR, "--neo4j", dir, "--unweighted", "--quiet"]).code).toBe(0);
    expect(readFileSync(join(dir, "analyze.cypher"), "utf8")).not.toContain("relationshipWeightProperty");
    const r = cli([SAMPLE_DIR, "--neo4j", dir, "--json", "--ask", "X"]);
    expect(r.code).toBe(2);
    expect(r.err.split("\n")[0]).toBe("--neo4j only converts the files for Neo4j and makes no report, so --json, --ask have no effect there; run again without --neo4j for Coalition Map's own report.");
    expect(cli([SAMPLE_DIR, "--neo4j"]).err).toContain("--neo4j needs a value (e.g. --neo4j DIR).");
  });

  it("a DIR that is a file: one plain error line, exit 1", () => {
    const file = join(mkdtempSync(join(tmpdir(), "cm-neo4j-")), "taken");
    cli([SAMPLE_DIR, "--out", file]);
    const r = cli([SAMPLE_DIR, "--neo4j", file]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^Error: could not use ".*taken": something with that name is already there \(EEXIST\)\.\n$/);
  });
});
