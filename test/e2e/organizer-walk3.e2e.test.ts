/**
 * The organizer's third walk (branch walk3), on the sample in a real browser: a member added in
 * the edit panel does not swap the communities' colours; "Add or change a tie" with nobody
 * selected says to select someone first and cannot be used; a one-on-one between two people with
 * no tie says it adds a "knows" tie, before and once logged; a comparison with files whose rows
 * were rejected says so first and lists them; a member added today counts as joined in a
 * comparison with yesterday. Screenshots go to test-artifacts/walk3-*.png.
 */
import { expect } from "vitest";
import type { Page } from "playwright-core";
import { describeScenes, shot, waitForReady, type Scene } from "./harness.js";
import { folderFiles, openEditPanel, openSection, select, submitted } from "./page.js";




/** Each community (members) with the colour the map's legend gives it, and its place by size among the coloured ones. */
function colouredCommunities(page: Page): Promise<{ members: string[]; color: string; rank: number; label: string }[]> {
  return page.evaluate(() => {
    const handle = window.__coalitionMap!;
    const view = (handle.map as unknown as { view: { appearance: { colors: { color: string; key?: string }[] } | null } }).view;
    const colors = view.appearance?.colors ?? [];
    const ds = handle.dataset()!;
    return colors
      .filter((c) => c.key !== undefined)
      .map((c, rank) => {
        const com = ds.communities.communities.find((x) => String(x.id) === c.key)!;
        return { members: com.members, color: c.color, rank, label: com.label };
      });
  });
}

/** The map's own colour for a node (a member: its community's colour). */
function drawnColor(page: Page, node: string): Promise<string> {
  return page.evaluate((n) => (window.__coalitionMap!.map.sigma!.getNodeDisplayData(n) as unknown as { color: string }).color, node);
}

