/**
 * Hostile and messy files found by the import audit (branch `attack`): each case here lost or
 * misread something, or said nothing about it, before its fix.
 */
import { describe, expect, it } from "vitest";
import { importCoalition } from "../../src/import/index.js";
import { accountingProblems } from "./accounting.js";
import { csv } from "./helpers.js";

const ORGS = "id,name\no1,Harbor House\n";
const labels = (res: ReturnType<typeof importCoalition>) => res.graph.mapNodes((_, a) => a.label).sort();

describe("mixed line breaks", () => {
  it("a lone carriage return in a file of \\r\\n lines ends its row (Ben is not swallowed into Ana's area)", () => {
    const people = "id,name,area\r\np1,Ana,North\rp2,Ben,East\r\np3,Cara,West\n";
    const res = importCoalition([csv("people.csv", people), csv("organizations.csv", ORGS)]);
    expect(accountingProblems(res)).toEqual([]);
    expect(res.report.files.find((f) => f.file === "people.csv")?.rowsRead).toBe(3);
    expect(res.graph.getNodeAttribute("p1", "areas")).toEqual(["North"]);
    expect(res.graph.getNodeAttribute("p2", "source")).toEqual({ file: "people.csv", line: 3 });
    expect(res.graph.getNodeAttribute("p3", "source")).toEqual({ file: "people.csv", line: 4 });
    expect(res.report.warnings).toEqual([]);
  });

  it("a lone carriage return in a file of \\n lines, and a \\r\\n line after a quoted cell", () => {
    const edges = 'source,target,weight\na,b,1\rc,d,2\ne,"f"\r\ng,h,3\n';
    const res = importCoalition([csv("edges.csv", edges)]);
    expect(accountingProblems(res)).toEqual([]);
    expect(res.report.rowsRead).toBe(4);
    expect(res.report.warnings.filter((w) => /quote/.test(w.message))).toEqual([]);
    expect(res.graph.size).toBe(4);
    expect(res.graph.hasNode("g")).toBe(true);
  });
});
