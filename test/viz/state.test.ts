import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS, INITIAL_STATE, Store, reduce, type Highlight, type State } from "../../src/viz/state.js";

const HL: Highlight = { source: "asks", label: "Ask path: A → B", nodes: ["a", "b"], pairs: [["a", "b"]], accent: ["b"], labels: ["a", "b"] };

/** A state somewhere in a session: a data set drawn, the Ask tab open. */
const inSession: State = { ...INITIAL_STATE, dataset: 1, analyzed: true, tab: "asks" };

describe("reduce", () => {
  it("selecting a node opens the Details tab, whichever tab was open, and keeps the highlight", () => {
    const s = reduce({ ...inSession, highlight: HL }, { type: "select", node: "a" });
    expect(s.selected).toBe("a");
    expect(s.tab).toBe("details");
    expect(s.highlight).toBe(HL);
  });

  it("clearing the selection keeps the open tab", () => {
    const selected = reduce({ ...inSession, tab: "recruits" }, { type: "select", node: "a" });
    const conflicts = reduce(selected, { type: "tab", tab: "conflicts" });
    const cleared = reduce(conflicts, { type: "select", node: null });
    expect(cleared.selected).toBeNull();
    expect(cleared.tab).toBe("conflicts");
  });

  it("hovering the node already hovered returns the same state (no re-render)", () => {
    const hovered = reduce(inSession, { type: "hover", node: "a" });
    expect(hovered.hovered).toBe("a");
    expect(reduce(hovered, { type: "hover", node: "a" })).toBe(hovered);
    expect(reduce(hovered, { type: "hover", node: null }).hovered).toBeNull();
  });

  it("toggling a filter value hides it, toggling again shows it; other lists are untouched", () => {
    const hidden = reduce(inSession, { type: "toggleFilter", key: "sectors", value: "legal" });
    expect(hidden.filters.sectors).toEqual(["legal"]);
    expect(hidden.filters.kinds).toEqual([]);
    const two = reduce(hidden, { type: "toggleFilter", key: "sectors", value: "health" });
    expect(two.filters.sectors).toEqual(["legal", "health"]);
    const back = reduce(two, { type: "toggleFilter", key: "sectors", value: "legal" });
    expect(back.filters.sectors).toEqual(["health"]);
    // The previous states are not mutated.
    expect(hidden.filters.sectors).toEqual(["legal"]);
    expect(inSession.filters).toBe(EMPTY_FILTERS);
    expect(EMPTY_FILTERS.sectors).toEqual([]);
  });

  it("community filters are numbers even when given as text", () => {
    const s = reduce(inSession, { type: "toggleFilter", key: "communities", value: "3" });
    expect(s.filters.communities).toEqual([3]);
    expect(reduce(s, { type: "toggleFilter", key: "communities", value: 3 }).filters.communities).toEqual([]);
  });

  it("clearFilters shows everything again", () => {
    let s = reduce(inSession, { type: "toggleFilter", key: "kinds", value: "organization" });
    s = reduce(s, { type: "toggleFilter", key: "tieTypes", value: "knows" });
    expect(reduce(s, { type: "clearFilters" }).filters).toEqual(EMPTY_FILTERS);
  });

  it("a highlight is set and cleared", () => {
    const set = reduce(inSession, { type: "highlight", highlight: HL });
    expect(set.highlight).toEqual(HL);
    expect(reduce(set, { type: "highlight", highlight: null }).highlight).toBeNull();
  });

  it("the layout running flag follows the layout", () => {
    const running = reduce(inSession, { type: "layout", running: true });
    expect(running.layoutRunning).toBe(true);
    expect(reduce(running, { type: "layout", running: false }).layoutRunning).toBe(false);
  });

  it("a new data set forgets the selection, hover, highlight, filters and analyses, but keeps the tab and styles", () => {
    let s = reduce({ ...inSession, sizeBy: "degree", colorBy: "sector" }, { type: "select", node: "a" });
    s = reduce(s, { type: "hover", node: "b" });
    s = reduce(s, { type: "highlight", highlight: HL });
    s = reduce(s, { type: "toggleFilter", key: "statuses", value: "none" });
    const next = reduce(s, { type: "dataset", id: 2 });
    expect(next).toMatchObject({ dataset: 2, selected: null, hovered: null, highlight: null, analyzed: false, tab: "details", sizeBy: "degree", colorBy: "sector" });
    expect(next.filters).toEqual(EMPTY_FILTERS);
    expect(reduce(next, { type: "analyzed" }).analyzed).toBe(true);
  });

  it("size, colour, tab and busy are set as given", () => {
    expect(reduce(inSession, { type: "sizeBy", measure: "pagerank" }).sizeBy).toBe("pagerank");
    expect(reduce(inSession, { type: "colorBy", mode: "status" }).colorBy).toBe("status");
    expect(reduce(inSession, { type: "tab", tab: "gaps" }).tab).toBe("gaps");
    const busy = reduce(inSession, { type: "busy", busy: { stage: "communities", fraction: 0.5 } });
    expect(busy.busy).toEqual({ stage: "communities", fraction: 0.5 });
    expect(reduce(busy, { type: "busy", busy: null }).busy).toBeNull();
  });
});

describe("Store", () => {
  it("notifies listeners with the new and previous state, only when something changed", () => {
    const store = new Store(inSession);
    const seen: [string | null, string | null][] = [];
    const off = store.subscribe((s, prev) => seen.push([s.hovered, prev.hovered]));
    store.dispatch({ type: "hover", node: "a" });
    store.dispatch({ type: "hover", node: "a" }); // unchanged: no notification
    store.dispatch({ type: "hover", node: null });
    expect(seen).toEqual([
      ["a", null],
      [null, "a"],
    ]);
    off();
    store.dispatch({ type: "hover", node: "b" });
    expect(seen.length).toBe(2);
    expect(store.state.hovered).toBe("b");
  });
});
