/**
 * Property names past the import, in the analyses and the report (src/graph, not the import's
 * code); each failed before the fix:
 *  - src/graph/report.ts sortedRecord/sortedExtra write `out[k] = …` on `{}`: a tie type or an
 *    extra column named `__proto__` vanishes from the JSON;
 *  - src/graph/ask.ts NEGATIVE_PHRASES[a.type]: a negative tie of type `constructor` is
 *    described as "function Object() { [native code] }".
 */
import { describe, expect, it } from "vitest";
import { analyzeCoalition } from "../../src/graph/analyze.js";
import { importCoalition } from "../../src/import/index.js";
import { csv } from "../import/helpers.js";

function run() {
  const { graph, report } = importCoalition([
    csv("people.csv", "id,name,__proto__\np1,Ana,v1\np2,Ben,v2\np3,Cy,\n"),
    csv("connections.csv", "from,to,type,sign\np1,p2,__proto__,-\np2,p3,constructor,-\np3,p1,knows,+\n"),
  ]);
  return analyzeCoalition(graph, report, { asks: ["Ben"] });
}

describe("property names in the report (lead: src/graph)", () => {
  it("summary.tiesByType keeps a tie type named __proto__", () => {
    expect(Object.hasOwn(run().summary.tiesByType, "__proto__")).toBe(true);
  });
  it("a node's extra column named __proto__ reaches the JSON", () => {
    expect(JSON.stringify(run())).toContain('"__proto__":"v1"');
  });
  it("no report text is a function's source", () => {
    expect(JSON.stringify(run())).not.toContain("native code");
  });
});
