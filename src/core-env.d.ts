// The few platform APIs the DOM-free core (src/graph, src/import) may use.
// They exist in Node >= 18, in browsers and in Web Workers.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
