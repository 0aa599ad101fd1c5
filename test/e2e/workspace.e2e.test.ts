/**
 * The workspace kept on this computer, in a real browser profile (a persistent Chromium user
 * data folder, as an organizer's browser): it survives a reload and a browser restart; an edit of
 * each kind shows on the map and in the exported spreadsheets; undo and redo (buttons and keys);
 * "Delete everything from this computer"; the workspace file saved and opened again; files opened
 * have their spreadsheets stored by the tables worker, read by the page only for an edit.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { preview, type PreviewServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS, CHROMIUM, HAVE_BROWSER, SCENE_MS, WAIT_MS, shot, waitForReady } from "./harness.js";
import { readWorkbook } from "../../src/workbook/index.js";
import { openEditPanel, openSection, select } from "./page.js";

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"];

let server: PreviewServer | undefined;
let origin = "";

interface Profile {
  dir: string;
  context: BrowserContext;
  page: Page;
  errors: string[];
  foreign: string[];
}

async function launch(dir: string): Promise<Profile> {
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, args: ARGS, viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  context.setDefaultTimeout(WAIT_MS);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith("blob:") && !u.startsWith("data:")) foreign.push(u);
  });
  await page.goto(`${origin}/?e2e`);
  await waitForReady(page);
  return { dir, context, page, errors, foreign };
}

async function fresh(): Promise<Profile> {
  return launch(mkdtempSync(join(tmpdir(), "coalition-profile-")));
}

async function close(p: Profile, remove = true): Promise<void> {
  expect(p.errors).toEqual([]);
  expect(p.foreign).toEqual([]);
  await p.context.close();
  if (remove) rmSync(p.dir, { recursive: true, force: true });
}

/** Node attributes on the map's data set. */
async function nodeAttr(page: Page, id: string, name: string): Promise<unknown> {
  return page.evaluate(([n, a]) => {
    const g = window.__coalitionMap?.dataset()?.graph;
    return g && g.hasNode(n) ? (g.getNodeAttributes(n) as unknown as Record<string, unknown>)[a] : undefined;
  }, [id, name] as const);
}

async function findNode(page: Page, label: string): Promise<string | null> {
  return page.evaluate((l) => window.__coalitionMap?.dataset()?.graph.findNode((_n, a) => a.label === l) ?? null, label);
}

/** Wait until the workspace says it is saved, after `action` (which makes the map change). */
async function savedAfter(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await page.getAttribute("#app", "data-dataset");
  await action();
  await page.waitForFunction((b) => document.getElementById("app")?.dataset.dataset !== b, before);
  await page.waitForSelector('#save-status[data-status="saved"]');
  await waitForReady(page);
}



async function tieBetween(page: Page, a: string, b: string, type: string): Promise<Record<string, unknown> | null> {
  return page.evaluate(
    ([x, y, t]) => {
      const g = window.__coalitionMap?.dataset()?.graph;
      if (!g) return null;
      const key = [...g.edges(x, y), ...g.edges(y, x)].find((e) => g.getEdgeAttribute(e, "type") === t);
      return key === undefined ? null : (g.getEdgeAttributes(key) as unknown as Record<string, unknown>);
    },
    [a, b, type] as const,
  );
}

/** Download what a click saves; returns its path. */
async function downloadOf(page: Page, click: () => Promise<void>): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = await dl.path();
  if (!path) throw new Error("no download");
  return path;
}

