/**
 * Words the organizer reads (branch walk): the outreach plan's words for an ask already logged
 * (panel, report and CSV) — an ask noted as "not yet asked" was planned, not made, and must not
 * read "asked <date> by … — not yet asked"; and the import report's advice for an unknown tie
 * type, which must survive the 300-character cut of a message.
 */
import { describe, expect, it } from "vitest";
import { askedWords } from "../../src/graph/outreach.js";

describe("askedWords", () => {
  it("says who asked, when, and the answer", () => {
    expect(askedWords({ date: "2026-09-15", asker: "p-linda", askerLabel: "Linda Park-Hughes", outcome: "pending" })).toBe("asked 2026-09-15 by Linda Park-Hughes — pending");
    expect(askedWords(null)).toBe("");
  });
  it("a planned ask is not said to have been made", () => {
    const w = askedWords({ date: "2026-11-02", asker: "p-jordan", askerLabel: "Jordan Ellis", outcome: "not yet asked" });
    expect(w).not.toMatch(/^asked /);
    expect(w).toBe("to be asked by Jordan Ellis (noted 2026-11-02) — not yet asked");
  });
});

describe("the import report's advice for an unknown tie type", () => {
  it("is whole after the 300-character cut, for a long type on a far line", async () => {
    const { importCoalition } = await import("../../src/import/index.js");
    const rows = Array.from({ length: 1200 }, (_, i) => `a${i},b${i},knows`);
    const type = "<script>alert(2)</script> co-organizer of the 2019 march";
    const res = importCoalition([{ name: "connections.csv", bytes: new TextEncoder().encode(`from,to,type\n${rows.join("\n")}\nx,y,${type}\n`) }]);
    const w = res.report.warnings.find((m) => m.message.includes("is not one Coalition Map knows"));
    // The type is cut (with "…"), the advice is not.
    expect(w?.message).toMatch(/^connections\.csv:1202:3 \(column "type"\): the tie type "<script>alert\(2\)<\/script>[^"]*…" is not one/);
    expect(w?.message.endsWith(`or "-" in a "sign" column.`)).toBe(true);
    expect(w?.message.length).toBeLessThanOrEqual(300);
  });
});

describe("the PNG legend's entries wrap to two lines before they are cut", () => {
  it("the tie entry keeps its last word", async () => {
    const { wrapTwo } = await import("../../src/viz/legend-picture.js");
    const measure = (t: string) => t.length * 6;
    expect(wrapTwo("Tie (thicker = stronger, → direction)", 200, measure)).toEqual(["Tie (thicker = stronger, →", "direction)"]);
    expect(wrapTwo("Health", 200, measure)).toEqual(["Health"]);
    // A single word too long for a line is broken across the two lines (then cut); a third line's worth is cut on the second.
    expect(wrapTwo("x".repeat(80), 200, measure)).toEqual(["x".repeat(33), `${"x".repeat(32)}…`]);
    const two = wrapTwo(Array.from({ length: 30 }, () => "word").join(" "), 200, measure);
    expect(two).toHaveLength(2);
    expect(two[1]?.endsWith("…")).toBe(true);
    expect(measure(two[1] ?? "")).toBeLessThanOrEqual(200);
  });
});
