/**
 * The outreach plan's words for an ask already logged (panel, report and CSV): an ask noted as
 * "not yet asked" was planned, not made, and must not read "asked <date> by … — not yet asked".
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