describe.skipIf(!HAVE_BROWSER)("the workspace kept on this computer", () => {
  beforeAll(async () => {
    server = await preview({ preview: { port: 0, host: "127.0.0.1", strictPort: false, open: false }, logLevel: "warn" });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error("vite preview did not report its URL");
    origin = new URL(url).origin;
  }, SCENE_MS);
  afterAll(async () => {
    await new Promise<void>((resolve) => (server ? server.httpServer.close(() => resolve()) : resolve()));
  });

  it(
    "survives a reload and a browser restart: the edit, the positions, the camera, the selection",
    async () => {
      let p = await fresh();
      const prospect = await p.page.evaluate(() => window.__coalitionMap?.dataset()?.graph.findNode((_n, a) => a.kind === "person" && a.status === "prospect") ?? "");
      expect(prospect).not.toBe("");
      await openEditPanel(p.page);
      await select(p.page, prospect);
      await savedAfter(p.page, () => p.page.selectOption("#edit-status", "member"));
      expect(await nodeAttr(p.page, prospect, "status")).toBe("member");
      // A node moves as the layout moves them (after the edit's save, which kept the positions):
      // the next save must store it. Then move the camera, and let the workspace store both.
      await p.page.evaluate((id) => {
        const g = window.__coalitionMap?.dataset()?.graph;
        g?.updateEachNodeAttributes((n, a) => (n === id ? { ...a, x: a.x + 0.123 } : a), { attributes: ["x"] });
      }, prospect);
      await p.page.evaluate(() => window.__coalitionMap?.map.sigma?.getCamera().setState({ x: 0.4, y: 0.6, ratio: 0.7, angle: 0 }));
      await p.page.waitForSelector('#save-status[data-status="saved"]');
      await p.page.waitForTimeout(1200);
      const picture = async (page: Page) =>
        page.evaluate(() => {
          const h = window.__coalitionMap;
          const g = h?.dataset()?.graph;
          const pos: Record<string, [number, number]> = {};
          g?.forEachNode((n, a) => (pos[n] = [a.x, a.y]));
          return { pos, camera: h?.map.sigma?.getCamera().getState(), selected: document.getElementById("app")?.dataset.selected, name: (document.getElementById("workspace-name") as HTMLInputElement | null)?.value };
        });
      const before = await picture(p.page);
      await shot(p.page, "workspace-edited");

      await p.page.reload();
      await waitForReady(p.page);
      expect(await nodeAttr(p.page, prospect, "status")).toBe("member");
      expect(await picture(p.page)).toEqual(before);

      await p.context.close();
      p = await launch(p.dir);
      expect(await nodeAttr(p.page, prospect, "status")).toBe("member");
      const after = await picture(p.page);
      expect(after).toEqual(before);
      expect(before.camera?.ratio).toBeCloseTo(0.7, 6);
      await shot(p.page, "workspace-after-restart");
      await close(p);
    },
    SCENE_MS,
  );

  it(
    "an edit of each kind shows on the map and in the exported spreadsheets; the map keeps its place",
    async () => {
      const p = await fresh();
      const { page } = p;
      await openEditPanel(page);

      // Where a node is on the screen: the map keeps its place when a new node lands outside the old frame.
      const onScreen = (id: string) =>
        page.evaluate((n) => {
          const sigma = window.__coalitionMap?.map.sigma;
          const g = window.__coalitionMap?.dataset()?.graph;
          if (!sigma || !g || !g.hasNode(n)) return null;
          return sigma.graphToViewport({ x: g.getNodeAttribute(n, "x"), y: g.getNodeAttribute(n, "y") });
        }, id);
      const evelynId = (await findNode(page, "Evelyn Marsh")) ?? "";
      const evelynBefore = await onScreen(evelynId);

      // Add an organization, then a person in it.
      await openSection(page, "edit-org-form-section");
      await page.fill("#edit-org-name", "Eastside Tenants Union");
      await page.fill("#edit-org-sector", "advocacy");
      await page.fill("#edit-org-services", "legal advocacy; interpretation");
      await page.fill("#edit-org-areas", "East");
      await savedAfter(page, () => page.click("#edit-org-form-submit"));
      const union = await findNode(page, "Eastside Tenants Union");
      expect(union).not.toBeNull();
      expect(await nodeAttr(page, union ?? "", "services")).toEqual(["legal advocacy", "interpretation"]);
      const evelynAfter = await onScreen(evelynId);
      expect(Math.abs((evelynAfter?.x ?? 0) - (evelynBefore?.x ?? 1e9))).toBeLessThan(1);
      expect(Math.abs((evelynAfter?.y ?? 0) - (evelynBefore?.y ?? 1e9))).toBeLessThan(1);

      await openSection(page, "edit-person-form-section");
      // A plain message when the name is missing.
      await page.click("#edit-person-form-submit");
      expect(await page.textContent("#edit-person-form-error")).toBe("Give the person's name.");
      await page.fill("#edit-person-name", "Rosa Delgado");
      await page.fill("#edit-person-org", "Eastside Tenants Union");
      await page.fill("#edit-person-role", "Organizer");
      await page.fill("#edit-person-area", "East");
      await savedAfter(page, () => page.click("#edit-person-form-submit"));
      const rosa = await findNode(page, "Rosa Delgado");
      expect(rosa).not.toBeNull();
      const rosaId = rosa ?? "";
      expect(await nodeAttr(page, rosaId, "organization")).toBe(union);
      // The new person is selected, placed beside her organization, and the camera did not move.
      await page.waitForSelector(`#app[data-selected="${rosaId}"]`);
      const spots = await page.evaluate(([a, b]) => {
        const g = window.__coalitionMap?.dataset()?.graph;
        return g ? [g.getNodeAttributes(a).x, g.getNodeAttributes(a).y, g.getNodeAttributes(b).x, g.getNodeAttributes(b).y] : [];
      }, [rosaId, union ?? ""] as const);
      const [ax = 0, ay = 0, bx = 0, by = 0] = spots;
      const spread = await page.evaluate(() => {
        const g = window.__coalitionMap?.dataset()?.graph;
        const xs = g?.mapNodes((_n, a) => a.x) ?? [0];
        return Math.max(...xs) - Math.min(...xs);
      });
      expect(Math.hypot(ax - bx, ay - by)).toBeLessThan(spread / 4);

      // Status, decision maker, lived experience, area on the selected person.
      await savedAfter(page, () => page.selectOption("#edit-status", "member"));
      expect(await nodeAttr(page, rosaId, "status")).toBe("member");
      await savedAfter(page, () => page.check("#edit-decision-maker"));
      expect(await nodeAttr(page, rosaId, "decisionMaker")).toBe(true);
      await savedAfter(page, () => page.check("#edit-lived"));
      expect(await nodeAttr(page, rosaId, "livedExperience")).toBe(true);
      await page.fill("#edit-area", "North");
      await savedAfter(page, () => page.press("#edit-area", "Enter").then(() => page.click("#edit-node h3")));
      expect(await nodeAttr(page, rosaId, "areas")).toEqual(["North"]);

      // A tie from Rosa to someone else, then changed.
      const evelyn = (await findNode(page, "Evelyn Marsh")) ?? "";
      await page.fill("#edit-tie-other", "Evelyn Marsh");
      await page.selectOption("#edit-tie-type", "works_with");
      await page.selectOption("#edit-tie-strength", "2");
      await page.fill("#edit-tie-since", "2025");
      await page.fill("#edit-tie-notes", "met at the vigil");
      await savedAfter(page, () => page.click("#edit-tie-form-submit"));
      expect(await tieBetween(page, rosaId, evelyn, "works_with")).toMatchObject({ strength: 2, since: "2025", notes: "met at the vigil", sign: 1 });
      await page.fill("#edit-tie-other", "Evelyn Marsh");
      await page.dispatchEvent("#edit-tie-other", "change");
      expect(await page.textContent("#edit-tie-form-submit")).toBe("Save the tie");
      expect(await page.inputValue("#edit-tie-which")).toBe("0");
      await page.selectOption("#edit-tie-strength", "5");
      await savedAfter(page, () => page.click("#edit-tie-form-submit"));
      expect(await tieBetween(page, rosaId, evelyn, "works_with")).toMatchObject({ strength: 5 });
      // The type of a tie they have changes in place.
      await page.selectOption("#edit-tie-type", "partner");
      await savedAfter(page, () => page.click("#edit-tie-form-submit"));
      expect(await tieBetween(page, rosaId, evelyn, "works_with")).toBeNull();
      expect(await tieBetween(page, rosaId, evelyn, "partner")).toMatchObject({ strength: 5, since: "2025", notes: "met at the vigil" });
      await shot(page, "workspace-edit-panel");

      // Services of an organization.
      await select(page, union ?? "");
      await page.fill("#edit-services", "legal advocacy; childcare");
      await savedAfter(page, () => page.press("#edit-services", "Tab"));
      expect(await nodeAttr(page, union ?? "", "services")).toEqual(["legal advocacy", "childcare"]);

      // Log an ask and a one-on-one.
      await openSection(page, "edit-ask-form-section");
      await page.fill("#edit-ask-person", "Rosa Delgado");
      await page.fill("#edit-ask-member", "Evelyn Marsh");
      await page.fill("#edit-ask-date", "2026-03-14");
      await page.selectOption("#edit-ask-outcome", "yes");
      await page.fill("#edit-ask-notes", "will come to the March meeting");
      await savedAfter(page, () => page.click("#edit-ask-form-submit"));
      await openSection(page, "edit-meet-form-section");
      await page.fill("#edit-meet-member", "Evelyn Marsh");
      await page.fill("#edit-meet-person", "Rosa Delgado");
      await page.fill("#edit-meet-date", "2026-03-20");
      await page.fill("#edit-meet-notes", "coffee");
      await savedAfter(page, () => page.click("#edit-meet-form-submit"));
      // A name that is not in the coalition is refused in plain words.
      await page.fill("#edit-meet-person", "Nobody Atall");
      await page.click("#edit-meet-form-submit");
      expect(await page.textContent("#edit-meet-form-error")).toContain("“Nobody Atall” is not in this coalition");

      // Remove the tie.
      await select(page, rosaId);
      await page.fill("#edit-tie-other", "Evelyn Marsh");
      await page.dispatchEvent("#edit-tie-other", "change");
      await savedAfter(page, () => page.click("#edit-tie-remove"));
      expect(await tieBetween(page, rosaId, evelyn, "partner")).toBeNull();

      // The spreadsheets, as a zip.
      await page.click("#workspace-toggle");
      const zipPath = await downloadOf(page, () => page.click("#export-workbook"));
      const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
      const text = (n: string) => strFromU8(files[n] ?? new Uint8Array());
      expect(Object.keys(files).sort()).toEqual(["activity.csv", "connections.csv", "organizations.csv", "people.csv", "services.csv"]);
      // Made a member today: a `joined` column, appended, with today's date (walk 3).
      const now = new Date();
      const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
      expect(text("people.csv").split("\n")[0]).toBe("id,name,organization,role,sector,status,decision_maker,lived_experience,area,tags,email,phone,notes,stance,joined");
      expect(text("people.csv")).toContain(`p-rosa-delgado,Rosa Delgado,o-eastside-tenants-union,Organizer,,member,yes,yes,North,,,,,,${today}`);
      expect(text("organizations.csv")).toContain("o-eastside-tenants-union,Eastside Tenants Union,advocacy,legal advocacy;childcare,East,prospect,");
      expect(text("connections.csv")).not.toContain("p-rosa-delgado");
      // Appended after the sample's own log, which is kept as it was.
      expect(text("activity.csv")).toBe(
        readFileSync("examples/sample-coalition/activity.csv", "utf8") +
          "2026-03-14,ask,p-evelyn-marsh,p-rosa-delgado,yes,will come to the March meeting\n2026-03-20,one-on-one,p-evelyn-marsh,p-rosa-delgado,,coffee\n",
      );
      await close(p);
    },
    SCENE_MS,
  );

  it(
    "files opened: their spreadsheets stored by the tables worker (not the page), read by the page for an edit, kept over a reload",
    async () => {
      const p = await fresh();
      const { page } = p;
      // The workers the page starts from now on, by name.
      await page.evaluate(() => {
        const names: string[] = [];
        (window as unknown as { __workerNames: string[] }).__workerNames = names;
        const Original = window.Worker;
        window.Worker = class extends Original {
          constructor(url: string | URL, options?: WorkerOptions) {
            super(url, options);
            names.push(options?.name ?? "");
          }
        };
      });
      const dir = "examples/sample-coalition";
      const paths = readdirSync(dir)
        .filter((f) => f.endsWith(".csv"))
        .sort()
        .map((f) => join(dir, f));
      const expected = readWorkbook(paths.map((f) => ({ name: f.slice(f.lastIndexOf("/") + 1), bytes: new Uint8Array(readFileSync(f)) }))).tables;
      await page.setInputFiles("#file-input", paths);
      await page.waitForSelector("#import-dialog[open]");
      await page.click("#import-accept");
      await page.waitForFunction(() => (document.getElementById("workspace-name") as HTMLInputElement | null)?.value.includes(" more"));
      await page.waitForSelector('#save-status[data-status="saved"]');
      await waitForReady(page);
      const name = await page.inputValue("#workspace-name");
      expect(await page.evaluate(() => (window as unknown as { __workerNames: string[] }).__workerNames)).toContain("tables");
      /** The workspace's stored tables and its record's own (empty: the tables are kept apart). */
      const stored = (n: string) =>
        page.evaluate(async (key) => {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const r = indexedDB.open("coalition-map");
            r.onsuccess = () => resolve(r.result);
            r.onerror = () => reject(r.error);
          });
          const get = (store: string) =>
            new Promise<unknown>((resolve, reject) => {
              const r = db.transaction(store).objectStore(store).get(key);
              r.onsuccess = () => resolve(r.result);
              r.onerror = () => reject(r.error);
            });
          const [tables, record, positions] = await Promise.all([get("tables"), get("workspaces"), get("positions")]);
          db.close();
          const packed = positions as { packed?: number; ids?: string[]; xy?: unknown } | undefined;
          return { tables, recordTables: (record as { tables?: unknown } | undefined)?.tables, positions: { packed: packed?.packed, ids: packed?.ids?.length, typed: packed?.xy instanceof Float64Array } };
        }, n);
      const first = await stored(name);
      expect(first.tables).toEqual(JSON.parse(JSON.stringify(expected)));
      expect(first.recordTables).toEqual([]);
      // The positions are stored packed (db.ts): one typed array for every node's x and y.
      const order = await page.evaluate(() => window.__coalitionMap?.dataset()?.graph.order ?? 0);
      expect(first.positions).toEqual({ packed: 1, ids: order, typed: true });

      // An edit: the page reads the tables from the files now, and the edit is kept.
      const prospect = await page.evaluate(() => window.__coalitionMap?.dataset()?.graph.findNode((_n, a) => a.kind === "person" && a.status === "prospect") ?? "");
      expect(prospect).not.toBe("");
      await openEditPanel(page);
      await select(page, prospect);
      await savedAfter(page, () => page.selectOption("#edit-status", "member"));
      expect(await nodeAttr(page, prospect, "status")).toBe("member");
      expect((await stored(name)).tables).toEqual(first.tables);

      await page.reload();
      await waitForReady(page);
      expect(await page.inputValue("#workspace-name")).toBe(name);
      expect(await nodeAttr(page, prospect, "status")).toBe("member");
      expect((await stored(name)).tables).toEqual(first.tables);
      await close(p);
    },
    SCENE_MS,
  );

  it(
    "undo and redo: the buttons and Ctrl+Z / Ctrl+Shift+Z (not while typing in a field)",
    async () => {
      const p = await fresh();
      const { page } = p;
      const prospect = await page.evaluate(() => window.__coalitionMap?.dataset()?.graph.findNode((_n, a) => a.kind === "person" && a.status === "prospect") ?? "");
      await openEditPanel(page);
      await select(page, prospect);
      await savedAfter(page, () => page.selectOption("#edit-status", "core"));
      expect(await nodeAttr(page, prospect, "status")).toBe("core");
      expect(await page.isDisabled("#edit-undo")).toBe(false);
      expect(await page.getAttribute("#edit-undo", "title")).toContain("is core");

      // Ctrl+Z inside a text field is the field's own undo.
      await page.focus("#edit-tie-notes");
      await page.keyboard.press("Control+z");
      await page.waitForTimeout(300);
      expect(await nodeAttr(page, prospect, "status")).toBe("core");

      await page.focus("#edit-undo");
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await savedAfter(page, () => page.keyboard.press("Control+z"));
      expect(await nodeAttr(page, prospect, "status")).toBe("prospect");
      await savedAfter(page, () => page.keyboard.press("Control+Shift+z"));
      expect(await nodeAttr(page, prospect, "status")).toBe("core");
      await savedAfter(page, () => page.click("#edit-undo"));
      expect(await nodeAttr(page, prospect, "status")).toBe("prospect");
      await savedAfter(page, () => page.click("#edit-redo"));
      expect(await nodeAttr(page, prospect, "status")).toBe("core");
      // The undo position is kept: after a reload, redo is still possible after an undo.
      await savedAfter(page, () => page.click("#edit-undo"));
      await page.reload();
      await waitForReady(page);
      expect(await nodeAttr(page, prospect, "status")).toBe("prospect");
      await openEditPanel(page);
      expect(await page.isDisabled("#edit-redo")).toBe(false);
      await close(p);
    },
    SCENE_MS,
  );

  it(
    "the workspace file: saved, everything deleted, opened again (and a version 1 file opens)",
    async () => {
      const p = await fresh();
      const { page } = p;
      const prospect = await page.evaluate(() => window.__coalitionMap?.dataset()?.graph.findNode((_n, a) => a.kind === "person" && a.status === "prospect") ?? "");
      await openEditPanel(page);
      await select(page, prospect);
      await savedAfter(page, () => page.selectOption("#edit-status", "member"));
      await page.click("#workspace-toggle");
      const filePath = await downloadOf(page, () => page.click("#export-workspace"));
      const saved = JSON.parse(readFileSync(filePath, "utf8")) as { formatVersion: number; edits: unknown[]; name: string };
      expect(saved.formatVersion).toBe(2);
      // With the day of the change (a member made today joins today).
      expect(saved.edits).toEqual([{ kind: "setStatus", node: prospect, status: "member", date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as unknown }]);

      // Delete everything (confirmed): the database is gone, the sample is back unchanged.
      await page.click("#delete-everything");
      await page.waitForSelector("dialog.confirm-dialog[open]");
      await shot(page, "workspace-delete-confirm");
      await page.click("#confirm-yes");
      await page.waitForFunction((id) => window.__coalitionMap?.dataset()?.graph.getNodeAttribute(id, "status") === "prospect", prospect);
      await waitForReady(page);
      const dbs = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
      expect(dbs).not.toContain("coalition-map");
      await page.reload();
      await waitForReady(page);
      expect(await nodeAttr(page, prospect, "status")).toBe("prospect");

      // Open the saved file: the edit is back.
      await page.click("#workspace-toggle");
      await savedAfter(page, () => page.setInputFiles("#workspace-file-input", filePath));
      expect(await nodeAttr(page, prospect, "status")).toBe("member");
      expect(await page.inputValue("#workspace-name")).toBe(saved.name);
      await shot(page, "workspace-menu");

      // A damaged copy (a saved place "abc", another null, the view of the map "abc"): it opens, those
      // nodes are placed again, the map shows the whole network, and the message says so in words.
      const damaged = JSON.parse(readFileSync(filePath, "utf8")) as { positions: Record<string, unknown>; camera: unknown };
      const [other] = Object.keys(damaged.positions).filter((n) => n !== prospect);
      damaged.positions[prospect] = { x: "abc", y: 0 };
      damaged.positions[other ?? ""] = null;
      damaged.camera = { x: "abc", y: 0.5, ratio: 1, angle: 0 };
      const damagedPath = join(mkdtempSync(join(tmpdir(), "coalition-damaged-")), "damaged.coalition.json");
      writeFileSync(damagedPath, JSON.stringify(damaged));
      await savedAfter(page, () => page.setInputFiles("#workspace-file-input", damagedPath));
      await page.waitForFunction(() => document.getElementById("workspace-message")?.textContent?.startsWith("Opened") === true);
      const message = (await page.textContent("#workspace-message")) ?? "";
      expect(message).toContain("2 saved places on the map were not pairs of numbers the map can use");
      expect(message).toContain("The saved view of the map (its zoom and position) was damaged and was left out");
      const onMap = await page.evaluate(() => {
        const h = window.__coalitionMap;
        const g = h?.dataset()?.graph;
        const cam = h?.map.sigma?.getCamera().getState();
        return { nodes: g?.order ?? 0, finite: g?.everyNode((_n, a) => Number.isFinite(a.x) && Number.isFinite(a.y)) ?? false, camera: cam ? [cam.x, cam.y, cam.ratio, cam.angle].every(Number.isFinite) : false };
      });
      expect(onMap).toEqual({ nodes: expect.any(Number), finite: true, camera: true });
      expect(onMap.nodes).toBeGreaterThan(0);
      expect(await nodeAttr(page, prospect, "status")).toBe("member");

      // A version 1 file (the CSV files as text) opens too.
      await savedAfter(page, () => page.setInputFiles("#workspace-file-input", "test/workbook/fixtures/v1.coalition.json"));
      expect(await page.inputValue("#workspace-name")).toBe("Tiny coalition (v1)");
      const maria = await findNode(page, "Maria Lopez");
      expect(await nodeAttr(page, maria ?? "", "status")).toBe("member");
      expect(await page.textContent("#workspace-list")).toContain("Tiny coalition (v1)");
      await close(p);
    },
    SCENE_MS,
  );
});

void ARTIFACTS;
