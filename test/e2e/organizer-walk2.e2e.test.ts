/**
 * The organizer's second walk (branch walk2), on the sample and on a six-person map in a real
 * browser: a name found with the search box is shown with its direct ties (their other ends in
 * view, not cut off by a close zoom); the communities' sectors and areas wrap, whole on hover; a
 * small node's name goes on its left when its right is taken; the week's edits by keyboard, each
 * confirmed in words, and the map's picture named after the coalition.
 */
import { expect } from "vitest";
import type { Page } from "playwright-core";
import { describeScenes, type Scene } from "./harness.js";
import { acceptImport, attr, expectNoOverlap, importFiles, settledLabels } from "./page.js";

/** Six people; Alice has four ties (one a conflict), the furthest to Frank at the far end. */
const SIX = [
  { name: "people.csv", text: "id,name,status\np1,Alice Long-Name,member\np2,Bob,member\np3,Carol,prospect\np4,Dave,member\np5,Eve,core\np6,Frank,member\n" },
  { name: "connections.csv", text: "from,to,type,strength\np1,p2,knows,3\np2,p3,knows,2\np1,p3,works_with,3\np1,p4,knows,2\np4,p5,knows,2\np5,p6,knows,4\np1,p6,conflict,2\n" },
];

/** Find `query` with the search box (its first suggestion, Enter) and wait for the camera to settle. */
async function find(page: Page, query: string): Promise<string> {
  await page.fill("#search", query);
  await page.waitForSelector("#sugg-0");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.__coalitionMap?.store.state.selected !== null);
  // The focus animates (500 ms): wait for it to start and end.
  await page.waitForFunction(() => window.__coalitionMap?.map.sigma?.getCamera().isAnimated() === true, undefined, { timeout: 3000 }).catch(() => undefined);
  await page.waitForFunction(() => window.__coalitionMap?.map.sigma?.getCamera().isAnimated() === false);
  return page.evaluate(() => window.__coalitionMap!.store.state.selected!);
}

/** The selected node and its neighbours that are drawn outside the map's clear area (with their names). */
async function outOfView(page: Page): Promise<{ node: string; neighbours: number; outside: string[] }> {
  return page.evaluate(() => {
    const m = window.__coalitionMap!.map;
    const r = m.sigma!;
    const node = window.__coalitionMap!.store.state.selected!;
    const a = m.clearArea();
    const g = r.getGraph();
    const ids = [node, ...g.neighbors(node)];
    const outside = ids.filter((id) => {
      const p = r.framedGraphToViewport(r.getNodeDisplayData(id)!);
      return p.x < a.x0 || p.x > a.x1 || p.y < a.y0 || p.y > a.y1;
    });
    return { node, neighbours: ids.length - 1, outside: outside.map((id) => g.getNodeAttribute(id, "label") as string) };
  });
}

