/**
 * `--compare OLD` against slips: the earlier round's own rejected rows and warnings (only this
 * round's import report is shown), and the same folder on both sides.
 */
import { describe, expect, it } from "vitest";
import type { CoalitionChange } from "../../src/graph/compare.js";
import { cli, folder } from "../helpers/cli.js";

const OLD = {
  "people.csv": "id,name,status\np1,Ana,member\np2,Ben,member\np3,Cy,prospect\n",
  "connections.csv": "from,to,strength\np1,p2,3\np2,p3,9\n",
};
const NEW = {
  "people.csv": "id,name,status\np1,Ana,member\np2,Ben,member\np3,Cy,member\n",
  "connections.csv": "from,to,strength\np1,p2,4\np2,p3,2\n",
};

function findings(argv: string[]): string[] {
  const run = cli([...argv, "--json", "--quiet"]);
  expect(run.code, run.err).toBe(0);
  return (JSON.parse(run.out) as { change: CoalitionChange }).change.findings;
}

describe("--compare: what the earlier round's import lost is said", () => {
  it("a row rejected in the earlier round is named first among the findings (before: nothing, and its tie counted as added)", () => {
    const old = folder(OLD);
    const f = findings([folder(NEW), "--compare", old]);
    expect(f[0]).toBe(
      `The earlier round's files (${old}): 1 row of 5 rejected, for example: connections.csv:3:3 (column "strength"): strength "9" is outside 1–5; row skipped. A rejected row is missing from the earlier round: its tie or person counts as added in this one. To see them all, run the report on the earlier round alone.`,
    );
  });

  it("an earlier round read without a problem adds no finding", () => {
    const f = findings([folder(NEW), "--compare", folder(NEW)]);
    expect(f.some((x) => x.startsWith("The earlier round"))).toBe(false);
  });

  it("the same folder on both sides is said (before: only '0 members joined, 0 left')", () => {
    const dir = folder(NEW);
    const f = findings([dir, "--compare", dir]);
    expect(f[0]).toBe(`The earlier round is the same folder or file as this round (${dir}): nothing can have changed. Give the folder of the earlier round's copy.`);
  });
});
