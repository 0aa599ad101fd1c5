/**
 * An output folder (--redact DIR, --neo4j DIR) and the folders above it that are missing, made one
 * at a time. Node's `mkdirSync(dir, { recursive: true })` never returns for a folder the system
 * refuses with ENOENT although its parent is there (`--redact /proc/copy`: the run hung, silent,
 * until killed); made one by one, the refusal is an error the command line says in words.
 */
import { mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Make `dir` (and the missing folders above it); throws the file system's error (code and path) when one cannot be made. */
export function makeFolder(dir: string): void {
  const missing: string[] = [];
  const target = resolve(dir);
  let at = target;
  while (!isFolder(at)) {
    missing.push(at);
    const up = dirname(at);
    if (up === at) break;
    at = up;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (e) {
      // Made meanwhile (another program): fine. A file of that name above the folder: a part of the path is a file.
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EEXIST" && isFolder(folder)) continue;
      if (code === "EEXIST" && folder !== target) throw Object.assign(new Error(`${folder} is a file`), { code: "ENOTDIR", path: folder });
      throw e;
    }
  }
}
