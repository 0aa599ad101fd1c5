/** The README's command-line section is the command's usage text (USAGE, what `--help` prints), so users' docs stay true. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { USAGE } from "../../src/cli/args.js";

describe("README and the command's options", () => {
  const readme = readFileSync("README.md", "utf8");

  it("mentions every --option of the usage text", () => {
    const flags = [...new Set(USAGE.match(/--[a-z][a-z0-9-]*/g) ?? [])];
    expect(flags.length).toBeGreaterThan(15);
    expect(flags.filter((f) => !readme.includes(f))).toEqual([]);
  });

  it("shows the usage text itself, word for word, under 'Command line'", () => {
    const section = readme.slice(readme.indexOf("## Command line"));
    const block = /```\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block).toBe(USAGE.endsWith("\n") ? USAGE : `${USAGE}\n`);
  });

  it("names no --option the command does not know", () => {
    const known = new Set([...(USAGE.match(/--[a-z][a-z0-9-]*/g) ?? []), "--silent", "--open", "--run", "--noEmit", "--config", "--logLevel", "--expose-gc", "--import", "--cpu-prof"]);
    const named = [...new Set(readme.match(/(?<![\w-])--[a-z][a-zA-Z0-9-]*/g) ?? [])];
    expect(named.filter((f) => !known.has(f))).toEqual([]);
  });
});
