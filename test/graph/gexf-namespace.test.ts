/**
 * The GEXF export declares GEXF 1.2's drawing namespace (`http://www.gexf.net/1.2draft/viz`), not
 * graphology-gexf's `http:///www.gexf.net/1.1draft/viz`, and the drawing (positions, colours,
 * sizes, shapes) is still read back — by graphology-gexf's own parser and by a namespace-aware
 * reader that looks the drawing up by the declared namespace, as Gephi's does.
 */
import { DOMParser } from "@xmldom/xmldom";
import { MultiGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { coalitionGexf, type GexfNodeViz } from "../../src/graph/exports/gexf.js";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes } from "../../src/graph/model.js";

const VIZ_12 = "http://www.gexf.net/1.2draft/viz";

const DRAWN: Record<string, GexfNodeViz> = {
  ana: { x: 12.5, y: -3.25, size: 7, color: "#1f77b4" },
  "o-harbor": { x: -40, y: 18.75, size: 11.5, color: "#d62728" },
};

function smallNetwork(): ReturnType<typeof createCoalitionGraph> {
  const g = createCoalitionGraph();
  // A name that holds the wrong declaration's very words must stay a name, untouched.
  g.addNode("ana", nodeAttributes({ label: 'Ana xmlns:viz="http:///www.gexf.net/1.1draft/viz"', kind: "person" }));
  g.addNode("o-harbor", nodeAttributes({ label: "Harbor House", kind: "organization" }));
  addTie(g, "ana", "o-harbor", edgeAttributes({ type: "works_with", strength: 3 }));
  return g;
}

function exported(): string {
  return coalitionGexf(smallNetwork(), { viz: (node) => DRAWN[node] });
}

describe("GEXF drawing namespace", () => {
  it("declares GEXF 1.2's viz namespace on the root element, and only there", () => {
    const xml = exported();
    const root = /<gexf\b[^>]*>/.exec(xml)?.[0] ?? "";
    expect(root).toContain('version="1.2"');
    expect(root).toContain('xmlns="http://www.gexf.net/1.2draft"');
    expect(root).toContain(`xmlns:viz="${VIZ_12}"`);
    expect(root).not.toContain("http:///");
    expect(root).not.toContain("1.1draft");
    // The only other "http:///" left is the name's (no second declaration anywhere).
    expect(xml.split("http:///")).toHaveLength(2);
    expect(xml.match(/xmlns:viz="/g)).toHaveLength(1);
    // The name with the same words is kept as a name (escaped by the writer).
    expect(xml).toContain("Ana xmlns:viz=&quot;http:///www.gexf.net/1.1draft/viz&quot;");
  });

  it("a namespace-aware reader finds every node's drawing under the declared namespace", () => {
    const doc = new DOMParser().parseFromString(exported(), "application/xml");
    const positions = doc.getElementsByTagNameNS(VIZ_12, "position");
    const colors = doc.getElementsByTagNameNS(VIZ_12, "color");
    const sizes = doc.getElementsByTagNameNS(VIZ_12, "size");
    expect(positions.length).toBe(2);
    expect(colors.length).toBe(2);
    expect(sizes.length).toBe(2);
    expect(positions.item(0)?.getAttribute("x")).toBe("12.5");
  });

  it("graphology-gexf's parser reads positions, colours, sizes and shapes back", () => {
    const back = parseGexf(MultiGraph, exported());
    expect(back.order).toBe(2);
    expect(back.size).toBe(1);
    for (const [id, viz] of Object.entries(DRAWN)) {
      const a = back.getNodeAttributes(id);
      expect(a.x).toBe(viz.x);
      expect(a.y).toBe(viz.y);
      expect(a.size).toBe(viz.size);
      expect(a.color).toMatch(/^rgb/);
    }
    expect(back.getNodeAttribute("ana", "color")).toBe("rgb(31,119,180)");
    expect(back.getNodeAttribute("o-harbor", "color")).toBe("rgb(214,39,40)");
    expect(back.getNodeAttribute("o-harbor", "shape")).toBe("square");
    expect(back.getNodeAttribute("ana", "label")).toBe('Ana xmlns:viz="http:///www.gexf.net/1.1draft/viz"');
  });
});
