import { expect } from "vitest";
import { ImportError, importCoalition, type InputFile } from "../../src/import/index.js";

/** An input file from text, UTF-8 encoded. */
export function csv(name: string, text: string): InputFile {
  return { name, bytes: new TextEncoder().encode(text) };
}

/** An input file from raw bytes (for encodings). */
export function raw(name: string, bytes: number[]): InputFile {
  return { name, bytes: new Uint8Array(bytes) };
}

/** Windows-1252 bytes of a string made of ASCII and the few Latin-1 letters used in tests. */
export function cp1252(text: string): number[] {
  const special: Record<string, number> = { "é": 0xe9, "ñ": 0xf1, "ü": 0xfc, "’": 0x92, "–": 0x96 };
  return [...text].map((c) => special[c] ?? c.charCodeAt(0));
}

/** The message of the ImportError an import of these files throws (fails the test when it does not throw one). */
export function fatal(files: InputFile[]): string {
  try {
    importCoalition(files);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return (e as Error).message;
  }
  throw new Error("expected an ImportError");
}

/**
 * The one element a test expects at `list[index]` (noUncheckedIndexedAccess: an index may be out
 * of range); a missing one fails the test with a message instead of passing `undefined` on.
 */
export function only<T>(list: readonly T[] | undefined, index = 0, what = "element"): T {
  const x = list?.[index];
  if (x === undefined) throw new Error(`expected a ${what} at index ${index}, found ${list?.length ?? 0}`);
  return x;
}

/** A value the test expects to be there (not undefined or null); fails the test otherwise. */
export function present<T>(x: T | undefined | null, what = "value"): T {
  if (x === undefined || x === null) throw new Error(`expected a ${what}`);
  return x;
}
