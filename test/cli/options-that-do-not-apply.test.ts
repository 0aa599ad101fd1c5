/**
 * An option that cannot apply to the data is not ignored in silence: --two-mode on ties that are
 * not two-mode, --estimate on a network small enough to be measured exactly (every connected part
 * of 512 people or fewer) or with --directed (always exact) — each gets one note on stderr, and the
 * report is the same as without the option.
 */
import { describe, expect, it } from "vitest";
import { cli, folder } from "../helpers/cli.js";

const SAMPLE = "examples/sample-coalition";

describe("options that do not apply to the data", () => {
  const plain = cli([SAMPLE, "--json", "--quiet"]);

  it("--two-mode on one-mode ties: a note, and the same report", () => {
    const r = cli([SAMPLE, "--two-mode", "--json", "--quiet"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("Note: --two-mode does not apply here");
    expect(r.out).toBe(plain.out);
  });

  it("--two-mode on a people × events list: no note, measured as two-mode", () => {
    const dir = folder({ "attended.csv": "source,target\nAnn,Picnic\nBea,Picnic\nBea,Dance\nCy,Dance\nDee,Dance\n" });
    const r = cli([dir, "--two-mode", "--json", "--quiet"]);
    expect(r.code).toBe(0);
    expect(r.err).not.toContain("--two-mode");
    expect((JSON.parse(r.out) as { summary: { twoMode?: { modes: number[] } } }).summary.twoMode?.modes).toEqual([4, 2]);
  });

  it("--estimate on a network whose parts all have 512 people or fewer: a note that the figures are exact, and the same report", () => {
    const r = cli([SAMPLE, "--estimate", "--json", "--quiet"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("Note: --estimate: every connected part of this network has 512 people or fewer");
    expect(r.out).toBe(plain.out);
  });

  it("--estimate with --directed: a note that directed figures are always exact", () => {
    const r = cli([SAMPLE, "--estimate", "--directed", "--json", "--quiet"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("Note: --estimate does not apply with --directed");
    expect(r.out).toBe(cli([SAMPLE, "--directed", "--json", "--quiet"]).out);
  });

  it("no note without those options", () => {
    expect(plain.code).toBe(0);
    expect(plain.err).not.toContain("Note:");
  });
});
