import { describe, expect, it } from "vitest";
import { importCoalition, readCsv } from "../../src/import/index.js";
import { accountingProblems } from "./accounting.js";
import { csv } from "./helpers.js";

const enc = (s: string) => new TextEncoder().encode(s);

describe("stray and unclosed quotes: reported, recovered, nothing swallowed", () => {
  it("a stray quote after a quoted cell does not swallow the next lines", () => {
    const text = 'id,name,status\np1,"Harbor House" Inc,member\np2,Ana,core\np3,Ben,core\np4,"Dana",member\np5,Eve,core\n';
    const f = readCsv("people.csv", enc(text));
    expect(f.rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
    expect(f.rows[0]?.cells).toEqual(["p1", '"Harbor House" Inc', "member"]);
    expect(f.rows[0]?.damaged?.column).toBe(2);
    expect(f.rows[1]?.cells).toEqual(["p2", "Ana", "core"]);
    expect(f.rows[3]?.cells).toEqual(["p4", "Dana", "member"]);
  });

  it("an unclosed quote in notes: every following person is still a person; the row is flagged at file:line:column", () => {
    const people = ["id,name,notes", 'p1,Ana,"Says ""hi'];
    for (let i = 2; i <= 40; i++) people.push(`p${i},Person ${i},ok`);
    const res = importCoalition([csv("people.csv", people.join("\n") + "\n")]);
    expect(accountingProblems(res)).toEqual([]);
    expect(res.report.rowsRead).toBe(40);
    expect(res.report.imported).toBe(40);
    expect(res.graph.getNodeAttribute("p1", "notes")).toBe('"Says ""hi');
    expect(res.graph.getNodeAttribute("p40", "label")).toBe("Person 40");
    const w = res.report.warnings.find((x) => x.line === 2);
    expect(w).toMatchObject({ file: "people.csv", line: 2, column: 3 });
    expect(w?.message).toMatch(/^people\.csv:2:3: a quote mark \(\"\) opens a cell but never closes it\. The row was read as it stands on this line/);
  });

  it("a properly quoted multi-line cell is not damage", () => {
    const f = readCsv("people.csv", enc('name,notes\nAna,"line one\nline two"\nBen,x\n'));
    expect(f.rows.map((r) => [r.line, r.damaged === undefined])).toEqual([[2, true], [4, true]]);
    expect(f.rows[0]?.cells[1]).toBe("line one\nline two");
  });

  it("a tie naming the person on a damaged line does not invent a duplicate person", () => {
    const res = importCoalition([
      csv("people.csv", 'id,name,status\np1,"Dana Ruiz" Jr,member\np2,Ana,core\n'),
      csv("connections.csv", "from,to\nAna,Dana Ruiz\n"),
    ]);
    expect(accountingProblems(res)).toEqual([]);
    expect(res.graph.order).toBe(2);
    expect(res.graph.edges("p1", "p2")).toHaveLength(1);
  });

  it("a damaged tie line finds the people its broken cell names", () => {
    const res = importCoalition([
      csv("people.csv", "id,name\np1,Dana Ruiz\np2,Ana\n"),
      csv("connections.csv", 'from,to,type\n"Dana Ruiz" x,Ana,knows\nAna,Dana Ruiz,friend\n'),
    ]);
    expect(accountingProblems(res)).toEqual([]);
    expect(res.graph.order).toBe(2);
    expect(res.graph.size).toBe(2);
  });

  it("a damaged header is reported and the data rows still read", () => {
    const res = importCoalition([csv("people.csv", 'id,name,"status" x\np1,Ana,core\np2,Ben,core\n')]);
    expect(res.report.rowsRead).toBe(2);
    expect(res.report.warnings.some((w) => w.line === 1 && /quote/.test(w.message))).toBe(true);
  });
});
