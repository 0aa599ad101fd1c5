/**
 * The read-only map shows each community in the colour the organizer's map gave it (share-data.ts
 * `colours` → `communitySlots`), named or redacted — after an edit too, when the map's colours are
 * no longer the size rank. A damaged colour list in a file is left out (the size rank), not an error.
 */
import { describe, expect, it } from "vitest";
import { communities } from "../../src/graph/communities.js";
import { redactGraph } from "../../src/graph/redact.js";
import { carriedSlots, communitySlots, nodeSlots, slotsOf } from "../../src/viz/community-colors.js";
import { parseSharedMap, sharedMap } from "../../src/viz/share/share-data.js";
import { applyEdit, importWorkbook } from "../../src/workbook/index.js";
import { sampleWorkbook } from "../workbook/helpers.js";

/** Each node's palette index on a map of `data` (what the viewer's legend and nodes use). */
function shownSlots(data: ReturnType<typeof sharedMap>["data"]): Map<string, number> {
  const ds = { communities: data.communities, ...(data.communitySlots ? { communitySlots: new Map(data.communitySlots) } : {}) };
  return nodeSlots(data.communities.communities, slotsOf(ds));
}

describe("the read-only map's community colours", () => {
  // The organizer's map after an edit: colours carried over, not the size rank.
  const wb = sampleWorkbook();
  const before = communities(importWorkbook(wb).graph);
  const edited = importWorkbook(applyEdit(wb, { kind: "addPerson", name: "Test Newcomer", organization: before.communities[6]?.members.find((m) => m.startsWith("o-")) ?? "", status: "member" }));
  const after = communities(edited.graph);
  const organizerSlots = carriedSlots({ communities: after }, { communities: before });
  const organizer = nodeSlots(after.communities, organizerSlots);
  const colours = [...organizer];

  it("the organizer's colours differ from the size rank here (else the test proves little)", () => {
    const bySize = nodeSlots(after.communities, communitySlots(after.communities, 19));
    expect([...organizer].filter(([n, s]) => bySize.get(n) !== s).length).toBeGreaterThan(0);
  });

  it("with names: every node in the organizer's colour", () => {
    const { data } = sharedMap(edited.graph, edited.report, { redacted: false, communities: after, colours });
    expect(data.communitySlots).toBeDefined();
    const shown = shownSlots(parseSharedMap(JSON.stringify(data)));
    for (const [n, s] of organizer) expect(shown.get(n), n).toBe(s);
    expect(shown.size).toBe(organizer.size);
  }, 60_000);

  it("redacted: every pseudonym in the colour of the person it stands for", () => {
    const { data } = sharedMap(edited.graph, edited.report, { colours });
    expect(data.redacted).toBe(true);
    const shown = shownSlots(data);
    const original = new Map(redactGraph(edited.graph).key.map((k) => [k.pseudonymId, k.id]));
    let compared = 0;
    for (const [p, s] of shown) {
      const o = original.get(p);
      expect(o, p).toBeDefined();
      expect(s, `${p} (${o})`).toBe(organizer.get(o ?? ""));
      compared++;
    }
    expect(compared).toBe(organizer.size);
  }, 60_000);

  it("without colours (the command line): no list, the size rank; a damaged list is dropped when read", () => {
    const { data } = sharedMap(edited.graph, edited.report, { redacted: false, communities: after });
    expect(data.communitySlots).toBeUndefined();
    const damaged = parseSharedMap(JSON.stringify({ ...data, communitySlots: [[0, "x"]] }));
    expect(damaged.communitySlots).toBeUndefined();
  }, 60_000);
});
