/**
 * Test helper: the graph the page builds from the analysis worker's parts (graph-transfer.ts), as
 * the worker posts them (each part cloned as a message would be). Loading graph-transfer loads
 * sigma's rendering module, which reads WebGL's constants: Node has none, any numbers will do.
 */
import type { createCoalitionGraph } from "../../src/graph/model.js";
import type { GraphPart } from "../../src/viz/graph-transfer.js";

const glConstants = new Proxy({}, { get: () => 1 });
Object.assign(globalThis, { WebGL2RenderingContext: glConstants, WebGLRenderingContext: glConstants });
const { GraphAssembler, postGraphParts } = await import("../../src/viz/graph-transfer.js");

export function pageGraph(graph: ReturnType<typeof createCoalitionGraph>) {
  const parts: GraphPart[] = [];
  const header = postGraphParts(1, graph, {}, (p) => parts.push(structuredClone(p)));
  const a = new GraphAssembler();
  for (const p of parts) a.add(p);
  return a.finish(structuredClone(header));
}
