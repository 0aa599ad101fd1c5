/**
 * The GEXF export: well-formed XML 1.0 whatever the names hold (checked with a strict parser,
 * saxes), names kept (escaped characters made visible), measures and communities included.
 */
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { analyzeCoalition } from "../../src/graph/analyze.js";
import { coalitionGexf } from "../../src/graph/exports/gexf.js";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes } from "../../src/graph/model.js";
import { xmlSafeText } from "../../src/graph/utils/xml-safe-text.js";
import { importCoalition } from "../../src/import/index.js";
import { sampleFiles } from "../helpers/sample.js";

/** Parses strictly; returns the first well-formedness error, or null. */
function xmlError(xml: string): string | null {
  const parser = new SaxesParser();
  let error: string | null = null;
  parser.on("error", (e) => {
    error ??= e.message;
  });
  parser.write(xml).close();
  return error;
}

/** Every label="…" of the document, unescaped. */
function labels(xml: string): string[] {
  const parser = new SaxesParser();
  const out: string[] = [];
  parser.on("opentag", (t) => {
    const l = t.attributes.label;
    if (t.name === "node" && typeof l === "string") out.push(l);
  });
  parser.write(xml).close();
  return out;
}

const HOSTILE = ["Start\u0001of heading", "Esc\u001b[31mred", "Not a char \uFFFE", "Lone \uD800 surrogate", "<script>alert(1)</script>", "Tom & Jerry \"quoted\" 'single'", "]]> end", "Ünïcødé 名前 मीना"];

describe("coalitionGexf", () => {
  it("is well-formed XML 1.0 when names hold control characters, U+FFFE, lone surrogates or markup", () => {
    const g = createCoalitionGraph();
    HOSTILE.forEach((label, i) => g.addNode(`n${i}\u0001`, nodeAttributes({ label, kind: "person" })));
    addTie(g, "n0\u0001", "n1\u0001", edgeAttributes({ type: "bad\u001bhistory", sign: -1, notes: "\u0002" }));
    const xml = coalitionGexf(g);
    expect(xmlError(xml)).toBeNull();
    expect(labels(xml)).toEqual(HOSTILE.map(xmlSafeText));
    expect(labels(xml)).toContain("<script>alert(1)</script>");
    expect(labels(xml)).toContain("Start\\u0001of heading");
  });

  it("carries standing and community of every node on the sample", () => {
    const { graph, report } = importCoalition(sampleFiles());
    const full = analyzeCoalition(graph, report);
    const xml = coalitionGexf(graph, { nodes: new Map(full.nodes.map((n) => [n.id, n])) });
    expect(xmlError(xml)).toBeNull();
    expect(labels(xml)).toHaveLength(graph.order);
    expect(xml).toContain('title="betweenness"');
    expect(xml).toContain('title="community"');
  });
});

describe("xmlSafeText", () => {
  it("keeps tab, newline and every allowed character; writes the rest visibly", () => {
    expect(xmlSafeText("a\tb\nc\rd 😀")).toBe("a\tb\nc\rd 😀");
    expect(xmlSafeText("\u0000\u001f\uFFFF")).toBe("\\u0000\\u001F\\uFFFF");
  });
});
