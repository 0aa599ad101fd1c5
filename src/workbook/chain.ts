/**
 * The workbooks along an edit list, kept between requests: the workers replay a workspace's
 * edits from its opened files once, then an undo is a step back in the chain and a new edit one
 * more step (each step imports the workbook once, to find the rows the edit names).
 */
import { applyEdit } from "./edits.js";
import type { Edit, Workbook } from "./types.js";

export class EditChain {
  private baseKey = "";
  private readonly steps: { key: string; workbook: Workbook }[] = [];
  private base: Workbook | null = null;

  /** The workbook after `edits` applied to `base` (the longest prefix already computed is reused). */
  workbookAt(base: Workbook, edits: readonly Edit[]): Workbook {
    const baseKey = JSON.stringify(base);
    if (baseKey !== this.baseKey || this.base === null) {
      this.baseKey = baseKey;
      this.base = base;
      this.steps.length = 0;
    }
    let i = 0;
    while (i < edits.length && i < this.steps.length && this.steps[i]?.key === JSON.stringify(edits[i])) i++;
    this.steps.length = i;
    let wb = i === 0 ? this.base : (this.steps[i - 1]?.workbook ?? this.base);
    for (; i < edits.length; i++) {
      const edit = edits[i];
      if (edit === undefined) break;
      wb = applyEdit(wb, edit);
      this.steps.push({ key: JSON.stringify(edit), workbook: wb });
    }
    return wb;
  }
}
