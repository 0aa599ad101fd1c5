/** The README's command-line section names every option the command knows (USAGE), so users' docs stay true. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { USAGE } from "../../src/cli/args.js";

describe("README and the command's options", () => {
  it("mentions every --option of the usage text", () => {
    const readme = readFileSync("README.md", "utf8");
    const flags = [...new Set(USAGE.match(/--[a-z][a-z0-9-]*/g) ?? [])];
    expect(flags.length).toBeGreaterThan(15);
    expect(flags.filter((f) => !readme.includes(f))).toEqual([]);
  });
});
