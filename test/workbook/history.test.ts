/** Undo and redo as a position in the edit list; the chain of workbooks the workers keep. */
import { describe, expect, it } from "vitest";
import { activeEdits, applyEdits, canRedo, canUndo, describeEdit, EditChain, EMPTY_HISTORY, importWorkbook, recordEdit, redo, undo, type Edit } from "../../src/workbook/index.js";
import { sampleWorkbook } from "./helpers.js";

const a: Edit = { kind: "setStatus", node: "p-evelyn-marsh", status: "member" };
const b: Edit = { kind: "setLivedExperience", node: "p-evelyn-marsh", value: true };
const c: Edit = { kind: "setDecisionMaker", node: "p-evelyn-marsh", value: false };

describe("edit history", () => {
  it("undo moves back, redo forward, a new edit drops what was undone", () => {
    let h = recordEdit(recordEdit(EMPTY_HISTORY, a), b);
    expect(activeEdits(h)).toEqual([a, b]);
    h = undo(h);
    expect(activeEdits(h)).toEqual([a]);
    expect(canRedo(h)).toBe(true);
    expect(activeEdits(redo(h))).toEqual([a, b]);
    h = recordEdit(h, c);
    expect(h.edits).toEqual([a, c]);
    expect(canRedo(h)).toBe(false);
    expect(undo(undo(undo(h)))).toEqual({ edits: [a, c], position: 0 });
    expect(canUndo(undo(undo(h)))).toBe(false);
  });

  it("the chain gives the same workbook as applying the edits, after edits, undos and new edits", () => {
    const wb = sampleWorkbook();
    const chain = new EditChain();
    for (const edits of [[a], [a, b], [a], [a, c], [], [a, c]]) {
      const got = chain.workbookAt(wb, edits);
      expect(got).toEqual(applyEdits(wb, edits));
    }
    const g = importWorkbook(chain.workbookAt(wb, [a, b, c])).graph;
    expect([g.getNodeAttribute("p-evelyn-marsh", "status"), g.getNodeAttribute("p-evelyn-marsh", "livedExperience"), g.getNodeAttribute("p-evelyn-marsh", "decisionMaker")]).toEqual(["member", true, false]);
  });

  it("edits in words", () => {
    const name = (id: string) => (id === "p-evelyn-marsh" ? "Evelyn Marsh" : id);
    expect(describeEdit(a, name)).toBe("Evelyn Marsh is a member");
    expect(describeEdit({ kind: "logAsk", date: "2026-03-14", member: "p-evelyn-marsh", person: "x", outcome: "not yet asked" }, name)).toBe("ask of x by Evelyn Marsh (not yet asked)");
  });
});
