import { describe, expect, it } from "vitest";
import { importCoalition, oneLine, shown } from "../../src/import/index.js";
import { isOneLine, messageProblems } from "./accounting.js";
import { csv, fatal, raw } from "./helpers.js";


describe("messages: one line, ≤ ~300 characters, control characters escaped", () => {
  it("shown and oneLine escape and cut", () => {
    expect(shown("a\nb\u001b[31mc")).toBe("a\\nb\\u001b[31mc");
    expect(shown("x".repeat(500))).toHaveLength(80);
    expect(oneLine("y".repeat(1000)).length).toBeLessThanOrEqual(300);
    expect(shown("🙂".repeat(100)).endsWith("…")).toBe(true);
  });

  it("a status holding an ANSI escape and a newline is shown escaped", () => {
    const res = importCoalition([csv("people.csv", 'name,status\nAna,"\u001b[2J\nbad"\n')]);
    const m = res.report.warnings[0]?.message ?? "";
    expect(m).toContain("\\u001b[2J\\nbad");
    expect(messageProblems(res)).toEqual([]);
  });

  it("a 5,000-character name in a rejection or warning stays short", () => {
    const long = "Ä".repeat(5000);
    const res = importCoalition([csv("people.csv", `name\nAna\n`), csv("connections.csv", `from,to,strength\nAna,${long},9\nAna,${long},\n`)]);
    expect(messageProblems(res)).toEqual([]);
  });

  it("an ImportError naming 20,000 columns is one short line", () => {
    const header = Array.from({ length: 20000 }, (_, i) => `col${i}`).join(",");
    const m = fatal([csv("stuff.csv", `${header}\n1\n`)]);
    expect(isOneLine(m)).toBe(true);
    expect(m).toMatch(/^Coalition Map can't tell what stuff\.csv holds/);
  });

  it("a file name with a newline and escapes is shown escaped", () => {
    const m = fatal([csv("evil\n\u001b[31m.csv", "alpha\n1\n")]);
    expect(isOneLine(m)).toBe(true);
    expect(m).toContain("evil\\n\\u001b[31m.csv");
  });

  it('binary input: "is not a CSV file (it looks binary)", never a dump', () => {
    const bytes = Array.from({ length: 300 }, (_, i) => (i % 8) + 1);
    const m = fatal([raw("people.csv", bytes)]);
    expect(m).toBe("people.csv is not a CSV file (it looks binary). Save the sheet as CSV (comma-separated values) and try again.");
  });
});
