import { describe, expect, it } from "vitest";
import { MultiGraph } from "graphology";
import { useDictionaryIndexes } from "../../src/graph/model.js";
import { TieIndex } from "../../src/import/state.js";

describe("TieIndex (the import's duplicate-tie lookup)", () => {
  it("finds a tie by type, direction, sign and ends, either way round when undirected", () => {
    const ties = new TieIndex();
    ties.set("knows", false, 1, "a", "b", "e0");
    ties.set("reports_to", true, 1, "a", "b", "e1");
    expect(ties.get("knows", false, 1, "b", "a")).toBe("e0");
    expect(ties.get("knows", false, 1, "a", "b")).toBe("e0");
    expect(ties.get("knows", false, -1, "a", "b")).toBeUndefined();
    expect(ties.get("knows", true, 1, "a", "b")).toBeUndefined();
    expect(ties.get("works_with", false, 1, "a", "b")).toBeUndefined();
    expect(ties.get("reports_to", true, 1, "a", "b")).toBe("e1");
    expect(ties.get("reports_to", true, 1, "b", "a")).toBeUndefined();
    ties.set("knows", false, 1, "b", "a", "e9");
    expect(ties.get("knows", false, 1, "a", "b")).toBe("e9");
  });

  it("keeps every pair through the table's growth (as a Map would)", () => {
    const ties = new TieIndex();
    const expected = new Map<string, string>();
    let k = 0;
    for (let i = 0; i < 400; i++) {
      for (let j = i + 1; j < 400; j += 7 + (i % 5)) {
        const key = `e${k++}`;
        ties.set("tie", true, 1, `n${i}`, `n${j}`, key);
        expected.set(`n${i}>n${j}`, key);
      }
    }
    expect(expected.size).toBeGreaterThan(5000);
    for (const [pair, key] of expected) {
      const [s = "", t = ""] = pair.split(">");
      expect(ties.get("tie", true, 1, s, t)).toBe(key);
      expect(ties.get("tie", true, 1, t, s)).toBeUndefined();
    }
  });
});

describe("useDictionaryIndexes", () => {
  it("changes no neighbour order, degree or edge lookup of a graph", () => {
    const plain = new MultiGraph({ type: "mixed", allowSelfLoops: false });
    const dict = new MultiGraph({ type: "mixed", allowSelfLoops: false });
    useDictionaryIndexes(dict);
    for (const g of [plain, dict]) {
      for (const n of ["z", "10", "a", "2", "constructor_", "b"]) g.addNode(n);
      g.addUndirectedEdgeWithKey("e0", "a", "z");
      g.addUndirectedEdgeWithKey("e1", "a", "10");
      g.addDirectedEdgeWithKey("e2", "a", "b");
      g.addUndirectedEdgeWithKey("e3", "a", "2");
      g.addUndirectedEdgeWithKey("e4", "a", "constructor_");
      g.addUndirectedEdgeWithKey("e5", "z", "a");
      g.addDirectedEdgeWithKey("e6", "b", "a");
    }
    for (const n of plain.nodes()) {
      expect(dict.neighbors(n)).toEqual(plain.neighbors(n));
      expect(dict.edges(n)).toEqual(plain.edges(n));
      expect(dict.degree(n)).toBe(plain.degree(n));
    }
    expect(dict.edges("a")).toEqual(["e6", "e2", "e3", "e1", "e5", "e0", "e4"]);
    expect(dict.hasEdge("a", "z")).toBe(true);
    expect(dict.hasUndirectedEdge("z", "a")).toBe(true);
    expect(dict.hasDirectedEdge("b", "a")).toBe(true);
    expect(dict.hasEdge("z", "b")).toBe(false);
    expect(dict.hasEdge("a", "toString")).toBe(false);
  });
});
