/**
 * The WebAssembly kernel (src/graph/paths/wasm-kernel.ts, wasm/path-kernel.ts): the committed bytes
 * are what the compiler makes of the source, it runs here, and its sums are the JavaScript
 * kernel's to the last bit — BFS and Dial, Brandes' and linearly scaled dependencies, ranges of
 * sources, several components, a call cut short by its callback.
 */
import { afterEach, describe, expect, it } from "vitest";
import { compilePathKernel } from "../../scripts/build-wasm.js";
import { toCsr } from "../../src/graph/csr.js";
import { positiveView } from "../../src/graph/model.js";
import { sourceSums, type PathSums } from "../../src/graph/paths/brandes.js";
import { linearScaled } from "../../src/graph/paths/linear-scaling.js";
import { pathGraph, type PathGraph } from "../../src/graph/paths/path-graph.js";
import { PATH_KERNEL_WASM } from "../../src/graph/paths/path-kernel-wasm.js";
import { useWasmKernel, wasmKernelAvailable } from "../../src/graph/paths/wasm-kernel.js";
import { mulberry32 } from "../../src/graph/utils/mulberry32.js";
import { plantedPartition } from "../bench/generate.js";

afterEach(() => useWasmKernel(true));

/** A seeded random network of `n` nodes in `parts` separate pieces (plus two loners), strengths from `strengths`. */
function pieces(n: number, parts: number, strengths: readonly number[], weighted: boolean, seed = 11): PathGraph {
  const rnd = mulberry32(seed);
  const lists: [number, number][][] = Array.from({ length: n }, () => []);
  const size = Math.floor((n - 2) / parts);
  for (let v = 0; v < n - 2; v++) {
    const piece = Math.min(parts - 1, Math.floor(v / size));
    const start = piece * size;
    const end = piece === parts - 1 ? n - 2 : start + size;
    for (let k = 0; k < 3; k++) {
      const u = start + Math.floor(rnd() * (end - start));
      if (u === v) continue;
      const s = strengths[Math.floor(rnd() * strengths.length)] ?? 1;
      lists[v]?.push([u, s]);
      lists[u]?.push([v, s]);
    }
  }
  const starts = new Uint32Array(n + 1);
  const total = lists.reduce((t, l) => t + l.length, 0);
  const neighbors = new Uint32Array(total);
  const values = new Float64Array(total);
  let j = 0;
  lists.forEach((l, v) => {
    starts[v] = j;
    for (const [u, s] of l) {
      neighbors[j] = u;
      values[j++] = s;
    }
  });
  starts[n] = j;
  return pathGraph({ nodes: Array.from({ length: n }, (_x, i) => `n${i}`), starts, neighbors, values }, weighted);
}

function sums(graph: PathGraph, sources: Uint32Array, wasm: boolean, from = 0, to = sources.length): PathSums {
  useWasmKernel(wasm);
  return sourceSums(graph, sources, from, to);
}

/** Every number equal to the last bit (Object.is: −0 and NaN too). */
function expectSameBits(got: PathSums, want: PathSums): void {
  for (const key of ["dependency", "distanceSum", "farness", "reached"] as const) {
    expect(got[key].length).toBe(want[key].length);
    const differing = Array.from(got[key]).filter((x, i) => !Object.is(x, want[key][i])).length;
    expect(differing, key).toBe(0);
  }
}

const every = (n: number): Uint32Array => Uint32Array.from({ length: n }, (_x, i) => i);

describe("WebAssembly path kernel", () => {
  it("the committed bytes are the compiled source (npm run build:wasm)", async () => {
    const binary = await compilePathKernel();
    expect(Buffer.from(binary).toString("base64")).toBe(PATH_KERNEL_WASM);
  }, 60_000);

  it("runs in Node", () => {
    expect(wasmKernelAvailable()).toBe(true);
  });

  it.each([
    ["unit lengths (breadth-first)", false, [1]],
    ["strengths 1–5 (Dial, 32-bit)", true, [1, 2, 3, 4, 5]],
    ["strengths 1, 2, 7 and 19", true, [1, 2, 7, 19]],
  ] as const)("%s: the JavaScript kernel's sums to the last bit, both dependencies", (_name, weighted, strengths) => {
    const g = pieces(400, 3, strengths, weighted);
    expect(g.kind).toBe(weighted ? "integer" : "unit");
    const sources = every(g.n);
    const js = sums(g, sources, false);
    const wasm = sums(g, sources, true);
    expectSameBits(wasm, js);
    expect(wasm.dependency.some((x) => x > 0 && !Number.isInteger(x))).toBe(true); // equal-length paths were split
    expect(wasm.reached[g.n - 1]).toBe(0); // a loner reaches nobody
    const linear = linearScaled(g);
    expectSameBits(sums(linear, sources, true), sums(linear, sources, false));
    // the linearly scaled sums differ from Brandes' (the kernel did not mix the two up)
    expect(sums(linear, sources, true).dependency).not.toEqual(wasm.dependency);
  });

  it("a range of sources, in any order, and the bench's planted network", () => {
    const g = pathGraph(toCsr(positiveView(plantedPartition({ n: 1500, tiesPerNode: 10 })), (_e, a) => a.weight), true);
    expect(g.kind).toBe("integer");
    const rnd = mulberry32(3);
    const sources = Uint32Array.from({ length: 300 }, () => Math.floor(rnd() * g.n));
    expectSameBits(sums(g, sources, true, 40, 260), sums(g, sources, false, 40, 260));
    const linear = linearScaled(g);
    expectSameBits(sums(linear, sources, true, 0, 300), sums(linear, sources, false, 0, 300));
  });

  it("a call stopped by its callback leaves nothing behind for the next", () => {
    const g = pieces(300, 2, [1, 3, 4], true);
    const sources = every(g.n);
    useWasmKernel(true);
    expect(() =>
      sourceSums(g, sources, 0, 50, (done) => {
        if (done === 7) throw new Error("cancelled");
      }),
    ).toThrow("cancelled");
    expectSameBits(sums(g, sources, true, 0, 50), sums(g, sources, false, 0, 50));
  });

  it("unit and weighted views of one network (the same neighbour array) each get their own layout", () => {
    const csr = toCsr(positiveView(plantedPartition({ n: 600, tiesPerNode: 6, seed: 4 })), (_e, a) => a.weight);
    const weighted = pathGraph(csr, true);
    const unit = pathGraph(csr, false);
    const sources = every(200);
    expectSameBits(sums(weighted, sources, true), sums(weighted, sources, false));
    expectSameBits(sums(unit, sources, true), sums(unit, sources, false));
    expectSameBits(sums(weighted, sources, true), sums(weighted, sources, false));
  });
});
