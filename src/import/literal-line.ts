/**
 * Reading one physical line whose quotes are broken "as literally as possible": a cell that is
 * properly quoted (`"a, b"`, `"say ""hi"""`) is unquoted as usual; any other cell is kept exactly
 * as written, quote marks included, up to the next delimiter. Nothing on the line is lost and
 * nothing from the next lines is pulled in.
 */

export interface LiteralLine {
  cells: string[];
  /** 1-based column of the first cell whose quotes are broken (1 when none is found). */
  column: number;
}

/** Where a properly quoted cell starting at `i` (on a `"`) ends: the index after its closing quote, or -1. */
function closedQuoteEnd(line: string, i: number, delimiter: string): number {
  for (let j = i + 1; j < line.length; j++) {
    if (line[j] !== '"') continue;
    if (line[j + 1] === '"') {
      j++;
      continue;
    }
    const after = j + 1;
    return after === line.length || line.startsWith(delimiter, after) ? after : -1;
  }
  return -1;
}

export function readLineLiterally(line: string, delimiter: string): LiteralLine {
  const cells: string[] = [];
  let column = 0;
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      const end = closedQuoteEnd(line, i, delimiter);
      if (end >= 0) {
        cells.push(line.slice(i + 1, end - 1).replace(/""/g, '"'));
        if (end >= line.length) break;
        i = end + delimiter.length;
        continue;
      }
    }
    const next = line.indexOf(delimiter, i);
    const cell = line.slice(i, next < 0 ? line.length : next);
    if (column === 0 && cell.includes('"')) column = cells.length + 1;
    cells.push(cell);
    if (next < 0) break;
    i = next + delimiter.length;
  }
  return { cells, column: column === 0 ? 1 : column };
}

/**
 * The names a cell on a damaged line may have meant: `"Harbor House" Inc` → "Harbor House"
 * (the quoted part) and "Harbor House Inc" (the quote marks dropped). Empty when the cell has no quote.
 */
export function quoteAliases(cell: string): string[] {
  if (!cell.includes('"')) return [];
  const out: string[] = [];
  const inner = /"([^"]+)"/.exec(cell)?.[1]?.trim();
  if (inner !== undefined && inner !== "") out.push(inner);
  const bare = cell.replace(/"+/g, "").replace(/\s+/g, " ").trim();
  if (bare !== "" && !out.includes(bare)) out.push(bare);
  return out;
}
