/**
 * Undo and redo as a position in the edit list: `edits[0..position)` are applied; undo moves the
 * position back, redo forward, and a new edit drops the undone ones after the position.
 */
import type { Edit } from "./types.js";

export interface EditHistory {
  edits: Edit[];
  /** How many of `edits` are applied. */
  position: number;
}

export const EMPTY_HISTORY: EditHistory = { edits: [], position: 0 };

/** The edits in force. */
export function activeEdits(h: EditHistory): Edit[] {
  return h.edits.slice(0, h.position);
}

/** A new edit (the undone ones after the position are dropped). */
export function recordEdit(h: EditHistory, edit: Edit): EditHistory {
  const edits = [...h.edits.slice(0, h.position), edit];
  return { edits, position: edits.length };
}

export function canUndo(h: EditHistory): boolean {
  return h.position > 0;
}

export function canRedo(h: EditHistory): boolean {
  return h.position < h.edits.length;
}

export function undo(h: EditHistory): EditHistory {
  return canUndo(h) ? { edits: h.edits, position: h.position - 1 } : h;
}

export function redo(h: EditHistory): EditHistory {
  return canRedo(h) ? { edits: h.edits, position: h.position + 1 } : h;
}
