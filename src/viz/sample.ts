/**
 * The bundled sample coalition (examples/sample-coalition), built into the app so that it opens
 * offline with no request: Vite inlines the CSV files as text.
 */
const RAW = import.meta.glob("../../examples/sample-coalition/*.csv", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

export const SAMPLE_NAME = "Riverbend County (sample)";

/** The sample's files as the importer takes them, sorted by name. */
export function sampleFiles(): { name: string; bytes: Uint8Array }[] {
  const enc = new TextEncoder();
  return Object.keys(RAW)
    .sort()
    .map((path) => ({ name: path.slice(path.lastIndexOf("/") + 1), bytes: enc.encode(RAW[path] ?? "") }));
}
