/**
 * Community colours kept across edits (src/viz/community-colors.ts): a community that persists
 * keeps its colour when an edit renumbers the communities by size; new ones take free colours;
 * the same input gives the same colours; without an earlier data set it is the size rank.
 */
import { describe, expect, it } from "vitest";
import { carriedSlots, colourMemory, communitySlots, isColourMemory, memoryNodeSlots, nodeSlots } from "../../src/viz/community-colors.js";
import { communities, type Community, type CommunityResult } from "../../src/graph/communities.js";
import { applyEdit, importWorkbook } from "../../src/workbook/index.js";
import { sampleWorkbook } from "../workbook/helpers.js";

/** Communities numbered by size (as communities.ts numbers them) from member lists. */
function numbered(groups: string[][]): Community[] {
  return groups
    .map((members) => [...members].sort())
    .sort((a, b) => b.length - a.length || (a[0] ?? "").localeCompare(b[0] ?? ""))
    .map((members, id) => ({ id, label: `around ${members[0] ?? ""}`, size: members.length, members, central: [], sectors: [], services: [], areas: [] }));
}

const range = (p: string, n: number) => Array.from({ length: n }, (_, i) => `${p}${i}`);

describe("communitySlots", () => {
  it("without an earlier data set: the size rank, single-member communities grey", () => {
    const cs = numbered([range("a", 5), range("b", 4), ["lone"], range("c", 3)]);
    expect([...communitySlots(cs, 19)]).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
    // Only as many as the palette has.
    expect([...communitySlots(cs, 2).keys()]).toEqual([0, 1]);
  });

  it("one member added swaps two communities' size rank, not their colours", () => {
    const before = numbered([range("a", 5), range("b", 5), range("c", 3)]);
    const first = communitySlots(before, 19);
    const prev = nodeSlots(before, first);
    const after = numbered([range("a", 5), [...range("b", 5), "new"], range("c", 3)]);
    // Renumbered: b is now community 0.
    expect(after[0]?.members).toContain("new");
    const bySize = communitySlots(after, 19);
    const kept = communitySlots(after, 19, prev);
    const slotOf = (slots: Map<number, number>, member: string) => slots.get(after.find((c) => c.members.includes(member))?.id ?? -1);
    // The size rank would swap a and b…
    expect(slotOf(bySize, "a0")).not.toBe(prev.get("a0"));
    // …kept, each has its colour.
    for (const m of ["a0", "b0", "c0"]) expect(slotOf(kept, m)).toBe(prev.get(m));
    expect(slotOf(kept, "new")).toBe(prev.get("b0"));
  });

  it("a new community takes a free colour; of a split, the bigger part keeps it; same input, same colours", () => {
    const before = numbered([range("a", 6), range("b", 4), range("c", 3)]);
    const prev = nodeSlots(before, communitySlots(before, 19));
    // a splits into 4 + 2; d is new.
    const after = numbered([range("a", 4), ["a4", "a5"], range("b", 4), range("c", 3), range("d", 3)]);
    const kept = communitySlots(after, 19, prev);
    const slotOf = (m: string) => kept.get(after.find((c) => c.members.includes(m))?.id ?? -1);
    expect(slotOf("a0")).toBe(0);
    expect(slotOf("b0")).toBe(1);
    expect(slotOf("c0")).toBe(2);
    // The free colours in palette order, biggest first: d (3) then the small part of a (2).
    expect(slotOf("d0")).toBe(3);
    expect(slotOf("a4")).toBe(4);
    expect(new Set(kept.values()).size).toBe(kept.size);
    expect([...communitySlots(after, 19, prev)]).toEqual([...kept]);
  });

  it("a workspace's kept colours (a few members per community) give the same colours when it is opened again", () => {
    const big = numbered([range("a", 200), range("b", 199), range("c", 3), ["lone"]]);
    // Colours after some edits: not the size rank.
    const shown = { communities: { assignment: {}, modularity: 0, runs: 1, communities: big }, communitySlots: new Map([[0, 4], [1, 0], [2, 7]]) };
    const memory = colourMemory(shown);
    expect(memory.map((m) => m.slot)).toEqual([4, 0, 7]);
    expect(Math.max(...memory.map((m) => m.members.length))).toBe(64);
    expect(isColourMemory(JSON.parse(JSON.stringify(memory)))).toBe(true);
    expect(isColourMemory([{ slot: "1", members: [] }])).toBe(false);
    expect([...communitySlots(big, 19, memoryNodeSlots(memory))]).toEqual([...shown.communitySlots]);
  });

  it("on the sample: adding a person keeps the colour of every community that persists (the size rank changes some)", () => {
    const wb = sampleWorkbook();
    const g0 = importWorkbook(wb).graph;
    const before: CommunityResult = communities(g0);
    const c6 = before.communities[6];
    const org = c6?.members.find((m) => g0.getNodeAttribute(m, "kind") === "organization");
    expect(org).toBeDefined();
    const g1 = importWorkbook(applyEdit(wb, { kind: "addPerson", name: "Test Newcomer", organization: org ?? "", status: "member" })).graph;
    const after = communities(g1);
    const prevSlots = communitySlots(before.communities, 19);
    const kept = carriedSlots({ communities: after }, { communities: before });
    const bySize = communitySlots(after.communities, 19);
    // A community persists when more than half of its members were in one earlier community, and
    // more than half of that one's members are in it.
    let persisting = 0;
    let sizeRankChanged = 0;
    for (const c of after.communities.filter((x) => x.size > 1)) {
      const old = before.communities.find((b) => {
        const shared = b.members.filter((m) => c.members.includes(m)).length;
        return shared * 2 > c.size && shared * 2 > b.size;
      });
      if (old === undefined) continue;
      persisting++;
      expect(kept.get(c.id), c.label).toBe(prevSlots.get(old.id));
      if (bySize.get(c.id) !== prevSlots.get(old.id)) sizeRankChanged++;
    }
    expect(persisting).toBeGreaterThanOrEqual(3);
    // Else the test proves little: the size rank moves some persisting community to another colour.
    expect(sizeRankChanged).toBeGreaterThan(0);
    // Every colour once.
    expect(new Set(kept.values()).size).toBe(kept.size);
  });
});
