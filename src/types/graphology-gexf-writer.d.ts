// graphology-gexf's writer on its own (its package entry also loads a parser that needs the DOM's
// DOMParser at load time, which Node and the CLI lack). Same function as `write` of the package.
declare module "graphology-gexf/common/writer.js" {
  import type { write } from "graphology-gexf/browser";
  const writeGexf: typeof write;
  export default writeGexf;
}