const scenes: Scene[] = [
  {
    name: "a name found on the sample and on a six-person map is shown with every one of its ties' other ends",
    async run({ page, consoleErrors }) {
      // The coalition's chair: 48 ties across the map (a zoom on her alone left most of them out).
      expect(await find(page, "Evelyn Marsh")).toBe("p-evelyn-marsh");
      const evelyn = await outOfView(page);
      expect(evelyn.neighbours).toBe(48);
      expect(evelyn.outside).toEqual([]);
      await importFiles(page, SIX);
      await page.waitForSelector("#import-dialog[open]");
      await acceptImport(page, await attr(page, "data-dataset"));
      await find(page, "Alice");
      const alice = await outOfView(page);
      expect(alice.neighbours).toBe(4);
      expect(alice.outside).toEqual([]);
      expect(consoleErrors).toEqual([]);
    },
  },
  {
    name: "communities: each group's sectors and areas wrap instead of being cut, every one of them with its count on hover",
    async run({ page, consoleErrors }) {
      await page.click("#tab-communities");
      await page.waitForSelector("#communities-panel li");
      const items = await page.$$eval("#communities-panel li[data-community]", (lis) =>
        lis.map((li) => ({
          id: Number(li.getAttribute("data-community")),
          lines: [...li.querySelectorAll<HTMLElement>(".community-mix")].map((e) => ({
            text: e.textContent ?? "",
            title: e.title,
            cut: e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1,
          })),
        })),
      );
      const groups = await page.evaluate(() => window.__coalitionMap!.dataset()!.communities.communities.map((c) => ({ id: c.id, sectors: c.sectors, areas: c.areas })));
      expect(items.length).toBe(groups.length);
      for (const item of items) {
        const c = groups.find((g) => g.id === item.id)!;
        expect(item.lines.map((l) => l.cut)).toEqual(item.lines.map(() => false));
        const [sectors, areas] = item.lines;
        expect(sectors?.text.startsWith("Sectors: ")).toBe(true);
        expect(areas?.text.startsWith("Areas: ")).toBe(true);
        // The whole list on hover: every sector and area, with how many of the group are in it.
        expect(sectors?.title).toBe(`Sectors: ${c.sectors.map((x) => `${x.name} (${x.count})`).join(", ")}`);
        expect(areas?.title).toBe(`Areas: ${c.areas.map((x) => `${x.name} (${x.count})`).join(", ")}`);
        if (c.sectors.length > 3) expect(sectors?.text).toContain(`+${c.sectors.length - 3} more`);
      }
      expect(consoleErrors).toEqual([]);
    },
  },
  {
    name: "a small node whose name would cover a bigger one's on the right is named on its left",
    async run({ page, consoleErrors }) {
      await importFiles(page, [
        { name: "people.csv", text: "id,name\na,Amara Okonkwo-Castellanos\nb,Bea Lindqvist\nc,Cyrus\nd,Dmitri\n" },
        { name: "connections.csv", text: "from,to\na,b\na,c\na,d\n" },
      ]);
      await page.waitForSelector("#import-dialog[open]");
      await acceptImport(page, await attr(page, "data-dataset"));
      // Bea just below Amara (the big node: the only broker), Cyrus and Dmitri far apart.
      await page.evaluate(() => {
        const m = window.__coalitionMap!.map;
        const g = m.sigma!.getGraph();
        const at: Record<string, [number, number]> = { a: [0, 0], b: [0.02, -0.12], c: [3, 2], d: [-2, -2] };
        for (const [n, [x, y]] of Object.entries(at)) g.mergeNodeAttributes(n, { x, y });
        m.fit(false);
      });
      const labels = await settledLabels(page);
      const nodes = await page.evaluate(() => {
        const r = window.__coalitionMap!.map.sigma!;
        return Object.fromEntries(["a", "b"].map((n) => [n, r.framedGraphToViewport(r.getNodeDisplayData(n)!)]));
      });
      const a = labels.find((l) => l.node === "a");
      const b = labels.find((l) => l.node === "b");
      // Bea's name on her right would cover Amara's: it is drawn on her left, Amara's on the right.
      expect(a?.x0).toBeGreaterThan(nodes.a!.x);
      expect(b?.label).toBe("Bea Lindqvist");
      expect(b!.x1).toBeLessThan(nodes.b!.x);
      expect(labels.map((l) => l.label).sort()).toEqual(["Amara Okonkwo-Castellanos", "Bea Lindqvist", "Cyrus", "Dmitri"]);
      expectNoOverlap(labels);
      expect(consoleErrors).toEqual([]);
    },
  },
  {
    name: "the week's work by keyboard: the edit panel opened from the menu is not covered by it; an ask, a one-on-one and a new member each say what was recorded; the picture is named after the coalition",
    async run({ page, consoleErrors }) {
      // Keyboard only: Tab to the Workspace menu, Enter opens it on "Edit the map", Enter opens the panel.
      for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== "workspace-toggle"; i++) await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("edit-toggle");
      await page.keyboard.press("Enter");
      await page.waitForSelector("#edit-panel:not([hidden])");
      // The menu is gone, and the focus is in the edit panel, on something the menu does not hide.
      expect(await page.isVisible("#workspace-menu")).toBe(false);
      const focus = await page.evaluate(() => {
        const e = document.activeElement as HTMLElement;
        const r = e.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + 4, r.top + r.height / 2);
        return { inPanel: document.getElementById("edit-panel")!.contains(e), visible: top !== null && (top === e || e.contains(top)) };
      });
      expect(focus).toEqual({ inPanel: true, visible: true });
      // Escape leaves the focus in the panel (it closed the menu left open over it and jumped to its button).
      await page.keyboard.press("Escape");
      expect(await page.evaluate(() => document.getElementById("edit-panel")!.contains(document.activeElement))).toBe(true);
      const recorded = async (form: string, fill: () => Promise<void>): Promise<string> => {
        const before = await attr(page, "data-dataset");
        await fill();
        await page.keyboard.press("Enter");
        await page.waitForFunction((b) => document.getElementById("app")?.dataset.dataset !== b, before);
        await page.waitForSelector(`#${form}-done:not(:empty)`);
        return (await page.textContent(`#${form}-done`)) ?? "";
      };
      await page.click("#edit-ask-form-section > summary");
      const ask = await recorded("edit-ask-form", async () => {
        await page.fill("#edit-ask-person", "Ana Beltrán");
        await page.fill("#edit-ask-member", "Evelyn Marsh");
        await page.selectOption("#edit-ask-outcome", "yes");
        await page.focus("#edit-ask-notes");
        await page.keyboard.type("Will host a listening session");
      });
      expect(ask).toMatch(/^Logged: Evelyn Marsh asked Ana Beltrán on \d{4}-\d{2}-\d{2} — yes\.$/);
      // A change in the form takes the words away (the next ask is a new one).
      await page.focus("#edit-ask-notes");
      await page.keyboard.type("x");
      expect(await page.textContent("#edit-ask-form-done")).toBe("");
      await page.click("#edit-meet-form-section > summary");
      const meet = await recorded("edit-meet-form", async () => {
        await page.fill("#edit-meet-member", "Victor Osei");
        await page.fill("#edit-meet-person", "Rachel Sato");
        await page.focus("#edit-meet-notes");
      });
      // They had no tie: the words say a "knows" tie now joins them (walk 3).
      expect(meet).toMatch(/^Logged: Victor Osei met Rachel Sato on \d{4}-\d{2}-\d{2}\. They had no tie: a “knows” tie of strength 1 now joins them on the map\.$/);
      await page.click("#edit-person-form-section > summary");
      const person = await recorded("edit-person-form", async () => {
        await page.fill("#edit-person-name", "<b>Nadia</b> Rahman");
        await page.selectOption("#edit-person-status", "member");
        await page.focus("#edit-person-role");
      });
      expect(person).toBe("Added <b>Nadia</b> Rahman (member).");
      expect(await page.locator("#edit-panel b").count()).toBe(0);
      // The picture of the map is named after the coalition, as the top bar shows it.
      await page.click("#edit-close");
      await page.click("#export-toggle");
      const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-export="png"]')]);
      expect(download.suggestedFilename()).toBe("Sample-coalition-map.png");
      expect(consoleErrors).toEqual([]);
    },
  },
];

describeScenes("the organizer's second walk", scenes);
