/**
 * The organizer's fourth walk (branch walk4), on the sample in a real browser: an ask answered the
 * same day (pending, then yes) is answered, and a different answer after that says it would not show
 * instead of "Logged" while nothing changes; the tie form says what it added, changed or removed; the edit panel
 * closed with its × gives the focus back to the Workspace button; Balance's top
 * brokers say they are members' (Details' are everyone's); the read-only map shared after an edit
 * shows every community in the colour the organizer's map gives it, under the map's name; a name
 * chosen lower down in Details shows the new person from the top; names at the map's right edge go
 * on the left; the brief closes with Escape back to the Export button. Screenshots go to
 * test-artifacts/walk4-*.png.
 */
import { join } from "node:path";
import { resolve } from "node:path";
import { expect } from "vitest";
import type { Page } from "playwright-core";
import { ARTIFACTS, describeScenes, shot, waitForReady, WAIT_MS, type Scene } from "./harness.js";
import { attr, openEditPanel, openSection, select, settledLabels, submitted } from "./page.js";


/** Every node's drawn colour on the map of `page`. */
function drawnColours(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const sigma = window.__coalitionMap!.map.sigma!;
    const out: Record<string, string> = {};
    sigma.getGraph().forEachNode((n) => {
      out[n] = String((sigma.getNodeDisplayData(n) as unknown as { color: string } | undefined)?.color ?? "").toUpperCase();
    });
    return out;
  });
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || "");

