/**
 * The one-on-one rotation in a real browser (harness.ts), on the sample coalition: the panel lists
 * every member in the schedule, by week, with the reason in words; a name selects that person on
 * the map; the CSV downloads with its exact header; new inputs (weeks, per week, first week, next
 * meeting) schedule again in the worker and the next meeting heads the panel.
 */
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import type { Page } from "playwright-core";
import { ARTIFACTS, describeScenes, shot, type Scene } from "./harness.js";

interface Rotation {
  start: string;
  weeks: number;
  perWeek: number;
  nextMeeting: string | null;
  rows: { week: number; member: string; partner: string; facilitator?: string }[];
  unplaced: unknown[];
  represented: { organization: string }[];
}

/** The report's rotation and the members it must place (status core/member, not met through their staff). */
function rotationOf(page: Page): Promise<{ r: Rotation; members: string[] }> {
  return page.evaluate(() => {
    const ds = window.__coalitionMap!.dataset()!;
    const r = (ds.analysis as unknown as { report: { rotation: Rotation } }).report.rotation;
    const represented = new Set(r.represented.map((o) => o.organization));
    const members: string[] = [];
    ds.graph.forEachNode((id, a) => {
      if ((a.status === "core" || a.status === "member") && !represented.has(id)) members.push(id);
    });
    return { r, members };
  });
}

const scenes: Scene[] = [
  {
    name: "rotation: every member is scheduled, by week, with reasons; a name selects on the map; the CSV downloads",
    async run({ page, consoleErrors }) {
      await page.click("#tab-rotation");
      await page.waitForSelector("#rotation-panel");
      const { r, members } = await rotationOf(page);
      expect(r.unplaced).toEqual([]);
      expect(members.length).toBeGreaterThan(100);
      // Every member appears in the panel's schedule.
      const shown = await page.$$eval("#rotation-schedule li[data-member]", (lis) => lis.flatMap((li) => [(li as HTMLElement).dataset.member ?? "", (li as HTMLElement).dataset.partner ?? ""]));
      const inPanel = new Set(shown);
      expect(members.filter((m) => !inPanel.has(m))).toEqual([]);
      expect(await page.locator("#rotation-schedule li[data-member]").count()).toBe(r.rows.length);
      // By week, with headings; the reason in words.
      const weeks = await page.locator(".rotation-week h3").allTextContents();
      expect(weeks.length).toBe(r.weeks);
      expect(weeks[0]).toMatch(/^Week 1 · Monday \d{1,2} \w+ \d{4} · \d+ one-on-ones$/);
      expect((await page.locator(".rotation-why").first().textContent())?.length ?? 0).toBeGreaterThan(30);
      expect(await page.textContent("#rotation-summary")).toMatch(new RegExp(`all ${members.length} members meet someone, nobody more than 2 one-on-ones a week\\.$`));
      // The default first week is a Monday.
      expect(new Date(`${r.start}T00:00:00Z`).getUTCDay()).toBe(1);

      // A name selects that person on the map.
      const first = page.locator("#rotation-schedule li[data-member]").first();
      const member = await first.getAttribute("data-member");
      await first.locator("button.linklike").first().click();
      await page.waitForFunction((id) => window.__coalitionMap?.store.state.selected === id, member);

      // The CSV: the exact header, one row per one-on-one.
      await page.click("#tab-rotation");
      await page.waitForSelector("#rotation-panel");
      const [download] = await Promise.all([page.waitForEvent("download"), page.click("#rotation-csv")]);
      expect(download.suggestedFilename()).toBe("one-on-one-rotation.csv");
      const path = `${ARTIFACTS}/rotation-${download.suggestedFilename()}`;
      await download.saveAs(path);
      const lines = readFileSync(path, "utf8").replace(/^\uFEFF/, "").trimEnd().split("\n");
      expect(lines[0]).toBe("week,date,member,partner,reason");
      expect(lines.length - 1).toBe(r.rows.length);
      const [ics] = await Promise.all([page.waitForEvent("download"), page.click("#rotation-ics")]);
      expect(ics.suggestedFilename()).toBe("one-on-one-rotation.ics");
      await ics.saveAs(`${ARTIFACTS}/rotation-${ics.suggestedFilename()}`);
      expect(readFileSync(`${ARTIFACTS}/rotation-${ics.suggestedFilename()}`, "utf8").startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
      await page.locator("#rotation-panel").evaluate((el) => el.scrollIntoView());
      await shot(page, "40-rotation-panel");
      expect(consoleErrors).toEqual([]);
    },
  },
  {
    name: "rotation: new inputs schedule again in the worker; the next meeting heads the panel; limits hold",
    async run({ page, consoleErrors }) {
      await page.click("#tab-rotation");
      await page.waitForSelector("#rotation-panel");
      await page.fill("#rotation-weeks", "4");
      await page.fill("#rotation-per-week", "3");
      await page.fill("#rotation-start", "2026-12-07");
      await page.fill("#rotation-next-meeting", "2026-12-10");
      await page.click("#rotation-run");
      await page.waitForSelector("#rotation-next", { timeout: 120_000 });
      await page.waitForSelector('#app[data-ready="true"]');
      expect(await page.textContent("#rotation-next")).toBe("Next coalition meeting: Thursday 10 December 2026");
      const { r, members } = await rotationOf(page);
      expect([r.start, r.weeks, r.perWeek, r.nextMeeting]).toEqual(["2026-12-07", 4, 3, "2026-12-10"]);
      expect(r.unplaced).toEqual([]);
      const met = new Set(r.rows.flatMap((x) => [x.member, x.partner]));
      expect(members.filter((m) => !met.has(m))).toEqual([]);
      const load = new Map<string, number>();
      for (const x of r.rows) for (const id of [x.member, x.partner, ...(x.facilitator ? [x.facilitator] : [])]) load.set(`${id} ${x.week}`, (load.get(`${id} ${x.week}`) ?? 0) + 1);
      expect(Math.max(...load.values())).toBeLessThanOrEqual(3);
      expect(Math.max(...r.rows.map((x) => x.week))).toBeLessThanOrEqual(4);
      // The inputs show what was used; a mistake is said in words and nothing runs.
      expect(await page.inputValue("#rotation-weeks")).toBe("4");
      await page.fill("#rotation-weeks", "0");
      await page.click("#rotation-run");
      expect(await page.textContent("#rotation-message")).toBe("Weeks must be a whole number from 1 to 104.");
      await shot(page, "41-rotation-next-meeting");
      expect(consoleErrors).toEqual([]);
    },
  },
];

describeScenes("the one-on-one rotation panel", scenes);