const scenes: Scene[] = [
  {
    name: "a member added in the edit panel: every community that persists keeps its colour on the map and in the legend (the size rank would have changed some)",
    async run({ page, consoleErrors }) {
      const before = await colouredCommunities(page);
      // A member of an organization in the 7th community by size (21 members, as big as the 6th).
      const org = await page.evaluate(() => {
        const ds = window.__coalitionMap!.dataset()!;
        const c = ds.communities.communities[6]!;
        const id = c.members.find((m) => ds.graph.getNodeAttribute(m, "kind") === "organization")!;
        return ds.graph.getNodeAttribute(id, "label");
      });
      await page.click("#legend-toggle").catch(() => undefined);
      await shot(page, "walk3-colours-before");
      await openEditPanel(page);
      await openSection(page, "edit-person-form-section");
      await page.fill("#edit-person-name", "Nadia Rahman");
      await page.fill("#edit-person-org", org);
      await page.selectOption("#edit-person-status", "member");
      expect(await submitted(page, "edit-person-form")).toBe("Added Nadia Rahman (member).");
      await page.click("#edit-close");
      await shot(page, "walk3-colours-after");
      const after = await colouredCommunities(page);
      let persisting = 0;
      let rankMoved = 0;
      for (const c of after) {
        const old = before.find((b) => {
          const shared = b.members.filter((m) => c.members.includes(m)).length;
          return shared * 2 > c.members.length && shared * 2 > b.members.length;
        });
        if (!old) continue;
        persisting++;
        expect(c.color, c.label).toBe(old.color);
        if (c.rank !== old.rank) rankMoved++;
        // On the map too: a member of it is drawn in that colour.
        const member = await page.evaluate((ms) => ms.find((m) => ["member", "core"].includes(window.__coalitionMap!.dataset()!.graph.getNodeAttribute(m, "status") as string)) ?? null, c.members);
        if (member) expect((await drawnColor(page, member)).toUpperCase()).toBe(old.color.toUpperCase());
      }
      expect(persisting).toBeGreaterThanOrEqual(3);
      // Else the scene proves little: the size rank of some persisting community moved.
      expect(rankMoved).toBeGreaterThan(0);
      // Each colour once in the legend.
      expect(new Set(after.map((c) => c.color)).size).toBe(after.length);
      // The workspace kept on this computer, opened again (a reload): the same colours, not the size rank.
      await page.waitForSelector('#save-status[data-status="saved"]');
      await page.reload();
      await waitForReady(page);
      await page.waitForFunction(() => window.__coalitionMap?.dataset()?.graph.someNode((_n, a) => a.label === "Nadia Rahman") === true);
      const reopened = await colouredCommunities(page);
      expect(reopened.map((c) => [c.label, c.color])).toEqual(after.map((c) => [c.label, c.color]));
      expect(consoleErrors).toEqual([]);
    },
  },
  {
    name: "'Add or change a tie' with nobody selected is disabled and says to select someone first; selecting someone opens it",
    async run({ page, consoleErrors }) {
      await page.evaluate(() => window.__coalitionMap?.store.dispatch({ type: "select", node: null }));
      await openEditPanel(page);
      expect(await page.textContent("#edit-node")).toContain("Select someone on the map");
      expect(await page.evaluate(() => (document.getElementById("edit-tie-fields") as HTMLFieldSetElement).disabled)).toBe(true);
      // Every field in it (Playwright reads a fieldset's own state as enabled: its controls say it).
      for (const f of ["#edit-tie-which", "#edit-tie-type", "#edit-tie-strength", "#edit-tie-since"]) expect(await page.isDisabled(f), f).toBe(true);
      expect(await page.isDisabled("#edit-tie-other")).toBe(true);
      expect(await page.isDisabled("#edit-tie-form-submit")).toBe(true);
      expect(await page.textContent("#edit-tie-hint")).toBe("Select someone on the map first: the tie goes from them to the person or organization you choose here.");
      await shot(page, "walk3-tie-nobody");
      await select(page, "p-evelyn-marsh");
      expect(await page.isDisabled("#edit-tie-other")).toBe(false);
      expect(await page.isDisabled("#edit-tie-form-submit")).toBe(false);
      expect(await page.textContent("#edit-tie-hint")).toBe("From Evelyn Marsh to the person or organization you choose.");
      await shot(page, "walk3-tie-selected");
      // Nobody selected again (Escape on the map clears it): disabled again.
      await page.evaluate(() => window.__coalitionMap?.store.dispatch({ type: "select", node: null }));
      await page.waitForFunction(() => document.getElementById("edit-tie-other")?.matches(":disabled") === true);
      expect(consoleErrors).toEqual([]);
    },
  },
  {
    name: "a one-on-one between two people with no tie says, before it is logged, that it adds a knows tie — and again once logged",
    async run({ page, consoleErrors }) {
      await openEditPanel(page);
      await openSection(page, "edit-meet-form-section");
      // Two with a tie: nothing to say.
      await page.fill("#edit-meet-member", "Evelyn Marsh");
      await page.fill("#edit-meet-person", "Keisha Monroe");
      expect(await page.textContent("#edit-meet-note")).toBe("");
      // Victor Osei and Rachel Sato have none.
      await page.fill("#edit-meet-member", "Victor Osei");
      await page.fill("#edit-meet-person", "Rachel Sato");
      expect(await page.textContent("#edit-meet-note")).toBe(
        "Victor Osei and Rachel Sato have no tie on the map: logging this one-on-one adds a “knows” tie between them, of strength 1 (acquaintance). You can change it afterwards under “Add or change a tie”.",
      );
      await page.evaluate(() => document.getElementById("edit-meet-note")?.scrollIntoView());
      await shot(page, "walk3-meet-note");
      const done = await submitted(page, "edit-meet-form");
      expect(done).toMatch(/^Logged: Victor Osei met Rachel Sato on \d{4}-\d{2}-\d{2}\. They had no tie: a “knows” tie of strength 1 now joins them on the map\.$/);
      const tie = await page.evaluate(() => {
        const g = window.__coalitionMap!.dataset()!.graph;
        const key = [...g.edges("p-victor-osei", "p-rachel-sato"), ...g.edges("p-rachel-sato", "p-victor-osei")][0];
        return key === undefined ? null : { type: g.getEdgeAttribute(key, "type"), strength: g.getEdgeAttribute(key, "strength") };
      });
      expect(tie).toEqual({ type: "knows", strength: 1 });
      // They have a tie now: the note is gone.
      expect(await page.textContent("#edit-meet-note")).toBe("");
      await page.evaluate(() => document.getElementById("edit-meet-form-done")?.scrollIntoView());
      await shot(page, "walk3-meet-done");
      expect(consoleErrors).toEqual([]);
    },
  },
  {
    name: "compared with earlier files that had a rejected row: the Change tab says so first and lists the row, as --compare does",
    async run({ page, consoleErrors }) {
      // Last year's copy with one strength of 9 (rejected: outside 1–5).
      const earlier = folderFiles("sample-coalition").map((f) => {
        if (f.name !== "connections.csv") return f;
        const lines = f.text.split("\n");
        const cells = (lines[1] ?? "").split(",");
        cells[3] = "9";
        lines[1] = cells.join(",");
        return { ...f, text: lines.join("\n") };
      });
      await page.click("#compare-open");
      await page.waitForSelector("#compare-dialog[open]");
      await page.setInputFiles(
        "#compare-files",
        earlier.map((f) => ({ name: f.name, mimeType: "text/csv", buffer: Buffer.from(f.text, "utf-8") })),
      );
      await page.waitForSelector("#change-findings li");
      await waitForReady(page);
      const first = (await page.locator("#change-findings li").first().textContent()) ?? "";
      expect(first).toMatch(/^The earlier round's files \(activity\.csv, connections\.csv, organizations\.csv, people\.csv, services\.csv\): 1 row of \d+ rejected, for example: connections\.csv:2:4 /);
      expect(first).toContain("A rejected row is missing from the earlier round: its tie or person counts as added in this one. The Change tab lists the rejected rows.");
      const rows = await page.locator("#change-earlier-rejected > li").allTextContents();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatch(/^connections\.csv:2:4 .*"9"/);
      // And the tie it held counts as added.
      expect(await page.locator("#change-added > li").count()).toBe(1);
      await page.evaluate(() => document.getElementById("change-earlier-rejected")?.scrollIntoView());
      await shot(page, "walk3-compare-rejected");
      expect(consoleErrors).toEqual([]);
    },
  },
  {
    name: "a member added today and a prospect's yes logged today count as joined when compared with yesterday",
    async run({ page, consoleErrors }) {
      const { today, yesterday } = await page.evaluate(() => {
        const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
        const d = new Date();
        const y = new Date(d.getFullYear(), d.getMonth(), d.getDate() - 1);
        return { today: iso(d), yesterday: iso(y) };
      });
      await openEditPanel(page);
      await openSection(page, "edit-person-form-section");
      await page.fill("#edit-person-name", "Nadia Rahman");
      await page.selectOption("#edit-person-status", "member");
      await submitted(page, "edit-person-form");
      const nadia = await page.evaluate(() => window.__coalitionMap!.dataset()!.graph.findNode((_n, a) => a.label === "Nadia Rahman") ?? "");
      expect(await page.evaluate((n) => window.__coalitionMap!.dataset()!.graph.getNodeAttribute(n, "joined"), nadia)).toBe(today);
      // Ana Beltrán (no status yet: a yes makes her a member too) says yes today.
      const prospect = await page.evaluate(() => {
        const g = window.__coalitionMap!.dataset()!.graph;
        return g.findNode((_n, a) => a.kind === "person" && (a.status === "prospect" || a.status === "none") && a.joined === undefined && a.source !== undefined && a.label === "Ana Beltrán") ?? "";
      });
      expect(prospect).not.toBe("");
      await openSection(page, "edit-ask-form-section");
      await page.fill("#edit-ask-person", "Ana Beltrán");
      await page.fill("#edit-ask-member", "Evelyn Marsh");
      await page.fill("#edit-ask-date", today);
      await page.selectOption("#edit-ask-outcome", "yes");
      await submitted(page, "edit-ask-form");
      expect(await page.evaluate((n) => window.__coalitionMap!.dataset()!.graph.getNodeAttributes(n), prospect)).toMatchObject({ status: "member", joined: today });
      await page.click("#edit-close");
      await page.click("#compare-open");
      await page.waitForSelector("#compare-dialog[open]");
      await page.fill("#compare-date", yesterday);
      await page.click("#compare-by-date");
      await page.waitForFunction((l) => window.__coalitionMap?.store.state.comparison?.label === l, `the coalition on ${yesterday}`);
      await page.waitForSelector("#change-joined li");
      await waitForReady(page);
      const joined = await page.locator("#change-joined > li").allTextContents();
      expect(joined.some((j) => j.startsWith("Nadia Rahman"))).toBe(true);
      expect(joined.some((j) => j.startsWith("Ana Beltrán"))).toBe(true);
      await shot(page, "walk3-joined-compare");
      expect(consoleErrors).toEqual([]);
    },
  },
];

describeScenes("the organizer's third walk", scenes);