const scenes: Scene[] = [
  {
    name: "an ask answered the same day: the yes answers the pending ask (the prospect becomes a member); a different answer after that says it would not show instead of 'Logged'",
    async run({ page, consoleErrors }) {
      await openEditPanel(page);
      await openSection(page, "edit-ask-form-section");
      await page.fill("#edit-ask-person", "Zach Yilmaz");
      await page.fill("#edit-ask-member", "Evelyn Marsh");
      const date = await page.inputValue("#edit-ask-date");
      expect(await submitted(page, "edit-ask-form")).toBe(`Logged: Evelyn Marsh asked Zach Yilmaz on ${date} — pending.`);
      // The answer, the same day: it answers the pending ask, and Zach Yilmaz (a prospect) is a member.
      await page.selectOption("#edit-ask-outcome", "yes");
      expect(await submitted(page, "edit-ask-form")).toBe(`Logged: Evelyn Marsh asked Zach Yilmaz on ${date} — yes.`);
      expect(await page.evaluate(() => window.__coalitionMap!.dataset()!.graph.getNodeAttribute("p-zach-yilmaz", "status"))).toBe("member");
      const asks = await page.evaluate((d) => (window.__coalitionMap!.dataset()!.graph.getAttribute("activity") ?? []).filter((e) => e.kind === "ask" && e.date === d && e.person === "p-zach-yilmaz").map((e) => e.outcome ?? "pending"), date);
      expect(asks).toEqual(["yes"]);
      // A no after the yes, the same day: the log keeps the first answer, and the form says so.
      const before = await attr(page, "data-dataset");
      await page.selectOption("#edit-ask-outcome", "no");
      await page.click("#edit-ask-form-submit");
      await page.waitForSelector("#edit-ask-form-error:not(:empty)");
      expect(await page.textContent("#edit-ask-form-error")).toBe(
        `Already logged: Evelyn Marsh asked Zach Yilmaz on ${date} — yes. The log keeps one ask a day between the same two people, and “no” does not answer a yes ask, so it would not show. If it came on another day, give that date; if that ask was just logged wrong, Undo it and log it again.`,
      );
      expect(await page.textContent("#edit-ask-form-done")).toBe("");
      expect(await attr(page, "data-dataset")).toBe(before);
      await page.evaluate(() => document.getElementById("edit-ask-form-error")?.scrollIntoView());
      await shot(page, "walk4-ask-same-day");
      expect(consoleErrors).toEqual([]);
    },
  },
  {
    name: "the tie form says what it added, changed and removed",
    async run({ page, consoleErrors }) {
      await select(page, "p-victor-osei");
      await openEditPanel(page);
      await openSection(page, "edit-tie-form-section");
      await page.fill("#edit-tie-other", "Rachel Sato");
      await page.dispatchEvent("#edit-tie-other", "change");
      await page.selectOption("#edit-tie-type", "works_with");
      await page.selectOption("#edit-tie-strength", "2");
      expect(await submitted(page, "edit-tie-form")).toBe("Added a tie between Victor Osei and Rachel Sato: “works with”, strength 2.");
      await shot(page, "walk4-tie-added");
      // The form now shows that tie: change it.
      expect(await page.inputValue("#edit-tie-which")).toBe("0");
      await page.selectOption("#edit-tie-strength", "4");
      expect(await page.textContent("#edit-tie-form-done")).toBe("");
      expect(await submitted(page, "edit-tie-form")).toBe("Saved the tie between Victor Osei and Rachel Sato: “works with”, strength 4.");
      const before = await attr(page, "data-dataset");
      await page.click("#edit-tie-remove");
      await page.waitForFunction((b) => document.getElementById("app")?.dataset.dataset !== b, before);
      await waitForReady(page);
      await page.waitForSelector("#edit-tie-form-done:not(:empty)");
      expect(await page.textContent("#edit-tie-form-done")).toBe("Removed the “works with” tie between Victor Osei and Rachel Sato.");
      expect(consoleErrors).toEqual([]);
    },
  },
  {
    name: "the edit panel by keyboard: closed with its × the focus goes back to the Workspace button (not the page's start); Escape leaves it open (walk2) and the one being edited selected",
    async run({ page, consoleErrors }) {
      await select(page, "p-evelyn-marsh");
      await page.focus("#workspace-toggle");
      await page.keyboard.press("Enter");
      await page.waitForSelector("#workspace-menu:not([hidden])");
      await page.focus("#edit-toggle");
      await page.keyboard.press("Enter");
      await page.waitForSelector("#edit-panel:not([hidden])");
      expect(await page.evaluate(() => document.getElementById("edit-panel")!.contains(document.activeElement))).toBe(true);
      // Escape leaves the panel as it is: open, and the one being edited still selected.
      await page.keyboard.press("Escape");
      expect(await page.isVisible("#edit-panel")).toBe(true);
      expect(await attr(page, "data-selected")).toBe("p-evelyn-marsh");
      await page.focus("#edit-close");
      await page.keyboard.press("Enter");
      await page.waitForSelector("#edit-panel", { state: "hidden" });
      expect(await focused(page)).toBe("workspace-toggle");
      // The one being edited is still selected.
      expect(await attr(page, "data-selected")).toBe("p-evelyn-marsh");
      expect(consoleErrors).toEqual([]);
    },
  },
  {
    name: "Details: a name chosen lower down in someone's details (their ties) shows the new person from the top; another tab starts at its top",
    async run({ page, consoleErrors }) {
      await select(page, "p-rosa-quispe");
      const link = page.locator("#tabpanel .path button[data-node], #tabpanel .path a[data-node]").last();
      await link.scrollIntoViewIfNeeded();
      const scrolled = await page.evaluate(() => document.getElementById("tabpanel")!.scrollTop);
      expect(scrolled).toBeGreaterThan(100);
      const id = await link.getAttribute("data-node");
      await link.click();
      await page.waitForFunction((n) => document.getElementById("app")?.dataset.selected === n, id);
      expect(await page.evaluate(() => document.getElementById("tabpanel")!.scrollTop)).toBe(0);
      const name = await page.evaluate((n) => window.__coalitionMap!.dataset()!.graph.getNodeAttribute(n!, "label"), id);
      expect(await page.textContent("#tabpanel h2")).toBe(name);
      await shot(page, "walk4-details-from-top");
      // Another tab, scrolled, and back: from the top too.
      await page.click("#tab-outreach");
      await page.evaluate(() => (document.getElementById("tabpanel")!.scrollTop = 300));
      await page.click("#tab-gaps");
      expect(await page.evaluate(() => document.getElementById("tabpanel")!.scrollTop)).toBe(0);
      expect(consoleErrors).toEqual([]);
    },
  },
  {
    name: "names near the map's right edge (the power grid's champions) go on the left of their node instead of being cut by the edge",
    async run({ page, consoleErrors }) {
      const width = await page.evaluate(() => window.__coalitionMap!.map.sigma!.getDimensions().width);
      for (const view of ["network", "grid"] as const) {
        if (view === "grid") {
          await page.click("#power-grid-toggle");
          await page.waitForSelector('#map[data-power-grid="grid"]');
        }
        const labels = await settledLabels(page);
        expect(labels.length, view).toBeGreaterThan(5);
        const cut = labels.filter((l) => l.x1 > width).map((l) => `${l.label} (${Math.round(l.x1)} > ${width})`);
        expect(cut, view).toEqual([]);
      }
      await shot(page, "walk4-grid-labels");
      expect(consoleErrors).toEqual([]);
    },
  },
  {
    name: "the brief: Escape closes it (and only it: the selection stays), the focus goes back to the Export button; Close likewise",
    async run({ page, consoleErrors }) {
      await select(page, "p-harold-whitfield");
      for (const how of ["Escape", "Close"] as const) {
        await page.focus("#export-toggle");
        await page.keyboard.press("Enter");
        await page.waitForSelector('[data-action="print-brief"]', { state: "visible" });
        await page.focus('[data-action="print-brief"]');
        await page.keyboard.press("Enter");
        await page.waitForSelector('#brief-print:focus');
        if (how === "Escape") await page.keyboard.press("Escape");
        else {
          await page.focus("#brief-close");
          await page.keyboard.press("Enter");
        }
        await page.waitForSelector("#brief-print", { state: "detached" });
        expect(await focused(page), how).toBe("export-toggle");
        expect(await attr(page, "data-selected"), how).toBe("p-harold-whitfield");
      }
      expect(consoleErrors).toEqual([]);
    },
  },
  {
    name: "Balance's top brokers are the members' (Details' include prospects: Grace Okafor)",
    async run({ page, consoleErrors }) {
      const details = (await page.locator("#tabpanel .path").first().textContent()) ?? "";
      expect(details).toContain("Grace Okafor");
      await page.click("#tab-composition");
      await page.waitForSelector("#balance-top");
      const top = (await page.textContent("#balance-top")) ?? "";
      expect(top).toMatch(/^Top brokers among members: Evelyn Marsh \d+%/);
      expect(top).not.toContain("Grace Okafor");
      expect(consoleErrors).toEqual([]);
    },
  },
  {
    name: "the read-only map shared after an edit shows every community in the organizer's colour (not by size rank), under the map's name",
    timeoutMs: 600_000,
    async run({ page, context, consoleErrors }) {
      // A member of an organization in the 7th community by size: the size rank of some communities changes (walk3).
      const org = await page.evaluate(() => {
        const ds = window.__coalitionMap!.dataset()!;
        const c = ds.communities.communities[6]!;
        const id = c.members.find((m) => ds.graph.getNodeAttribute(m, "kind") === "organization")!;
        return ds.graph.getNodeAttribute(id, "label");
      });
      await openEditPanel(page);
      await openSection(page, "edit-person-form-section");
      await page.fill("#edit-person-name", "Nadia Rahman");
      await page.fill("#edit-person-org", org);
      await page.selectOption("#edit-person-status", "member");
      expect(await submitted(page, "edit-person-form")).toBe("Added Nadia Rahman (member).");
      await page.click("#edit-close");
      // The organizer's colours are not the size rank's now.
      const rankDiffers = await page.evaluate(() => {
        const ds = window.__coalitionMap!.dataset()!;
        const slots = ds.communitySlots;
        return slots !== undefined && [...slots].some(([c, s]) => s !== c);
      });
      expect(rankDiffers).toBe(true);
      const organizer = await drawnColours(page);

      await page.click("#export-toggle");
      await page.click('[data-action="share-map"]');
      await page.waitForSelector("#share-dialog");
      await page.check("#share-names");
      const [d] = await Promise.all([page.waitForEvent("download"), page.click("#share-save")]);
      const file = join(ARTIFACTS, "walk4-shared-with-names.html");
      await d.saveAs(file);
      const browser = context.browser();
      if (!browser) throw new Error("no browser");
      const viewer = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      viewer.setDefaultTimeout(WAIT_MS);
      try {
        const shared = await viewer.newPage();
        await shared.goto(`file://${resolve(file)}?e2e`);
        await shared.waitForSelector('#app[data-ready="true"]');
        await shot(shared, "walk4-shared-colours");
        // Titled as the organizer's map is (not "5 files").
        expect(await shared.textContent("#dataset-name")).toBe("Sample coalition");
        const partner = await drawnColours(shared);
        expect(Object.keys(partner).length).toBe(Object.keys(organizer).length);
        const differ = Object.keys(organizer).filter((n) => partner[n] !== organizer[n]);
        expect(differ).toEqual([]);
      } finally {
        await viewer.close();
      }
      expect(consoleErrors).toEqual([]);
    },
  },
];

describeScenes("the organizer's fourth walk", scenes);
